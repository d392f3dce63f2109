namespace OpenLettings.Infrastructure.Audit;

/// <summary>
/// One entry of the append-only, hash-chained audit log: who did what to which entity, when, why, and the
/// entity before and after. Entries are created only by <see cref="AuditLog.AppendAsync"/>; every property
/// is init-only and <see cref="Persistence.RegisterDbContext"/> refuses to save an entry added any other way, a change to, or a deletion of
/// an entry, and the database refuses UPDATE and DELETE on the table (a trigger installed by the migrations).
/// </summary>
public sealed class AuditEntry
{
    /// <summary>The position in the chain: 1, 2, 3, … with no gaps; unique.</summary>
    public long Sequence { get; init; }

    /// <summary>When it happened, UTC, to whole microseconds (what both databases store exactly).</summary>
    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>The user or system that acted.</summary>
    public required string ActorId { get; init; }

    /// <summary>The organisation the actor acted for, if any.</summary>
    public Guid? OrganisationId { get; init; }

    /// <summary>The kind of entity changed (e.g. <c>Application</c>, <c>Bid</c>).</summary>
    public required string EntityType { get; init; }

    public required string EntityId { get; init; }

    /// <summary>What was done (e.g. <c>band.awarded</c>, <c>bid.placed</c>, <c>shortlist.bypassed</c>).</summary>
    public required string Action { get; init; }

    /// <summary>The entity (or the changed part) before, as JSON; null when it was created.</summary>
    public string? BeforeJson { get; init; }

    /// <summary>The entity (or the changed part) after, as JSON; null when it was removed.</summary>
    public string? AfterJson { get; init; }

    /// <summary>Why: the reason given or the rule applied.</summary>
    public required string Reason { get; init; }

    /// <summary>The hash of the previous entry (64 zeros for the first), lower-case hex SHA-256.</summary>
    public required string PreviousHash { get; init; }

    /// <summary>SHA-256 over the canonical form of this entry including <see cref="PreviousHash"/>, lower-case hex.</summary>
    public required string Hash { get; init; }
}
