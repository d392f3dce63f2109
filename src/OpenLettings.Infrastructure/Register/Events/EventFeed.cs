using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenLettings.Infrastructure.Json;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;

namespace OpenLettings.Infrastructure.Register.Events;

/// <summary>One event as the feed serves it and as a webhook delivers it (the JSON body of each POST).</summary>
/// <param name="Id">The event id: the same on every delivery, so consumers drop duplicates by it.</param>
/// <param name="Position">The event's place in the outbox; the feed's cursor.</param>
/// <param name="Type">The event type, e.g. <c>bid.placed</c>.</param>
/// <param name="EntityType">What the event is about, e.g. <c>Bid</c>.</param>
/// <param name="EntityId">Its id.</param>
/// <param name="OrganisationId">The organisation it concerns (the managing authority or the landlord).</param>
/// <param name="OccurredAt">When the change was made.</param>
/// <param name="Data">The payload: ids, references, statuses and bands; never names, dates of birth or NI numbers.</param>
public sealed record FeedEvent(
    Guid Id,
    long Position,
    string Type,
    string EntityType,
    string EntityId,
    Guid? OrganisationId,
    DateTimeOffset OccurredAt,
    JsonElement Data)
{
    public static FeedEvent From(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var payload = JsonDocument.Parse(message.PayloadJson);
        return new FeedEvent(message.EventId, message.Position, message.Type, message.EntityType, message.EntityId,
            message.OrganisationId, message.OccurredAt, payload.RootElement.Clone());
    }

    /// <summary>The compact JSON of an event, exactly as a webhook POSTs it.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, CompactJson);

    private static readonly JsonSerializerOptions CompactJson = new(ContractJson.Options) { WriteIndented = false };
}

/// <summary>Settings of the feed and the webhook dispatcher.</summary>
public sealed record EventFeedOptions
{
    /// <summary>
    /// Only events older than this are served or delivered. Outbox positions are assigned when a row is inserted
    /// but become visible when its transaction commits, so with concurrent writers position 11 can be visible
    /// before position 10; a reader that had taken 11 and moved its cursor there would never see 10. Waiting until
    /// every event at or below the cursor is older than the settle delay closes that gap as long as a register
    /// transaction commits within the delay of publishing (register transactions take milliseconds; the default is
    /// 2 seconds). Configuration: <c>Events:SettleSeconds</c>.
    /// </summary>
    public TimeSpan SettleDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Events a webhook receives per subscription per dispatcher run.</summary>
    public int WebhookBatchSize { get; init; } = 100;

    /// <summary>Subscriptions a dispatcher run looks at.</summary>
    public int SubscriptionsPerRun { get; init; } = 200;

    /// <summary>How long one node holds a subscription's lease while delivering to it.</summary>
    public TimeSpan WebhookLease { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The first retry delay after a failed delivery; doubled after each further failure (10 s, 20 s, 40 s…).</summary>
    public TimeSpan RetryBase { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest retry delay.</summary>
    public TimeSpan RetryCap { get; init; } = TimeSpan.FromHours(1);

    /// <summary>The delay before the attempt after <paramref name="failedAttempts"/> consecutive failures.</summary>
    public TimeSpan Backoff(int failedAttempts)
    {
        var exponent = Math.Clamp(failedAttempts - 1, 0, 30);
        var delay = RetryBase.TotalSeconds * Math.Pow(2, exponent);
        return TimeSpan.FromSeconds(Math.Min(delay, RetryCap.TotalSeconds));
    }
}

/// <summary>
/// The event feed: outbox events after a cursor that a reader may see, in position order, held back until they
/// have settled (see <see cref="EventFeedOptions.SettleDelay"/>) so that a reader following the cursor never skips one.
/// </summary>
public sealed class EventFeed(RegisterDbContext db, TimeProvider time, EventFeedOptions options)
{
    /// <summary>Up to <paramref name="limit"/> events after position <paramref name="after"/> in <paramref name="scope"/>.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> ReadAsync(EventScope scope, long after, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.IsEmpty || limit <= 0)
        {
            return [];
        }
        var settled = time.GetUtcNow() - options.SettleDelay;
        var partnerships = scope.Partnerships.Select(p => (Guid?)p).ToArray();
        var organisations = scope.Organisations.Select(o => (Guid?)o).ToArray();
        return await db.Outbox.AsNoTracking()
            .Where(m => m.Position > after && m.OccurredAt <= settled)
            .Where(m => partnerships.Contains(m.PartnershipId) || organisations.Contains(m.OrganisationId))
            .OrderBy(m => m.Position)
            .Take(limit)
            .ToListAsync(cancellationToken);
    }
}
