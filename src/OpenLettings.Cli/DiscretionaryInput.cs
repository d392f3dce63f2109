using System.Collections.Immutable;
using OpenLettings.Domain.Workflows.DiscretionaryAllocation;

namespace OpenLettings.Cli;

/// <summary>The input of <c>openlettings discretionary</c>: a request, its recorded events in order, and the date to evaluate on.</summary>
public sealed record DiscretionaryInput
{
    /// <summary>The evaluation date; the <c>--as-of</c> option overrides it, and today in the UK is used when both are absent.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The discretionary allocation request.</summary>
    public required DiscretionaryRequest Request { get; init; }

    /// <summary>The recorded events, oldest first.</summary>
    public ImmutableArray<DiscretionaryEvent> Events { get; init; } = [];
}
