using System.Collections.Immutable;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Households;
using OpenLettings.Domain.Properties;

namespace OpenLettings.Domain.Schemes.SwanTransfer;

/// <summary>How the applicant occupies their current Swan home.</summary>
/// <remarks>002 §3.1 (tenancy types), §3.5 (independent adults without a tenancy), §3.6 (supported housing).</remarks>
public enum SwanOccupancy
{
    SecureTenant,
    AssuredTenant,
    StarterTenant,
    AssuredShortholdTenant,
    /// <summary>An independent adult without a tenancy living in a Swan home (002 §3.5).</summary>
    IndependentAdult,
}

/// <summary>The kind of Swan home the applicant lives in.</summary>
public enum SwanHousingType
{
    GeneralNeeds,
    /// <summary>Swan supported housing, e.g. Pike or the Foyer (002 §3.6, Appendix 1).</summary>
    Supported,
    Sheltered,
}

/// <summary>The outcome of the property inspection every transfer needs before an offer is confirmed (002 §3.4).</summary>
public enum InspectionOutcome
{
    Satisfactory,
    Unsatisfactory,
}

/// <summary>The medical categories of the medical priority procedure (002 §4.4, Appendix 1).</summary>
public enum MedicalCategory
{
    None,
    A,
    B,
    C,
}

/// <summary>The policy a management move was awarded under (002 §3.3, §4.3).</summary>
public enum ManagementMoveGround
{
    DomesticViolencePolicy,
    HarassmentPolicy,
    OtherManagementReason,
}

/// <summary>A bedroom in the current home shared by two or more members (for the sharing rows of 002 Appendix 1).</summary>
public sealed record SharedBedroom
{
    /// <summary>The members who sleep in this bedroom.</summary>
    public required ImmutableArray<MemberId> Occupants { get; init; }
}

/// <summary>The applicant's current Swan home.</summary>
public sealed record SwanCurrentHome
{
    public required SwanOccupancy Occupancy { get; init; }

    /// <summary>When the tenancy began, or for an independent adult when they began living there (002 §3.5, §3.6).</summary>
    public required DateOnly OccupiedSince { get; init; }

    public required SwanHousingType HousingType { get; init; }

    public required PropertyType PropertyType { get; init; }

    /// <summary>Bedrooms in the home (0 for a bedsit).</summary>
    public required int Bedrooms { get; init; }

    /// <summary>The home has adaptations (for "living in adapted property which no longer need", 002 Appendix 1).</summary>
    public bool Adapted { get; init; }

    /// <summary>Bedrooms shared by two or more members.</summary>
    public ImmutableArray<SharedBedroom> SharedBedrooms { get; init; } = [];

    /// <summary>The latest property inspection, if one has been carried out (002 §3.4).</summary>
    public AssessedFact<InspectionOutcome>? Inspection { get; init; }
}

/// <summary>A breach of tenancy and, once put right, when it was remedied (002 §3.3).</summary>
public sealed record TenancyBreach
{
    public required DateOnly BreachedOn { get; init; }

    public DateOnly? RemediedOn { get; init; }

    public string Description { get; init; } = "";
}

/// <summary>Monies owed to Swan (002 §3.3: rent arrears, recharges, court costs, housing benefit overpayments).</summary>
public sealed record SwanDebts
{
    public Money RentArrears { get; init; } = Money.Zero;

    public Money Recharges { get; init; } = Money.Zero;

    public Money CourtCosts { get; init; } = Money.Zero;

    public Money HousingBenefitOverpayment { get; init; } = Money.Zero;

    /// <summary>Everything owed.</summary>
    public Money Total => RentArrears + Recharges + CourtCosts + HousingBenefitOverpayment;
}

/// <summary>Tenancy conduct that bars or delays a transfer (002 §3.3, §3.8).</summary>
public sealed record SwanConduct
{
    public ImmutableArray<TenancyBreach> Breaches { get; init; } = [];

    public SwanDebts Debts { get; init; } = new();

    /// <summary>The date of the household's last act of anti-social behaviour, if any (002 §3.3).</summary>
    public DateOnly? LastAntisocialBehaviourOn { get; init; }

    /// <summary>The applicant previously held a Swan tenancy that was breached (002 §3.8).</summary>
    public bool PreviousSwanTenancyBreached { get; init; }
}

/// <summary>A medical priority request and its assessment (002 §4.4).</summary>
public sealed record MedicalPriority
{
    /// <summary>The medical priority request form has been completed (002 §4.4: required to seek medical priority).</summary>
    public required bool RequestFormCompleted { get; init; }

    /// <summary>The category awarded, by whom and on what evidence (GP or consultant evidence for category A).</summary>
    public required AssessedFact<MedicalCategory> Category { get; init; }
}

/// <summary>A management move award (002 §4.3, Appendix 1).</summary>
public sealed record ManagementMove
{
    /// <summary>The ground, who awarded it and when.</summary>
    public required AssessedFact<ManagementMoveGround> Award { get; init; }
}

/// <summary>A request to move to a smaller home, including the downsizing scheme (002 §4.5, Appendix 1).</summary>
public sealed record DownsizingRequest
{
    /// <summary>The bedroom size the tenant will move to.</summary>
    public required int TargetBedrooms { get; init; }

    /// <summary>The outcome of the downsizing scheme application: true when successful (002 §4.5 "if successful").</summary>
    public AssessedFact<bool>? SchemeDecision { get; init; }
}

/// <summary>A refused offer of accommodation, and whether the refusal had good reason (002 §4.3).</summary>
public sealed record SwanRefusal
{
    public required AdvertId Advert { get; init; }

    public required DateOnly RefusedOn { get; init; }

    /// <summary>The officer's decision on whether the refusal was for good reason; absent while undecided.</summary>
    public AssessedFact<bool>? GoodReason { get; init; }
}

/// <summary>The band decided at an earlier assessment and the date it took effect (002 §4.2).</summary>
public sealed record SwanBandRecord
{
    public required SwanBand Band { get; init; }

    public required DateOnly From { get; init; }
}

/// <summary>The local authority's confirmation about rehousing a sex offender in one identified home (002 §5.4).</summary>
public sealed record SexOffenderClearance
{
    public required PropertyId Property { get; init; }

    /// <summary>True when the authority confirms it has investigated the risks and monitoring is in place.</summary>
    public required AssessedFact<bool> RisksInvestigatedAndMonitoringInPlace { get; init; }
}

/// <summary>Facts for the suitability rules of 002 §5.3-5.6.</summary>
public sealed record SwanSuitabilityFacts
{
    /// <summary>The applicant is a vulnerable tenant (002 §5.3).</summary>
    public bool Vulnerable { get; init; }

    /// <summary>Swan is satisfied an appropriate support package is in place (002 §5.3).</summary>
    public AssessedFact<bool>? SupportPackageInPlace { get; init; }

    /// <summary>A member is a sex offender (002 §5.4).</summary>
    public bool SexOffender { get; init; }

    /// <summary>Local authority confirmations for identified homes (002 §5.4).</summary>
    public ImmutableArray<SexOffenderClearance> SexOffenderClearances { get; init; } = [];

    /// <summary>A member has an interest in a property elsewhere, through ownership or a tenancy (002 §5.5).</summary>
    public bool InterestInPropertyElsewhere { get; init; }

    /// <summary>Whether the household has been assessed as needing an adapted home (002 §5.6, Appendix 1).</summary>
    public AssessedFact<bool>? NeedsAdaptation { get; init; }
}

/// <summary>
/// Everything the Swan transfer-list engine knows about one application: an immutable snapshot. Every
/// decision is a pure function of this snapshot, the options in force and an explicit date.
/// </summary>
public sealed record SwanApplication
{
    public required HousingApplicationId Id { get; init; }

    /// <summary>The date the applicant registered on the transfer list (the start of time waited in the first band, 002 §4.2).</summary>
    public required DateOnly RegisteredOn { get; init; }

    /// <summary>The people on the application: the applicant, their partner and dependants or children (002 §3.2).</summary>
    public required Household Household { get; init; }

    public required SwanCurrentHome CurrentHome { get; init; }

    /// <summary>Members with role otherAdult who are the applicant's dependants and so belong on the application (002 §3.2).</summary>
    public ImmutableArray<MemberId> Dependants { get; init; } = [];

    /// <summary>Children for whom proof of child benefit entitlement has been seen (002 §5.2).</summary>
    public ImmutableArray<MemberId> ChildBenefitEvidencedFor { get; init; } = [];

    public SwanConduct Conduct { get; init; } = new();

    public MedicalPriority? Medical { get; init; }

    public ManagementMove? ManagementMove { get; init; }

    public DownsizingRequest? Downsizing { get; init; }

    /// <summary>The household wishes to move into sheltered accommodation (002 Appendix 1, band two).</summary>
    public bool WishesToMoveToSheltered { get; init; }

    /// <summary>Appendix 1 circumstances decided by an officer (those the engine does not derive itself).</summary>
    public ImmutableArray<AssessedFact<SwanCircumstance>> Circumstances { get; init; } = [];

    /// <summary>Bands decided at earlier assessments, for time waited in band (002 §4.2).</summary>
    public ImmutableArray<SwanBandRecord> BandHistory { get; init; } = [];

    public ImmutableArray<SwanRefusal> Refusals { get; init; } = [];

    public SwanSuitabilityFacts Suitability { get; init; } = new();
}
