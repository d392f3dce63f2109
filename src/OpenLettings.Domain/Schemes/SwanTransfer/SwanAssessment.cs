using System.Collections.Immutable;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Explanations;

namespace OpenLettings.Domain.Schemes.SwanTransfer;

/// <summary>The outcome of assessing one Swan transfer application as of a date.</summary>
public sealed record SwanAssessment
{
    public required HousingApplicationId ApplicationId { get; init; }

    public required DateOnly AsOf { get; init; }

    /// <summary>Transfer-list eligibility (002 §3).</summary>
    public required SwanEligibility Eligibility { get; init; }

    /// <summary>Who counts, the Appendix 2 row, the homes it suits and the bedroom need (002 §3.2, §5.2, Appendix 2).</summary>
    public required SwanHouseholdProfile Household { get; init; }

    /// <summary>Band, circumstances and time waited in band (002 §4, Appendix 1).</summary>
    public required SwanBandDecision Banding { get; init; }

    /// <summary>The band (002 §4.1).</summary>
    public SwanBand Band => Banding.Band;

    /// <summary>The date time waited in band counts from (002 §4.2).</summary>
    public DateOnly WaitingSince => Banding.WaitingSince;

    /// <summary>Which option version was used.</summary>
    public required Fact OptionsInForce { get; init; }

    /// <summary>Every reason, in the order the rules were applied: household, eligibility, band.</summary>
    public ImmutableArray<Reason> Explanations { get; init; } = [];
}
