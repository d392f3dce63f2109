using OpenLettings.Domain.Properties;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Bidding;

/// <summary>How a household's assessed mobility need compares with a home's accessibility (001 §15.3-15.4, §56, §60.8).</summary>
public static class MobilityMatching
{
    /// <summary>
    /// True when the home meets the household's stated mobility need: a home at least as accessible as the need
    /// (a wheelchair-accessible home meets a step-free need; any home meets a general-needs household).
    /// </summary>
    /// <remarks>001 §15.3-15.4, §56.5.</remarks>
    public static bool MeetsNeed(MobilityCategory need, MobilityCategory home) => home >= need;

    /// <summary>
    /// True when the household has a relevant accessibility need the home meets: a mobility need other than
    /// general needs that the home meets, or adaptations it needs that the home already has.
    /// </summary>
    /// <remarks>001 §56.9-56.10, §57.2, §61.20 ("a relevant need").</remarks>
    public static bool HasRelevantNeed(Bidder bidder, Property home) =>
        (bidder.Mobility != MobilityCategory.GeneralNeeds && MeetsNeed(bidder.Mobility, home.Mobility))
        || (!bidder.AdaptationsNeeded.IsEmpty && home.AdaptationLevel != AdaptationLevel.None && bidder.AdaptationsNeeded.All(home.Adaptations.Contains));

    /// <summary>True for an accessible or adapted home, where preference goes to households who need it (001 §56.9, §57.2).</summary>
    public static bool IsAccessibleOrAdapted(Property home) =>
        home.Mobility != MobilityCategory.GeneralNeeds || home.AdaptationLevel != AdaptationLevel.None;

    /// <summary>A wheelchair-accessible or extensively adapted home, which Band A bidders without a relevant need get no priority for (001 §17.14, §61.20).</summary>
    public static bool IsWheelchairOrExtensivelyAdapted(Property home) =>
        home.Mobility == MobilityCategory.WheelchairAccessible || home.AdaptationLevel == AdaptationLevel.Extensive;

    /// <summary>
    /// The autobid mapping of the confirmation form (001 §60.8): which home categories autobids may be placed on
    /// for each assessed need.
    /// </summary>
    public static bool AutobidAllows(MobilityCategory need, MobilityCategory home) => need switch
    {
        MobilityCategory.WheelchairAccessible => home is MobilityCategory.WheelchairAccessible or MobilityCategory.StepFree,
        MobilityCategory.StepFree or MobilityCategory.MaxThreeSteps => home is MobilityCategory.StepFree or MobilityCategory.MaxThreeSteps,
        MobilityCategory.GeneralNeeds => home != MobilityCategory.WheelchairAccessible,
    };

    /// <summary>
    /// The Allocation Property Type group (1 first) of a household's need on a home of the given category
    /// (001 §56.13-56.16). A general-needs home has a single group.
    /// </summary>
    public static int AptGroup(MobilityCategory home, MobilityCategory need) => home switch
    {
        MobilityCategory.WheelchairAccessible => need switch
        {
            MobilityCategory.WheelchairAccessible => 1,
            MobilityCategory.StepFree => 2,
            MobilityCategory.MaxThreeSteps => 3,
            MobilityCategory.GeneralNeeds => 4,
        },
        MobilityCategory.StepFree => need switch
        {
            MobilityCategory.StepFree => 1,
            MobilityCategory.MaxThreeSteps => 2,
            MobilityCategory.WheelchairAccessible or MobilityCategory.GeneralNeeds => 3,
        },
        MobilityCategory.MaxThreeSteps => need == MobilityCategory.MaxThreeSteps ? 1 : 2,
        MobilityCategory.GeneralNeeds => 1,
    };
}
