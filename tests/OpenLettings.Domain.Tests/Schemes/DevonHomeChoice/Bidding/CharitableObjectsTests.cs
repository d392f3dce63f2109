using OpenLettings.Domain.Properties;
using OpenLettings.Domain.Schemes.DevonHomeChoice;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Bidding;
using static OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.Bidding.BiddingTestData;

namespace OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.Bidding;

/// <summary>A landlord's own criteria on its adverts: charitable objects (001 §61.9(b)).</summary>
public class CharitableObjectsTests
{
    private static readonly DateOnly AsOf = DevonTestData.AsOf;

    private static Advert For(params CharitableObject[] objects) =>
        Advert() with { LandlordPolicy = new LandlordPolicy { CharitableObjects = [.. objects] } };

    private static BidEligibility Outcome(Advert advert, Bidder bidder) =>
        BiddingRules.CanBid(advert, bidder, Attempt(), new DevonOptions(), AsOf).Outcome;

    [Fact(DisplayName = "A household outside the landlord's charitable objects may bid but is bypassed under landlord policy (001 §61.9)")]
    public void CanBid_OutsideCharitableObjects_BypassedForLandlordPolicy()
    {
        var decision = BiddingRules.CanBid(For(CharitableObject.ArmedForcesCommunity), Bidder(), Attempt(), new DevonOptions(), AsOf);

        Assert.Equal(BidEligibility.MayBidButWillBeBypassed, decision.Outcome);
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.Bidding.LandlordPolicy.CharitableObjects");
    }

    [Fact(DisplayName = "A veteran is within an armed-forces charity's objects (001 §61.9)")]
    public void CanBid_Veteran_WithinArmedForcesObjects()
    {
        Assert.Equal(BidEligibility.MayBid, Outcome(For(CharitableObject.ArmedForcesCommunity), Bidder() with { LeftArmedForces = true }));
    }

    [Fact(DisplayName = "Any one of several objects is enough: a household with a mobility need meets 'older people or people with a disability' (001 §61.9)")]
    public void CanBid_OneOfSeveralObjects_IsEnough()
    {
        var bidder = Bidder() with { Mobility = MobilityCategory.StepFree };
        var either = For(CharitableObject.OlderPeople, CharitableObject.PeopleWithDisabilities);
        var stepFreeHome = either.Property with { Mobility = MobilityCategory.StepFree };
        Assert.Equal(BidEligibility.MayBid, Outcome(either with { Property = stepFreeHome }, bidder));
        Assert.Equal(BidEligibility.MayBidButWillBeBypassed, Outcome(For(CharitableObject.OlderPeople) with { Property = stepFreeHome }, bidder));
    }

    [Fact(DisplayName = "The older-people age is the landlord's to set (001 §61.9)")]
    public void CanBid_OlderPeopleAge_IsConfigurableOnTheAdvert()
    {
        var advert = For(CharitableObject.OlderPeople);
        var bidder = Bidder();
        var age = bidder.Household.MainApplicant.AgeOn(AsOf)!.Value;

        Assert.Equal(BidEligibility.MayBidButWillBeBypassed, Outcome(advert with { LandlordPolicy = advert.LandlordPolicy with { OlderPersonAge = age + 1 } }, bidder));
        Assert.Equal(BidEligibility.MayBid, Outcome(advert with { LandlordPolicy = advert.LandlordPolicy with { OlderPersonAge = age } }, bidder));
    }
}
