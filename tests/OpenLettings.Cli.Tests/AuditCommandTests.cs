using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using OpenLettings.Infrastructure.Audit;
using OpenLettings.Infrastructure.Persistence;

namespace OpenLettings.Cli.Tests;

/// <summary><c>openlettings audit verify</c> against a real SQLite register.</summary>
public sealed class AuditCommandTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"openlettings-audit-{Guid.NewGuid():N}.db");

    private string Connection => $"Data Source={path};Pooling=False";

    public void Dispose()
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    private async Task SeedAsync(int entries)
    {
        await RegisterDatabase.MigrateAsync(DatabaseProvider.Sqlite, Connection);
        await using var db = RegisterDatabase.Open(DatabaseProvider.Sqlite, Connection);
        var log = new AuditLog(db, TimeProvider.System);
        for (var i = 1; i <= entries; i++)
        {
            await log.AppendAsync(new AuditRecord("officer-1", null, "Application", $"DHC-{i}", "BandAwarded", null, $$"""{"band":"C","n":{{i}}}""", "Lacking one bedroom (001 §30.1)"));
        }
    }

    private async Task TamperAsync(string sql)
    {
        await using var connection = new SqliteConnection(Connection);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """DROP TRIGGER IF EXISTS "AuditEntries_no_update"; DROP TRIGGER IF EXISTS "AuditEntries_no_delete"; """ + sql;
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task Verify_IntactChain_ExitsZero()
    {
        await SeedAsync(3);

        var result = CliRunner.Run(["audit", "verify", "--connection", Connection]);

        Assert.True(result.ExitCode == 0, result.Stderr);
        var report = JsonNode.Parse(result.Stdout)!;
        Assert.True(report["valid"]!.GetValue<bool>());
        Assert.Equal(3, report["entriesChecked"]!.GetValue<long>());
    }

    [Fact]
    public async Task Verify_ChangedEntry_ExitsThreeNamingTheEntry()
    {
        await SeedAsync(3);
        await TamperAsync("""UPDATE "AuditEntries" SET "Reason" = 'Band A' WHERE "Sequence" = 2;""");

        var result = CliRunner.Run(["audit", "verify", "--connection", Connection]);

        Assert.Equal(AuditCommands.ChainBroken, result.ExitCode);
        var problem = JsonNode.Parse(result.Stdout)!["problem"]!;
        Assert.Equal(2, problem["sequence"]!.GetValue<long>());
    }

    [Fact]
    public async Task Verify_DeletedEntry_ExitsThree()
    {
        await SeedAsync(4);
        await TamperAsync("""DELETE FROM "AuditEntries" WHERE "Sequence" = 3;""");

        var result = CliRunner.Run(["audit", "verify", "--connection", Connection]);

        Assert.Equal(AuditCommands.ChainBroken, result.ExitCode);
        Assert.False(JsonNode.Parse(result.Stdout)!["valid"]!.GetValue<bool>());
    }

    [Fact]
    public void Verify_AnchorWithoutHash_IsBadInput()
    {
        var result = CliRunner.Run(["audit", "verify", "--connection", Connection, "--anchor-sequence", "3"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("--anchor-hash", JsonNode.Parse(result.Stderr)!["errors"]![0]!["field"]!.GetValue<string>());
    }
}
