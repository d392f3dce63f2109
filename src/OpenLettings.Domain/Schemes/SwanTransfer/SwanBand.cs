namespace OpenLettings.Domain.Schemes.SwanTransfer;

/// <summary>The transfer-list bands, highest priority first.</summary>
/// <remarks>002 §4.1: band one (highest need, urgent) to band four (lower or no need).</remarks>
public enum SwanBand
{
    One = 1,
    Two = 2,
    Three = 3,
    Four = 4,
}

/// <summary>
/// Every circumstance listed in Appendix 1 of the Swan policy, in the order printed. Some are worked out by
/// the engine from the application's facts (see <see cref="SwanCircumstances.IsDerived"/>); the others are an
/// officer's judgement and enter as assessed facts.
/// </summary>
/// <remarks>002 Appendix 1.</remarks>
public enum SwanCircumstance
{
    // Band one
    MedicalCategoryA,
    ManagementMove,
    UnderOccupyingThreeBedMovingToOneBed,
    SuccessionNotPossible,
    Harassment,
    FleeingDomesticViolence,
    DemolitionOrDisposal,
    /// <summary>Under-occupying by at least 2 bedrooms under the literal reading of 002 §4.1 (only with <see cref="SwanOptions.BandOneForAnyUnderOccupationByExcess"/>).</summary>
    UnderOccupyingByAtLeastTwo,

    // Band two
    MedicalCategoryB,
    UnderOccupyingStillNeedsTwoBedrooms,
    OlderHouseholdWantsSheltered,
    StatutorilyOvercrowded,
    AdaptedPropertyNoLongerNeeded,
    OppositeSexSharingOneOver11,
    MoreThanThreeChildrenSharing,

    // Band three
    MedicalCategoryC,
    MajorWorks,
    OppositeSexSharingOneOver6,
    SameSexSharingOneOver11,
    MoreThanTwoChildrenSharing,
    ChildUnder12InFlat,
    SinglePersonInSupportedHousing,
    TwoBedMovingToOneBed,

    // Band four
    ChildrenForAccessVisits,
    SimilarPropertyDifferentArea,
    NearerFamilyOrFriends,
    MinorRepairs,
    RegisteredFosterCarer,
    NeedsLiveInCarer,
    OppositeSexSharingUnder6,
    NearerSchoolShopsOrWork,
    MpOrCouncillorSupport,
    AdultOtherThanTenant,
    VictimOfAntisocialBehaviour,
    NoMedicalPriority,
}

/// <summary>Appendix 1 as data: the printed band and wording of each circumstance.</summary>
public static class SwanCircumstances
{
    /// <summary>The band Appendix 1 prints for a circumstance (002 Appendix 1).</summary>
    public static SwanBand PrintedBand(SwanCircumstance circumstance) => circumstance switch
    {
        SwanCircumstance.MedicalCategoryA or SwanCircumstance.ManagementMove or SwanCircumstance.UnderOccupyingThreeBedMovingToOneBed
            or SwanCircumstance.SuccessionNotPossible or SwanCircumstance.Harassment or SwanCircumstance.FleeingDomesticViolence
            or SwanCircumstance.DemolitionOrDisposal or SwanCircumstance.UnderOccupyingByAtLeastTwo => SwanBand.One,
        SwanCircumstance.MedicalCategoryB or SwanCircumstance.UnderOccupyingStillNeedsTwoBedrooms or SwanCircumstance.OlderHouseholdWantsSheltered
            or SwanCircumstance.StatutorilyOvercrowded or SwanCircumstance.AdaptedPropertyNoLongerNeeded
            or SwanCircumstance.OppositeSexSharingOneOver11 or SwanCircumstance.MoreThanThreeChildrenSharing => SwanBand.Two,
        SwanCircumstance.MedicalCategoryC or SwanCircumstance.MajorWorks or SwanCircumstance.OppositeSexSharingOneOver6
            or SwanCircumstance.SameSexSharingOneOver11 or SwanCircumstance.MoreThanTwoChildrenSharing or SwanCircumstance.ChildUnder12InFlat
            or SwanCircumstance.SinglePersonInSupportedHousing or SwanCircumstance.TwoBedMovingToOneBed => SwanBand.Three,
        SwanCircumstance.ChildrenForAccessVisits or SwanCircumstance.SimilarPropertyDifferentArea or SwanCircumstance.NearerFamilyOrFriends
            or SwanCircumstance.MinorRepairs or SwanCircumstance.RegisteredFosterCarer or SwanCircumstance.NeedsLiveInCarer
            or SwanCircumstance.OppositeSexSharingUnder6 or SwanCircumstance.NearerSchoolShopsOrWork or SwanCircumstance.MpOrCouncillorSupport
            or SwanCircumstance.AdultOtherThanTenant or SwanCircumstance.VictimOfAntisocialBehaviour or SwanCircumstance.NoMedicalPriority => SwanBand.Four,
    };

    /// <summary>The wording of the circumstance as printed in Appendix 1.</summary>
    public static string Describe(SwanCircumstance circumstance) => circumstance switch
    {
        SwanCircumstance.MedicalCategoryA => "has medical category A",
        SwanCircumstance.ManagementMove => "has been awarded a management move",
        SwanCircumstance.UnderOccupyingThreeBedMovingToOneBed => "is under-occupying a 3 bedroom or larger home and will move to a 1 bedroom home",
        SwanCircumstance.SuccessionNotPossible => "includes a qualifying household member who is unable to succeed to the tenancy",
        SwanCircumstance.Harassment => "is experiencing racial, sexual, homophobic or religious harassment",
        SwanCircumstance.FleeingDomesticViolence => "is fleeing domestic violence",
        SwanCircumstance.DemolitionOrDisposal => "lives in a home that needs to be demolished or disposed of",
        SwanCircumstance.UnderOccupyingByAtLeastTwo => "is under-occupying their home by at least 2 bedrooms",
        SwanCircumstance.MedicalCategoryB => "has medical category B",
        SwanCircumstance.UnderOccupyingStillNeedsTwoBedrooms => "is under-occupying their home but still needs 2 bedrooms",
        SwanCircumstance.OlderHouseholdWantsSheltered => "is aged over 60, lives in general needs housing and wishes to move to sheltered accommodation",
        SwanCircumstance.StatutorilyOvercrowded => "is statutorily overcrowded",
        SwanCircumstance.AdaptedPropertyNoLongerNeeded => "lives in an adapted home whose adaptations they no longer need",
        SwanCircumstance.OppositeSexSharingOneOver11 => "has children of the opposite sex sharing a bedroom, at least one over 11",
        SwanCircumstance.MoreThanThreeChildrenSharing => "has more than 3 children sharing a bedroom",
        SwanCircumstance.MedicalCategoryC => "has medical category C",
        SwanCircumstance.MajorWorks => "lives in a home that needs major works",
        SwanCircumstance.OppositeSexSharingOneOver6 => "has children of the opposite sex sharing a bedroom, at least one over 6",
        SwanCircumstance.SameSexSharingOneOver11 => "has children of the same sex sharing a bedroom, at least one over 11",
        SwanCircumstance.MoreThanTwoChildrenSharing => "has more than 2 children sharing a bedroom",
        SwanCircumstance.ChildUnder12InFlat => "has a child under 12 living in a flat",
        SwanCircumstance.SinglePersonInSupportedHousing => "is a single person living in Swan supported housing",
        SwanCircumstance.TwoBedMovingToOneBed => "lives in a 2 bedroom home and will move to a 1 bedroom home",
        SwanCircumstance.ChildrenForAccessVisits => "has children for weekend and holiday access",
        SwanCircumstance.SimilarPropertyDifferentArea => "wants to move to a similar home in a different area",
        SwanCircumstance.NearerFamilyOrFriends => "wants to move nearer family or friends",
        SwanCircumstance.MinorRepairs => "lives in a home that needs minor repairs",
        SwanCircumstance.RegisteredFosterCarer => "includes a registered foster carer",
        SwanCircumstance.NeedsLiveInCarer => "has been assessed as needing a live-in carer",
        SwanCircumstance.OppositeSexSharingUnder6 => "has children of the opposite sex under 6 sharing a bedroom",
        SwanCircumstance.NearerSchoolShopsOrWork => "wants to move nearer school, shops or work",
        SwanCircumstance.MpOrCouncillorSupport => "has the support of an MP or local councillor",
        SwanCircumstance.AdultOtherThanTenant => "is an adult other than the tenant living in a Swan home",
        SwanCircumstance.VictimOfAntisocialBehaviour => "is a victim of anti-social behaviour",
        SwanCircumstance.NoMedicalPriority => "has no medical priority",
    };

    /// <summary>
    /// True for circumstances the engine works out from the application's facts (household, current home,
    /// bedroom sharing, medical category, management move, downsizing request); these may not also be entered
    /// as officer-assessed circumstances.
    /// </summary>
    public static bool IsDerived(SwanCircumstance circumstance) => circumstance switch
    {
        SwanCircumstance.MedicalCategoryA or SwanCircumstance.MedicalCategoryB or SwanCircumstance.MedicalCategoryC
            or SwanCircumstance.NoMedicalPriority or SwanCircumstance.ManagementMove
            or SwanCircumstance.UnderOccupyingThreeBedMovingToOneBed or SwanCircumstance.UnderOccupyingStillNeedsTwoBedrooms
            or SwanCircumstance.UnderOccupyingByAtLeastTwo
            or SwanCircumstance.TwoBedMovingToOneBed or SwanCircumstance.OlderHouseholdWantsSheltered
            or SwanCircumstance.AdaptedPropertyNoLongerNeeded or SwanCircumstance.OppositeSexSharingOneOver11
            or SwanCircumstance.MoreThanThreeChildrenSharing or SwanCircumstance.OppositeSexSharingOneOver6
            or SwanCircumstance.SameSexSharingOneOver11 or SwanCircumstance.MoreThanTwoChildrenSharing
            or SwanCircumstance.OppositeSexSharingUnder6 or SwanCircumstance.ChildUnder12InFlat
            or SwanCircumstance.SinglePersonInSupportedHousing or SwanCircumstance.ChildrenForAccessVisits
            or SwanCircumstance.AdultOtherThanTenant => true,
        SwanCircumstance.SuccessionNotPossible or SwanCircumstance.Harassment or SwanCircumstance.FleeingDomesticViolence
            or SwanCircumstance.DemolitionOrDisposal or SwanCircumstance.StatutorilyOvercrowded or SwanCircumstance.MajorWorks
            or SwanCircumstance.SimilarPropertyDifferentArea or SwanCircumstance.NearerFamilyOrFriends or SwanCircumstance.MinorRepairs
            or SwanCircumstance.RegisteredFosterCarer or SwanCircumstance.NeedsLiveInCarer or SwanCircumstance.NearerSchoolShopsOrWork
            or SwanCircumstance.MpOrCouncillorSupport or SwanCircumstance.VictimOfAntisocialBehaviour => false,
    };
}
