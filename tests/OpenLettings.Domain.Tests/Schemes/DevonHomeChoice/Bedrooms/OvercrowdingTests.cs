using OpenLettings.Domain.Schemes.DevonHomeChoice;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Bedrooms;
using static OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.DevonTestData;

namespace OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.Bedrooms;

public class OvercrowdingTests
{
    private static readonly DevonOptions Defaults = new();

    private static BedroomNeed Assess(DevonApplication app, DevonOptions? options = null) => BedroomStandard.Assess(app, options ?? Defaults, AsOf);

    private static DevonApplication TooSmall(DevonApplication app, params int[] occupants) =>
        app with { CurrentHome = app.CurrentHome with { OccupantsOfRoomsConfirmedTooSmall = [.. occupants] } };

    [Fact(DisplayName = "Enough bedrooms: not overcrowded, spare rooms counted (001 §30.1, §23)")]
    public void Assess_EnoughBedrooms_None()
    {
        var need = Assess(Application().WithCurrentBedrooms(3));
        Assert.Equal(Overcrowding.None, need.Overcrowding);
        Assert.Equal(2, need.SpareBedrooms);
    }

    [Fact(DisplayName = "Lacking one bedroom (001 §30.1)")]
    public void Assess_LackingOne_LackingOneBedroom()
    {
        var need = Assess(SingleParentWith(Boy("a", 12), Girl("b", 13)).WithCurrentBedrooms(2));
        Assert.Equal(1, need.LackingBedrooms);
        Assert.Equal(Overcrowding.LackingOneBedroom, need.Overcrowding);
    }

    [Fact(DisplayName = "Lacking two bedrooms is severe: an 11-year-old girl and 12-year-old boy in a 1-bed (001 §22.1, §22.10)")]
    public void Assess_LackingTwo_Severe()
    {
        var need = Assess(SingleParentWith(Girl("a", 11), Boy("b", 12)).WithCurrentBedrooms(1));
        Assert.Equal(2, need.LackingBedrooms);
        Assert.Equal(Overcrowding.Severe, need.Overcrowding);
        Assert.Contains(need.Reasons, r => r.RuleId == "DHC.Overcrowding.LackingTwoOrMore" && r.Citation.Section == "22.1");
    }

    public static TheoryData<string, DevonApplication, int> TwoChildrenLacking => new()
    {
        { "single parent with 2 children under 10 in a 1-bed", SingleParentWith(Boy("a", 6), Girl("b", 3)), 1 },
        { "2 same-sex children in a 1-bed", SingleParentWith(Girl("a", 13), Girl("b", 11)), 1 },
        { "couple with 4 same-sex children in a 2-bed", CoupleWith(Boy("a", 14), Boy("b", 12), Boy("c", 8), Boy("d", 3)), 2 },
        { "4 children, 2 of each sex, in a 2-bed", CoupleWith(Boy("a", 14), Boy("b", 12), Girl("c", 8), Girl("d", 3)), 2 },
        { "4 children: 2 boys over 10 and 2 under 10, in a 2-bed", SingleParentWith(Boy("a", 14), Boy("b", 11), Girl("c", 8), Boy("d", 3)), 2 },
        { "6 children in a 3-bed", CoupleWith(Boy("a", 14), Boy("b", 12), Girl("c", 15), Girl("d", 13), Boy("e", 5), Girl("f", 2)), 3 },
    };

    [Theory(DisplayName = "Lacking one bedroom where 2 children lack a bedroom is severe (001 §22.1, §22.9)")]
    [MemberData(nameof(TwoChildrenLacking))]
    public void Assess_TwoChildrenLackingBedroom_Severe(string household, DevonApplication app, int current)
    {
        var need = Assess(app.WithCurrentBedrooms(current));
        Assert.True(need.LackingBedrooms == 1, household);
        Assert.Equal(2, need.ChildrenLackingBedroom);
        Assert.Equal(Overcrowding.Severe, need.Overcrowding);
        Assert.Contains(need.Reasons, r => r.RuleId == "DHC.Overcrowding.TwoChildrenLackingBedroom" && r.Citation.Section == "22.9");
    }

    [Fact(DisplayName = "3 children in a 2-bed: children share wherever possible, so only 1 child lacks a bedroom (001 §22.11)")]
    public void Assess_ThreeChildrenInTwoBed_OnlyOneChildLacking()
    {
        var need = Assess(SingleParentWith(Boy("a", 7), Girl("b", 5), Girl("c", 2)).WithCurrentBedrooms(2));
        Assert.Equal(1, need.LackingBedrooms);
        Assert.Equal(1, need.ChildrenLackingBedroom);
        Assert.Equal(Overcrowding.LackingOneBedroom, need.Overcrowding);
    }

    [Fact(DisplayName = "An extra bedroom is lacking before a shared children's room (001 §22.9, §22.11)")]
    public void Assess_LackingOnlyTheCarerRoom_NotSevere()
    {
        var app = SingleParentWith(Boy("a", 6), Girl("b", 3)) with { Bedrooms = new BedroomFacts { RegularOvernightCarer = Assessed(true) } };
        var need = Assess(app.WithCurrentBedrooms(2));
        Assert.Equal(1, need.LackingBedrooms);
        Assert.Equal(0, need.ChildrenLackingBedroom);
        Assert.Equal(Overcrowding.LackingOneBedroom, need.Overcrowding);
    }

    [Fact(DisplayName = "Adult children lacking a room are not children lacking a bedroom (001 §22.9)")]
    public void Assess_TwoAdultSonsInTwoBed_LackingOneOnly()
    {
        var need = Assess(CoupleWith(Boy("a", 19), Boy("b", 22)).WithCurrentBedrooms(2));
        Assert.Equal(Overcrowding.LackingOneBedroom, need.Overcrowding);
    }

    [Fact(DisplayName = "Two people in a room confirmed too small for two: lacking a bedroom, need unchanged (001 §30.7)")]
    public void Assess_TooSmallRoomSharedByTwo_LackingOne()
    {
        var app = TooSmall(SingleParentWith(Boy("a", 6), Boy("b", 3)).WithCurrentBedrooms(2), 2);
        var need = Assess(app);
        Assert.Equal(2, need.BedroomsNeeded);
        Assert.Equal(0, need.LackingBedrooms);
        Assert.Equal(Overcrowding.LackingOneBedroom, need.Overcrowding);
        Assert.Contains(need.Reasons, r => r.RuleId == "DHC.Overcrowding.TooSmallRoomSharedByTwo" && r.Citation.Section == "30.7");
    }

    [Fact(DisplayName = "Three people in a room confirmed too small for two: severe, need unchanged (001 §22.3, §22.9)")]
    public void Assess_TooSmallRoomSharedByThree_Severe()
    {
        var app = TooSmall(SingleParentWith(Boy("a", 6), Boy("b", 3), Boy("c", 1)).WithCurrentBedrooms(3), 3);
        var need = Assess(app);
        Assert.Equal(3, need.BedroomsNeeded);
        Assert.Equal(Overcrowding.Severe, need.Overcrowding);
        Assert.Contains(need.Reasons, r => r.RuleId == "DHC.Overcrowding.TooSmallRoomSharedByThree" && r.Citation.Section == "22.3");
    }

    [Fact(DisplayName = "One person in a small room is not overcrowding (001 §30.7)")]
    public void Assess_TooSmallRoomSharedByOne_None() =>
        Assert.Equal(Overcrowding.None, Assess(TooSmall(Application(), 1)).Overcrowding);

    [Fact(DisplayName = "By default a too-small room and a lacking bedroom give the higher level, lacking one (001 §30.7)")]
    public void Assess_TooSmallAndLackingOne_HigherLevelDefault()
    {
        var app = TooSmall(SingleParentWith(Boy("a", 12), Girl("b", 13)).WithCurrentBedrooms(2), 2);
        Assert.Equal(Overcrowding.LackingOneBedroom, Assess(app).Overcrowding);
    }

    [Fact(DisplayName = "With AddToShortfall, a too-small room plus a lacking bedroom is severe (001 §22.1, §30.7, option)")]
    public void Assess_TooSmallAndLackingOne_AddToShortfallSevere()
    {
        var options = Defaults with { Bedrooms = Defaults.Bedrooms with { TooSmallRooms = TooSmallRoomRule.AddToShortfall } };
        var app = TooSmall(SingleParentWith(Boy("a", 12), Girl("b", 13)).WithCurrentBedrooms(2), 2);
        Assert.Equal(Overcrowding.Severe, Assess(app, options).Overcrowding);
    }

    [Fact(DisplayName = "Overcrowding uses the overridden need (001 §14.17, §22.1)")]
    public void Assess_OverrideRaisesNeed_Overcrowded()
    {
        var app = Application().WithCurrentBedrooms(1) with { Bedrooms = new BedroomFacts { Override = Assessed(new BedroomOverride(3, "Panel decision")) } };
        var need = Assess(app);
        Assert.Equal(2, need.LackingBedrooms);
        Assert.Equal(Overcrowding.Severe, need.Overcrowding);
    }

    [Fact(DisplayName = "Default reading: a parent, an adult son and 2 under-10s in a 2-bed lack the children's shared room, so severe (001 §22.9, §22.11)")]
    public void Assess_AdultSonAndTwoUnderTensInTwoBed_SevereByDefault()
    {
        var need = Assess(SingleParentWith(Boy("s", 19), Boy("a", 6), Girl("b", 3)).WithCurrentBedrooms(2));
        Assert.Equal(1, need.LackingBedrooms);
        Assert.Equal(2, need.ChildrenLackingBedroom);
        Assert.Equal(Overcrowding.Severe, need.Overcrowding);
    }

    [Fact(DisplayName = "Literal list reading: the same household has 2 children in a 2-bed, so only lacking one (001 §22.9, option)")]
    public void Assess_AdultSonAndTwoUnderTensInTwoBed_LiteralListLackingOne()
    {
        var options = Defaults with { Bedrooms = Defaults.Bedrooms with { TwoChildrenLacking = TwoChildrenLackingRule.ChildrenPerBedroomList } };
        var need = Assess(SingleParentWith(Boy("s", 19), Boy("a", 6), Girl("b", 3)).WithCurrentBedrooms(2), options);
        Assert.Equal(Overcrowding.LackingOneBedroom, need.Overcrowding);
    }

    [Theory(DisplayName = "Literal list reading agrees on the manual's own examples (001 §22.1, §22.9, §22.11)")]
    [MemberData(nameof(TwoChildrenLacking))]
    public void Assess_LiteralList_ManualExamplesSevere(string household, DevonApplication app, int current)
    {
        var options = Defaults with { Bedrooms = Defaults.Bedrooms with { TwoChildrenLacking = TwoChildrenLackingRule.ChildrenPerBedroomList } };
        Assert.True(Assess(app.WithCurrentBedrooms(current), options).Overcrowding == Overcrowding.Severe, household);
        Assert.Equal(Overcrowding.LackingOneBedroom, Assess(SingleParentWith(Boy("a", 7), Girl("b", 5), Girl("c", 2)).WithCurrentBedrooms(2), options).Overcrowding);
    }
}
