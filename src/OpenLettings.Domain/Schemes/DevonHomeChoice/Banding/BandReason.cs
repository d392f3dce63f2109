namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;

/// <summary>
/// Why a band was awarded: one code per criterion the manual gives (001 §17-§41). The band a reason leads to
/// is <see cref="BandReasons.BandFor"/>; some reasons lead to a lower band when a condition fails (e.g.
/// statutorily homeless where private renting is appropriate is <see cref="D_NoPermanentHomePrsAppropriate"/>).
/// </summary>
public enum BandReason
{
    // Band A (001 §17, §38.5, §39)
    A_HealthWellbeingEmergency,
    A_DisrepairEmergency,
    A_DomesticAbuseOrViolence,

    // Band B (001 §18-§29)
    B_WitnessMobility,
    B_StatutorilyHomeless,
    B_HraQualifying,
    B_SevereOvercrowding,
    B_UnderOccupation,
    B_HealthWellbeingHigh,
    B_HousingDefectHigh,
    B_MoveOnReady,
    B_CareExperienced,
    B_SocialNeed,
    B_EffectiveManagement,

    // Band C (001 §30-§33)
    C_LackingOneBedroom,
    C_HealthWellbeingMedium,
    C_ArmedForcesUrgentNeed,
    C_MovesForWork,

    // Band D (001 §34-§37 and elsewhere)
    D_NoPermanentHomePrsAppropriate,
    D_HraDutyPrsAppropriate,
    D_NoPermanentAddress,
    D_HomelessInvestigation,
    D_MoveOnPrsAppropriate,
    D_DisposalOutsideDevon,
    D_SharedFacilities,
    D_LocalPriority,
    D_DeliberateWorsening,
    D_NoLocalConnection,
    D_UnderOccupierOutsideDevon,
    D_BandAInTemporaryAccommodation,
    D_HomelessDutyDischarged,
    D_CareExperiencedNotBidding,
    D_CaravanBoatOrBus,
    D_SupportedNotReadySharingFacilities,

    // Band E (001 §41 and elsewhere)
    E_NoHousingNeed,
    E_PropertyInterest,
    E_IntentionalArrears,
    E_IncomeAboveLimit,
    E_CapitalAboveThreshold,
    E_ApplyingFromPrison,
    E_SupportedNotReady,
    E_ThreeReasonableRefusals,
    E_DeliberateDeprivationOfCapital,
    E_OutsideLocalPriorityArea,
    E_NoLocalConnectionNoNeed,
}

/// <summary>Maps reasons to the band they lead to.</summary>
public static class BandReasons
{
    /// <summary>The band a reason leads to, read off the code's prefix.</summary>
    public static Band BandFor(this BandReason reason) => reason.ToString()[0] switch
    {
        'A' => Band.A,
        'B' => Band.B,
        'C' => Band.C,
        'D' => Band.D,
        _ => Band.E,
    };
}
