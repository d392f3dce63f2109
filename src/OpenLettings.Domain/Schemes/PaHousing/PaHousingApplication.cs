using System.Collections.Immutable;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Households;
using OpenLettings.Domain.Properties;

namespace OpenLettings.Domain.Schemes.PaHousing;

/// <summary>How a household comes to PA Housing (004 §1.3, §3.2, §4.5, §6.2).</summary>
public enum PaRoute
{
    /// <summary>Nominated from a local authority's housing register under a nominations agreement (004 §3.2).</summary>
    LocalAuthorityNomination,
    /// <summary>An existing PA Housing tenant applying to transfer (004 §1.3, §4.1).</summary>
    Transfer,
    /// <summary>A direct applicant on PA Housing's own register (004 §4.5).</summary>
    DirectApplicant,
    /// <summary>A key worker applying directly (004 §4.5, §6.2).</summary>
    KeyWorker,
}

/// <summary>The household's current housing (004 Appendix 2).</summary>
public enum PaTenure
{
    PaHousingTenant,
    OtherSocialTenant,
    PrivateRented,
    OwnerOccupier,
    LivingWithFamilyOrFriends,
    SupportedHousing,
    TemporaryAccommodation,
    NoFixedAbode,
    Prison,
    ArmedForcesAccommodation,
}

/// <summary>What an eviction was for (004 §4.2).</summary>
public enum EvictionGround
{
    AntisocialBehaviour,
    RentArrears,
    TenancyFraud,
}

/// <summary>Where an amount of income comes from; welfare benefits are left out of the income threshold (004 §4.1).</summary>
public enum IncomeKind
{
    Employment,
    SelfEmployment,
    Pension,
    WelfareBenefit,
    Other,
}

/// <summary>One source of household income, per year.</summary>
public sealed record IncomeSource(IncomeKind Kind, Money AnnualAmount);

/// <summary>The Right to Rent check (004 §4.1, §4.4).</summary>
public enum RightToRentStatus
{
    NotChecked,
    Confirmed,
    NoRightToRent,
}

/// <summary>The household's current home.</summary>
public sealed record PaCurrentHome
{
    public required PaTenure Tenure { get; init; }

    /// <summary>Bedrooms in the current home for the household's use; absent where there is no settled home.</summary>
    public int? Bedrooms { get; init; }

    /// <summary>When the current tenancy (or occupation) began: for transfers, the 12-month rule (004 §4.1).</summary>
    public DateOnly? TenancyStartDate { get; init; }

    /// <summary>A PA Housing tenant has completed any starter or introductory period (004 §4.1).</summary>
    public bool StarterPeriodCompleted { get; init; } = true;

    /// <summary>The tenant moved into the current home by mutual exchange (004 §6.4).</summary>
    public bool MovedInByMutualExchange { get; init; }

    /// <summary>The tenancy is a key worker tenancy; key worker tenants may not transfer (004 §6.2).</summary>
    public bool KeyWorkerTenancy { get; init; }

    /// <summary>The result of the pre-transfer inspection: true when the home is kept to an acceptable standard (004 §4.1).</summary>
    public AssessedFact<bool>? PreTransferInspection { get; init; }

    /// <summary>Debt for rechargeable works still owed (004 §4.1).</summary>
    public Money RechargeableWorksDebt { get; init; } = Money.Zero;

    /// <summary>Rent arrears on the current tenancy (004 §4.1).</summary>
    public Money RentArrears { get; init; } = Money.Zero;

    /// <summary>Whole months the tenant has kept to an arrears repayment plan (004 §4.1).</summary>
    public int MonthsKeptToRepaymentPlan { get; init; }

    /// <summary>Monthly rent, for renting privately (Appendix 2 D5).</summary>
    public Money? MonthlyRent { get; init; }
}

/// <summary>The household's money (004 §4.1).</summary>
public sealed record PaFinances
{
    public ImmutableArray<IncomeSource> Income { get; init; } = [];

    public Money Savings { get; init; } = Money.Zero;

    /// <summary>The value of assets, including the equity in a home owned (004 §4.1).</summary>
    public Money AssetValue { get; init; } = Money.Zero;

    /// <summary>Savings, assets or income were not disclosed and were found later: fraud (004 §4.1).</summary>
    public bool UndisclosedResourcesFound { get; init; }
}

/// <summary>A previous eviction (004 §4.2).</summary>
public sealed record PreviousEviction
{
    public required EvictionGround Ground { get; init; }

    public required DateOnly EvictedOn { get; init; }

    /// <summary>For rent arrears: the debt still owed.</summary>
    public Money DebtOutstanding { get; init; } = Money.Zero;

    /// <summary>For anti-social behaviour: the risk assessment / review of legal action once the period has passed (true: no bar).</summary>
    public AssessedFact<bool>? RiskAssessment { get; init; }
}

/// <summary>Conduct that bars an application (004 §4.1, §6.5, §7.1). Each is recorded by an officer.</summary>
public sealed record PaConduct
{
    /// <summary>Has threatened PA Housing staff or representatives (004 §4.1).</summary>
    public bool ThreatenedStaff { get; init; }

    /// <summary>The Executive Director of Operations' authorisation despite threats to staff (004 §4.1).</summary>
    public AssessedFact<bool>? ThreatsAuthorisation { get; init; }

    /// <summary>Paid money to obtain a tenancy illegally, or obtained a tenancy by deception (004 §4.1).</summary>
    public bool ObtainedTenancyByPaymentOrDeception { get; init; }

    /// <summary>Committed a breach of tenancy giving a ground for possession under Schedule 2 of the Housing Act 1988 (004 §4.1).</summary>
    public bool BreachGivingPossessionGround { get; init; }

    /// <summary>Gave false or misleading information on this application (004 §7.1).</summary>
    public bool FalseOrMisleadingInformation { get; init; }

    /// <summary>A former employee with a conviction or pending action for crime related to PA Housing employment or residents (004 §6.5).</summary>
    public bool FormerEmployeeWithRelatedConviction { get; init; }

    /// <summary>Dismissed from PA Housing employment: not normally rehoused (004 §6.5).</summary>
    public bool DismissedByPaHousing { get; init; }
}

/// <summary>Decisions by named post-holders that allow what the policy otherwise bars (004 §4.1).</summary>
public sealed record PaApprovals
{
    /// <summary>Exceptional circumstances for a tenancy to a 16-18 year old (004 §4.1).</summary>
    public AssessedFact<bool>? YoungApplicantExceptionalCircumstances { get; init; }

    /// <summary>The Executive Director of Operations accepts an applicant above the income or savings thresholds (004 §4.1).</summary>
    public AssessedFact<bool>? AboveFinancialThresholds { get; init; }

    /// <summary>The Head of Income and Inclusion (or equivalent) considers a transfer despite arrears, overriding the guidance either way (004 §4.1).</summary>
    public AssessedFact<bool>? ArrearsDiscretion { get; init; }

    /// <summary>An owner occupier has an evidenced need for Independent Living (004 §4.1).</summary>
    public AssessedFact<bool>? OwnerOccupierIndependentLivingNeed { get; init; }

    /// <summary>A sudden and unforeseen change of circumstances, allowing a transfer within 12 months of a mutual exchange (004 §6.4).</summary>
    public AssessedFact<bool>? SuddenUnforeseenChange { get; init; }

    /// <summary>Director-level approval after impartial review, for a former employee dismissed by PA Housing (004 §6.5).</summary>
    public AssessedFact<bool>? DismissedEmployeeRehousing { get; init; }
}

/// <summary>A finding that the household deliberately worsened its circumstances (004 §4.11).</summary>
public sealed record WorseningFinding
{
    /// <summary>The need the worsening produced; that need is disregarded.</summary>
    public required PaNeed Need { get; init; }

    /// <summary>Exceptional circumstances have been proved, so the need counts after all.</summary>
    public bool ExceptionalCircumstancesProved { get; init; }
}

/// <summary>A child who lives partly with another parent (004 §4.7).</summary>
public sealed record SharedCare
{
    public required MemberId Child { get; init; }

    /// <summary>Nights a week the child lives with this household.</summary>
    public required int NightsPerWeek { get; init; }

    /// <summary>The division of parental responsibility is evidenced (court order, child benefit).</summary>
    public bool Evidenced { get; init; }
}

/// <summary>A member listed on the application who is not living with the household yet but is expected to (004 §4.7, Midlands).</summary>
public sealed record ExpectedMember
{
    public required MemberId Member { get; init; }

    public required DateOnly ExpectedOn { get; init; }
}

/// <summary>Work and volunteering, for Band D (004 Appendix 2 D2, D3).</summary>
public sealed record PaActivity
{
    /// <summary>Usual hours of paid work a week (full or part time).</summary>
    public decimal WorkHoursPerWeek { get; init; }

    /// <summary>When the current pattern of work began.</summary>
    public DateOnly? WorkingSince { get; init; }

    /// <summary>Usual hours of community volunteering a month.</summary>
    public decimal VolunteeringHoursPerMonth { get; init; }

    /// <summary>When the current pattern of volunteering began.</summary>
    public DateOnly? VolunteeringSince { get; init; }

    /// <summary>A household member is in training or in higher education (004 §5.5).</summary>
    public bool InTrainingOrEducation { get; init; }
}

/// <summary>A refusal of an offer (004 §4.10).</summary>
public sealed record PaRefusal
{
    public required AdvertId Advert { get; init; }

    public required DateOnly RefusedOn { get; init; }

    /// <summary>The offer followed a bid through choice based lettings (only those refusals can be sanctioned).</summary>
    public bool BidThroughChoiceBasedLettings { get; init; } = true;

    /// <summary>The Lettings Manager's decision: true when the refusal was reasonable (for example the home was mis-advertised).</summary>
    public AssessedFact<bool>? JudgedReasonable { get; init; }
}

/// <summary>
/// Everything the PA Housing engine knows about one application: an immutable snapshot of the household,
/// its home, money and the facts officers have assessed.
/// </summary>
public sealed record PaHousingApplication
{
    public required HousingApplicationId Id { get; init; }

    /// <summary>The borough or district whose register the application is on (or whose nomination it is); its sub-region applies (Appendix 1).</summary>
    public required LocalAuthorityId LocalAuthority { get; init; }

    public required PaRoute Route { get; init; }

    /// <summary>When the application was registered (or the nomination received), UK local time.</summary>
    public required DateTime RegisteredAt { get; init; }

    public required Household Household { get; init; }

    public required PaCurrentHome CurrentHome { get; init; }

    /// <summary>The household wants Independent Living for older people (004 §4.3).</summary>
    public bool SeekingIndependentLiving { get; init; }

    /// <summary>The household's assessed mobility need (004 §4.3, physical suitability).</summary>
    public MobilityCategory Mobility { get; init; } = MobilityCategory.GeneralNeeds;

    public RightToRentStatus RightToRent { get; init; } = RightToRentStatus.NotChecked;

    public PaFinances Finances { get; init; } = new();

    public PaActivity Activity { get; init; } = new();

    public PaConduct Conduct { get; init; } = new();

    public PaApprovals Approvals { get; init; } = new();

    public ImmutableArray<PreviousEviction> PreviousEvictions { get; init; } = [];

    /// <summary>Local authorities the household has an evidenced local connection with (004 §4.3).</summary>
    public ImmutableArray<LocalAuthorityId> LocalConnections { get; init; } = [];

    /// <summary>Criteria of Appendix 2 that need a judgement, each with who assessed it and when.</summary>
    public ImmutableArray<AssessedFact<PaNeed>> AssessedNeeds { get; init; } = [];

    /// <summary>Needs found to have been caused deliberately (004 §4.11).</summary>
    public ImmutableArray<AssessedFact<WorseningFinding>> DeliberateWorsening { get; init; } = [];

    /// <summary>The household deliberately worsened its circumstances by a mutual exchange to a less suitable home (004 §4.11).</summary>
    public AssessedFact<bool>? WorsenedByMutualExchange { get; init; }

    /// <summary>The household could resolve its own need by renting privately without public funds and chooses not to (004 §4.11).</summary>
    public AssessedFact<bool>? CanResolveInPrivateSector { get; init; }

    /// <summary>A couple with an agreed medical need for separate bedrooms (004 §4.7).</summary>
    public AssessedFact<bool>? CoupleNeedsSeparateBedrooms { get; init; }

    /// <summary>A non-resident carer provides overnight care for a resident adult (004 §4.7).</summary>
    public AssessedFact<bool>? OvernightCarer { get; init; }

    /// <summary>Extra bedrooms recommended by a professional practitioner supporting the household (004 §4.7).</summary>
    public AssessedFact<int>? AdditionalBedroomsRecommended { get; init; }

    public ImmutableArray<SharedCare> SharedCare { get; init; } = [];

    public ImmutableArray<ExpectedMember> ExpectedMembers { get; init; } = [];

    public ImmutableArray<PaRefusal> Refusals { get; init; } = [];

    /// <summary>The household is exempt from the benefit cap (004 §5.1); null when not recorded.</summary>
    public AssessedFact<bool>? BenefitCapExempt { get; init; }

    /// <summary>The redevelopment programme whose affected residents include this household (004 §4.5).</summary>
    public string? AffectedByRedevelopment { get; init; }

    /// <summary>A transfer applicant's registration with a mutual exchange service (004 §6.4); null when not recorded.</summary>
    public bool? RegisteredForMutualExchange { get; init; }
}
