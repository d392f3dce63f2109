using System.Collections.Immutable;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Properties;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;

/// <summary>
/// The Housing Need Criteria an officer or panel has assessed (001 §4.10, §17-§41). Judgements are
/// <see cref="AssessedFact{T}"/>s naming who decided, when and on what evidence: the engine never guesses a
/// judgement, it applies its consequences. Criteria the system works out itself (lacking bedrooms, severe
/// overcrowding, shared facilities, Band E) come from <see cref="Bedrooms.BedroomNeed"/> and
/// <see cref="CurrentHome"/> instead (001 §22.5, §30.10, §35.3, §41.9).
/// </summary>
public sealed record HousingNeedFacts
{
    /// <summary>The virtual panel's decision on a domestic abuse or violence Band A request (001 §17.5(3), §17.18-17.36).</summary>
    public DomesticAbusePanelDecision? DomesticAbusePanel { get; init; }

    /// <summary>
    /// A Band A applicant refused a suitable offer (or refused after bidding) on this date: the Band A status
    /// falls due for review at once and may move to another band (001 §17.40, §62.5).
    /// </summary>
    public DateOnly? BandARefusedSuitableOfferOn { get; init; }

    /// <summary>A referral from the National Witness Mobility Service accepted by a majority of the ten authorities (001 §19).</summary>
    public AssessedFact<bool>? NationalWitnessMobility { get; init; }

    /// <summary>The household's homelessness case with a local authority, if any (001 §20, §21, §34.1-34.2, §43.8-43.12, §64.8-64.9).</summary>
    public HomelessnessCase? Homelessness { get; init; }

    /// <summary>
    /// The applicant or a resident household member is in one of the armed forces categories (i)-(iv)
    /// (001 §20.1, §32, §37.5). Null when none applies.
    /// </summary>
    public ArmedForcesCategory? ArmedForces { get; init; }

    /// <summary>For a partner-landlord tenant with a spare bedroom: the 12-month residence condition is waived for exceptional circumstances (001 §23.5).</summary>
    public AssessedFact<bool>? UnderOccupationResidenceWaived { get; init; }

    /// <summary>The health and wellbeing assessment, at every level: emergency (Band A, decided by an LA manager, senior officer or multi-agency panel, 001 §17.5(1)), high, medium (001 §24, §31, §39).</summary>
    public AssessedFact<HealthWellbeingAssessment>? HealthWellbeing { get; init; }

    /// <summary>An Environmental Health Officer's finding on housing defects (001 §25, §38).</summary>
    public AssessedFact<HousingDefectAssessment>? HousingDefect { get; init; }

    /// <summary>The move-on assessment for a resident of supported accommodation (001 §26, §34.3, §43.13-43.14).</summary>
    public AssessedFact<MoveOnAssessment>? MoveOn { get; init; }

    /// <summary>A Care Experienced Young Person's award (001 §26.14, §43.16).</summary>
    public AssessedFact<CareExperiencedAssessment>? CareExperienced { get; init; }

    /// <summary>A social need or supporting-another-service award, approved by two managers (001 §27).</summary>
    public AssessedFact<SocialNeedAssessment>? SocialNeed { get; init; }

    /// <summary>An effective-management award agreed between the landlord and the LA (001 §28, §34.4).</summary>
    public AssessedFact<EffectiveManagementAssessment>? EffectiveManagement { get; init; }

    /// <summary>The facts for a move for work (001 §33).</summary>
    public MoveForWork? MovesForWork { get; init; }

    /// <summary>A community contribution in a rural area, for authorities with that local priority (001 §36).</summary>
    public CommunityContribution? CommunityContribution { get; init; }

    /// <summary>A decision that the household deliberately worsened its circumstances (001 §37).</summary>
    public AssessedFact<DeliberateWorsening>? DeliberateWorsening { get; init; }

    /// <summary>
    /// When the latest change of circumstances that led to reassessment happened (UK local time). Used for the
    /// band start date on moving up a band when <see cref="BandingOptions.MoveUpBasis"/> is
    /// <see cref="MoveUpBandStartBasis.NeedArose"/> (001 §43.5).
    /// </summary>
    public DateTime? CircumstancesChangedAt { get; init; }

    /// <summary>
    /// When the evidence for the latest change was received for assessment (UK local time). Used for the band
    /// start date on moving up a band when <see cref="BandingOptions.MoveUpBasis"/> is
    /// <see cref="MoveUpBandStartBasis.EvidenceReceived"/> (001 §43.3, §43.5).
    /// </summary>
    public DateTime? ChangeEvidenceReceivedAt { get; init; }
}

/// <summary>A panel member's vote on a Band A domestic abuse or violence request (001 §17.23-17.24).</summary>
public enum PanelVote
{
    Accept,
    /// <summary>An acceptance with a condition (e.g. "must move LA area"): counts as a rejection unless the condition is met (001 §17.24).</summary>
    AcceptWithCondition,
    Reject,
}

/// <summary>One member's reply to the virtual panel (001 §17.22).</summary>
public sealed record PanelMemberVote(string Member, PanelVote Vote)
{
    /// <summary>For <see cref="PanelVote.AcceptWithCondition"/>: the condition has been met.</summary>
    public bool ConditionMet { get; init; }

    /// <summary>The member's reasons (a bare "I agree" is not enough, 001 §17.22).</summary>
    public string Reasons { get; init; } = "";

    /// <summary>True when the vote counts as an acceptance (001 §17.24).</summary>
    public bool CountsAsAcceptance => Vote switch
    {
        PanelVote.Accept => true,
        PanelVote.AcceptWithCondition => ConditionMet,
        PanelVote.Reject => false,
    };
}

/// <summary>The anonymised virtual panel's decision on a domestic abuse or violence Band A request (001 §17.5(3), §17.18-17.36).</summary>
public sealed record DomesticAbusePanelDecision
{
    /// <summary>The replies received (normally five: the managing LA, two other LAs and two RPs, 001 §17.6).</summary>
    public required ImmutableArray<PanelMemberVote> Votes { get; init; }

    /// <summary>The date the lead LA recorded the panel's decision.</summary>
    public required DateOnly DecidedOn { get; init; }

    /// <summary>Who led the panel (the managing LA's officer).</summary>
    public required Assessor LeadOfficer { get; init; }

    public string? PanelReference { get; init; }

    /// <summary>Local authority areas the panel recorded as unsafe (001 §17.29-17.31).</summary>
    public ImmutableArray<LocalAuthorityId> UnsafeAuthorities { get; init; } = [];

    /// <summary>Towns, villages or parishes recorded as unsafe (001 §17.29).</summary>
    public ImmutableArray<string> UnsafeLocalities { get; init; } = [];

    /// <summary>The household lives outside Devon and a Devon panel has agreed to consider it case by case (001 §17.3).</summary>
    public bool ConsideredFromOutsideDevon { get; init; }

    /// <summary>The LA extended Band A beyond the first 4 weeks in very exceptional circumstances, until this date (001 §17.9-17.10).</summary>
    public DateOnly? ExtendedUntil { get; init; }

    /// <summary>More than half of the votes count as acceptances (001 §17.23-17.24).</summary>
    public bool Accepted => Votes.Count(v => v.CountsAsAcceptance) * 2 > Votes.Length;
}

/// <summary>The stage of a homelessness case (Housing Act 1996 Part 7 and the Homelessness Reduction Act 2017).</summary>
public enum HomelessnessStage
{
    /// <summary>Applied as homeless; the LA is still investigating (001 §34.2).</summary>
    UnderInvestigation,
    /// <summary>Owed the prevention duty (001 §21, §34.1).</summary>
    Prevention,
    /// <summary>Owed the relief duty (001 §21, §34.1).</summary>
    Relief,
    /// <summary>The main (s193) duty has been accepted: homeless, eligible, in priority need and not intentionally homeless (001 §20).</summary>
    MainDuty,
    /// <summary>The duty was discharged after a reasonable offer was refused (001 §64.8-64.9).</summary>
    DutyDischarged,
}

/// <summary>A household's homelessness case (001 §20, §21, §34, §43.8-43.12, §64.8-64.9).</summary>
public sealed record HomelessnessCase
{
    public required HomelessnessStage Stage { get; init; }

    /// <summary>The local authority that owes or is deciding the duty. Band B and D homeless reasons need a Devon authority (001 §20.1, §21.3).</summary>
    public required LocalAuthorityId OwedBy { get; init; }

    /// <summary>When the prevention duty commenced, if it was ever owed (001 §43.8-43.9).</summary>
    public DateOnly? PreventionDutyFrom { get; init; }

    /// <summary>When the relief duty commenced (001 §43.8).</summary>
    public DateOnly? ReliefDutyFrom { get; init; }

    /// <summary>When the main duty was accepted.</summary>
    public DateOnly? MainDutyFrom { get; init; }

    /// <summary>When the household first became a homeless prevention case with a Devon authority (001 §43.14).</summary>
    public DateOnly? FirstDevonPreventionCaseOn { get; init; }

    /// <summary>The duty-holding LA's decision that securing private rented accommodation is possible and appropriate (001 §20.3, §21.4).</summary>
    public AssessedFact<bool>? PrivateRentedAppropriate { get; init; }

    /// <summary>
    /// The HRA Qualifying checklist, signed off by a Team Leader or Service Lead (001 §21.9-21.13). Null when
    /// no HRA Qualifying decision has been made.
    /// </summary>
    public AssessedFact<bool>? HraQualifyingAccepted { get; init; }

    /// <summary>The LA's finding that the household is deliberately and unreasonably not cooperating with its Personalised Plan (001 §21.5).</summary>
    public AssessedFact<bool>? NotCooperatingWithPersonalisedPlan { get; init; }

    /// <summary>For a discharged duty: a review found the refusal reasonable, so Band D no longer applies (001 §64.9).</summary>
    public bool ReviewFoundRefusalReasonable { get; init; }
}

/// <summary>Armed forces categories (i)-(iv) that override the private-rented test and lift Band D to Band C (001 §20.1, §32, §37.5).</summary>
public enum ArmedForcesCategory
{
    /// <summary>(i) Serving in the regular forces with a serious injury, illness or disability attributable to service.</summary>
    ServingWithServiceAttributableInjury,
    /// <summary>(ii) Formerly served in the regular forces.</summary>
    FormerRegular,
    /// <summary>(iii) Has ceased, or will cease, to be entitled to MoD accommodation after the service-attributable death of a spouse or civil partner.</summary>
    BereavedLeavingServiceAccommodation,
    /// <summary>(iv) Serving or served in the reserve forces with a serious injury, illness or disability attributable to service.</summary>
    ReserveWithServiceAttributableInjury,
}

/// <summary>Health and wellbeing need levels (001 §39; the H&amp;W Assessment Framework, Policy §3.20).</summary>
public enum HealthWellbeingLevel
{
    None,
    /// <summary>Medium: Band C (001 §31).</summary>
    Medium,
    /// <summary>High: Band B (001 §24).</summary>
    High,
    /// <summary>Emergency: Band A (001 §17.5(1)).</summary>
    Emergency,
}

/// <summary>What a health and wellbeing priority is for (001 §39.4, §39.32).</summary>
public enum HealthWellbeingPurpose
{
    /// <summary>The current home is unsuitable or harms health: priority for any suitable home.</summary>
    General,
    /// <summary>The household needs adaptations: priority only for homes with them (001 §39.4).</summary>
    Adaptations,
    /// <summary>To give or receive support: priority only for homes that meet that need, e.g. close to the person (001 §39.32).</summary>
    GiveOrReceiveSupport,
}

/// <summary>The outcome of a health and wellbeing assessment (001 §39).</summary>
public sealed record HealthWellbeingAssessment
{
    public required HealthWellbeingLevel Level { get; init; }

    /// <summary>Evidence from a relevant health professional was provided; without it no A, B or C is given (001 §39.6).</summary>
    public required bool HealthProfessionalEvidence { get; init; }

    public HealthWellbeingPurpose Purpose { get; init; } = HealthWellbeingPurpose.General;

    /// <summary>The household needs housing support to live independently (001 §39.5).</summary>
    public bool NeedsSupportToLiveIndependently { get; init; }

    /// <summary>An appropriate package of support is in place (001 §39.5).</summary>
    public bool SupportPackageInPlace { get; init; }

    /// <summary>For <see cref="HealthWellbeingPurpose.Adaptations"/>: the adaptations needed. Empty means the application's recorded adaptations (001 §15.6, §39.4).</summary>
    public ImmutableArray<Adaptation> RequiredAdaptations { get; init; } = [];

    /// <summary>For <see cref="HealthWellbeingPurpose.Adaptations"/>: the current home has since been adapted, so the priority is removed (001 §39.4).</summary>
    public bool CurrentHomeAdapted { get; init; }

    /// <summary>For <see cref="HealthWellbeingPurpose.GiveOrReceiveSupport"/>: the localities that meet the need (001 §39.32).</summary>
    public ImmutableArray<string> SupportLocalities { get; init; } = [];
}

/// <summary>The level of a housing defect an EHO found (001 §38.5-38.6).</summary>
public enum HousingDefectLevel
{
    None,
    /// <summary>Serious hazards where an Improvement Notice is appropriate (most likely a Category 1 hazard): Band B (001 §38.6).</summary>
    ImprovementNotice,
    /// <summary>A Prohibition Order, Emergency Prohibition Order or emergency remedial action is appropriate: Band A (001 §38.5).</summary>
    ProhibitionOrEmergencyAction,
}

/// <summary>An EHO's finding on housing defects after a site visit (001 §38).</summary>
public sealed record HousingDefectAssessment
{
    public required HousingDefectLevel Level { get; init; }

    /// <summary>For Band A: an EHO recommended the award after a site visit (001 §17.5(2), §38.5).</summary>
    public bool RecommendedByEho { get; init; }

    /// <summary>Remedial action is possible within an appropriate timescale, so no priority is given (001 §38.3).</summary>
    public bool RemedialActionPossibleInTime { get; init; }

    /// <summary>The applicant is preventing repairs, so the priority is withdrawn (001 §38.6).</summary>
    public bool ApplicantPreventingRepairs { get; init; }

    /// <summary>For an LA or RSL tenant: the authority has accepted exceptional circumstances (normally no defect priority, 001 §38.7).</summary>
    public bool ExceptionalForSocialTenant { get; init; }
}

/// <summary>The move-on assessment for a resident of supported accommodation in Devon (001 §26).</summary>
public sealed record MoveOnAssessment
{
    /// <summary>Assessed as ready to move on to independent living (001 §26.2).</summary>
    public required bool ReadyToMoveOn { get; init; }

    /// <summary>It is possible and appropriate for the resident to find a private rented home, so Band D (001 §26.3, §34.3).</summary>
    public required bool PrivateRentedAppropriate { get; init; }

    /// <summary>The start of the current continuous stay in supported accommodation; after a break, the move into the current accommodation (001 §43.14 fn 11).</summary>
    public DateOnly? ContinuousStaySince { get; init; }

    /// <summary>Priority is suspended until the panel reconsiders (new arrears, tenancy breach, violence, ASB, support change; 001 §26.20).</summary>
    public bool PrioritySuspended { get; init; }
}

/// <summary>A Care Experienced Young Person's move-on award (001 §26.14).</summary>
public sealed record CareExperiencedAssessment
{
    /// <summary>Confirmed as Care Experienced by Devon CC, Plymouth CC or Torbay Council, ready to move on, with a support plan.</summary>
    public required bool Confirmed { get; init; }

    /// <summary>The day the Band B award started (it lasts 3 months, 001 §26.14).</summary>
    public required DateOnly AwardedOn { get; init; }

    /// <summary>The award was extended once by 3 months (bidding effectively, pursuing options, or no suitable homes).</summary>
    public bool ExtendedOnce { get; init; }

    /// <summary>Rejected a reasonable social or private rented offer (tenancy of 6 months or more): Band D (001 §26.14).</summary>
    public bool RejectedReasonableOffer { get; init; }

    /// <summary>The young person's date of birth, for the band start date (16th birthday, 001 §43.16). Defaults to the main applicant's.</summary>
    public DateOnly? DateOfBirth { get; init; }
}

/// <summary>Kinds of social need (001 §27).</summary>
public enum SocialNeedKind
{
    /// <summary>Child risk where children would otherwise be accommodated by social services (001 §27.3).</summary>
    ChildAtRisk,
    /// <summary>A combination of factors making the overall effect disproportionately worse (001 §27.4).</summary>
    CombinationOfFactors,
    /// <summary>Prospective foster or adoptive parents needing a larger home (001 §27.6-27.8).</summary>
    FosteringOrAdoption,
    /// <summary>Special guardianship, made or to enable the Family Court to make an order (001 §27.10).</summary>
    SpecialGuardianship,
}

/// <summary>A social need award (001 §27).</summary>
public sealed record SocialNeedAssessment(SocialNeedKind Kind)
{
    /// <summary>Two managers approved the request (001 §27.11).</summary>
    public required bool ApprovedByTwoManagers { get; init; }
}

/// <summary>Effective management categories (a)-(g) (001 §28).</summary>
public enum EffectiveManagementKind
{
    /// <summary>(a) Releasing a "high need" property, e.g. an extensively adapted home no longer needed (BSD: date moved in, 001 §28.2).</summary>
    ReleasingHighNeedProperty,
    /// <summary>(b) Persons left in occupation.</summary>
    PersonLeftInOccupation,
    /// <summary>(c) A management tool for a block or estate, when all else has failed.</summary>
    ManagementTool,
    /// <summary>(d) Demolition, once plans are confirmed.</summary>
    Demolition,
    /// <summary>(e) Major works needing permanent alternative accommodation.</summary>
    MajorWorks,
    /// <summary>(f) Disposal of the home by a partner landlord (outside Devon: Band D, 001 §34.4).</summary>
    Disposal,
    /// <summary>(g) Partner staff in tied accommodation on or before 31 December 2009, moving on retirement.</summary>
    TiedAccommodationRetirement,
}

/// <summary>An effective-management award agreed between landlord and LA (001 §28).</summary>
public sealed record EffectiveManagementAssessment(EffectiveManagementKind Kind)
{
    /// <summary>The landlord and the local authority agreed the award (001 §28.1).</summary>
    public required bool AgreedByLandlordAndAuthority { get; init; }
}

/// <summary>The facts for "moves for work" (001 §33).</summary>
public sealed record MoveForWork
{
    /// <summary>The work is in Devon.</summary>
    public required bool WorkInDevon { get; init; }

    /// <summary>The one-way distance the household would otherwise travel, in miles.</summary>
    public required decimal MilesEachWay { get; init; }

    public required bool CanWorkFromHome { get; init; }

    /// <summary>Permanent employment (or an offer of it).</summary>
    public required bool Permanent { get; init; }

    public required decimal ContractedHoursPerWeek { get; init; }

    /// <summary>Proof of the employment or offer was provided.</summary>
    public required bool Evidenced { get; init; }
}

/// <summary>A household member's community contribution in a rural area (Teignbridge local priority, 001 §36).</summary>
public sealed record CommunityContribution
{
    /// <summary>The rural localities where the member works and where the household seeks housing.</summary>
    public required ImmutableArray<string> Localities { get; init; }

    public required decimal HoursPerWeek { get; init; }

    /// <summary>The start of continuous work at or above the hours threshold.</summary>
    public required DateOnly WorkingContinuouslySince { get; init; }
}

/// <summary>Kinds of deliberate worsening (001 §37).</summary>
public enum DeliberateWorseningKind
{
    /// <summary>Gave up suitable accommodation unreasonably, was intentionally homeless, sold a suitable home, moved relatives in... (Band D).</summary>
    General,
    /// <summary>High-value deliberate deprivation of capital or assets (Band E, no future review, 001 §37.1).</summary>
    HighValueDeprivationOfCapital,
}

/// <summary>A decision that the household deliberately worsened its circumstances (001 §37).</summary>
public sealed record DeliberateWorsening(DeliberateWorseningKind Kind)
{
    /// <summary>What the household did, in plain English.</summary>
    public string Description { get; init; } = "";
}
