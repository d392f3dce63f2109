using System.CommandLine;
using OpenLettings.Infrastructure.Audit;
using OpenLettings.Infrastructure.Json;
using OpenLettings.Infrastructure.Persistence;

namespace OpenLettings.Cli;

/// <summary><c>openlettings audit verify</c>: walks the register's hash-chained audit log and reports the first broken link.</summary>
internal static class AuditCommands
{
    /// <summary>Exit code when the audit log has been tampered with or has lost entries.</summary>
    public const int ChainBroken = 3;

    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var provider = new Option<string>("--provider") { Description = "The database: sqlite (default) or postgres.", DefaultValueFactory = _ => "sqlite" };
        var connection = new Option<string>("--connection") { Description = "The register database's connection string.", Required = true };
        var anchorSequence = new Option<long?>("--anchor-sequence") { Description = "The last entry's number, as recorded outside the database (detects entries removed from the end)." };
        var anchorHash = new Option<string?>("--anchor-hash") { Description = "The last entry's hash, as recorded outside the database." };

        var verify = new Command("verify", "Check that no audit entry has been changed, removed or reordered. Exit code 0 when intact, 3 when the chain is broken.")
        {
            provider, connection, anchorSequence, anchorHash,
        };
        verify.SetAction(r =>
        {
            try
            {
                var sequence = r.GetValue(anchorSequence);
                var hash = r.GetValue(anchorHash);
                if (sequence is null != hash is null)
                {
                    throw new ContractException(sequence is null ? "--anchor-sequence" : "--anchor-hash", "required",
                        "An anchor needs both the entry number and its hash.");
                }

                DatabaseProvider which;
                try
                {
                    which = RegisterDatabase.ParseProvider(r.GetValue(provider)!);
                }
                catch (ArgumentException ex)
                {
                    throw new ContractException("--provider", "invalid-value", ex.Message);
                }

                using var db = RegisterDatabase.Open(which, r.GetValue(connection)!);
                var anchor = sequence is { } s ? new AuditAnchor(s, hash!) : null;
                var result = new AuditVerifier(db).VerifyAsync(anchor).GetAwaiter().GetResult();
                stdout.WriteLine(ContractJson.Write(new
                {
                    valid = result.IsValid,
                    entriesChecked = result.EntriesChecked,
                    problem = result.Problem is { } p ? new { kind = p.Kind.ToString(), sequence = p.Sequence, message = p.Message } : null,
                }));
                return result.IsValid ? ExitCodes.Success : ChainBroken;
            }
            catch (ContractException ex)
            {
                return CliIo.WriteError(stderr, ex);
            }
        });

        return new Command("audit", "The register's tamper-evident audit log.") { verify };
    }
}
