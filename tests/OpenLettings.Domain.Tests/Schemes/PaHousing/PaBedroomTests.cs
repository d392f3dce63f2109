using OpenLettings.Domain.Households;
using OpenLettings.Domain.Options;
using OpenLettings.Domain.Schemes.PaHousing;
using static OpenLettings.Domain.Tests.Schemes.PaHousing.PaTestData;

namespace OpenLettings.Domain.Tests.Schemes.PaHousing;

public class PaBedroomTests
{
    private static PaBedroomNeed Need(PaHousingApplication app, SubRegion region, PaHousingOptions? options = null) =>
        PaBedroomStandard.Assess(app.In(region), region, options ?? new PaHousingOptions(), AsOf);

    private static PaHousingApplication Family(params Member[] children) => Application([.. Couple(), .. children]);

    [Fact(DisplayName = "A single adult needs 1 bedroom and may take a studio (004 §4.7)")]
    public void Assess_SingleAdult_OneBedroomOrStudio()
    {
        var need = Need(Application(), SubRegion.London);
        Assert.Equal(1, need.Bedrooms);
        Assert.True(need.StudioSuitable);
        Assert.Equal("004 §4.7", need.Reasons[0].Citation.ToString());
    }

    [Fact(DisplayName = "A couple needs 1 bedroom and no studio (004 §4.7)")]
    public void Assess_Couple_OneBedroom()
    {
        var need = Need(Family(), SubRegion.Midlands);
        Assert.Equal(1, need.Bedrooms);
        Assert.False(need.StudioSuitable);
    }

    [Theory(DisplayName = "Sisters of 17 and 9: own room from 16 in the Midlands, share under a 10-year gap in London and the South East (004 §4.7)")]
    [InlineData(SubRegion.Midlands, 3)]
    [InlineData(SubRegion.London, 2)]
    [InlineData(SubRegion.SouthEast, 2)]
    public void Assess_SistersSeventeenAndNine_DifferBySubRegion(SubRegion region, int bedrooms) =>
        Assert.Equal(bedrooms, Need(Family(Child("a", 17, Sex.Female), Child("b", 9, Sex.Female)), region).Bedrooms);

    [Theory(DisplayName = "Adult brothers of 20 and 14 share in London (any age, gap under 10) but not in the Midlands (004 §4.7)")]
    [InlineData(SubRegion.Midlands, 3)]
    [InlineData(SubRegion.London, 2)]
    public void Assess_BrothersTwentyAndFourteen_DifferBySubRegion(SubRegion region, int bedrooms) =>
        Assert.Equal(bedrooms, Need(Family(Child("a", 20, Sex.Male), Child("b", 14, Sex.Male)), region).Bedrooms);

    [Theory(DisplayName = "Sisters of 22 and 8: a gap of 10 or more years and the oldest over 16 means separate rooms everywhere (004 §4.7)")]
    [InlineData(SubRegion.Midlands)]
    [InlineData(SubRegion.London)]
    public void Assess_SistersWithLargeGap_SeparateRooms(SubRegion region) =>
        Assert.Equal(3, Need(Family(Child("a", 22, Sex.Female), Child("b", 8, Sex.Female)), region).Bedrooms);

    [Theory(DisplayName = "Same-sex children under 16 share whatever the gap (004 §4.7)")]
    [InlineData(SubRegion.Midlands)]
    [InlineData(SubRegion.London)]
    public void Assess_SameSexUnder16WithLargeGap_Share(SubRegion region) =>
        Assert.Equal(2, Need(Family(Child("a", 14, Sex.Male), Child("b", 2, Sex.Male)), region).Bedrooms);

    [Theory(DisplayName = "Children of different sexes share only under 10 (004 §4.7)")]
    [InlineData(9, 8, 2)]
    [InlineData(12, 8, 3)]
    public void Assess_MixedSexChildren_ShareUnderTen(int older, int younger, int bedrooms) =>
        Assert.Equal(bedrooms, Need(Family(Child("a", older, Sex.Female), Child("b", younger, Sex.Male)), SubRegion.London).Bedrooms);

    [Fact(DisplayName = "Pairing finds the fewest rooms: girl 12, girl 8, boy 6 need 2 rooms for children (004 §4.7)")]
    public void Assess_ThreeChildren_OptimalPairing() =>
        Assert.Equal(3, Need(Family(Child("a", 12, Sex.Female), Child("b", 8, Sex.Female), Child("c", 6, Sex.Male)), SubRegion.Midlands).Bedrooms);

    [Theory(DisplayName = "Another adult of 17: own room in the Midlands (16 plus), shares with a same-sex teenager in London (18 plus) (004 §4.7)")]
    [InlineData(SubRegion.Midlands, 3)]
    [InlineData(SubRegion.London, 2)]
    public void Assess_OtherMemberSeventeen_DiffersBySubRegion(SubRegion region, int bedrooms) =>
        Assert.Equal(bedrooms, Need(Family(Person("nephew", 17, Sex.Male, MemberRole.OtherAdult), Child("son", 14, Sex.Male)), region).Bedrooms);

    [Fact(DisplayName = "Another adult of 18 or over has a room of their own in London (004 §4.7)")]
    public void Assess_GrandparentLondon_OwnRoom() =>
        Assert.Equal(2, Need(Family(Person("gran", 70, Sex.Female, MemberRole.OtherAdult)), SubRegion.London).Bedrooms);

    [Theory(DisplayName = "A child here 3 nights a week counts in the Midlands; only the principal home counts in London (004 §4.7)")]
    [InlineData(SubRegion.Midlands, 3, true, 2)]
    [InlineData(SubRegion.Midlands, 2, true, 1)]
    [InlineData(SubRegion.Midlands, 3, false, 1)]
    [InlineData(SubRegion.London, 4, true, 1)]
    public void Assess_SharedCareChild_DiffersBySubRegion(SubRegion region, int nights, bool evidenced, int bedrooms)
    {
        var child = Child("visiting", 6, Sex.Male) with { PrimarilyResident = false };
        var app = Application(Applicant(), child) with
        {
            SharedCare = [new SharedCare { Child = child.Id, NightsPerWeek = nights, Evidenced = evidenced }],
        };
        Assert.Equal(bedrooms, Need(app, region).Bedrooms);
    }

    [Theory(DisplayName = "A change expected within 12 months counts in the Midlands only (004 §4.7)")]
    [InlineData(SubRegion.Midlands, 3)]
    [InlineData(SubRegion.London, 2)]
    public void Assess_GirlTurningTenWithBrother_AnticipatedInMidlands(SubRegion region, int bedrooms)
    {
        var girl = Child("girl", 9, Sex.Female) with { DateOfBirth = AsOf.AddYears(-10).AddMonths(4) };
        var need = Need(Family(girl, Child("boy", 8, Sex.Male)), region);
        Assert.Equal(2, need.CurrentNeed);
        Assert.Equal(bedrooms, need.Bedrooms);
        Assert.Equal(region == SubRegion.Midlands, need.Reasons.Any(r => r.RuleId == "PA.Bedrooms.AnticipatedChange"));
    }

    [Theory(DisplayName = "A member returning within 12 months counts in the Midlands only (004 §4.7)")]
    [InlineData(SubRegion.Midlands, 2)]
    [InlineData(SubRegion.London, 1)]
    public void Assess_MemberReturning_AnticipatedInMidlands(SubRegion region, int bedrooms)
    {
        var son = Child("son", 19, Sex.Male);
        var app = Application(Applicant(), son) with { ExpectedMembers = [new ExpectedMember { Member = son.Id, ExpectedOn = AsOf.AddMonths(6) }] };
        Assert.Equal(bedrooms, Need(app, region).Bedrooms);
    }

    [Theory(DisplayName = "An evidenced pregnancy due within 12 months counts in the Midlands only (004 §4.7)")]
    [InlineData(SubRegion.Midlands, 2)]
    [InlineData(SubRegion.London, 1)]
    public void Assess_Pregnancy_AnticipatedInMidlands(SubRegion region, int bedrooms)
    {
        var unborn = new Member { Id = new("baby"), Role = MemberRole.Unborn, DueDate = AsOf.AddMonths(3), PregnancyEvidenced = true };
        var app = Family(unborn);
        Assert.Equal(bedrooms, Need(app, region).Bedrooms);
    }

    [Fact(DisplayName = "Extra bedrooms: overnight carer, couple's agreed medical need, professional recommendation (004 §4.7)")]
    public void Assess_AdditionalBedroomNeeds_AddUp()
    {
        var app = Family() with
        {
            OvernightCarer = Decided(true),
            CoupleNeedsSeparateBedrooms = Decided(true),
            AdditionalBedroomsRecommended = Decided(1),
        };
        var need = Need(app, SubRegion.SouthEast);
        Assert.Equal(4, need.Bedrooms);
        Assert.Contains(need.Reasons, r => r.RuleId == "PA.Bedrooms.OvernightCarer");
        Assert.Contains(need.Reasons, r => r.RuleId == "PA.Bedrooms.CoupleSeparateRooms");
        Assert.Contains(need.Reasons, r => r.RuleId == "PA.Bedrooms.ProfessionalRecommendation");
    }

    [Fact(DisplayName = "The matrix footnote read literally: two same-sex non-applicant adults share (004 §4.7)")]
    public void Assess_FootnoteOption_AdultBrothersShare()
    {
        var app = Application(Applicant(60), Person("b1", 25, Sex.Male, MemberRole.OtherAdult), Person("b2", 30, Sex.Male, MemberRole.OtherAdult));
        Assert.Equal(3, Need(app, SubRegion.London).Bedrooms);
        Assert.Equal(2, Need(app, SubRegion.London, new PaHousingOptions { NonApplicantAdultsShareWherePossible = true }).Bedrooms);
    }

    [Fact(DisplayName = "Bedroom rules per sub-region are options with effective dates (004 §4.7)")]
    public void Assess_MidlandsRuleChangedBySchedule_AppliesFromDate()
    {
        var changed = new PaHousingOptions { Midlands = PaSubRegionOptions.MidlandsDefaults with { ChildrenOwnRoomFromAge = null, SameSexAnyAgeMaxGapYears = 10 } };
        var scheme = new PaHousingScheme(OptionSchedule<PaHousingOptions>.Always(new PaHousingOptions()).WithChange(new DateOnly(2026, 7, 1), changed));
        var app = Family(Child("a", 17, Sex.Female), Child("b", 9, Sex.Female));
        Assert.Equal(3, scheme.Assess(app, AsOf).Bedrooms.Bedrooms);
        Assert.Equal(2, scheme.Assess(app, new DateOnly(2026, 7, 1)).Bedrooms.Bedrooms);
    }
}
