using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenLettings.Infrastructure.Audit;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Tests.Support;

namespace OpenLettings.Infrastructure.Tests;

public sealed class AuditLogTests
{
    private static readonly Guid Exeter = Guid.Parse("0193f0c8-0000-7000-8000-000000000001");

    [Theory, OnSqlite, OnPostgres]
    public async Task Append_FiveEntries_ChainLinksAndVerifies(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new TestClock(new DateTimeOffset(2026, 12, 1, 9, 0, 0, 123, TimeSpan.Zero).AddTicks(4567));
        await AppendAsync(database, clock, 5);

        await using var db = database.NewContext();
        var entries = await db.AuditEntries.OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal([1L, 2, 3, 4, 5], entries.Select(e => e.Sequence));
        Assert.Equal(AuditHash.Genesis, entries[0].PreviousHash);
        for (var i = 1; i < entries.Count; i++)
        {
            Assert.Equal(entries[i - 1].Hash, entries[i].PreviousHash);
        }
        // Time comes from the injected clock, stored to the microsecond on both databases.
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 9, 0, 0, 123, TimeSpan.Zero).AddTicks(4560), entries[0].OccurredAt);
        Assert.Equal(entries[0].OccurredAt.AddMinutes(4), entries[4].OccurredAt);
        Assert.Equal(("officer-3", Exeter, "band.awarded"), (entries[2].ActorId, entries[2].OrganisationId, entries[2].Action));

        var result = await new AuditVerifier(db).VerifyAsync();
        Assert.True(result.IsValid, result.Problem?.Message);
        Assert.Equal(5, result.EntriesChecked);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Verify_ModifiedEntry_ReportsHashMismatchAtThatEntry(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await AppendAsync(database, new TestClock(Seed.Now), 5);

        await TamperAsync(database, """UPDATE "AuditEntries" SET "Reason" = 'Band A awarded (001 §17)' WHERE "Sequence" = 3""");

        var problem = await ProblemAsync(database);
        Assert.Equal((AuditProblemKind.HashMismatch, 3L), (problem.Kind, problem.Sequence));
        Assert.Contains("Entry 3 has been modified", problem.Message, StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Verify_ModifiedEntryWithRecomputedHash_ReportsBrokenLinkAtNextEntry(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await AppendAsync(database, new TestClock(Seed.Now), 5);
        AuditEntry original;
        await using (var db = database.NewContext())
        {
            original = await db.AuditEntries.SingleAsync(e => e.Sequence == 3);
        }
        var forged = new AuditEntry
        {
            Sequence = 3, OccurredAt = original.OccurredAt, ActorId = original.ActorId, OrganisationId = original.OrganisationId,
            EntityType = original.EntityType, EntityId = original.EntityId, Action = original.Action,
            BeforeJson = original.BeforeJson, AfterJson = """{"band":"A"}""", Reason = original.Reason,
            PreviousHash = original.PreviousHash, Hash = "",
        };

        await TamperAsync(database,
            $"""UPDATE "AuditEntries" SET "AfterJson" = '{forged.AfterJson}', "Hash" = '{AuditHash.Compute(forged)}' WHERE "Sequence" = 3""");

        var problem = await ProblemAsync(database);
        Assert.Equal((AuditProblemKind.PreviousHashMismatch, 4L), (problem.Kind, problem.Sequence));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Verify_DeletedEntry_ReportsSequenceGap(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await AppendAsync(database, new TestClock(Seed.Now), 5);

        await TamperAsync(database, """DELETE FROM "AuditEntries" WHERE "Sequence" = 3""");

        var problem = await ProblemAsync(database);
        Assert.Equal((AuditProblemKind.SequenceGap, 3L), (problem.Kind, problem.Sequence));
        Assert.Contains("Entry 3 is missing", problem.Message, StringComparison.Ordinal);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Verify_DeletedEntryAndRenumbered_ReportsBrokenChain(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await AppendAsync(database, new TestClock(Seed.Now), 5);

        await TamperAsync(database, """DELETE FROM "AuditEntries" WHERE "Sequence" = 3""");
        await TamperAsync(database, """UPDATE "AuditEntries" SET "Sequence" = 3 WHERE "Sequence" = 4""");

        var problem = await ProblemAsync(database);
        Assert.Equal(3L, problem.Sequence);
        Assert.Equal(AuditProblemKind.HashMismatch, problem.Kind);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Verify_ReorderedEntries_ReportsFirstMovedEntry(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await AppendAsync(database, new TestClock(Seed.Now), 5);

        await TamperAsync(database, """UPDATE "AuditEntries" SET "Sequence" = -2 WHERE "Sequence" = 2""");
        await TamperAsync(database, """UPDATE "AuditEntries" SET "Sequence" = 2 WHERE "Sequence" = 3""");
        await TamperAsync(database, """UPDATE "AuditEntries" SET "Sequence" = 3 WHERE "Sequence" = -2""");

        var problem = await ProblemAsync(database);
        Assert.Equal(2L, problem.Sequence);
        Assert.Equal(AuditProblemKind.HashMismatch, problem.Kind);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Verify_TruncatedTail_DetectedOnlyWithAnchor(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await AppendAsync(database, new TestClock(Seed.Now), 5);
        AuditAnchor anchor;
        await using (var db = database.NewContext())
        {
            anchor = (await new AuditLog(db, TimeProvider.System).HeadAsync())!;
        }
        Assert.Equal(5, anchor.Sequence);

        await TamperAsync(database, """DELETE FROM "AuditEntries" WHERE "Sequence" = 5""");

        await using (var db = database.NewContext())
        {
            var verifier = new AuditVerifier(db);
            Assert.True((await verifier.VerifyAsync()).IsValid); // a cut tail leaves no trace in the chain itself
            var problem = (await verifier.VerifyAsync(anchor)).Problem!;
            Assert.Equal((AuditProblemKind.AnchorMissing, 5L), (problem.Kind, problem.Sequence));
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Database_UpdateOrDeleteAuditEntry_Refused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await AppendAsync(database, new TestClock(Seed.Now), 2);

        await Assert.ThrowsAnyAsync<DbException>(() => database.ExecuteAsync("""UPDATE "AuditEntries" SET "Reason" = 'x' WHERE "Sequence" = 1"""));
        await Assert.ThrowsAnyAsync<DbException>(() => database.ExecuteAsync("""DELETE FROM "AuditEntries" WHERE "Sequence" = 2"""));

        await using var db = database.NewContext();
        Assert.Equal(2, await db.AuditEntries.CountAsync());
        Assert.True((await new AuditVerifier(db).VerifyAsync()).IsValid);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task SaveChanges_ModifiedOrDeletedAuditEntry_Refused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await AppendAsync(database, new TestClock(Seed.Now), 1);
        await using var db = database.NewContext();
        var entry = await db.AuditEntries.SingleAsync();

        db.Attach(entry).State = EntityState.Modified;
        var modified = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.Contains("append-only", modified.Message, StringComparison.Ordinal);
        db.Entry(entry).State = EntityState.Deleted;
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task SaveChanges_AuditEntryAddedOutsideAuditLog_Refused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        db.Add(new AuditEntry
        {
            Sequence = 1, OccurredAt = Seed.Now, ActorId = "intruder", EntityType = "Application", EntityId = "DHC-000001",
            Action = "band.awarded", Reason = "forged", PreviousHash = AuditHash.Genesis, Hash = new string('f', 64),
        });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        Assert.Contains("AuditLog.AppendAsync", error.Message, StringComparison.Ordinal);
        await using var check = database.NewContext();
        Assert.Equal(0, await check.AuditEntries.CountAsync());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Append_EightWritersInParallel_ChainStaysLinear(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new TestClock(Seed.Now);
        const int writers = 8, each = 10;

        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            await using var db = database.NewContext();
            var log = new AuditLog(db, clock);
            for (var i = 0; i < each; i++)
            {
                await log.AppendAsync(Record($"writer-{w}", $"bid-{w}-{i}"));
            }
        })));

        await using var check = database.NewContext();
        var sequences = await check.AuditEntries.OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync();
        Assert.Equal(Enumerable.Range(1, writers * each).Select(i => (long)i), sequences);
        Assert.Equal(writers * each, await check.AuditEntries.Select(e => e.PreviousHash).Distinct().CountAsync());
        var result = await new AuditVerifier(check).VerifyAsync();
        Assert.True(result.IsValid, result.Problem?.Message);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Append_InCallersTransaction_CommitsOrRollsBackWithIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var log = new AuditLog(db, new TestClock(Seed.Now));

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await log.AppendAsync(Record("officer-1", "app-1"));
            await transaction.RollbackAsync();
        }
        Assert.Equal(0, await db.AuditEntries.CountAsync());

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var entry = await log.AppendAsync(Record("officer-1", "app-1"));
            await transaction.CommitAsync();
            Assert.Equal(1, entry.Sequence);
        }
        Assert.True((await new AuditVerifier(db).VerifyAsync()).IsValid);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Append_InvalidJsonOrMissingReason_RefusedAndNothingWritten(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var log = new AuditLog(db, new TestClock(Seed.Now));

        var json = await Assert.ThrowsAsync<ArgumentException>(() => log.AppendAsync(Record("officer-1", "app-1") with { AfterJson = "{band: A" }));
        Assert.Equal("AfterJson", json.ParamName);
        var reason = await Assert.ThrowsAsync<ArgumentException>(() => log.AppendAsync(Record("officer-1", "app-1") with { Reason = " " }));
        Assert.Equal("Reason", reason.ParamName);
        Assert.Equal(0, await db.AuditEntries.CountAsync());
    }

    [Fact]
    public void Canonical_Entry_IsCompactJsonInFixedOrder()
    {
        var entry = new AuditEntry
        {
            Sequence = 7, OccurredAt = new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero).AddTicks(12340),
            ActorId = "officer-1", OrganisationId = Exeter, EntityType = "Application", EntityId = "DHC-000001",
            Action = "band.awarded", BeforeJson = null, AfterJson = """{"band":"B"}""", Reason = "001 §43.5",
            PreviousHash = AuditHash.Genesis, Hash = "ignored",
        };

        var canonical = Encoding.UTF8.GetString(AuditHash.Canonical(entry));

        Assert.Equal(
            """{"v":1,"seq":7,"at":"2026-12-01T09:30:00.001234Z","actor":"officer-1","org":"0193f0c8-0000-7000-8000-000000000001","entityType":"Application","entityId":"DHC-000001","action":"band.awarded","before":null,"after":"{\u0022band\u0022:\u0022B\u0022}","reason":"001 \u00A743.5","prev":"0000000000000000000000000000000000000000000000000000000000000000"}""",
            canonical);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(canonical))), AuditHash.Compute(entry));
        Assert.NotEqual(AuditHash.Compute(entry), AuditHash.Compute(new AuditEntry
        {
            Sequence = 8, OccurredAt = entry.OccurredAt, ActorId = entry.ActorId, OrganisationId = entry.OrganisationId,
            EntityType = entry.EntityType, EntityId = entry.EntityId, Action = entry.Action, AfterJson = entry.AfterJson,
            Reason = entry.Reason, PreviousHash = entry.PreviousHash, Hash = "",
        }));
    }

    private static AuditRecord Record(string actor, string entityId) =>
        new(actor, Exeter, "Application", entityId, "band.awarded", """{"band":"C"}""", """{"band":"B"}""", "Band B: health and wellbeing (001 §43)");

    private static async Task AppendAsync(TestDatabase database, TestClock clock, int count)
    {
        await using var db = database.NewContext();
        var log = new AuditLog(db, clock);
        for (var i = 1; i <= count; i++)
        {
            await log.AppendAsync(Record($"officer-{i}", $"DHC-00000{i}"));
            clock.Advance(TimeSpan.FromMinutes(1));
        }
    }

    private static async Task<AuditProblem> ProblemAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var result = await new AuditVerifier(db).VerifyAsync();
        Assert.False(result.IsValid, "the verifier accepted a tampered chain");
        return result.Problem!;
    }

    /// <summary>Tampers as someone with full database rights would: first switch off the append-only triggers.</summary>
    private static async Task TamperAsync(TestDatabase database, string sql)
    {
        var disable = database.Provider switch
        {
            DatabaseProvider.Sqlite => """DROP TRIGGER IF EXISTS "AuditEntries_no_update"; DROP TRIGGER IF EXISTS "AuditEntries_no_delete";""",
            DatabaseProvider.Postgres => """ALTER TABLE "AuditEntries" DISABLE TRIGGER USER;""",
        };
        await database.ExecuteAsync(disable);
        await database.ExecuteAsync(sql);
    }
}
