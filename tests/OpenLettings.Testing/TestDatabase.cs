using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpenLettings.Infrastructure.Persistence;

namespace OpenLettings.Testing;

/// <summary>
/// A fresh, migrated register database for one test: a temporary SQLite file, or a new PostgreSQL database
/// created on the server named by <see cref="PostgresVariable"/>. Disposing it deletes the file or drops the database.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    /// <summary>The environment variable with an admin connection string to the test PostgreSQL server.</summary>
    public const string PostgresVariable = "OPENLETTINGS_TEST_POSTGRES";

    public static string? PostgresConnectionString =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private readonly string? _sqliteFile;
    private readonly string? _postgresDatabase;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteFile, string? postgresDatabase)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteFile = sqliteFile;
        _postgresDatabase = postgresDatabase;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>Creates the database and (unless <paramref name="migrate"/> is false) applies the provider's migrations.</summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, bool migrate = true)
    {
        var database = provider switch
        {
            DatabaseProvider.Sqlite => CreateSqlite(),
            DatabaseProvider.Postgres => await CreatePostgresAsync(),
        };
        if (migrate)
        {
            await RegisterDatabase.MigrateAsync(provider, database.ConnectionString);
        }
        return database;
    }

    /// <summary>A new context on the database (each parallel worker takes its own).</summary>
    public RegisterDbContext NewContext() => RegisterDatabase.Open(Provider, ConnectionString);

    /// <summary>Runs SQL as someone with direct database access (used to tamper with the audit log).</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var db = NewContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql; // plain ADO.NET: no placeholder processing of braces in the SQL
        await command.ExecuteNonQueryAsync();
    }

    private static TestDatabase CreateSqlite()
    {
        var directory = Path.Combine(Path.GetTempPath(), "openlettings-tests");
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, $"{Guid.NewGuid():N}.db");
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, DefaultTimeout = 60 }.ToString();
        return new TestDatabase(DatabaseProvider.Sqlite, connectionString, file, null);
    }

    private static async Task<TestDatabase> CreatePostgresAsync()
    {
        var admin = PostgresConnectionString ?? throw new InvalidOperationException(
            $"CI=true but {PostgresVariable} is not set: every storage test must also run on PostgreSQL. " +
            "Run the tests through ./test.sh, which starts a PostgreSQL server and sets it.");
        var name = $"ol_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString();
        return new TestDatabase(DatabaseProvider.Postgres, connectionString, null, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(_sqliteFile + suffix);
            }
        }
        if (_postgresDatabase is not null && PostgresConnectionString is { } admin)
        {
            using (var pooled = new NpgsqlConnection(ConnectionString))
            {
                NpgsqlConnection.ClearPool(pooled);
            }
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
