using System.Collections.Immutable;
using OpenLettings.Domain.Common;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Eligibility;

/// <summary>
/// The eligibility class an officer has determined a person to be in, as the manual lists them (001 §6.5-6.10,
/// §6.16, §7). Eligibility in law is complex and changes (001 §6.1), so the engine never works the class out: it
/// applies the consequences of the officer's determination.
/// </summary>
public enum EligibilityClass
{
    // Eligible (001 §6.5-6.9)

    /// <summary>A citizen of, and habitually resident in, the UK, Ireland, the Channel Islands or the Isle of Man (001 §6.6).</summary>
    CommonTravelAreaCitizenHabituallyResident,
    /// <summary>A person from abroad not subject to immigration control (e.g. with a right to reside) and not made ineligible by the Regulations (001 §6.9).</summary>
    NotSubjectToImmigrationControl,
    /// <summary>An EEA national with settled status, habitually resident in the Common Travel Area (001 §6.9).</summary>
    EeaSettledStatus,
    /// <summary>An EEA national with pre-settled status and a retained qualifying right: worker, self-employed, frontier worker, permanent right to reside, family member, some derivative rights (001 §6.9 (a)).</summary>
    EeaPreSettledWithRetainedRight,
    /// <summary>An EEA jobseeker (or family member) with pre-settled status who applied for an allocation before 7 May 2019 (001 §6.9 (b)).</summary>
    EeaPreSettledTransitionCase,
    /// <summary>Exercising a qualifying right on 31 December 2020 with a valid EU Settlement Scheme application accepted and not finally determined (001 §6.9, §6.12).</summary>
    EeaSettlementApplicationPending,
    /// <summary>An EU worker holding a frontier worker permit (001 §6.9).</summary>
    FrontierWorkerPermit,
    /// <summary>An Irish citizen habitually resident in the Common Travel Area (001 §6.9).</summary>
    IrishCitizenHabituallyResident,
    /// <summary>Subject to immigration control but within a class in Regulation 3 of SI 2006/1294, e.g. some refugees (001 §6.9).</summary>
    Regulation3Class,
    /// <summary>Deported to the UK and found eligible (001 §6.9).</summary>
    DeportedToUkEligible,

    // Not eligible (001 §6.8, §6.10, §6.16, §7.3)

    /// <summary>A Common Travel Area citizen back from years abroad who did not pass the habitual residence test (001 §6.8, §7.3).</summary>
    FailedHabitualResidenceTest,
    /// <summary>A person from abroad not habitually resident in the UK, Channel Islands, Isle of Man or Ireland (001 §6.10).</summary>
    NotHabituallyResident,
    /// <summary>Subject to immigration control (needs permission to enter or stay, even if held) and in no Regulation 3 class (001 §6.10, §7.2).</summary>
    SubjectToImmigrationControl,
    /// <summary>Only right to reside is as a jobseeker or a jobseeker's family member (Regulation 4(1), 001 §6.10).</summary>
    Regulation4Jobseeker,
    /// <summary>Only right to reside is the initial right of residence, the first three months (Regulation 4(1), 001 §6.10).</summary>
    Regulation4InitialRightOfResidence,
    /// <summary>Only right to reside is an excluded derivative right (Regulation 4(1), 001 §6.10).</summary>
    Regulation4DerivativeRight,
    /// <summary>Arrived from 1 January 2021 under the points-based system or an EUSS family permit (001 §6.10).</summary>
    ArrivedFrom2021PointsBasedOrFamilyPermit,
    /// <summary>An EEA citizen in none of the eligible classes since 1 July 2021, including a finally refused EUSS application (001 §6.9-6.10).</summary>
    EeaCitizenWithoutQualifyingStatus,
    /// <summary>An asylum seeker: advised to seek help from the Home Office (001 §6.16).</summary>
    AsylumSeeker,
    /// <summary>Any other group not covered by the eligible classes (001 §6.16).</summary>
    OtherNotEligible,
}

/// <summary>What each eligibility class means for an allocation.</summary>
public static class EligibilityClasses
{
    /// <summary>True for the classes the manual lists as eligible (001 §6.5-6.9).</summary>
    public static bool IsEligible(this EligibilityClass value) => value switch
    {
        EligibilityClass.CommonTravelAreaCitizenHabituallyResident
            or EligibilityClass.NotSubjectToImmigrationControl
            or EligibilityClass.EeaSettledStatus
            or EligibilityClass.EeaPreSettledWithRetainedRight
            or EligibilityClass.EeaPreSettledTransitionCase
            or EligibilityClass.EeaSettlementApplicationPending
            or EligibilityClass.FrontierWorkerPermit
            or EligibilityClass.IrishCitizenHabituallyResident
            or EligibilityClass.Regulation3Class
            or EligibilityClass.DeportedToUkEligible => true,
        EligibilityClass.FailedHabitualResidenceTest
            or EligibilityClass.NotHabituallyResident
            or EligibilityClass.SubjectToImmigrationControl
            or EligibilityClass.Regulation4Jobseeker
            or EligibilityClass.Regulation4InitialRightOfResidence
            or EligibilityClass.Regulation4DerivativeRight
            or EligibilityClass.ArrivedFrom2021PointsBasedOrFamilyPermit
            or EligibilityClass.EeaCitizenWithoutQualifyingStatus
            or EligibilityClass.AsylumSeeker
            or EligibilityClass.OtherNotEligible => false,
    };

    /// <summary>The manual's section for the class.</summary>
    public static string Section(this EligibilityClass value) => value switch
    {
        EligibilityClass.CommonTravelAreaCitizenHabituallyResident => "6.6",
        EligibilityClass.FailedHabitualResidenceTest => "6.8",
        EligibilityClass.AsylumSeeker or EligibilityClass.OtherNotEligible => "6.16",
        EligibilityClass.NotSubjectToImmigrationControl
            or EligibilityClass.EeaSettledStatus
            or EligibilityClass.EeaPreSettledWithRetainedRight
            or EligibilityClass.EeaPreSettledTransitionCase
            or EligibilityClass.EeaSettlementApplicationPending
            or EligibilityClass.FrontierWorkerPermit
            or EligibilityClass.IrishCitizenHabituallyResident
            or EligibilityClass.Regulation3Class
            or EligibilityClass.DeportedToUkEligible => "6.9",
        EligibilityClass.NotHabituallyResident
            or EligibilityClass.SubjectToImmigrationControl
            or EligibilityClass.Regulation4Jobseeker
            or EligibilityClass.Regulation4InitialRightOfResidence
            or EligibilityClass.Regulation4DerivativeRight
            or EligibilityClass.ArrivedFrom2021PointsBasedOrFamilyPermit
            or EligibilityClass.EeaCitizenWithoutQualifyingStatus => "6.10",
    };

    /// <summary>A plain-English description of the class.</summary>
    public static string Describe(this EligibilityClass value) => value switch
    {
        EligibilityClass.CommonTravelAreaCitizenHabituallyResident => "a citizen of, and habitually resident in, the UK, Ireland, the Channel Islands or the Isle of Man",
        EligibilityClass.NotSubjectToImmigrationControl => "a person from abroad who is not subject to immigration control",
        EligibilityClass.EeaSettledStatus => "an EEA national with settled status",
        EligibilityClass.EeaPreSettledWithRetainedRight => "an EEA national with pre-settled status and a retained right to reside",
        EligibilityClass.EeaPreSettledTransitionCase => "an EEA national with pre-settled status who applied before 7 May 2019 as a jobseeker (a transition case)",
        EligibilityClass.EeaSettlementApplicationPending => "an EEA national with a valid EU Settlement Scheme application still being considered",
        EligibilityClass.FrontierWorkerPermit => "an EU worker with a frontier worker permit",
        EligibilityClass.IrishCitizenHabituallyResident => "an Irish citizen habitually resident in the Common Travel Area",
        EligibilityClass.Regulation3Class => "a person in a class made eligible by Regulation 3 of the Allocation Regulations",
        EligibilityClass.DeportedToUkEligible => "a person deported to the UK who is eligible",
        EligibilityClass.FailedHabitualResidenceTest => "a citizen returning from abroad who has not passed the habitual residence test",
        EligibilityClass.NotHabituallyResident => "a person from abroad who is not habitually resident",
        EligibilityClass.SubjectToImmigrationControl => "a person subject to immigration control",
        EligibilityClass.Regulation4Jobseeker => "a person whose only right to reside is as a jobseeker or a jobseeker's family member",
        EligibilityClass.Regulation4InitialRightOfResidence => "a person whose only right to reside is the initial three-month right of residence",
        EligibilityClass.Regulation4DerivativeRight => "a person whose only right to reside is an excluded derivative right",
        EligibilityClass.ArrivedFrom2021PointsBasedOrFamilyPermit => "a person who arrived from 1 January 2021 under the points-based system or an EU Settlement Scheme family permit",
        EligibilityClass.EeaCitizenWithoutQualifyingStatus => "an EEA citizen without settled status or another qualifying status",
        EligibilityClass.AsylumSeeker => "an asylum seeker",
        EligibilityClass.OtherNotEligible => "a person in a group the rules do not make eligible",
    };
}

/// <summary>One person's eligibility as determined by an officer (001 §6.4, §6.18).</summary>
/// <param name="Member">The person.</param>
/// <param name="Determination">The class, who determined it, when, and the evidence (e.g. a share code check or a Home Office reply).</param>
public sealed record MemberEligibility(MemberId Member, AssessedFact<EligibilityClass> Determination)
{
    /// <summary>When the person's limited leave to enter or remain ends, where it is limited (001 §6.13).</summary>
    public DateOnly? LeaveToRemainExpiresOn { get; init; }
}

/// <summary>Immigration and residence facts for eligibility (001 §5-§7).</summary>
public sealed record EligibilityFacts
{
    /// <summary>Officers' eligibility determinations, one per person assessed (at least the main and any joint applicant).</summary>
    public ImmutableArray<MemberEligibility> Members { get; init; } = [];

    /// <summary>The determination recorded for <paramref name="member"/>, or null.</summary>
    public MemberEligibility? For(MemberId member) => Members.FirstOrDefault(m => m.Member == member);
}
