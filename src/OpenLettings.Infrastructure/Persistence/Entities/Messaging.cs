namespace OpenLettings.Infrastructure.Persistence.Entities;

/// <summary>
/// An event written in the same transaction as the state change it reports, for delivery to partner
/// systems (the event feed and webhooks). <see cref="Position"/> is the feed's cursor.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>The position in the feed, assigned by the database (increasing).</summary>
    public long Position { get; set; }

    /// <summary>The event's id, unique, for consumers to drop duplicates (delivery is at least once).</summary>
    public Guid EventId { get; set; } = Guid.CreateVersion7();

    /// <summary>The event type (e.g. <c>bid.placed</c>).</summary>
    public required string Type { get; set; }

    public required string EntityType { get; set; }

    public required string EntityId { get; set; }

    /// <summary>The organisation the event concerns (to filter the feed by reader), or null for the whole partnership.</summary>
    public Guid? OrganisationId { get; set; }

    /// <summary>The partnership the event belongs to: its managers and partner systems may read it.</summary>
    public Guid? PartnershipId { get; set; }

    public required string PayloadJson { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>When every subscriber acknowledged it, or null while delivery is pending.</summary>
    public DateTimeOffset? DispatchedAt { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    public string? LastError { get; set; }
}

/// <summary>
/// A request made with an <c>Idempotency-Key</c>, with the response sent, so that a retried POST returns the
/// first response instead of acting twice. Unique per (scope, key).
/// </summary>
public sealed class IdempotencyRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Whose key it is (a user or partner-system id), so that two callers' keys never collide.</summary>
    public required string Scope { get; set; }

    public required string Key { get; set; }

    /// <summary>A hash of the request (method, path and body); a reused key with another request is refused.</summary>
    public required string RequestHash { get; set; }

    /// <summary>The response status, or null while the first request is still being handled.</summary>
    public int? ResponseStatus { get; set; }

    public string? ResponseBody { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
