using System.Collections.Immutable;
using OpenLettings.Domain.Common;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Bedrooms;

/// <summary>A disability benefit award, as relevant to the extra-bedroom tests (001 §39.33-39.34).</summary>
public enum DisabilityBenefit
{
    None,
    DisabilityLivingAllowanceCareLowest,
    DisabilityLivingAllowanceCareMiddle,
    DisabilityLivingAllowanceCareHighest,
    /// <summary>Personal Independence Payment, daily living component (standard or enhanced rate).</summary>
    PersonalIndependencePaymentDailyLiving,
    /// <summary>Personal Independence Payment, mobility component only.</summary>
    PersonalIndependencePaymentMobilityOnly,
    AttendanceAllowance,
}

/// <summary>The grounds for an extra bedroom on medical grounds, (a) to (g) of 001 §39.33.</summary>
public enum MedicalBedroomGround
{
    /// <summary>(a) Disturbed nights stop the partner getting essential sleep, and two single beds would not solve it.</summary>
    DisturbedNightsPartnerCannotSleep,
    /// <summary>(b) The partner is a full-time carer and needs a separate bedroom to sleep enough to keep caring.</summary>
    PartnerIsFullTimeCarer,
    /// <summary>(c) An unstable condition needs someone to stay overnight frequently (every night or prolonged periods).</summary>
    UnstableConditionNeedsOvernightCare,
    /// <summary>(d) A care package includes a night sleeper who needs a bedroom (a copy of the package is required).</summary>
    CarePackageWithNightSleeper,
    /// <summary>(e) A separate room is needed for medical treatment that must be kept totally hygienic.</summary>
    HygienicMedicalTreatment,
    /// <summary>(f) Medical equipment too large or numerous to store elsewhere.</summary>
    LargeMedicalEquipment,
    /// <summary>(g) An exceptional degenerative condition with rapid deterioration, and 24-hour care, expected within 12 months.</summary>
    RapidDegenerativeCondition,
}

/// <summary>Who is fostering, adopting or becoming a special guardian (001 §27.7-27.9).</summary>
public enum CaringArrangement
{
    Fostering,
    Adoption,
    SpecialGuardianship,
}

/// <summary>
/// A claim for an extra bedroom on medical grounds for one member (001 §39.33), as verified by an officer: the
/// benefit the member is entitled to, whether secondary-care evidence was provided, and the ground it confirms.
/// </summary>
public sealed record MedicalBedroomClaim
{
    /// <summary>The member with the medical need.</summary>
    public required MemberId Member { get; init; }

    /// <summary>The member's disability benefit entitlement.</summary>
    public required DisabilityBenefit Benefit { get; init; }

    /// <summary>Evidence from a secondary care health professional (e.g. Mental Health Services, consultant) was provided.</summary>
    public bool SecondaryCareEvidence { get; init; }

    /// <summary>The ground (a)-(g) the evidence confirms, or null when it confirms none.</summary>
    public MedicalBedroomGround? Ground { get; init; }
}

/// <summary>A claim that a disabled child cannot share a bedroom with another child (001 §39.34).</summary>
public sealed record DisabledChildClaim
{
    /// <summary>The child.</summary>
    public required MemberId Child { get; init; }

    /// <summary>The child's benefit entitlement; the manual requires the DLA care component at the middle or highest rate.</summary>
    public required DisabilityBenefit Benefit { get; init; }

    /// <summary>Secondary-care evidence (e.g. CAMHS, consultant) confirms the child cannot share, and the authority is satisfied of it.</summary>
    public bool CannotShareConfirmed { get; init; }
}

/// <summary>Social Services' confirmation for foster carers, adopters or special guardians (001 §27.8-27.9).</summary>
public sealed record FosteringOrAdoption
{
    public required CaringArrangement Arrangement { get; init; }

    /// <summary>The extra bedrooms Social Services confirm the household needs (001 §27.8). Default 1.</summary>
    public int ExtraBedroomsConfirmed { get; init; } = 1;

    /// <summary>
    /// There is evidence of a specific confirmed need for more than the usual limit of extra bedrooms (001 §27.9).
    /// </summary>
    public bool SpecificNeedForMoreEvidenced { get; init; }
}

/// <summary>An overridden bedroom need with the reason recorded (001 §14.17, "the overridden bedroom need field").</summary>
public sealed record BedroomOverride(int Bedrooms, string Reason);

/// <summary>
/// Officers' inputs that change bedroom need beyond the bedroom standard (001 §14.17, §27.8-27.9, §39.33-39.35).
/// Each is an assessed fact: who decided, when, and on what evidence.
/// </summary>
public sealed record BedroomFacts
{
    /// <summary>
    /// The overridden bedroom need (001 §14.17): replaces the calculated need, for example where a panel agrees a
    /// member needs a separate bedroom for health, or for a child taken in who cannot share (001 §39.35).
    /// </summary>
    public AssessedFact<BedroomOverride>? Override { get; init; }

    /// <summary>
    /// The authority or a multi-agency health and wellbeing panel agreed an extra bedroom for a regular overnight
    /// carer (001 §14.17). Counted when the value is true.
    /// </summary>
    public AssessedFact<bool>? RegularOvernightCarer { get; init; }

    /// <summary>Claims for an extra bedroom on medical grounds (001 §39.33).</summary>
    public ImmutableArray<AssessedFact<MedicalBedroomClaim>> MedicalClaims { get; init; } = [];

    /// <summary>Claims that a disabled child cannot share (001 §39.34).</summary>
    public ImmutableArray<AssessedFact<DisabledChildClaim>> DisabledChildren { get; init; } = [];

    /// <summary>Foster, adoption or special guardianship confirmation (001 §27.8-27.9).</summary>
    public AssessedFact<FosteringOrAdoption>? Fostering { get; init; }
}
