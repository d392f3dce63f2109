using OpenLettings.Domain.Households;
using OpenLettings.Domain.Schemes.DevonHomeChoice;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Bedrooms;
using static OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.DevonTestData;

namespace OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.Bedrooms;

public class BedroomStandardTests
{
    private static readonly DevonOptions Defaults = new();

    private static BedroomNeed Assess(DevonApplication app, DevonOptions? options = null) => BedroomStandard.Assess(app, options ?? Defaults, AsOf);

    [Fact(DisplayName = "A single adult needs one bedroom (001 §14.2)")]
    public void Assess_SingleAdult_OneBedroom()
    {
        var need = Assess(Application());
        Assert.Equal(1, need.StandardBedrooms);
        Assert.Equal(1, need.BedroomsNeeded);
        Assert.Contains(need.Reasons, r => r.RuleId == "DHC.Bedrooms.Adult");
    }

    [Fact(DisplayName = "A married or cohabiting couple share one bedroom (001 §14.2)")]
    public void Assess_Couple_OneBedroom()
    {
        var need = Assess(Application([.. Couple()]));
        Assert.Equal(1, need.BedroomsNeeded);
        var room = Assert.Single(need.Rooms);
        Assert.Equal(RoomUse.Couple, room.Use);
        Assert.Contains(need.Reasons, r => r.RuleId == "DHC.Bedrooms.Couple" && r.Citation.Section == "14.2");
    }

    [Fact(DisplayName = "A couple linked from one side only still share (001 §14.2)")]
    public void Assess_PartnerLinkedOneWay_StillACouple()
    {
        var main = MainApplicant() with { PartnerId = new("p") };
        var partner = Adult("p", new DateOnly(1985, 1, 1), Sex.Male, MemberRole.Partner);
        Assert.Equal(1, Assess(Application(main, partner)).BedroomsNeeded);
    }

    [Fact(DisplayName = "Each adult aged 16 or more has a bedroom (001 §14.2)")]
    public void Assess_CoupleWithTwoAdultChildren_ThreeBedrooms()
    {
        var need = Assess(CoupleWith(Boy("s1", 19), Girl("d1", 17)));
        Assert.Equal(3, need.BedroomsNeeded);
    }

    [Fact(DisplayName = "16 counts as adult by default (001 §14.2, spec ambiguity 1)")]
    public void Assess_TwoBoysAged16And15_NotPaired()
    {
        var need = Assess(SingleParentWith(Boy("a", 16), Boy("b", 15)));
        Assert.Equal(3, need.BedroomsNeeded);
    }

    [Fact(DisplayName = "With AdultAge = 17, a 16-year-old shares with a same-sex 10-15 (001 §14.2, ambiguity 1 alternative)")]
    public void Assess_AdultAge17_SixteenYearOldPairs()
    {
        var options = Defaults with { Bedrooms = Defaults.Bedrooms with { AdultAge = 17 } };
        var need = Assess(SingleParentWith(Boy("a", 16), Boy("b", 15)), options);
        Assert.Equal(2, need.BedroomsNeeded);
    }

    [Fact(DisplayName = "Two 10-15s of the same sex share (001 §14.2)")]
    public void Assess_TwoGirls12And14_Share()
    {
        var need = Assess(SingleParentWith(Girl("a", 12), Girl("b", 14)));
        Assert.Equal(2, need.BedroomsNeeded);
        Assert.Contains(need.Rooms, r => r.Use == RoomUse.SameSexAdolescents);
    }

    [Fact(DisplayName = "Two 10-15s of different sexes do not share (001 §14.2, §22.10)")]
    public void Assess_Girl11AndBoy12_SeparateRooms()
    {
        var need = Assess(SingleParentWith(Girl("a", 11), Boy("b", 12)));
        Assert.Equal(3, need.BedroomsNeeded);
    }

    [Fact(DisplayName = "Two under-10s share regardless of sex (001 §14.2)")]
    public void Assess_BoyAndGirlUnderTen_Share()
    {
        var need = Assess(SingleParentWith(Girl("a", 9), Boy("b", 3)));
        Assert.Equal(2, need.BedroomsNeeded);
        Assert.Contains(need.Reasons, r => r.RuleId == "DHC.Bedrooms.PairUnderTens");
    }

    [Fact(DisplayName = "An unpaired 10-15 shares with a same-sex under-10 (001 §14.3)")]
    public void Assess_Boy12AndBoy5_Share()
    {
        var need = Assess(SingleParentWith(Boy("a", 12), Boy("b", 5)));
        Assert.Equal(2, need.BedroomsNeeded);
        Assert.Contains(need.Reasons, r => r.RuleId == "DHC.Bedrooms.PairAdolescentWithUnderTen" && r.Citation.Section == "14.3");
    }

    [Fact(DisplayName = "An unpaired 10-15 with only an opposite-sex under-10 gets a room, as does the under-10 (001 §14.3)")]
    public void Assess_Boy12AndGirl5_SeparateRooms()
    {
        var need = Assess(SingleParentWith(Boy("a", 12), Girl("b", 5)));
        Assert.Equal(3, need.BedroomsNeeded);
        Assert.Equal(2, need.Rooms.Count(r => r.Use == RoomUse.ChildAlone));
    }

    [Fact(DisplayName = "Ages are worked out on the assessment date: a girl turning 10 stops sharing with her brother (001 §14.2, §14.18)")]
    public void Assess_GirlTurnsTen_NeedRises()
    {
        var girl = new Member { Id = new("g"), Role = MemberRole.Child, DateOfBirth = new DateOnly(2016, 6, 10), Sex = Sex.Female };
        var boy = Child("b", 6, Sex.Male);
        var app = SingleParentWith(girl, boy);
        Assert.Equal(2, BedroomStandard.Assess(app, Defaults, new DateOnly(2026, 6, 9)).BedroomsNeeded);
        Assert.Equal(3, BedroomStandard.Assess(app, Defaults, new DateOnly(2026, 6, 10)).BedroomsNeeded);
    }

    [Fact(DisplayName = "Minimum rooms: boy 12, girl 12, girl 8, boy 5 need 2 child rooms (001 §14.2-14.3, ambiguity 2 default)")]
    public void Assess_MinimumPairing_SpecExample_TwoChildRooms()
    {
        var need = Assess(SingleParentWith(Boy("b12", 12), Girl("g12", 12), Girl("g8", 8), Boy("b5", 5)));
        Assert.Equal(3, need.BedroomsNeeded);
        Assert.Equal(2, need.Rooms.Count(r => r.Use == RoomUse.AdolescentWithUnderTen));
    }

    [Fact(DisplayName = "Sequential reading: the same children need 3 child rooms (001 §14.2-14.3, ambiguity 2 alternative)")]
    public void Assess_SequentialPairing_SpecExample_ThreeChildRooms()
    {
        var options = Defaults with { Bedrooms = Defaults.Bedrooms with { Pairing = ChildPairing.Sequential } };
        var need = Assess(SingleParentWith(Boy("b12", 12), Girl("g12", 12), Girl("g8", 8), Boy("b5", 5)), options);
        Assert.Equal(4, need.BedroomsNeeded);
        Assert.Contains(need.Rooms, r => r.Use == RoomUse.UnderTens);
    }

    [Fact(DisplayName = "Sequential reading pairs under-10s eldest first, so the youngest may join a same-sex 10-15 (001 §14.3)")]
    public void Assess_SequentialPairing_YoungestLeftOverJoinsAdolescent()
    {
        var options = Defaults with { Bedrooms = Defaults.Bedrooms with { Pairing = ChildPairing.Sequential } };
        var need = Assess(SingleParentWith(Boy("b12", 12), Girl("g8", 8), Girl("g6", 6), Boy("b4", 4)), options);
        Assert.Equal(3, need.BedroomsNeeded);
        Assert.Contains(need.Rooms, r => r.Use == RoomUse.AdolescentWithUnderTen && r.Occupants.Contains(new("b4")));
    }

    [Fact(DisplayName = "Sequential reading: a leftover under-10 of the other sex cannot join the 10-15 (001 §14.3)")]
    public void Assess_SequentialPairing_OppositeSexLeftOver_OwnRooms()
    {
        var options = Defaults with { Bedrooms = Defaults.Bedrooms with { Pairing = ChildPairing.Sequential } };
        var need = Assess(SingleParentWith(Boy("b12", 12), Boy("b8", 8), Girl("g6", 6), Girl("g4", 4)), options);
        Assert.Equal(4, need.BedroomsNeeded);
        var minimum = Assess(SingleParentWith(Boy("b12", 12), Boy("b8", 8), Girl("g6", 6), Girl("g4", 4)));
        Assert.Equal(3, minimum.BedroomsNeeded);
    }

    [Fact(DisplayName = "A born child with no sex recorded is assumed to share wherever possible (001 §14.8)")]
    public void Assess_ChildWithNoSex_AssumedToShare()
    {
        var child = Boy("x", 12) with { Sex = null };
        var need = Assess(SingleParentWith(child, Girl("g", 13)));
        Assert.Equal(2, need.BedroomsNeeded);
        Assert.Contains(need.Reasons, r => r.RuleId == "DHC.Bedrooms.SexNotRecorded");
    }

    [Fact(DisplayName = "Every decision explains the standard with its section (001 §14.4)")]
    public void Assess_AnyHousehold_ExplainsStandardWithFacts()
    {
        var need = Assess(CoupleWith(Boy("a", 3)));
        var standard = Assert.Single(need.Reasons, r => r.RuleId == "DHC.Bedrooms.Standard");
        Assert.Equal("001 §14.2", standard.Citation.ToString());
        Assert.Contains(standard.Facts, f => f.Name == "standard bedrooms" && f.Value == "2");
        Assert.Contains("2 bedrooms", standard.Text, StringComparison.Ordinal);
    }
}
