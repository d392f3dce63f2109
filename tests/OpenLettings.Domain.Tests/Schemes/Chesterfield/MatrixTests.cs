using OpenLettings.Domain.Households;
using OpenLettings.Domain.Properties;
using OpenLettings.Domain.Schemes.Chesterfield;
using static OpenLettings.Domain.Tests.Schemes.Chesterfield.ChesterfieldTestData;

namespace OpenLettings.Domain.Tests.Schemes.Chesterfield;

public class MatrixTests
{
    private static readonly ChesterfieldOptions Options = new();

    private static MatrixDecision Decide(ChesterfieldApplication app, int bedrooms, PropertyType type, bool flexible = false, bool parlour = false) =>
        HouseholdEligibilityMatrix.Decide(app, OvercrowdingStandard.Assess(app, Options, AsOf), Home(bedrooms, type), parlour, flexible, Options);

    [Theory(DisplayName = "Household types are classified as the matrix rows (003 Appendix B 8(ii))")]
    [InlineData(0, HouseholdType.SinglePerson)]
    [InlineData(1, HouseholdType.Couple)]
    [InlineData(2, HouseholdType.SingleAdultOneChild)]
    [InlineData(3, HouseholdType.CoupleOneChild)]
    [InlineData(4, HouseholdType.TwoChildrenWhoShare)]
    [InlineData(5, HouseholdType.TwoChildrenWhoDoNotShare)]
    [InlineData(6, HouseholdType.ThreeChildren)]
    [InlineData(7, HouseholdType.FourOrMoreChildren)]
    [InlineData(8, HouseholdType.EightOrMorePeople)]
    [InlineData(9, HouseholdType.SingleOrCouplePlusOneAdult)]
    [InlineData(10, HouseholdType.ThreeSingleAdults)]
    public void Classify_Households_MatrixRows(int scenario, HouseholdType expected)
    {
        var app = scenario switch
        {
            0 => Single(),
            1 => Couple(),
            2 => Single().WithMembers(Child("c1", 3, Sex.Male)),
            3 => Couple(Child("c1", 3, Sex.Male)),
            4 => Couple(Child("c1", 3, Sex.Male), Child("c2", 5, Sex.Male)),
            5 => Couple(Child("c1", 9, Sex.Male), Child("c2", 5, Sex.Female)),
            6 => Couple(Child("c1", 3, Sex.Male), Child("c2", 5, Sex.Male), Child("c3", 7, Sex.Male)),
            7 => Couple(Child("c1", 3, Sex.Male), Child("c2", 5, Sex.Male), Child("c3", 7, Sex.Male), Child("c4", 9, Sex.Male)),
            8 => Couple(Child("c1", 1, Sex.Male), Child("c2", 2, Sex.Male), Child("c3", 3, Sex.Male), Child("c4", 4, Sex.Male), Child("c5", 5, Sex.Male), Child("c6", 6, Sex.Male)),
            9 => Couple(Adult("a1", 40, Sex.Male)),
            _ => Single().WithMembers(Adult("a1", 40, Sex.Male), Adult("a2", 41, Sex.Male)),
        };
        Assert.Equal(expected, HouseholdEligibilityMatrix.Classify(OvercrowdingStandard.CountPeople(app, Options, AsOf), Options));
    }

    [Fact(DisplayName = "A single person may have a bedsit or one-bed home; a two-bed home only as a flexible letting (003 Appendix B 8(ii))")]
    public void Decide_SinglePerson_Cells()
    {
        Assert.True(Decide(Single(), 0, PropertyType.Bedsit).Eligible);
        Assert.True(Decide(Single(), 1, PropertyType.Bungalow).Eligible);
        Assert.False(Decide(Single(), 2, PropertyType.House).Eligible);
        Assert.True(Decide(Single(), 2, PropertyType.House, flexible: true).Eligible);
        Assert.False(Decide(Single(), 3, PropertyType.House, flexible: true).Eligible);
    }

    [Fact(DisplayName = "A bedsit is for single people only (003 Appendix B 8(ii), 9(i))")]
    public void Decide_CoupleBedsit_NotEligible() => Assert.False(Decide(Couple(), 0, PropertyType.Bedsit).Eligible);

    [Fact(DisplayName = "Families with children may have two- and three-bed flats (003 Appendix B 8(ii))")]
    public void Decide_CoupleOneChildThreeBedFlat_Eligible() =>
        Assert.True(Decide(Couple(Child("c1", 3, Sex.Male)), 3, PropertyType.Flat).Eligible);

    [Fact(DisplayName = "Two children who should not share: 2-bed only for DWP downsizers (Y**) (003 Appendix B 8(ii))")]
    public void Decide_TwoChildrenNotSharing_DownsizerOnly()
    {
        var family = Couple(Child("c1", 9, Sex.Male), Child("c2", 5, Sex.Female)).WithHome(ChesterfieldTenure.ChesterfieldCouncilTenant, 3);
        var decision = Decide(family, 2, PropertyType.House);
        Assert.Equal(MatrixCell.DownsizerOnly, decision.Cell);
        Assert.False(decision.Eligible);
        Assert.True(Decide(family with { DownsizingFromThreeBedHouse = true }, 2, PropertyType.House).Eligible);
        var olderChildren = Couple(Child("c1", 12, Sex.Male), Child("c2", 5, Sex.Female)).WithHome(ChesterfieldTenure.ChesterfieldCouncilTenant, 3) with { DownsizingFromThreeBedHouse = true };
        Assert.False(Decide(olderChildren, 2, PropertyType.House).Eligible);
    }

    [Fact(DisplayName = "Four or more children: 3-bed house, parlour or 4+ bed house (003 Appendix B 8(ii))")]
    public void Decide_FourChildren_Cells()
    {
        var app = Couple(Child("c1", 3, Sex.Male), Child("c2", 5, Sex.Male), Child("c3", 7, Sex.Male), Child("c4", 9, Sex.Male));
        Assert.True(Decide(app, 3, PropertyType.House, parlour: true).Eligible);
        Assert.True(Decide(app, 4, PropertyType.House).Eligible);
        Assert.False(Decide(app, 3, PropertyType.Flat).Eligible);
    }

    [Fact(DisplayName = "Households the matrix does not list are matched by bedroom need (003 Appendix B 8(ii) 'general guidelines')")]
    public void Decide_NotListed_ByBedroomNeed()
    {
        var app = Single().WithMembers(Child("c1", 3, Sex.Male), Adult("gran", 70, Sex.Female));
        Assert.Equal(HouseholdType.NotListed, Decide(app, 3, PropertyType.House).HouseholdType);
        Assert.True(Decide(app, 3, PropertyType.House).Eligible);
        Assert.False(Decide(app, 2, PropertyType.House).Eligible);
    }
}
