using System.Collections.Immutable;

namespace OpenLettings.Infrastructure.Register.Events;

/// <summary>The event types the register publishes (the only values a webhook may filter on).</summary>
public static class EventTypes
{
    public static ImmutableArray<string> All { get; } =
    [
        "application.created", "application.updated", "application.submitted", "application.decided", "application.overridden",
        "property.created", "advert.created", "advert.verified", "advert.published", "advert.withdrawn",
        "cycle.opened", "cycle.closed",
        "bid.placed", "bid.withdrawn",
        "shortlist.built", "shortlist.bypassed", "bid.shortlisted",
        "offer.made", "offer.accepted", "offer.refused", "home.let",
    ];

    public static bool IsKnown(string type) => All.Contains(type, StringComparer.Ordinal);

    /// <summary>Reads a subscription's stored filter (comma-separated; empty for every type).</summary>
    public static ImmutableArray<string> Parse(string stored) =>
        [.. (stored ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
