using System.Collections.Immutable;
using OpenLettings.Domain.Explanations;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;

/// <summary>
/// One band award: the band, the criterion, the homes it holds for and why. An assessment yields one award
/// that holds for any home (the household's general band) and may add awards scoped to some homes.
/// </summary>
public sealed record BandAward(Band Band, BandReason Reason, AwardScope Scope)
{
    /// <summary>The explanation of this award.</summary>
    public ImmutableArray<Reason> Reasons { get; init; } = [];

    /// <summary>
    /// The band the need would have had before an override (for example the underlying Band B of a household
    /// placed in Band D for having no local connection, 001 §40.1, §40.28).
    /// </summary>
    public Band? UnderlyingBand { get; init; }

    /// <summary>When the award falls due for review (4 weeks for Band A, 3 or 6 months for health and wellbeing...).</summary>
    public DateOnly? ReviewDue { get; init; }

    /// <summary>
    /// The band start date this award ranks by (UK local time, 001 §43). Scoped awards may carry their own
    /// (for example the downsizing backdate, 001 §43.17); null where no date was worked out.
    /// </summary>
    public DateTime? BandStartDate { get; init; }

    /// <summary>The date the award stops applying without a new decision (a Care Experienced award's 3 months, 001 §26.14).</summary>
    public DateOnly? Expires { get; init; }
}
