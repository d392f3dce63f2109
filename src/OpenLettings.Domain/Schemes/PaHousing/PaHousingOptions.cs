using System.Collections.Immutable;
using OpenLettings.Domain.Common;

namespace OpenLettings.Domain.Schemes.PaHousing;

/// <summary>Thresholds a local authority partner has set for transferring households (004 §4.1); each absent one falls back to PA Housing's.</summary>
public sealed record LocalFinancialThresholds
{
    public Money? Income { get; init; }

    public Money? SavingsOrAssets { get; init; }
}

/// <summary>What one sub-region tunes: the policy's sub-regional variations (004 §1.2, §4.1, §4.5, §4.7, §4.10, Appendix 2).</summary>
public sealed record PaSubRegionOptions
{
    /// <summary>Savings or asset value above which a household can meet its own need.</summary>
    /// <remarks>004 §4.1: Midlands £16,000; London and South East £30,000.</remarks>
    public required Money SavingsOrAssetThreshold { get; init; }

    /// <summary>Unreasonable refusals of suitable offers bid for that trigger the suspension.</summary>
    /// <remarks>004 §4.10: one in London and the South East, three in the Midlands.</remarks>
    public required int RefusalsBeforeSuspension { get; init; }

    /// <summary>Direct applicants may join for general needs housing.</summary>
    /// <remarks>004 §4.5: Midlands only.</remarks>
    public required bool DirectApplicantsForGeneralNeeds { get; init; }

    /// <summary>Direct applicants may join for Independent Living in every borough of the sub-region.</summary>
    /// <remarks>004 §4.5: London and the Midlands.</remarks>
    public required bool DirectApplicantsForIndependentLiving { get; init; }

    /// <summary>Where <see cref="DirectApplicantsForIndependentLiving"/> is false: the boroughs that still take direct Independent Living applicants.</summary>
    /// <remarks>004 §4.5: Richmond in the South East.</remarks>
    public ImmutableArray<LocalAuthorityId> DirectIndependentLivingBoroughs { get; init; } = [];

    /// <summary>The register is open to new (non-nominated) applicants.</summary>
    /// <remarks>004 §4.5: may be closed for a determined period; schedule the closure and reopening as option versions.</remarks>
    public bool RegisterOpen { get; init; } = true;

    /// <summary>Minimum percentage of available homes in each local authority to be offered for the authority's nominations.</summary>
    /// <remarks>004 §3.2: at least 75% in London and the South East, typically 50% in the Midlands.</remarks>
    public decimal NominationsPercent { get; init; } = 75m;

    /// <summary>Each Appendix 2 criterion that applies in this sub-region and its band.</summary>
    /// <remarks>004 Appendix 2 with its sub-regional variations.</remarks>
    public required ImmutableDictionary<PaNeed, PaBand> Bands { get; init; }

    /// <summary>Children of the same sex share a bedroom while both are under this age, whatever the age gap.</summary>
    /// <remarks>004 §4.7: 16 in both variants ("up to the age of 16"; "if oldest is under 16").</remarks>
    public int SameSexChildrenShareUnderAge { get; init; } = 16;

    /// <summary>Children of the same sex of any age share if their age gap is less than this many years; null: no such rule.</summary>
    /// <remarks>004 §4.7: London and South East 10 years; Midlands none.</remarks>
    public int? SameSexAnyAgeMaxGapYears { get; init; }

    /// <summary>Children of different sexes share while both are under this age.</summary>
    /// <remarks>004 §4.7: 10 in all sub-regions.</remarks>
    public int MixedSexChildrenShareUnderAge { get; init; } = 10;

    /// <summary>Members other than the applicant's children have their own bedroom from this age.</summary>
    /// <remarks>004 §4.7: Midlands 16 ("any other single adult ... aged 16 plus"), London and South East 18.</remarks>
    public required int OtherMembersOwnRoomFromAge { get; init; }

    /// <summary>Children of the household have their own bedroom from this age; null: they share by the sibling rules at any age.</summary>
    /// <remarks>004 §4.7: Midlands 16; London and South East null (same-sex siblings of any age share when less than 10 years apart).</remarks>
    public int? ChildrenOwnRoomFromAge { get; init; }

    /// <summary>A child living here part of the week counts for a bedroom from this many nights; null: only at the principal home.</summary>
    /// <remarks>004 §4.7: Midlands 3; London and South East null.</remarks>
    public int? SharedCareNightsForBedroom { get; init; }

    /// <summary>Changes expected within this many months (pregnancy, children's ages, a member returning) count for bedroom need; null: not counted.</summary>
    /// <remarks>004 §4.7: Midlands 12; London and South East null.</remarks>
    public int? AnticipatedChangeMonths { get; init; }

    /// <summary>The policy's Midlands values.</summary>
    public static PaSubRegionOptions MidlandsDefaults => new()
    {
        SavingsOrAssetThreshold = new Money(16_000m),
        RefusalsBeforeSuspension = 3,
        NominationsPercent = 50m,
        DirectApplicantsForGeneralNeeds = true,
        DirectApplicantsForIndependentLiving = true,
        Bands = PaNeedCatalogue.DefaultBands(SubRegion.Midlands),
        OtherMembersOwnRoomFromAge = 16,
        ChildrenOwnRoomFromAge = 16,
        SharedCareNightsForBedroom = 3,
        AnticipatedChangeMonths = 12,
    };

    /// <summary>The policy's London values.</summary>
    public static PaSubRegionOptions LondonDefaults => new()
    {
        SavingsOrAssetThreshold = new Money(30_000m),
        RefusalsBeforeSuspension = 1,
        NominationsPercent = 75m,
        DirectApplicantsForGeneralNeeds = false,
        DirectApplicantsForIndependentLiving = true,
        Bands = PaNeedCatalogue.DefaultBands(SubRegion.London),
        SameSexAnyAgeMaxGapYears = 10,
        OtherMembersOwnRoomFromAge = 18,
    };

    /// <summary>The policy's South East values.</summary>
    public static PaSubRegionOptions SouthEastDefaults => LondonDefaults with
    {
        DirectApplicantsForIndependentLiving = false,
        DirectIndependentLivingBoroughs = [PaSubRegions.Richmond],
        Bands = PaNeedCatalogue.DefaultBands(SubRegion.SouthEast),
    };
}

/// <summary>
/// Everything PA Housing can tune without a rebuild. Defaults are the policy's values; sub-regional values
/// live in <see cref="Midlands"/>, <see cref="London"/> and <see cref="SouthEast"/>. Version with
/// <see cref="Options.OptionSchedule{TOptions}"/>.
/// </summary>
public sealed record PaHousingOptions
{
    /// <summary>Which sub-region each local authority is in.</summary>
    /// <remarks>004 Appendix 1.</remarks>
    public ImmutableDictionary<LocalAuthorityId, SubRegion> SubRegionOf { get; init; } = PaSubRegions.Appendix1;

    public PaSubRegionOptions Midlands { get; init; } = PaSubRegionOptions.MidlandsDefaults;

    public PaSubRegionOptions London { get; init; } = PaSubRegionOptions.LondonDefaults;

    public PaSubRegionOptions SouthEast { get; init; } = PaSubRegionOptions.SouthEastDefaults;

    /// <summary>The youngest age at which anyone may hold a tenancy.</summary>
    /// <remarks>004 §4.1 (tenancies from 16).</remarks>
    public int MinimumApplicantAge { get; init; } = 16;

    /// <summary>Applicants up to and including this age are offered tenancies only in exceptional circumstances.</summary>
    /// <remarks>004 §4.1 ("16-18 year olds").</remarks>
    public int YoungApplicantMaximumAge { get; init; } = 18;

    /// <summary>Household income (welfare benefits excluded) above which a household can meet its own need.</summary>
    /// <remarks>004 §4.1: £50,000.</remarks>
    public Money IncomeThreshold { get; init; } = new(50_000m);

    /// <summary>Savings and asset value are added together before comparing with the threshold (false: each is compared on its own).</summary>
    /// <remarks>004 §4.1 "savings or asset value".</remarks>
    public bool CombineSavingsAndAssets { get; init; } = true;

    /// <summary>The financial thresholds also apply to local authority nominees (false: the nominating authority's register rules decide).</summary>
    /// <remarks>004 §4.1 ("for transferring households"), §6.2.</remarks>
    public bool FinancialThresholdsApplyToNominations { get; init; }

    /// <summary>Thresholds set by local authority partners, adopted for transferring households.</summary>
    /// <remarks>004 §4.1.</remarks>
    public ImmutableDictionary<LocalAuthorityId, LocalFinancialThresholds> LocalAuthorityThresholds { get; init; } =
        ImmutableDictionary<LocalAuthorityId, LocalFinancialThresholds>.Empty;

    /// <summary>Months a tenant must have lived in the current home before applying to transfer.</summary>
    /// <remarks>004 §4.1: 12.</remarks>
    public int MinimumMonthsInHomeBeforeTransfer { get; init; } = 12;

    /// <summary>Months after moving in by mutual exchange before a transfer application, without a sudden unforeseen change.</summary>
    /// <remarks>004 §6.4: 12.</remarks>
    public int MonthsAfterMutualExchangeBeforeTransfer { get; init; } = 12;

    /// <summary>Arrears up to this amount are the lowest guidance tier.</summary>
    /// <remarks>004 §4.1: "under £500".</remarks>
    public Money ArrearsLowerTierLimit { get; init; } = new(500m);

    /// <summary>Months of keeping to a repayment plan for the lowest tier, when not cleared.</summary>
    /// <remarks>004 §4.1: 3.</remarks>
    public int ArrearsLowerTierMonthsOfRepayment { get; init; } = 3;

    /// <summary>Arrears up to this amount are the middle tier; above it, only exceptional cases.</summary>
    /// <remarks>004 §4.1: £1,000.</remarks>
    public Money ArrearsUpperTierLimit { get; init; } = new(1_000m);

    /// <summary>Months of keeping to a repayment plan for the middle tier.</summary>
    /// <remarks>004 §4.1: 6.</remarks>
    public int ArrearsMiddleTierMonthsOfRepayment { get; init; } = 6;

    /// <summary>Minimum years of ineligibility after an eviction for anti-social behaviour.</summary>
    /// <remarks>004 §4.2: 10.</remarks>
    public int AntisocialBehaviourEvictionYears { get; init; } = 10;

    /// <summary>After the anti-social behaviour period, a satisfactory risk assessment / review of legal action is still needed.</summary>
    /// <remarks>004 §4.2.</remarks>
    public bool AntisocialBehaviourNeedsRiskAssessment { get; init; } = true;

    /// <summary>Minimum years of ineligibility after an eviction for rent arrears.</summary>
    /// <remarks>004 §4.2: 5.</remarks>
    public int RentArrearsEvictionYears { get; init; } = 5;

    /// <summary>The arrears debt must also be repaid.</summary>
    /// <remarks>004 §4.2 ("plus repayment of the debt").</remarks>
    public bool RentArrearsEvictionNeedsRepayment { get; init; } = true;

    /// <summary>Years of ineligibility after an eviction for tenancy fraud; null: permanent.</summary>
    /// <remarks>004 §4.2: permanently.</remarks>
    public int? TenancyFraudEvictionYears { get; init; }

    /// <summary>Minimum age for Independent Living for older people.</summary>
    /// <remarks>004 §4.3: 55.</remarks>
    public int IndependentLivingMinimumAge { get; init; } = 55;

    /// <summary>Hours a week of work for Band D.</summary>
    /// <remarks>004 Appendix 2 D2: 16.</remarks>
    public decimal EmploymentHoursPerWeek { get; init; } = 16m;

    /// <summary>Months in work for Band D.</summary>
    /// <remarks>004 Appendix 2 D2: 12.</remarks>
    public int EmploymentMonths { get; init; } = 12;

    /// <summary>Hours a month of volunteering for Band D.</summary>
    /// <remarks>004 Appendix 2 D3: 16.</remarks>
    public decimal VolunteeringHoursPerMonth { get; init; } = 16m;

    /// <summary>Months of volunteering for Band D.</summary>
    /// <remarks>004 Appendix 2 D3: 6.</remarks>
    public int VolunteeringMonths { get; init; } = 6;

    /// <summary>Private rent above this share of income (per cent) for Band D.</summary>
    /// <remarks>004 Appendix 2 D5: 40.</remarks>
    public decimal PrivateRentShareOfIncomePercent { get; init; } = 40m;

    /// <summary>A single adult may bid for a studio (0 bedrooms) as well as a one-bedroom home.</summary>
    /// <remarks>004 §4.7 matrix: 0 bedrooms, single adult.</remarks>
    public bool SingleAdultsMayTakeStudios { get; init; } = true;

    /// <summary>Two single adults of the same sex, neither the applicant nor a partner, share a bedroom (the matrix footnote read literally).</summary>
    /// <remarks>004 §4.7 footnote.</remarks>
    public bool NonApplicantAdultsShareWherePossible { get; init; }

    /// <summary>Months a refusal suspension lasts.</summary>
    /// <remarks>004 §4.10: 6.</remarks>
    public int RefusalSuspensionMonths { get; init; } = 6;

    /// <summary>Days a nominee may have to reconsider a refusal the local authority wishes to enforce.</summary>
    /// <remarks>004 §4.10: no more than 5.</remarks>
    public int NomineeReconsiderationDays { get; init; } = 5;

    /// <summary>Days to appeal in writing against a decision.</summary>
    /// <remarks>004 §4.12: 21.</remarks>
    public int AppealWindowDays { get; init; } = 21;

    /// <summary>Percentage of lettings nominated at the limited sites or schemes under a 100% nominations agreement.</summary>
    /// <remarks>004 §3.2: 100%.</remarks>
    public decimal FullNominationsPercent { get; init; } = 100m;

    /// <summary>Localised redevelopment programmes during which normal transfer priority is suspended and nominations may be reduced.</summary>
    /// <remarks>004 §4.5; none by default.</remarks>
    public ImmutableArray<PaRedevelopmentProgramme> RedevelopmentProgrammes { get; init; } = [];

    /// <summary>The under-35s studio arrangement.</summary>
    /// <remarks>004 §5.1.</remarks>
    public PaUnder35sOptions Under35s { get; init; } = new();

    /// <summary>A local lettings plan's criteria apply only once agreed with the local authority (recorded on the plan).</summary>
    /// <remarks>004 §5.2: "agreed in conjunction with the local authority".</remarks>
    public bool LocalLettingsPlansNeedLocalAuthorityAgreement { get; init; } = true;

    /// <summary>A home refused by more than this many consecutive nominees is difficult to let.</summary>
    /// <remarks>004 §3.3: more than 3.</remarks>
    public int DifficultToLetAfterConsecutiveRefusals { get; init; } = 3;

    /// <summary>The role whose approval a management move needs.</summary>
    /// <remarks>004 §6.3: the Head of Housing Services.</remarks>
    public string ManagementMoveApproverRole { get; init; } = "Head of Housing Services";

    /// <summary>Months after approval by which a management move not completed calls for all other options to be sought.</summary>
    /// <remarks>004 §6.3: 6.</remarks>
    public int ManagementMoveReviewMonths { get; init; } = 6;

    /// <summary>Offers made under a management move.</summary>
    /// <remarks>004 §6.3: a single offer.</remarks>
    public int ManagementMoveOffers { get; init; } = 1;

    /// <summary>Transfer applicants who have recorded that they are not registered for a mutual exchange do not qualify.</summary>
    /// <remarks>004 §6.4: they "must also register and actively seek a mutual exchange".</remarks>
    public bool TransferApplicantsMustSeekMutualExchange { get; init; } = true;

    /// <summary>Officer bypass reasons allowed against a nomination for a supported housing scheme PA Housing manages.</summary>
    /// <remarks>004 §6.1: refusal only for the concerns of §4.3 and §5.4.</remarks>
    public ImmutableArray<PaOfficerBypassReason> SupportedHousingRefusalGrounds { get; init; } =
    [
        PaOfficerBypassReason.NoDemonstrableBenefit, PaOfficerBypassReason.NotPhysicallySuitable, PaOfficerBypassReason.ClientGroupCriteriaNotMet,
        PaOfficerBypassReason.SensitiveLet, PaOfficerBypassReason.CannotSustainTenancy, PaOfficerBypassReason.HighRisk,
    ];

    /// <summary>The options of one sub-region.</summary>
    public PaSubRegionOptions For(SubRegion subRegion) => subRegion switch
    {
        SubRegion.Midlands => Midlands,
        SubRegion.London => London,
        SubRegion.SouthEast => SouthEast,
    };

    /// <summary>The sub-region of a local authority, or null when it is not in Appendix 1.</summary>
    public SubRegion? SubRegionFor(LocalAuthorityId authority) => SubRegionOf.TryGetValue(authority, out var region) ? region : null;
}
