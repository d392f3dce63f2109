using OpenLettings.Domain.Households;
using OpenLettings.Domain.Schemes.PaHousing;
using static OpenLettings.Domain.Tests.Schemes.PaHousing.PaTestData;

namespace OpenLettings.Domain.Tests.Schemes.PaHousing;

public class PaExplanationTests
{
    public static TheoryData<SubRegion> Regions => [SubRegion.Midlands, SubRegion.London, SubRegion.SouthEast];

    [Theory(DisplayName = "Every reason cites seed 004 with a PA rule id and a sentence (004 §2.2)")]
    [MemberData(nameof(Regions))]
    public void Assess_EveryReason_CitesSeed004(SubRegion region)
    {
        var app = Transfer([.. Couple(), Child("a", 17, Sex.Female), Child("b", 9, Sex.Female)]).WithNeeds(PaNeed.MedicalNeed, PaNeed.LeavingArmedForces).In(region) with
        {
            PreviousEvictions = [new PreviousEviction { Ground = EvictionGround.RentArrears, EvictedOn = AsOf.AddYears(-7) }],
        };
        var result = Assess(app);
        Assert.NotEmpty(result.Explanation);
        Assert.All(result.Explanation, r =>
        {
            Assert.Equal("004", r.Citation.Seed);
            Assert.StartsWith("PA.", r.RuleId, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(r.Text));
            Assert.DoesNotContain("the the", r.Text, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact(DisplayName = "Independent Living with no other need is not awarded under 55 (004 §4.3, Appendix 2 C4)")]
    public void Assess_IndependentLivingUnder55_NoBandC()
    {
        var result = Assess(Application(Applicant(54)) with { SeekingIndependentLiving = true });
        Assert.Null(result.Banding.Band);
        Assert.False(result.Qualification.Qualifies);
    }

    [Fact(DisplayName = "The same household: Band A and 3 bedrooms in the Midlands, Band C and 2 bedrooms in London (004 §4.7, Appendix 2)")]
    public void Assess_SameHouseholdMidlandsAndLondon_DifferentBandAndBedrooms()
    {
        var app = Transfer([.. Couple(), Child("a", 17, Sex.Female), Child("b", 9, Sex.Female)]);
        var midlands = Assess(app.In(SubRegion.Midlands));
        var london = Assess(app.In(SubRegion.London));
        Assert.Equal((3, PaBand.A), (midlands.Bedrooms.Bedrooms, midlands.Banding.Band!.Value));
        Assert.Equal((2, PaBand.C), (london.Bedrooms.Bedrooms, london.Banding.Band!.Value));
        Assert.Equal(PaNeed.OvercrowdedByTwoOrMore, midlands.Banding.Awards[0].Need);
        Assert.Equal(PaNeed.OvercrowdedByOne, london.Banding.Awards[0].Need);
    }
}
