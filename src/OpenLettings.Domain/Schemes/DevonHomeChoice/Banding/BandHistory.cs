using System.Collections.Immutable;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;

/// <summary>One earlier (or the current) general band award, as recorded on the register.</summary>
/// <param name="Band">The band awarded.</param>
/// <param name="Reason">The criterion.</param>
/// <param name="BandStartDate">The band start date the award carried (UK local time, 001 §43.1-43.2).</param>
/// <param name="From">The first day the award applied.</param>
public sealed record PastBandAward(Band Band, BandReason Reason, DateTime BandStartDate, DateOnly From)
{
    /// <summary>The day the need behind the award ended; null while it is the current award.</summary>
    public DateOnly? To { get; init; }

    /// <summary>The application stayed active throughout this award (001 §43.6).</summary>
    public bool ActiveThroughout { get; init; } = true;

    /// <summary>When the change that ended the award was notified to the managing LA (001 §43.6). Null: notified on the assessment date.</summary>
    public DateOnly? ChangeNotifiedOn { get; init; }

    /// <summary>
    /// A scoped award (held only for some homes, e.g. under-occupation for smaller homes, 001 §23.5). Scoped
    /// awards keep their own band start date; they are never the current general award.
    /// </summary>
    public bool Scoped { get; init; }
}

/// <summary>An application cancelled by the renewals process (001 §51.43).</summary>
/// <param name="CancelledOn">The day the renewals process cancelled the application.</param>
/// <param name="UpdatedOn">The day the applicant updated it; null if they have not.</param>
public sealed record RenewalCancellation(DateOnly CancelledOn, DateOnly? UpdatedOn)
{
    /// <summary>The LA accepted exceptional circumstances for a late update, so the original date is kept (001 §51.43).</summary>
    public bool ExceptionalCircumstances { get; init; }
}

/// <summary>The application's earlier band awards, so band start dates can be derived (001 §43.5-43.7).</summary>
public sealed record BandHistory
{
    /// <summary>The general awards in date order, oldest first; the last is the current award.</summary>
    public ImmutableArray<PastBandAward> Awards { get; init; } = [];

    /// <summary>The latest cancellation by the renewals process, if any (001 §51.43).</summary>
    public RenewalCancellation? RenewalCancellation { get; init; }

    /// <summary>The current (latest) general award, or null for a new application.</summary>
    public PastBandAward? Current => General.IsEmpty ? null : General[^1];

    /// <summary>The general awards (those not <see cref="PastBandAward.Scoped"/>), oldest first.</summary>
    public ImmutableArray<PastBandAward> General => [.. Awards.Where(a => !a.Scoped)];
}
