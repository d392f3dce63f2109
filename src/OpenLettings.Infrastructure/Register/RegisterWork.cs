using System.Text.Json;
using OpenLettings.Infrastructure.Audit;
using OpenLettings.Infrastructure.Json;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Infrastructure.Register.Access;

namespace OpenLettings.Infrastructure.Register;

/// <summary>
/// One unit of register work: a transaction that retries from the start when another transaction got there first,
/// and in which every change is audited (hash-chained, <see cref="AuditLog"/>) and published to the outbox
/// (the event feed and webhooks) together with the change itself: all three commit, or none does.
/// </summary>
public sealed class RegisterWork(RegisterDbContext db, AuditLog audit, TimeProvider time)
{
    private const int MaxAttempts = 30;

    public RegisterDbContext Db => db;

    public TimeProvider Time => time;

    /// <summary>Runs <paramref name="work"/> in a transaction, retrying it (with a fresh change tracker) on a transient conflict.</summary>
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                var result = await work(cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return result;
            }
            catch (Exception ex) when (attempt < MaxAttempts && DatabaseConflicts.IsTransient(ex))
            {
                await transaction.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 * attempt + 5)), time, cancellationToken);
            }
            catch
            {
                await transaction.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                throw;
            }
        }
    }

    /// <summary>Writes an audit entry in the current transaction (saving pending changes first so ids exist).</summary>
    public async Task AuditAsync(Actor actor, Guid? organisationId, string entityType, string entityId, string action,
        object? before, object? after, string reason, CancellationToken cancellationToken = default)
    {
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(new AuditRecord(
            actor.UserId,
            organisationId ?? actor.ActingFor(),
            entityType,
            entityId,
            action,
            before is null ? null : ToJson(before),
            after is null ? null : ToJson(after),
            reason), cancellationToken);
    }

    /// <summary>Adds an event to the outbox (committed with the change that caused it).</summary>
    public OutboxMessage Publish(string type, string entityType, string entityId, Guid? organisationId, Guid? partnershipId, object payload)
    {
        var message = new OutboxMessage
        {
            Type = type,
            EntityType = entityType,
            EntityId = entityId,
            OrganisationId = organisationId,
            PartnershipId = partnershipId,
            PayloadJson = ToJson(payload),
            OccurredAt = time.GetUtcNow(),
        };
        db.Outbox.Add(message);
        return message;
    }

    /// <summary>Optimistic concurrency on an update: the caller's version must be the stored one.</summary>
    public static void RequireVersion(string what, long? expected, long actual)
    {
        if (expected is null)
        {
            throw RegisterException.Invalid("version", "required", $"Send the {what}'s version (from when you read it) so that two people cannot overwrite each other's changes.");
        }
        if (expected != actual)
        {
            throw RegisterException.Stale(what, expected.Value, actual);
        }
    }

    private static string ToJson(object value) => value switch
    {
        string s => s,
        JsonElement e => e.GetRawText(),
        _ => JsonSerializer.Serialize(value, value.GetType(), ContractJson.Options),
    };
}
