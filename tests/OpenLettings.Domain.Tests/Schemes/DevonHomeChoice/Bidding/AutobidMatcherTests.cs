using OpenLettings.Domain.Properties;
using OpenLettings.Domain.Schemes.DevonHomeChoice;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Bidding;
using static OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.Bidding.BiddingTestData;

namespace OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.Bidding;

public class AutobidMatcherTests
{
    private static readonly Bidder OnAutobid = Bidder() with { Autobid = new AutobidPreferences() };

    private static (bool Matches, string[] RuleIds) Match(Advert advert, Bidder bidder)
    {
        var decision = AutobidMatcher.Matches(advert, bidder, new DevonOptions(), DevonTestData.AsOf);
        return (decision.Outcome, [.. RuleIds(decision.Reasons)]);
    }

    [Fact(DisplayName = "An eligible active household on autobid gets a bid (001 §60.4)")]
    public void Matches_EligibleActive_True()
    {
        Assert.True(Match(Advert(), OnAutobid).Matches);
    }

    [Fact(DisplayName = "No autobid without a set-up (001 §60.1)")]
    public void Matches_NoSetUp_False()
    {
        Assert.Contains("DHC.Autobid.NotSetUp", Match(Advert(), Bidder()).RuleIds);
    }

    [Fact(DisplayName = "Autobids only for active applications (001 §60.4)")]
    public void Matches_Inactive_False()
    {
        var result = Match(Advert(), OnAutobid with { Active = false });
        Assert.False(result.Matches);
        Assert.Contains("DHC.Autobid.NotActive", result.RuleIds);
    }

    [Fact(DisplayName = "Autobids only for homes the applicant is eligible for (001 §60.4)")]
    public void Matches_WrongSize_False()
    {
        var result = Match(Advert(DevonTestData.Property(3)), OnAutobid);
        Assert.False(result.Matches);
        Assert.Contains("DHC.Bidding.Size.WrongSize", result.RuleIds);
    }

    [Theory(DisplayName = "Sheltered homes only with the sheltered tick-boxes (001 §60.4)")]
    [InlineData(AutobidShelteredChoice.NonShelteredOnly, true, false)]
    [InlineData(AutobidShelteredChoice.ShelteredOnly, true, true)]
    [InlineData(AutobidShelteredChoice.ShelteredOnly, false, false)]
    [InlineData(AutobidShelteredChoice.ShelteredAndNonSheltered, true, true)]
    [InlineData(AutobidShelteredChoice.ShelteredAndNonSheltered, false, true)]
    public void Matches_ShelteredChoice(AutobidShelteredChoice choice, bool sheltered, bool expected)
    {
        var advert = Advert(DevonTestData.Property(1) with { Sheltered = sheltered });
        Assert.Equal(expected, Match(advert, OnAutobid with { Autobid = new AutobidPreferences { Sheltered = choice } }).Matches);
    }

    [Fact(DisplayName = "Autobids only in the areas chosen (001 §60.4, §60.8)")]
    public void Matches_OutsideAreas_False()
    {
        var bidder = OnAutobid with { Autobid = new AutobidPreferences { Localities = ["Topsham"] } };
        Assert.Contains("DHC.Autobid.Area", Match(Advert(), bidder).RuleIds);
        Assert.True(Match(Advert(DevonTestData.Property(1) with { Locality = "Topsham" }), bidder).Matches);
    }

    [Fact(DisplayName = "A property type on the form limits autobids to that type (001 §60.8)")]
    public void Matches_PropertyTypeMismatch_False()
    {
        var bidder = OnAutobid with { Autobid = new AutobidPreferences { PropertyTypes = [PropertyType.Bungalow] } };
        Assert.Contains("DHC.Autobid.SpecificCriteria", Match(Advert(), bidder).RuleIds);
        Assert.True(Match(Advert(DevonTestData.Property(1) with { Type = PropertyType.Bungalow }), bidder).Matches);
    }

    [Fact(DisplayName = "Pet owners are autobid only on homes that allow pets (001 §60.4)")]
    public void Matches_PetOwnerNoPetsHome_False()
    {
        var bidder = OnAutobid with { HasPets = true };
        Assert.Contains("DHC.Autobid.Pets", Match(Advert(), bidder).RuleIds);
        Assert.True(Match(Advert(DevonTestData.Property(1) with { PetsAllowed = true }), bidder).Matches);
    }

    [Fact(DisplayName = "Homeless autobids are limited to the area of the authority owing the duty (001 §20.11)")]
    public void Matches_HomelessOutsideDutyArea_False()
    {
        var bidder = OnAutobid with { HomelessDutyOwedBy = DevonAuthorities.Teignbridge };
        Assert.Contains("DHC.Autobid.HomelessDutyArea", Match(Advert(), bidder).RuleIds);
        var teignbridgeHome = DevonTestData.Property(1) with { LocalAuthority = DevonAuthorities.Teignbridge, Locality = "Newton Abbot" };
        Assert.True(Match(Advert(teignbridgeHome), bidder).Matches);
    }

    [Theory(DisplayName = "The autobid mobility mapping of the confirmation form (001 §60.8)")]
    [InlineData(MobilityCategory.WheelchairAccessible, MobilityCategory.WheelchairAccessible, true)]
    [InlineData(MobilityCategory.WheelchairAccessible, MobilityCategory.StepFree, true)]
    [InlineData(MobilityCategory.WheelchairAccessible, MobilityCategory.MaxThreeSteps, false)]
    [InlineData(MobilityCategory.WheelchairAccessible, MobilityCategory.GeneralNeeds, false)]
    [InlineData(MobilityCategory.StepFree, MobilityCategory.WheelchairAccessible, false)]
    [InlineData(MobilityCategory.StepFree, MobilityCategory.StepFree, true)]
    [InlineData(MobilityCategory.StepFree, MobilityCategory.MaxThreeSteps, true)]
    [InlineData(MobilityCategory.StepFree, MobilityCategory.GeneralNeeds, false)]
    [InlineData(MobilityCategory.MaxThreeSteps, MobilityCategory.WheelchairAccessible, false)]
    [InlineData(MobilityCategory.MaxThreeSteps, MobilityCategory.StepFree, true)]
    [InlineData(MobilityCategory.MaxThreeSteps, MobilityCategory.MaxThreeSteps, true)]
    [InlineData(MobilityCategory.MaxThreeSteps, MobilityCategory.GeneralNeeds, false)]
    [InlineData(MobilityCategory.GeneralNeeds, MobilityCategory.WheelchairAccessible, false)]
    [InlineData(MobilityCategory.GeneralNeeds, MobilityCategory.StepFree, true)]
    [InlineData(MobilityCategory.GeneralNeeds, MobilityCategory.MaxThreeSteps, true)]
    [InlineData(MobilityCategory.GeneralNeeds, MobilityCategory.GeneralNeeds, true)]
    public void AutobidAllows_FormTable(MobilityCategory need, MobilityCategory home, bool expected)
    {
        Assert.Equal(expected, MobilityMatching.AutobidAllows(need, home));
    }

    [Fact(DisplayName = "A step-free household is not autobid on a wheelchair-accessible home (001 §60.8)")]
    public void Matches_StepFreeNeedWheelchairHome_False()
    {
        var advert = Advert(DevonTestData.Property(1) with { Mobility = MobilityCategory.WheelchairAccessible });
        var result = Match(advert, OnAutobid with { Mobility = MobilityCategory.StepFree });
        Assert.False(result.Matches);
        Assert.Contains("DHC.Autobid.Mobility", result.RuleIds);
    }
}
