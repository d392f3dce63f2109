using System.Collections.Immutable;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Properties;

namespace OpenLettings.Domain.Schemes.SwanTransfer;

/// <summary>Which requirements of 002 §3.3 the domestic violence / harassment exception lifts.</summary>
public enum ExceptionScope
{
    /// <summary>The whole clause: breaches, debts and anti-social behaviour (the default reading of "this clause").</summary>
    WholeClause,
    /// <summary>Only the anti-social behaviour wait, the sentence the note follows.</summary>
    AntisocialBehaviourOnly,
}

/// <summary>When a couple counts as "over 60" in Appendix 2.</summary>
public enum OlderCoupleRule
{
    BothPartners,
    EitherPartner,
}

/// <summary>How a nominations percentage of 002 §2.1 is to be read.</summary>
public enum NominationRequirementKind
{
    /// <summary>"Normally": a target that should be met.</summary>
    Normally,
    /// <summary>"No more than".</summary>
    AtMost,
    /// <summary>"At least".</summary>
    AtLeast,
}

/// <summary>The local authority nominations percentages (002 §2.1).</summary>
public sealed record NominationOptions
{
    /// <summary>Share of newly built homes offered to the council: normally 100% (002 §2.1).</summary>
    public decimal NewBuildPercent { get; init; } = 100m;

    /// <summary>Share of re-lets of family-sized homes offered to the council: no more than 75% (002 §2.1).</summary>
    public decimal FamilyReletMaximumPercent { get; init; } = 75m;

    /// <summary>Share of 1 bedroom homes offered to the council: at least 50% (002 §2.1).</summary>
    public decimal OneBedroomMinimumPercent { get; init; } = 50m;

    /// <summary>The smallest home that is "family sized" (002 §2.1 does not define it; 2 bedrooms chosen).</summary>
    public int FamilySizedMinimumBedrooms { get; init; } = 2;

    /// <summary>Bedsits count with 1 bedroom homes for the 1 bedroom percentage (002 §2.1 does not mention bedsits).</summary>
    public bool BedsitsCountAsOneBedroom { get; init; } = true;
}

/// <summary>
/// Everything a Swan partnership may tune, with the policy's values as defaults. Versioned by
/// <see cref="Options.OptionSchedule{TOptions}"/>.
/// </summary>
/// <remarks>Seed 002 (Swan Housing Allocations Policy HS01 v5); each property cites its section.</remarks>
public sealed record SwanOptions
{
    /// <summary>Years an independent adult without a tenancy must have lived in a Swan home before registering: "longer than three years" (002 §3.5).</summary>
    public int IndependentAdultMinimumYears { get; init; } = 3;

    /// <summary>Tenants are ranked above independent adults without a tenancy (002 §3.5).</summary>
    public bool TenantsBeforeIndependentAdults { get; init; } = true;

    /// <summary>Months a supported-housing tenant must have held an assured shorthold tenancy before being considered (002 §3.6: one year).</summary>
    public int SupportedHousingMinimumTenancyMonths { get; init; } = 12;

    /// <summary>Largest amount that may be owed to Swan while still being considered: all debts cleared (002 §3.3).</summary>
    public Money DebtTolerance { get; init; } = Money.Zero;

    /// <summary>Months since the last act of anti-social behaviour before a transfer is considered (002 §3.3: at least 6 months).</summary>
    public int AntisocialBehaviourWaitMonths { get; init; } = 6;

    /// <summary>Which §3.3 requirements the domestic violence / harassment management priority exception lifts (002 §3.3).</summary>
    public ExceptionScope ViolenceHarassmentExceptionScope { get; init; } = ExceptionScope.WholeClause;

    /// <summary>Minimum age of a general needs tenant (002 §3.7: 18).</summary>
    public int MinimumGeneralNeedsTenantAge { get; init; } = 18;

    /// <summary>Someone whose earlier Swan tenancy was breached is not considered (002 §3.8 "will not normally").</summary>
    public bool RefusePreviouslyBreachedTenants { get; init; } = true;

    /// <summary>Only the applicant, partner, children and listed dependants count on the application (002 §3.2).</summary>
    public bool ImmediateFamilyOnly { get; init; } = true;

    /// <summary>A child counts only once proof of child benefit entitlement has been seen (002 §5.2); off by default, see the scheme page.</summary>
    public bool RequireChildBenefitEvidence { get; init; }

    /// <summary>Children under this age need child benefit evidence when <see cref="RequireChildBenefitEvidence"/> is on (002 §5.2; child benefit is paid for children under 16).</summary>
    public int ChildBenefitEvidenceUnderAge { get; init; } = 16;

    /// <summary>Suitable offers a management move applicant receives; refusing this many without good reason removes the priority (002 §4.3: one).</summary>
    public int ManagementMoveOffers { get; init; } = 1;

    /// <summary>Medical category A gives band one only with evidence of a severely detrimental effect (002 §4.4).</summary>
    public bool MedicalBandOneRequiresEvidence { get; init; } = true;

    /// <summary>Smallest current home for the downsizing scheme (002 §4.5: 3 bedrooms or larger).</summary>
    public int DownsizingMinimumCurrentBedrooms { get; init; } = 3;

    /// <summary>The size downsizers move to (002 §4.5 and Appendix 1: one bedroom).</summary>
    public int DownsizingTargetBedrooms { get; init; } = 1;

    /// <summary>Band one for downsizing needs a successful downsizing scheme application (002 §4.5 "if successful").</summary>
    public bool DownsizingBandOneRequiresApproval { get; init; } = true;

    /// <summary>A downsizer whose band rests on moving to a smaller home is bypassed for larger homes (002 §4.5, Appendix 1 "will move to 1 bed").</summary>
    public bool DownsizersLimitedToTargetSize { get; init; } = true;

    /// <summary>Apply 002 §4.1 literally: band one for any under-occupation by <see cref="UnderOccupationBandOneExcess"/> or more bedrooms, not just moves to a 1 bedroom home.</summary>
    public bool BandOneForAnyUnderOccupationByExcess { get; init; }

    /// <summary>Bedrooms of under-occupation for band one under the literal §4.1 reading (002 §4.1: at least 2).</summary>
    public int UnderOccupationBandOneExcess { get; init; } = 2;

    /// <summary>Bedrooms a household "still needs" for the band two under-occupation row (002 Appendix 1: 2).</summary>
    public int UnderOccupationBandTwoNeed { get; init; } = 2;

    /// <summary>Current home size for the band three row "currently occupying a 2 bed, but will move to a 1 bed" (002 Appendix 1).</summary>
    public int SmallDownsizeCurrentBedrooms { get; init; } = 2;

    /// <summary>Age every member must have reached for the band two sheltered row (002 Appendix 1: over 60).</summary>
    public int OlderHouseholdAge { get; init; } = 60;

    /// <summary>Opposite-sex children sharing, at least one this age or over: band two (002 Appendix 1: over 11).</summary>
    public int OppositeSexSharingBandTwoAge { get; init; } = 11;

    /// <summary>Opposite-sex children sharing, at least one this age or over: band three; younger: band four (002 Appendix 1: over 6 / under 6).</summary>
    public int OppositeSexSharingBandThreeAge { get; init; } = 6;

    /// <summary>Same-sex children sharing, at least one this age or over: band three (002 Appendix 1: over 11).</summary>
    public int SameSexSharingBandThreeAge { get; init; } = 11;

    /// <summary>More than this many children sharing one bedroom: band two (002 Appendix 1: more than 3).</summary>
    public int ChildrenSharingBandTwoMoreThan { get; init; } = 3;

    /// <summary>More than this many children sharing one bedroom: band three (002 Appendix 1: more than 2).</summary>
    public int ChildrenSharingBandThreeMoreThan { get; init; } = 2;

    /// <summary>A child under this age living in a flat: band three (002 Appendix 1: under 12).</summary>
    public int ChildInFlatUnderAge { get; init; } = 12;

    /// <summary>The home types that count as "living in flat" (002 Appendix 1).</summary>
    public ImmutableArray<PropertyType> FlatTypes { get; init; } = [PropertyType.Flat, PropertyType.Maisonette];

    /// <summary>Bands that replace Appendix 1's printed band for a circumstance (empty: as printed, 002 Appendix 1).</summary>
    public ImmutableDictionary<SwanCircumstance, SwanBand> BandOverrides { get; init; } = ImmutableDictionary<SwanCircumstance, SwanBand>.Empty;

    /// <summary>Age for the "over 60 years" rows of Appendix 2 (002 Appendix 2).</summary>
    public int SuitabilityOlderAge { get; init; } = 60;

    /// <summary>When a couple is "over 60" (002 Appendix 2 does not say; both partners by default).</summary>
    public OlderCoupleRule OlderCouple { get; init; } = OlderCoupleRule.BothPartners;

    /// <summary>Age boundary of the "under one" / "over one" rows (002 Appendix 2).</summary>
    public int InfantAge { get; init; } = 1;

    /// <summary>Age boundary of the "over 7" / "under 7" rows (002 Appendix 2).</summary>
    public int ChildAgeBoundary { get; init; } = 7;

    /// <summary>Age gap of the "same sex with 5 year gap" row (002 Appendix 2).</summary>
    public int SameSexAgeGap { get; init; } = 5;

    /// <summary>The "Designated Elderly" columns are open only to the over-60 rows (off by default: Appendix 2 as printed also ticks them for "one person" and "couple").</summary>
    public bool DesignatedElderlyOnlyForOlderHouseholds { get; init; }

    /// <summary>The Appendix 2 matrix: which home categories each household row may be offered (002 Appendix 2).</summary>
    public ImmutableDictionary<HouseholdCategory, ImmutableArray<PropertyCategory>> SuitabilityMatrix { get; init; } = SwanTransfer.SuitabilityMatrix.Default;

    /// <summary>Adapted homes go only to households assessed as needing the adaptation (002 §5.6).</summary>
    public bool AdaptedHomesOnlyForAssessedNeed { get; init; } = true;

    /// <summary>Nominations percentages (002 §2.1).</summary>
    public NominationOptions Nominations { get; init; } = new();

    /// <summary>Exceptions to choice based lettings: which are used, who approves, what shows them (002 §2.2).</summary>
    public DirectLettingOptions DirectLettings { get; init; } = new();

    /// <summary>Mutual exchanges (002 §6.1).</summary>
    public MutualExchangeOptions MutualExchange { get; init; } = new();

    /// <summary>Reviews of decisions (002 §6.2).</summary>
    public ReviewOptions Reviews { get; init; } = new();

    /// <summary>Information on waiting times (002 §6.3).</summary>
    public WaitingTimeOptions WaitingTimes { get; init; } = new();

    /// <summary>Review of the policy (002 §6.4).</summary>
    public PolicyReviewOptions PolicyReview { get; init; } = new();

    /// <summary>Equality monitoring (002 §7).</summary>
    public EqualityOptions Equality { get; init; } = new();

    /// <summary>The band a circumstance gives under these options.</summary>
    public SwanBand BandFor(SwanCircumstance circumstance) =>
        BandOverrides.TryGetValue(circumstance, out var band) ? band : SwanCircumstances.PrintedBand(circumstance);
}
