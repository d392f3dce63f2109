using System.Collections.Immutable;
using OpenLettings.Domain.Common;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Eligibility;

/// <summary>The kinds of unacceptable behaviour the manual gives as examples (001 §8.5; the list is not exhaustive).</summary>
public enum UnacceptableBehaviourKind
{
    EvictedForBreachOfTenancy,
    AbandonedTenancyWithoutNotice,
    /// <summary>Ended a tenancy or left after possession proceedings began, where they would otherwise have been evicted.</summary>
    LeftAfterPossessionProceedings,
    /// <summary>Significant rent arrears, tenancy or mortgage debt, or breach of obligations, with no attempt to repay or remedy.</summary>
    UnaddressedArrearsOrBreach,
    UnauthorisedAlterations,
    /// <summary>A significant history of anti-social behaviour (ASB, Crime and Policing Act 2014).</summary>
    AntiSocialBehaviour,
    ImmoralOrIllegalUse,
    SeriousDamageOrNeglect,
    DomesticRacistOrHomophobicAbuse,
    DomesticAbuseProtectionNoticeOrOrder,
    FalseOrWithheldInformation,
    UnlawfulSublettingOrObtainingFalsely,
    BenefitFraud,
    ThreatsOrViolenceToPartnerStaff,
    /// <summary>Other behaviour serious enough to make the household unsuitable to be a tenant (001 §8.3).</summary>
    Other,
}

/// <summary>What set off enquiries into behaviour (001 §8.12-8.13).</summary>
public enum EnquiryTrigger
{
    /// <summary>Declared rent arrears over £500 from current or previous accommodation in the last 2 years.</summary>
    DeclaredArrearsOver500,
    EvictedInLast2Years,
    /// <summary>Gave eviction, behaviour, arrears, noise, being asked to leave or damage as a reason for leaving an address.</summary>
    AdverseReasonForLeaving,
    DeclaredCriminalConvictions,
    LegalActionForAntiSocialBehaviour,
    /// <summary>The local housing team has other reason to believe there was unacceptable behaviour (001 §8.13).</summary>
    OfficerConcern,
}

/// <summary>Where enquiries into behaviour have got to (001 §8.14-8.19).</summary>
public enum BehaviourEnquiryStage
{
    /// <summary>Enquiries with landlords and others are being made; the application stays "Assigned" (001 §8.14-8.16).</summary>
    EnquiriesInProgress,
    /// <summary>Enquiries found no evidence of unacceptable behaviour, or not enough to prove it (001 §8.17, §8.21).</summary>
    NoEvidenceFound,
    /// <summary>Written notice that exclusion is being considered has been sent; 28 days to reply (001 §8.18).</summary>
    ExclusionNoticeSent,
    /// <summary>The authority has considered the evidence and recorded its finding (001 §8.19-8.22).</summary>
    Decided,
}

/// <summary>An officer's finding about behaviour, tested against the criteria of 001 §8.6 and §8.20.</summary>
public sealed record BehaviourFinding
{
    public required UnacceptableBehaviourKind Kind { get; init; }

    /// <summary>The person responsible (the applicant or a household member, 001 §8.3); null for the household as a whole.</summary>
    public MemberId? Member { get; init; }

    /// <summary>When the behaviour (its latest instance) happened.</summary>
    public required DateOnly OccurredOn { get; init; }

    /// <summary>There is reliable evidence, not hearsay (001 §8.6, §8.20).</summary>
    public required bool ReliableEvidence { get; init; }

    /// <summary>
    /// On the balance of probability the household is responsible and, had they been a tenant, a Housing Act 1985
    /// Schedule 2 Part 1 ground for possession would probably have been met (001 §8.6, §8.20).
    /// </summary>
    public required bool WouldMeetGroundForPossession { get; init; }

    /// <summary>The behaviour was within the applicant's control (001 §8.20).</summary>
    public required bool WithinApplicantsControl { get; init; }

    /// <summary>There are reasonable grounds to believe it could continue or be repeated (001 §8.6, §8.20).</summary>
    public required bool CouldRecur { get; init; }

    /// <summary>A more serious case (e.g. a criminal prosecution) where a longer look-back is appropriate (001 §8.20).</summary>
    public bool Serious { get; init; }

    /// <summary>The household has taken positive steps to address the behaviour, so the application is reconsidered (001 §8.7, §66.2).</summary>
    public bool BehaviourAddressed { get; init; }
}

/// <summary>The state of enquiries into unacceptable behaviour (001 §8.12-8.22).</summary>
public sealed record BehaviourEnquiry
{
    public required BehaviourEnquiryStage Stage { get; init; }

    /// <summary>When the written notice that exclusion is being considered was sent (starts the 28 days, 001 §8.18).</summary>
    public DateOnly? ExclusionNoticeSentOn { get; init; }

    /// <summary>The finding, once the authority has decided (001 §8.19).</summary>
    public AssessedFact<BehaviourFinding>? Finding { get; init; }
}

/// <summary>Who the rent arrears or tenancy debt is owed to (001 §9.7, §9.9).</summary>
public enum LandlordKind
{
    /// <summary>A local authority or housing association.</summary>
    Social,
    Private,
}

/// <summary>An officer's view of how arrears came about (001 §9.2, §9.6, §9.9).</summary>
public enum ArrearsIntent
{
    /// <summary>Accrued by a deliberate act or omission.</summary>
    Intentional,
    /// <summary>An act or omission in good faith while unaware of a relevant fact: not deliberate (001 §9.2).</summary>
    GoodFaith,
    /// <summary>A victim of domestic abuse under controlling behaviour who accrued arrears as a result: not deliberate (001 §9.2).</summary>
    DomesticAbuseControllingBehaviour,
    /// <summary>Through no fault of the applicant (001 §9.9).</summary>
    Unintentional,
}

/// <summary>A formal insolvency the arrears were included in (001 §9.11-9.14).</summary>
public enum InsolvencyKind
{
    DebtReliefOrder,
    Bankruptcy,
    IndividualVoluntaryArrangement,
}

/// <summary>Arrears included in a Debt Relief Order, bankruptcy or IVA (001 §9.12-9.14).</summary>
public sealed record Insolvency
{
    public required InsolvencyKind Kind { get; init; }

    /// <summary>The date of the order (bankruptcy, DRO) or of the arrangement's approval (IVA).</summary>
    public required DateOnly OrderedOn { get; init; }

    /// <summary>The date of discharge (DRO) or completion (IVA), once it has happened.</summary>
    public DateOnly? DischargedOn { get; init; }

    /// <summary>The debt has been repaid in full (ends a DRO sanction, 001 §9.14).</summary>
    public bool RepaidInFull { get; init; }
}

/// <summary>Rent arrears or tenancy-related debt (court costs, rechargeable repairs, former and current arrears: 001 §8.5 fn 2) owed by a household member.</summary>
public sealed record ArrearsRecord
{
    /// <summary>Who owes it (the applicant or a household member); null for the applicant.</summary>
    public MemberId? Member { get; init; }

    public required LandlordKind Landlord { get; init; }

    /// <summary>The amount outstanding now.</summary>
    public required Money Outstanding { get; init; }

    /// <summary>When the arrears were last added to (for the 2-year "not normally offered" rule, 001 §9.7).</summary>
    public DateOnly? LastAccruedOn { get; init; }

    /// <summary>The officer's assessment of how the arrears came about; absent until assessed.</summary>
    public AssessedFact<ArrearsIntent>? Intent { get; init; }

    /// <summary>A partner-landlord tenant downsizing whose arrears are due to the bedroom tax (001 §9.8).</summary>
    public bool DueToBedroomTax { get; init; }

    /// <summary>The landlord is satisfied the applicant is entitled to enough benefit to clear the arrears (001 §9.6 (b)).</summary>
    public bool BenefitEntitlementCoversArrears { get; init; }

    /// <summary>Payments have been made under an agreed repayment schedule since this date (001 §9.6 (c)).</summary>
    public DateOnly? RepaymentScheduleKeptSince { get; init; }

    /// <summary>In exceptional cases the authority agreed a repayment track record shorter than the usual 3 months (001 §9.6 (c)).</summary>
    public AssessedFact<int>? AgreedShorterRepaymentMonths { get; init; }

    /// <summary>Exceptional circumstances (including relating to need) that lift the sanction or the exclusion (001 §9.1, §9.6 (d), §9.12).</summary>
    public AssessedFact<string>? ExceptionalCircumstances { get; init; }

    /// <summary>A local authority or housing association obtained an outright possession order for these arrears (HA 1985 s84, Sch 2 Part 1) on this date (001 §9.1).</summary>
    public DateOnly? OutrightPossessionOrderOn { get; init; }

    /// <summary>The possession order led to eviction or the home being abandoned (001 §9.1).</summary>
    public bool PossessionLedToEvictionOrAbandonment { get; init; }

    /// <summary>The arrears were included in a DRO, bankruptcy or IVA (001 §9.12).</summary>
    public Insolvency? Insolvency { get; init; }
}

/// <summary>Why someone is in custody (001 §11).</summary>
public enum CustodyKind
{
    /// <summary>Held pending trial or sentence (001 §11.1).</summary>
    Remand,
    /// <summary>Living away from home as a condition of bail (001 §11.1).</summary>
    BailConditionAwayFromHome,
    /// <summary>Serving a prison sentence (001 §11.2-11.4).</summary>
    Sentenced,
}

/// <summary>The main applicant is in custody or on bail away from home (001 §11).</summary>
public sealed record Custody
{
    public required CustodyKind Kind { get; init; }

    /// <summary>The date custody (or the bail condition) began.</summary>
    public required DateOnly Since { get; init; }

    /// <summary>For a sentence: its length in weeks (001 §11.2-11.3).</summary>
    public int? SentenceWeeks { get; init; }

    /// <summary>The expected release date, once known.</summary>
    public DateOnly? ExpectedReleaseOn { get; init; }

    /// <summary>The application was made from prison rather than being an existing application (001 §11.4-11.5).</summary>
    public bool ApplicationMadeFromPrison { get; init; }

    /// <summary>The applicant or an advocate has confirmed release within 56 days and asked for reactivation or reassessment (001 §11.3, §11.7).</summary>
    public bool ReleaseConfirmedAndReassessmentRequested { get; init; }
}

/// <summary>MAPPA categories (001 §12.8).</summary>
public enum MappaCategory
{
    /// <summary>Registered sexual offenders (001 §12.8.1).</summary>
    Category1RegisteredSexualOffender,
    /// <summary>Violent offenders sentenced to 12 months or more, under probation supervision (001 §12.8.2).</summary>
    Category2ViolentOffender,
    /// <summary>Other offenders posing a risk of serious harm (001 §12.8.3).</summary>
    Category3OtherDangerousOffender,
}

/// <summary>A household member managed under MAPPA, as referred by a responsible authority (001 §12.19-12.29).</summary>
public sealed record MappaManagement
{
    public required MemberId Member { get; init; }

    public required MappaCategory Category { get; init; }

    /// <summary>The Police or Probation Lead Officer through whom all offers go (001 §12.19, §12.29).</summary>
    public string? LeadOfficer { get; init; }

    /// <summary>Restrictions the Lead Officer set on the type or location of accommodation (001 §12.23).</summary>
    public ImmutableArray<string> Restrictions { get; init; } = [];
}

/// <summary>Who a person is believed to pose a risk to (001 §13).</summary>
public enum RiskTarget
{
    Staff,
    Others,
    Self,
}

/// <summary>Evidence that a person poses a risk (001 §13.1); removed when it no longer applies (001 §13.2).</summary>
public sealed record RiskConcern(RiskTarget Target, string Detail);

/// <summary>A concern that a statement was knowingly or recklessly false, or information knowingly withheld (001 §16).</summary>
public sealed record FraudConcern(string Detail);

/// <summary>Facts for qualification: behaviour, arrears, prison, MAPPA, risk and fraud (001 §8-§13, §16).</summary>
public sealed record QualificationFacts
{
    /// <summary>Declarations or concerns that require enquiries into behaviour (001 §8.12-8.13).</summary>
    public ImmutableArray<EnquiryTrigger> EnquiryTriggers { get; init; } = [];

    /// <summary>Enquiries into unacceptable behaviour, once begun.</summary>
    public BehaviourEnquiry? BehaviourEnquiry { get; init; }

    /// <summary>Rent arrears and tenancy-related debts of the applicant and household members (001 §9).</summary>
    public ImmutableArray<ArrearsRecord> Arrears { get; init; } = [];

    /// <summary>The main applicant is in custody (001 §11).</summary>
    public Custody? Custody { get; init; }

    /// <summary>Household members managed under MAPPA (001 §12).</summary>
    public ImmutableArray<MappaManagement> Mappa { get; init; } = [];

    /// <summary>Recorded risks to staff, others or self (001 §13).</summary>
    public ImmutableArray<AssessedFact<RiskConcern>> Risks { get; init; } = [];

    /// <summary>A suspected-fraud concern to refer (001 §16).</summary>
    public AssessedFact<FraudConcern>? SuspectedFraud { get; init; }
}
