using System.Collections.Immutable;

namespace OpenLettings.Domain.Schemes.SwanTransfer;

/// <summary>The property columns of the Appendix 2 suitability matrix.</summary>
/// <remarks>002 Appendix 2.</remarks>
public enum PropertyCategory
{
    DesignatedElderlyBedsit,
    DesignatedElderlyOneBed,
    Bedsit,
    OneBed,
    TwoBed,
    ThreeBed,
    FourOrFiveBed,
}

/// <summary>The household rows of the Appendix 2 suitability matrix.</summary>
/// <remarks>
/// 002 Appendix 2. <see cref="TwoChildrenOtherwise"/> and <see cref="ThreeChildrenOtherwise"/> cover
/// combinations the printed rows leave out (e.g. two children both under 7); they take the columns every
/// printed row with that number of children shares.
/// </remarks>
public enum HouseholdCategory
{
    SinglePersonOver60,
    CoupleOver60,
    OnePerson,
    Couple,
    OneChildUnderOne,
    OneChildOverOne,
    TwoChildrenSameSexOver7,
    TwoChildrenDifferentSexOver7,
    TwoChildrenSameSexFiveYearGapOneOver7,
    TwoChildrenOtherwise,
    ThreeChildrenSameSexUnder7,
    ThreeChildrenSameSexOneOver7,
    ThreeChildrenDifferentSexOneOver7,
    ThreeChildrenOtherwise,
    FourOrMoreChildren,
}

/// <summary>The Appendix 2 property and household ratio guidelines as data.</summary>
public static class SuitabilityMatrix
{
    private static readonly ImmutableArray<PropertyCategory> UpToTwoBed =
    [
        PropertyCategory.DesignatedElderlyBedsit, PropertyCategory.DesignatedElderlyOneBed, PropertyCategory.Bedsit,
        PropertyCategory.OneBed, PropertyCategory.TwoBed,
    ];

    private static readonly ImmutableArray<PropertyCategory> OneToThreeBed = [PropertyCategory.OneBed, PropertyCategory.TwoBed, PropertyCategory.ThreeBed];

    private static readonly ImmutableArray<PropertyCategory> TwoToFiveBed = [PropertyCategory.TwoBed, PropertyCategory.ThreeBed, PropertyCategory.FourOrFiveBed];

    /// <summary>The matrix exactly as ticked in 002 Appendix 2.</summary>
    public static ImmutableDictionary<HouseholdCategory, ImmutableArray<PropertyCategory>> Default { get; } =
        new Dictionary<HouseholdCategory, ImmutableArray<PropertyCategory>>
        {
            [HouseholdCategory.SinglePersonOver60] = UpToTwoBed,
            [HouseholdCategory.CoupleOver60] = UpToTwoBed,
            [HouseholdCategory.OnePerson] = UpToTwoBed,
            [HouseholdCategory.Couple] = UpToTwoBed,
            [HouseholdCategory.OneChildUnderOne] = OneToThreeBed,
            [HouseholdCategory.OneChildOverOne] = OneToThreeBed,
            [HouseholdCategory.TwoChildrenSameSexOver7] = TwoToFiveBed,
            [HouseholdCategory.TwoChildrenDifferentSexOver7] = TwoToFiveBed,
            [HouseholdCategory.TwoChildrenSameSexFiveYearGapOneOver7] = TwoToFiveBed,
            [HouseholdCategory.TwoChildrenOtherwise] = TwoToFiveBed,
            [HouseholdCategory.ThreeChildrenSameSexUnder7] = TwoToFiveBed,
            [HouseholdCategory.ThreeChildrenSameSexOneOver7] = TwoToFiveBed,
            [HouseholdCategory.ThreeChildrenDifferentSexOneOver7] = TwoToFiveBed,
            [HouseholdCategory.ThreeChildrenOtherwise] = TwoToFiveBed,
            [HouseholdCategory.FourOrMoreChildren] = [PropertyCategory.ThreeBed, PropertyCategory.FourOrFiveBed],
        }.ToImmutableDictionary();

    /// <summary>The matrix column a home falls in (002 Appendix 2).</summary>
    /// <remarks>
    /// A designated older persons' home (<c>Property.OlderPersons</c>) with no bedroom or one bedroom falls in a
    /// "Designated Elderly" column; larger designated homes, and homes with 6 or more bedrooms, use the general
    /// column for their size (4/5 bed for 4 or more).
    /// </remarks>
    public static PropertyCategory CategoryOf(Properties.Property property)
    {
        var isBedsit = property.Type == Properties.PropertyType.Bedsit || property.Bedrooms <= 0;
        if (property.OlderPersons && isBedsit)
        {
            return PropertyCategory.DesignatedElderlyBedsit;
        }

        if (property.OlderPersons && property.Bedrooms == 1)
        {
            return PropertyCategory.DesignatedElderlyOneBed;
        }

        return isBedsit ? PropertyCategory.Bedsit : property.Bedrooms switch
        {
            1 => PropertyCategory.OneBed,
            2 => PropertyCategory.TwoBed,
            3 => PropertyCategory.ThreeBed,
            _ => PropertyCategory.FourOrFiveBed,
        };
    }

    /// <summary>The bedrooms a column stands for (a bedsit is 0), used to compare sizes.</summary>
    public static int BedroomsOf(PropertyCategory category) => category switch
    {
        PropertyCategory.DesignatedElderlyBedsit or PropertyCategory.Bedsit => 0,
        PropertyCategory.DesignatedElderlyOneBed or PropertyCategory.OneBed => 1,
        PropertyCategory.TwoBed => 2,
        PropertyCategory.ThreeBed => 3,
        PropertyCategory.FourOrFiveBed => 4,
    };

    /// <summary>Is the column one of the "Designated Elderly" columns.</summary>
    public static bool IsDesignatedElderly(PropertyCategory category) =>
        category is PropertyCategory.DesignatedElderlyBedsit or PropertyCategory.DesignatedElderlyOneBed;

    /// <summary>The wording of a household row as printed in Appendix 2.</summary>
    public static string Describe(HouseholdCategory category) => category switch
    {
        HouseholdCategory.SinglePersonOver60 => "single person over 60 years",
        HouseholdCategory.CoupleOver60 => "couple over 60 years",
        HouseholdCategory.OnePerson => "one person",
        HouseholdCategory.Couple => "couple",
        HouseholdCategory.OneChildUnderOne => "household with one child under one",
        HouseholdCategory.OneChildOverOne => "household with one child over one",
        HouseholdCategory.TwoChildrenSameSexOver7 => "household with 2 children of the same sex over 7",
        HouseholdCategory.TwoChildrenDifferentSexOver7 => "household with 2 children of different sex over 7",
        HouseholdCategory.TwoChildrenSameSexFiveYearGapOneOver7 => "household with 2 children of the same sex with a 5 year gap, one over 7",
        HouseholdCategory.TwoChildrenOtherwise => "household with 2 children (a combination Appendix 2 does not list)",
        HouseholdCategory.ThreeChildrenSameSexUnder7 => "household with 3 children of the same sex under 7",
        HouseholdCategory.ThreeChildrenSameSexOneOver7 => "household with 3 children of the same sex, at least one over 7",
        HouseholdCategory.ThreeChildrenDifferentSexOneOver7 => "household with 3 children of different sex, at least 1 over 7",
        HouseholdCategory.ThreeChildrenOtherwise => "household with 3 children (a combination Appendix 2 does not list)",
        HouseholdCategory.FourOrMoreChildren => "household with 4 or more children",
    };

    /// <summary>The wording of a property column as printed in Appendix 2.</summary>
    public static string Describe(PropertyCategory category) => category switch
    {
        PropertyCategory.DesignatedElderlyBedsit => "designated elderly bedsit",
        PropertyCategory.DesignatedElderlyOneBed => "designated elderly one bedroom flat or bungalow",
        PropertyCategory.Bedsit => "bedsit",
        PropertyCategory.OneBed => "1 bedroom home",
        PropertyCategory.TwoBed => "2 bedroom home",
        PropertyCategory.ThreeBed => "3 bedroom home",
        PropertyCategory.FourOrFiveBed => "4 or 5 bedroom home",
    };
}
