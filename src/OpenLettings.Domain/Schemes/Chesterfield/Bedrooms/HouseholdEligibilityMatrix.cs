using System.Collections.Immutable;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Households;
using OpenLettings.Domain.Properties;

namespace OpenLettings.Domain.Schemes.Chesterfield;

/// <summary>The household rows of the eligibility matrix (003 Appendix B 8(ii)).</summary>
public enum HouseholdType
{
    /// <summary>A: single person.</summary>
    SinglePerson,
    /// <summary>B: couple.</summary>
    Couple,
    /// <summary>B1: single/couple and 1 adult.</summary>
    SingleOrCouplePlusOneAdult,
    /// <summary>B2: single/couple and 2 adults.</summary>
    SingleOrCouplePlusTwoAdults,
    /// <summary>B3: single/couple and 3 adults.</summary>
    SingleOrCouplePlusThreeAdults,
    /// <summary>C: non-cohabiting couple.</summary>
    NonCohabitingCouple,
    /// <summary>D (Y1): single adult and 1 dependent child.</summary>
    SingleAdultOneChild,
    /// <summary>D: couple and 1 child.</summary>
    CoupleOneChild,
    /// <summary>E1: 3 single adults.</summary>
    ThreeSingleAdults,
    /// <summary>E2,3: 4 or more single adults.</summary>
    FourOrMoreSingleAdults,
    /// <summary>E: 2 dependent children who should share.</summary>
    TwoChildrenWhoShare,
    /// <summary>F1: 2 dependent children who should not share.</summary>
    TwoChildrenWhoDoNotShare,
    /// <summary>F: 3 dependent children.</summary>
    ThreeChildren,
    /// <summary>G: 4 or more dependent children.</summary>
    FourOrMoreChildren,
    /// <summary>H: 8 or more people.</summary>
    EightOrMorePeople,
    /// <summary>A household the matrix does not list (e.g. children and other adults): judged by bedroom need.</summary>
    NotListed,
}

/// <summary>The property columns of the eligibility matrix.</summary>
public enum MatrixColumn
{
    ZeroBedFlat,
    OneBedFlat,
    OneBedHouse,
    OneBedBungalow,
    TwoBedFlat,
    TwoBedBungalow,
    TwoBedHouse,
    ThreeBedFlat,
    ThreeBedHouse,
    ThreeBedParlourHouse,
    FourOrMoreBedHouse,
}

/// <summary>A matrix cell (003 Appendix B 8(ii) key).</summary>
public enum MatrixCell
{
    /// <summary>Y: eligible.</summary>
    Eligible,
    /// <summary>FL: flexible letting, only when the advert offers it.</summary>
    FlexibleLetting,
    /// <summary>Y**: social tenants downsizing from a three-bedroom house whose children can share under the DWP size criteria.</summary>
    DownsizerOnly,
    /// <summary>Blank: not normally offered.</summary>
    NotEligible,
}

/// <summary>Whether a household may be considered for a home, and why.</summary>
public sealed record MatrixDecision(bool Eligible, HouseholdType HouseholdType, MatrixColumn Column, MatrixCell Cell, Reason Reason);

/// <summary>The household-type × property-type matrix (003 Appendix B 8(ii)).</summary>
public static class HouseholdEligibilityMatrix
{
    // Columns: 0f 1f 1h 1b 2f 2b 2h 3f 3h 3p 4h. "." = not eligible.
    private static readonly ImmutableDictionary<HouseholdType, string[]> Rows = new Dictionary<HouseholdType, string[]>
    {
        [HouseholdType.SinglePerson] = ["Y", "Y", "Y", "Y", "FL", "FL", "FL", ".", ".", ".", "."],
        [HouseholdType.Couple] = [".", "Y", "Y", "Y", "Y", "Y", "FL", ".", ".", ".", "."],
        [HouseholdType.SingleOrCouplePlusOneAdult] = [".", ".", ".", ".", "Y", "Y", "FL", "Y", "FL", ".", "."],
        [HouseholdType.SingleOrCouplePlusTwoAdults] = [".", ".", ".", ".", ".", ".", ".", "Y", "FL", "FL", "FL"],
        [HouseholdType.SingleOrCouplePlusThreeAdults] = [".", ".", ".", ".", ".", ".", ".", "Y", "FL", "FL", "FL"],
        [HouseholdType.NonCohabitingCouple] = [".", ".", ".", ".", "Y", "Y", "FL", ".", ".", ".", "."],
        [HouseholdType.SingleAdultOneChild] = [".", ".", ".", ".", "Y", "Y", "Y", "FL", "FL", ".", "."],
        [HouseholdType.CoupleOneChild] = [".", ".", ".", ".", "Y", "Y", "Y", "Y", "FL", ".", "."],
        [HouseholdType.ThreeSingleAdults] = [".", ".", ".", ".", "Y", "FL", "FL", "Y", "FL", ".", "."],
        [HouseholdType.FourOrMoreSingleAdults] = [".", ".", ".", ".", ".", ".", ".", "Y", "FL", "FL", "FL"],
        [HouseholdType.TwoChildrenWhoShare] = [".", ".", ".", ".", "Y", "Y", "Y", "Y", "Y", ".", "."],
        [HouseholdType.TwoChildrenWhoDoNotShare] = [".", ".", ".", ".", "Y**", "Y**", "Y**", "Y", "Y", ".", "."],
        [HouseholdType.ThreeChildren] = [".", ".", ".", ".", ".", ".", ".", "Y", "Y", "Y", "FL"],
        [HouseholdType.FourOrMoreChildren] = [".", ".", ".", ".", ".", ".", ".", ".", "Y", "Y", "Y"],
        [HouseholdType.EightOrMorePeople] = [".", ".", ".", ".", ".", ".", ".", ".", "Y", "Y", "Y"],
    }.ToImmutableDictionary();

    /// <summary>The matrix cell for a household type and column (<see cref="HouseholdType.NotListed"/> has none).</summary>
    public static MatrixCell CellFor(HouseholdType type, MatrixColumn column) =>
        Rows.TryGetValue(type, out var row)
            ? row[(int)column] switch
            {
                "Y" => MatrixCell.Eligible,
                "FL" => MatrixCell.FlexibleLetting,
                "Y**" => MatrixCell.DownsizerOnly,
                _ => MatrixCell.NotEligible,
            }
            : MatrixCell.NotEligible;

    /// <summary>
    /// Classifies a household. Choices where the matrix is silent (docs/schemes/chesterfield.md): a single
    /// applicant with 2 other adults is "3 single adults" (E1); a non-cohabiting couple with others counts as
    /// single adults; households with both dependants and other adults are <see cref="HouseholdType.NotListed"/>.
    /// </summary>
    public static HouseholdType Classify(ImmutableArray<CountedPerson> people, ChesterfieldOptions options)
    {
        if (people.Length >= 8)
        {
            return HouseholdType.EightOrMorePeople;
        }

        var main = people.FirstOrDefault(p => p.Member.Role == MemberRole.MainApplicant);
        var couple = main is not null && people.Any(p => p != main && (p.Member.PartnerId == main.Member.Id || main.Member.PartnerId == p.Member.Id));
        var nonCohabitingJoint = !couple && people.Any(p => p.Member.Role == MemberRole.JointApplicant);
        var dependants = people.Where(p => p.IsDependant).ToList();
        var adultsBeyondUnit = people.Count(p => !p.IsDependant) - (couple || nonCohabitingJoint ? 2 : 1);

        if (dependants.Count == 0)
        {
            if (couple)
            {
                return adultsBeyondUnit switch
                {
                    0 => HouseholdType.Couple,
                    1 => HouseholdType.SingleOrCouplePlusOneAdult,
                    2 => HouseholdType.SingleOrCouplePlusTwoAdults,
                    3 => HouseholdType.SingleOrCouplePlusThreeAdults,
                    _ => HouseholdType.FourOrMoreSingleAdults,
                };
            }

            var singles = adultsBeyondUnit + (nonCohabitingJoint ? 2 : 1);
            return singles switch
            {
                1 => HouseholdType.SinglePerson,
                2 => nonCohabitingJoint ? HouseholdType.NonCohabitingCouple : HouseholdType.SingleOrCouplePlusOneAdult,
                3 => HouseholdType.ThreeSingleAdults,
                _ => HouseholdType.FourOrMoreSingleAdults,
            };
        }

        if (adultsBeyondUnit > 0 || nonCohabitingJoint)
        {
            return HouseholdType.NotListed;
        }

        return dependants.Count switch
        {
            1 => couple ? HouseholdType.CoupleOneChild : HouseholdType.SingleAdultOneChild,
            2 => OvercrowdingStandard.MayShare(dependants[0], dependants[1], options) ? HouseholdType.TwoChildrenWhoShare : HouseholdType.TwoChildrenWhoDoNotShare,
            3 => HouseholdType.ThreeChildren,
            _ => HouseholdType.FourOrMoreChildren,
        };
    }

    /// <summary>The matrix column of a home. Homes the matrix does not list go to the nearest column (3-bed bungalow as a 3-bed house; 4+ bed flats as 4+ bed houses).</summary>
    public static MatrixColumn ColumnOf(PropertyType type, int bedrooms, bool parlour) => type switch
    {
        PropertyType.Bedsit => MatrixColumn.ZeroBedFlat,
        PropertyType.Flat or PropertyType.Maisonette => bedrooms switch
        {
            <= 0 => MatrixColumn.ZeroBedFlat,
            1 => MatrixColumn.OneBedFlat,
            2 => MatrixColumn.TwoBedFlat,
            3 => MatrixColumn.ThreeBedFlat,
            _ => MatrixColumn.FourOrMoreBedHouse,
        },
        PropertyType.Bungalow => bedrooms switch
        {
            <= 1 => MatrixColumn.OneBedBungalow,
            2 => MatrixColumn.TwoBedBungalow,
            3 => MatrixColumn.ThreeBedHouse,
            _ => MatrixColumn.FourOrMoreBedHouse,
        },
        PropertyType.House => bedrooms switch
        {
            <= 1 => MatrixColumn.OneBedHouse,
            2 => MatrixColumn.TwoBedHouse,
            3 => parlour ? MatrixColumn.ThreeBedParlourHouse : MatrixColumn.ThreeBedHouse,
            _ => MatrixColumn.FourOrMoreBedHouse,
        },
    };

    /// <summary>
    /// The DWP size-criteria test for the Y** cells: two children can share if they are both under 10, or of
    /// the same sex and both under 16 (003 Appendix B 8(ii) key).
    /// </summary>
    public static bool DwpChildrenCanShare(CountedPerson a, CountedPerson b)
    {
        if (a.Age < 10 && b.Age < 10)
        {
            return true;
        }

        var sameSex = a.Member.Sex is null || b.Member.Sex is null || a.Member.Sex == b.Member.Sex;
        return sameSex && a.Age < 16 && b.Age < 16;
    }

    /// <summary>Decides whether the household may be considered for the home.</summary>
    public static MatrixDecision Decide(ChesterfieldApplication application, ChesterfieldBedroomNeed need, Property property, bool parlour, bool flexibleLetting, ChesterfieldOptions options)
    {
        var type = Classify(need.People, options);
        var column = ColumnOf(property.Type, property.Bedrooms, parlour);
        var citation = ChesterfieldCitations.Policy("8(ii)");
        var facts = new[] { new Fact("household type", type.ToString()), new Fact("property", column.ToString()) };

        if (type == HouseholdType.NotListed)
        {
            var cellByNeed = property.Bedrooms == need.BedroomsNeeded ? MatrixCell.Eligible
                : property.Bedrooms > need.BedroomsNeeded ? MatrixCell.FlexibleLetting : MatrixCell.NotEligible;
            var ok = cellByNeed == MatrixCell.Eligible || (cellByNeed == MatrixCell.FlexibleLetting && flexibleLetting);
            return new MatrixDecision(ok, type, column, cellByNeed, new Reason("CBC.Matrix.NotListed", citation,
                ok ? $"Your household is not a row of the matrix, so it is matched by bedroom need ({need.BedroomsNeeded}); this home fits."
                   : $"Your household is not a row of the matrix, so it is matched by bedroom need ({need.BedroomsNeeded}); this home does not fit.").With(facts));
        }

        var cell = CellFor(type, column);
        switch (cell)
        {
            case MatrixCell.Eligible:
                return new MatrixDecision(true, type, column, cell, new Reason("CBC.Matrix.Eligible", citation,
                    "Your household size can bid for this type and size of home.").With(facts));
            case MatrixCell.FlexibleLetting:
                return new MatrixDecision(flexibleLetting, type, column, cell, new Reason("CBC.Matrix.FlexibleLetting", citation,
                    flexibleLetting
                        ? "This home is offered as a flexible letting, so your household can be considered although you would under-occupy it (housing benefit may not cover the extra bedroom)."
                        : "This home would be a flexible letting for your household and the advert does not offer it as one.").With(facts));
            case MatrixCell.DownsizerOnly:
                var dependants = need.People.Where(p => p.IsDependant).ToList();
                var downsizer = application.DownsizingFromThreeBedHouse
                    && application.CurrentHome.Tenure is ChesterfieldTenure.ChesterfieldCouncilTenant or ChesterfieldTenure.OtherSocialTenant
                    && dependants.Count == 2 && DwpChildrenCanShare(dependants[0], dependants[1]);
                return new MatrixDecision(downsizer, type, column, cell, new Reason("CBC.Matrix.Downsizer", citation,
                    downsizer
                        ? "You are a social tenant downsizing from a three-bedroom house and your children can share under the DWP size criteria, so you can be considered for this two-bedroom home."
                        : "Two-bedroom homes are open to your household only when downsizing from a three-bedroom social rented house with children who can share under the DWP size criteria.").With(facts));
            case MatrixCell.NotEligible:
                return new MatrixDecision(false, type, column, cell, new Reason("CBC.Matrix.NotEligible", citation,
                    "Homes of this type and size are not normally offered to a household of your size.").With(facts));
            default:
                throw new InvalidOperationException("Unknown matrix cell.");
        }
    }
}
