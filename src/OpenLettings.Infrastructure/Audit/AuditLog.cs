using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpenLettings.Infrastructure.Persistence;

namespace OpenLettings.Infrastructure.Audit;

/// <summary>
/// Appends to the audit log. Appending is the only operation: there is no update or delete.
/// </summary>
/// <remarks>
/// Each entry gets the next sequence number and the hash of the entry before it, inside a transaction that
/// first takes the log's write lock (a PostgreSQL transaction-scoped advisory lock; SQLite's single writer
/// lock, taken by <c>BEGIN IMMEDIATE</c>). The sequence is the primary key, so even without the lock two
/// writers could not both write entry N: the loser's insert fails and it retries with N + 1, and the chain
/// stays linear. When the context already has a transaction open, the entry joins it (so a state change and
/// its audit entry commit together) and the lock is held until that transaction ends. Changes already
/// pending on the context are saved with the entry, in the same transaction.
/// </remarks>
public sealed class AuditLog(RegisterDbContext db, TimeProvider time)
{
    /// <summary>The table that holds the log.</summary>
    public const string TableName = "AuditEntries";

    /// <summary>The PostgreSQL advisory lock key that serialises appends ("OLAUDIT" in ASCII).</summary>
    public const long AdvisoryLockKey = 0x4F4C4155444954;

    private const int MaxAttempts = 50;

    /// <summary>Appends one entry and returns it as stored.</summary>
    /// <exception cref="ArgumentException">A required text field is empty, or a JSON field is not valid JSON.</exception>
    public async Task<AuditEntry> AppendAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        Validate(record);

        if (db.Database.CurrentTransaction is not null)
        {
            return await AppendInTransactionAsync(record, cancellationToken);
        }

        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            AuditEntry? added = null;
            try
            {
                added = await AppendInTransactionAsync(record, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return added;
            }
            catch (Exception ex) when (attempt < MaxAttempts && IsConflict(ex))
            {
                await transaction.RollbackAsync(CancellationToken.None);
                if (added is not null)
                {
                    db.Entry(added).State = EntityState.Detached;
                }
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10 * attempt)), time, cancellationToken);
            }
        }
    }

    /// <summary>The last entry's sequence and hash (an anchor to keep outside the database), or null when the log is empty.</summary>
    public async Task<AuditAnchor?> HeadAsync(CancellationToken cancellationToken = default)
    {
        var head = await db.AuditEntries.OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash })
            .FirstOrDefaultAsync(cancellationToken);
        return head is null ? null : new AuditAnchor(head.Sequence, head.Hash);
    }

    private async Task<AuditEntry> AppendInTransactionAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        if (db.Provider == DatabaseProvider.Postgres)
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", cancellationToken);
        }

        var last = await db.AuditEntries.OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash })
            .FirstOrDefaultAsync(cancellationToken);

        var unhashed = new AuditEntry
        {
            Sequence = (last?.Sequence ?? 0) + 1,
            OccurredAt = AuditHash.Normalise(time.GetUtcNow()),
            ActorId = record.ActorId,
            OrganisationId = record.OrganisationId,
            EntityType = record.EntityType,
            EntityId = record.EntityId,
            Action = record.Action,
            BeforeJson = record.BeforeJson,
            AfterJson = record.AfterJson,
            Reason = record.Reason,
            PreviousHash = last?.Hash ?? AuditHash.Genesis,
            Hash = "",
        };
        var entry = new AuditEntry
        {
            Sequence = unhashed.Sequence,
            OccurredAt = unhashed.OccurredAt,
            ActorId = unhashed.ActorId,
            OrganisationId = unhashed.OrganisationId,
            EntityType = unhashed.EntityType,
            EntityId = unhashed.EntityId,
            Action = unhashed.Action,
            BeforeJson = unhashed.BeforeJson,
            AfterJson = unhashed.AfterJson,
            Reason = unhashed.Reason,
            PreviousHash = unhashed.PreviousHash,
            Hash = AuditHash.Compute(unhashed),
        };

        db.Add(entry);
        db.AppendingAudit = true;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.AppendingAudit = false;
            // The entry is history, not something to track: a later SaveChanges must never touch it.
            db.Entry(entry).State = EntityState.Detached;
        }
        return entry;
    }

    private static void Validate(AuditRecord record)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(record.ActorId, nameof(record.ActorId));
        ArgumentException.ThrowIfNullOrWhiteSpace(record.EntityType, nameof(record.EntityType));
        ArgumentException.ThrowIfNullOrWhiteSpace(record.EntityId, nameof(record.EntityId));
        ArgumentException.ThrowIfNullOrWhiteSpace(record.Action, nameof(record.Action));
        ArgumentException.ThrowIfNullOrWhiteSpace(record.Reason, nameof(record.Reason));
        RequireJson(record.BeforeJson, nameof(record.BeforeJson));
        RequireJson(record.AfterJson, nameof(record.AfterJson));
    }

    private static void RequireJson(string? json, string name)
    {
        if (json is null)
        {
            return;
        }
        try
        {
            using var _ = System.Text.Json.JsonDocument.Parse(json);
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw new ArgumentException($"{name} is not valid JSON: {ex.Message}", name, ex);
        }
    }

    /// <summary>A lost race for the next sequence number or the write lock: safe to retry from the start.</summary>
    private static bool IsConflict(Exception ex) => ex switch
    {
        DbUpdateException { InnerException: { } inner } => IsConflict(inner),
        // SQLITE_BUSY (5), SQLITE_LOCKED (6), SQLITE_CONSTRAINT (19) on the primary key.
        SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6 or 19,
        // unique_violation, serialization_failure, deadlock_detected.
        PostgresException pg => pg.SqlState is PostgresErrorCodes.UniqueViolation
            or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected,
        _ => false,
    };
}

/// <summary>A known point of the chain (kept outside the database) that lets verification detect a truncated log.</summary>
/// <param name="Sequence">The entry's sequence number.</param>
/// <param name="Hash">The entry's hash.</param>
public sealed record AuditAnchor(long Sequence, string Hash);
