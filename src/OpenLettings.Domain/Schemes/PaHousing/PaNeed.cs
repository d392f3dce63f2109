using System.Collections.Immutable;

namespace OpenLettings.Domain.Schemes.PaHousing;

/// <summary>The four bands, highest priority first (004 §4.6).</summary>
public enum PaBand
{
    /// <summary>Emergency housing need (Category 1).</summary>
    A,
    /// <summary>Urgent housing need (Category 2).</summary>
    B,
    /// <summary>Identified housing need (Category 3).</summary>
    C,
    /// <summary>Key worker or Choice Plus applicants (Category 4).</summary>
    D,
}

/// <summary>
/// Every criterion of Appendix 2. Some are worked out by the engine from the application (overcrowding,
/// under-occupation, employment, volunteering, rent against income, Independent Living age, key worker
/// route); the rest are officers' or professionals' judgements entered as assessed facts.
/// </summary>
/// <remarks>004 Appendix 2.</remarks>
public enum PaNeed
{
    LifeThreateningMedicalOrMobilityNeed,
    HomeToBeDemolishedOrMajorWorks,
    UnderOccupyingByTwoOrMore,
    ManagementMove,
    StatutoryHomeless,
    EmergencyWelfareNeed,
    AdaptationsNoLongerRequired,
    SucceededOnBasisOfMoveToSmallerHome,
    OvercrowdedByTwoOrMore,
    MedicalNeed,
    UnsustainableTenancyWelfareNeed,
    OngoingAntisocialBehaviourOrHarassment,
    ReadyToMoveOn,
    UnderOccupyingByOne,
    LeavingArmedForces,
    SofaSurfingNoFixedAbodeOrTemporaryHousing,
    RelocatingForEmployment,
    OvercrowdedByOne,
    LowLevelMedicalOrMobilityNeed,
    PersistentLowLevelAntisocialBehaviour,
    IndependentLivingNoOtherNeed,
    LocationSpecificSocialOrWelfareNeed,
    ApprovedForAdoption,
    AskedToLeaveByFamilyOrFriends,
    NonDependentChildFirstTenancy,
    OtherRecognisedHousingNeed,
    KeyWorker,
    InEmployment,
    CommunityVolunteering,
    RunningLocalBusiness,
    PrivateRentOverShareOfIncome,
    ExistingTenantPositiveBehaviour,
}

/// <summary>Where a criterion sits in Appendix 2 in one sub-region, e.g. band B item 1.</summary>
public sealed record AppendixItem(PaBand Band, int Item)
{
    /// <inheritdoc />
    public override string ToString() => $"{Band}{Item}";
}

/// <summary>The Appendix 2 table: each criterion's wording, its place per sub-region and whether the engine derives it.</summary>
/// <remarks>004 Appendix 2 ("Main criteria to be met to award" and "Sub regional variations").</remarks>
public static class PaNeedCatalogue
{
    /// <summary>Criteria the engine works out itself; they may not be entered as assessed needs.</summary>
    public static readonly ImmutableHashSet<PaNeed> Derived =
    [
        PaNeed.UnderOccupyingByTwoOrMore, PaNeed.OvercrowdedByTwoOrMore, PaNeed.UnderOccupyingByOne,
        PaNeed.OvercrowdedByOne, PaNeed.IndependentLivingNoOtherNeed, PaNeed.KeyWorker, PaNeed.InEmployment,
        PaNeed.CommunityVolunteering, PaNeed.PrivateRentOverShareOfIncome,
    ];

    /// <summary>The plain-English wording of a criterion, as in Appendix 2.</summary>
    public static string Wording(PaNeed need) => need switch
    {
        PaNeed.LifeThreateningMedicalOrMobilityNeed => "high medical or mobility needs where life might be endangered by your current home, supported by professional review",
        PaNeed.HomeToBeDemolishedOrMajorWorks => "your present home is to be demolished or redeveloped, or longer-term emergency or disrepair works are required",
        PaNeed.UnderOccupyingByTwoOrMore => "you are under-occupying your home by 2 or more bedrooms",
        PaNeed.ManagementMove => "you have management move status (for example a serious threat of domestic abuse, hate crime or violence supported by the police)",
        PaNeed.StatutoryHomeless => "you have been found statutorily homeless",
        PaNeed.EmergencyWelfareNeed => "you have an emergency welfare need to move that does not involve an external threat",
        PaNeed.AdaptationsNoLongerRequired => "your home has significant disabled adaptations that are no longer required",
        PaNeed.SucceededOnBasisOfMoveToSmallerHome => "you succeeded to your tenancy on the basis of a move to a smaller home that meets your needs",
        PaNeed.OvercrowdedByTwoOrMore => "your household is overcrowded by 2 or more bedrooms",
        PaNeed.MedicalNeed => "you have medical needs confirmed by professional review",
        PaNeed.UnsustainableTenancyWelfareNeed => "you have a welfare need that has made your tenancy unsustainable",
        PaNeed.OngoingAntisocialBehaviourOrHarassment => "you are suffering ongoing anti-social behaviour affecting your ability to work, or serious harassment, with supporting evidence",
        PaNeed.ReadyToMoveOn => "you are ready to move on from supported housing or prison, with support and risk plans",
        PaNeed.UnderOccupyingByOne => "you are under-occupying your home by one bedroom",
        PaNeed.LeavingArmedForces => "you are leaving the armed forces",
        PaNeed.SofaSurfingNoFixedAbodeOrTemporaryHousing => "you are sofa-surfing, of no fixed abode or in temporary housing",
        PaNeed.RelocatingForEmployment => "you are relocating to take up employment",
        PaNeed.OvercrowdedByOne => "your household is overcrowded by one bedroom",
        PaNeed.LowLevelMedicalOrMobilityNeed => "you have a low-level medical or mobility need confirmed by professional review",
        PaNeed.PersistentLowLevelAntisocialBehaviour => "you suffer low-level but persistent anti-social behaviour and options such as mediation have been tried",
        PaNeed.IndependentLivingNoOtherNeed => "you wish to move to Independent Living for older people and have no other housing need",
        PaNeed.LocationSpecificSocialOrWelfareNeed => "you have a social or welfare need linked to a specific location away from your current home",
        PaNeed.ApprovedForAdoption => "you have been approved for adoption, confirmed by the adoption panel",
        PaNeed.AskedToLeaveByFamilyOrFriends => "you live with family or friends who have asked you to leave",
        PaNeed.NonDependentChildFirstTenancy => "you are a non-dependent child (18 or over) looking for a first tenancy",
        PaNeed.OtherRecognisedHousingNeed => "you have another recognised housing need",
        PaNeed.KeyWorker => "you are a key worker seeking accommodation",
        PaNeed.InEmployment => "you have worked 16 hours or more a week for at least 12 months",
        PaNeed.CommunityVolunteering => "you have volunteered for community work for 16 or more hours a month for at least 6 months",
        PaNeed.RunningLocalBusiness => "you run a business within the local community",
        PaNeed.PrivateRentOverShareOfIncome => "you rent privately and your rent is more than 40% of your income",
        PaNeed.ExistingTenantPositiveBehaviour => "you are an existing tenant who has demonstrated positive behaviour and wants to move without a housing need",
    };

    /// <summary>The item a criterion has in Appendix 2 for each sub-region where it applies (absent where it does not).</summary>
    public static ImmutableDictionary<SubRegion, AppendixItem> Placement(PaNeed need)
    {
        static ImmutableDictionary<SubRegion, AppendixItem> All(PaBand band, int item) => Only(band, item, SubRegion.Midlands, SubRegion.London, SubRegion.SouthEast);
        static ImmutableDictionary<SubRegion, AppendixItem> Only(PaBand band, int item, params SubRegion[] regions) =>
            regions.ToImmutableDictionary(r => r, _ => new AppendixItem(band, item));
        static ImmutableDictionary<SubRegion, AppendixItem> Split(AppendixItem midlands, AppendixItem londonAndSouthEast) =>
            ImmutableDictionary<SubRegion, AppendixItem>.Empty
                .Add(SubRegion.Midlands, midlands).Add(SubRegion.London, londonAndSouthEast).Add(SubRegion.SouthEast, londonAndSouthEast);

        return need switch
        {
            PaNeed.LifeThreateningMedicalOrMobilityNeed => All(PaBand.A, 1),
            PaNeed.HomeToBeDemolishedOrMajorWorks => All(PaBand.A, 2),
            PaNeed.UnderOccupyingByTwoOrMore => All(PaBand.A, 3),
            PaNeed.ManagementMove => All(PaBand.A, 4),
            PaNeed.StatutoryHomeless => Only(PaBand.A, 5, SubRegion.Midlands, SubRegion.London),
            PaNeed.EmergencyWelfareNeed => All(PaBand.A, 6),
            PaNeed.AdaptationsNoLongerRequired => All(PaBand.A, 7),
            PaNeed.SucceededOnBasisOfMoveToSmallerHome => Only(PaBand.A, 8, SubRegion.London, SubRegion.SouthEast),
            PaNeed.OvercrowdedByTwoOrMore => Split(new(PaBand.A, 9), new(PaBand.B, 1)),
            PaNeed.MedicalNeed => All(PaBand.B, 2),
            PaNeed.UnsustainableTenancyWelfareNeed => Only(PaBand.B, 3, SubRegion.SouthEast),
            PaNeed.OngoingAntisocialBehaviourOrHarassment => All(PaBand.B, 4),
            PaNeed.ReadyToMoveOn => All(PaBand.B, 5),
            PaNeed.UnderOccupyingByOne => All(PaBand.B, 6),
            PaNeed.LeavingArmedForces => Only(PaBand.B, 7, SubRegion.Midlands),
            PaNeed.SofaSurfingNoFixedAbodeOrTemporaryHousing => Only(PaBand.B, 8, SubRegion.Midlands),
            PaNeed.RelocatingForEmployment => Only(PaBand.B, 9, SubRegion.Midlands),
            PaNeed.OvercrowdedByOne => Split(new(PaBand.B, 10), new(PaBand.C, 1)),
            PaNeed.LowLevelMedicalOrMobilityNeed => All(PaBand.C, 2),
            PaNeed.PersistentLowLevelAntisocialBehaviour => All(PaBand.C, 3),
            PaNeed.IndependentLivingNoOtherNeed => All(PaBand.C, 4),
            PaNeed.LocationSpecificSocialOrWelfareNeed => All(PaBand.C, 5),
            PaNeed.ApprovedForAdoption => Only(PaBand.C, 6, SubRegion.Midlands),
            PaNeed.AskedToLeaveByFamilyOrFriends => Only(PaBand.C, 7, SubRegion.Midlands),
            PaNeed.NonDependentChildFirstTenancy => Only(PaBand.C, 8, SubRegion.Midlands),
            PaNeed.OtherRecognisedHousingNeed => Only(PaBand.C, 9, SubRegion.Midlands),
            PaNeed.KeyWorker => All(PaBand.D, 1),
            PaNeed.InEmployment => Only(PaBand.D, 2, SubRegion.Midlands),
            PaNeed.CommunityVolunteering => Only(PaBand.D, 3, SubRegion.Midlands),
            PaNeed.RunningLocalBusiness => Only(PaBand.D, 4, SubRegion.Midlands),
            PaNeed.PrivateRentOverShareOfIncome => Only(PaBand.D, 5, SubRegion.Midlands),
            PaNeed.ExistingTenantPositiveBehaviour => Only(PaBand.D, 6, SubRegion.Midlands),
        };
    }

    /// <summary>The default band table of one sub-region: each criterion that applies there and its band.</summary>
    public static ImmutableDictionary<PaNeed, PaBand> DefaultBands(SubRegion subRegion) =>
        Enum.GetValues<PaNeed>()
            .Select(n => (Need: n, Place: Placement(n)))
            .Where(x => x.Place.ContainsKey(subRegion))
            .ToImmutableDictionary(x => x.Need, x => x.Place[subRegion].Band);
}
