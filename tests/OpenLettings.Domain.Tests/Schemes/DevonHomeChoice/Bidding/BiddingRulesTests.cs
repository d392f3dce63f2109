using OpenLettings.Domain.Common;
using OpenLettings.Domain.Households;
using OpenLettings.Domain.Properties;
using OpenLettings.Domain.Schemes.DevonHomeChoice;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Bidding;
using static OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.Bidding.BiddingTestData;

namespace OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.Bidding;

public class BiddingRulesTests
{
    private static readonly DateOnly AsOf = DevonTestData.AsOf;

    private static Decision CanBid(Advert advert, Bidder bidder, BidAttempt? attempt = null, DevonOptions? options = null)
    {
        var decision = BiddingRules.CanBid(advert, bidder, attempt ?? Attempt(), options ?? new DevonOptions(), AsOf);
        return new Decision(decision.Outcome, [.. RuleIds(decision.Reasons)]);
    }

    private sealed record Decision(BidEligibility Outcome, string[] RuleIds);

    [Fact(DisplayName = "A matching household may bid (001 §63.2)")]
    public void CanBid_MatchingHousehold_MayBid()
    {
        var result = CanBid(Advert(), Bidder());
        Assert.Equal(BidEligibility.MayBid, result.Outcome);
        Assert.Contains("DHC.Bidding.Size.MatchesNeed", result.RuleIds);
    }

    [Fact(DisplayName = "The fourth bid in a cycle is refused (001 §59.1)")]
    public void CanBid_ThreeBidsAlready_MayNotBid()
    {
        Assert.Equal(BidEligibility.MayBid, CanBid(Advert(), Bidder(), Attempt(alreadyPlaced: 2)).Outcome);
        var result = CanBid(Advert(), Bidder(), Attempt(alreadyPlaced: 3));
        Assert.Equal(BidEligibility.MayNotBid, result.Outcome);
        Assert.Contains("DHC.Bidding.LimitReached", result.RuleIds);
    }

    [Fact(DisplayName = "The bids-per-cycle limit is an option (001 §59.1)")]
    public void CanBid_LimitRaisedByOption_MayBid()
    {
        var options = new DevonOptions { Bidding = new BiddingOptions { BidsPerCycle = 5 } };
        Assert.Equal(BidEligibility.MayBid, CanBid(Advert(), Bidder(), Attempt(alreadyPlaced: 3), options).Outcome);
    }

    [Fact(DisplayName = "Autobids can be left out of the limit by option (001 §59.1)")]
    public void CanBid_AutobidExcludedFromLimit_MayBid()
    {
        var options = new DevonOptions { Bidding = new BiddingOptions { LimitCounts = BidLimitCounting.ExcludeAutobids } };
        Assert.Equal(BidEligibility.MayBid, CanBid(Advert(), Bidder(), Attempt(BidChannel.Autobid, 3), options).Outcome);
        Assert.Equal(BidEligibility.MayNotBid, CanBid(Advert(), Bidder(), Attempt(BidChannel.Autobid, 3)).Outcome);
    }

    [Theory(DisplayName = "Inactive, suspended or Bid shortlisted applicants cannot bid (001 §60.4, §11.3, §61.25)")]
    [InlineData(false, false, false, "DHC.Bidding.NotActive")]
    [InlineData(true, true, false, "DHC.Bidding.Suspended")]
    [InlineData(true, false, true, "DHC.Bidding.ShortlistedElsewhere")]
    public void CanBid_StatusBlocks_MayNotBid(bool active, bool suspended, bool shortlisted, string ruleId)
    {
        var result = CanBid(Advert(), Bidder() with { Active = active, BiddingSuspended = suspended, BidShortlistedElsewhere = shortlisted });
        Assert.Equal(BidEligibility.MayNotBid, result.Outcome);
        Assert.Contains(ruleId, result.RuleIds);
    }

    [Fact(DisplayName = "Applicants cannot bid after the cycle closes (001 §52.1)")]
    public void CanBid_AfterClose_MayNotBid()
    {
        var result = CanBid(Advert(), Bidder(), new BidAttempt(BidChannel.Applicant, CycleCloses.AddMinutes(5)));
        Assert.Equal(BidEligibility.MayNotBid, result.Outcome);
        Assert.Contains("DHC.Bidding.Closed", result.RuleIds);
    }

    [Fact(DisplayName = "Staff may bid after the cycle only in recorded exceptional circumstances (001 §59.3)")]
    public void CanBid_LateStaffBid_NeedsExceptionalCircumstances()
    {
        var late = new BidAttempt(BidChannel.Staff, CycleCloses.AddHours(10));
        Assert.Contains("DHC.Bidding.LateStaffBidNotExceptional", CanBid(Advert(), Bidder(), late).RuleIds);
        Assert.Equal(BidEligibility.MayBid, CanBid(Advert(), Bidder(), late with { ExceptionalCircumstancesRecorded = true }).Outcome);
    }

    [Fact(DisplayName = "A wrong-sized home may not be bid for (001 §14.2, §63.2)")]
    public void CanBid_WrongSize_MayNotBid()
    {
        var result = CanBid(Advert(DevonTestData.Property(3)), Bidder());
        Assert.Equal(BidEligibility.MayNotBid, result.Outcome);
        Assert.Contains("DHC.Bidding.Size.WrongSize", result.RuleIds);
    }

    [Fact(DisplayName = "A household needing step-free access may bid for a general-needs home but will not be considered, by default (001 §15.4, §60.6)")]
    public void CanBid_MobilityNeedNotMet_MayBidButBypassed()
    {
        var result = CanBid(Advert(), Bidder() with { Mobility = MobilityCategory.StepFree });
        Assert.Equal(BidEligibility.MayBidButWillBeBypassed, result.Outcome);
        Assert.Contains("DHC.Bidding.Accessibility.DoesNotMeetNeed", result.RuleIds);
    }

    [Fact(DisplayName = "The strict §15.4 reading refuses the bid (001 §15.4 option)")]
    public void CanBid_MobilityNeedNotMetStrictOption_MayNotBid()
    {
        var options = new DevonOptions { Bidding = new BiddingOptions { AccessibilityMismatch = AccessibilityMismatchPolicy.MayNotBid } };
        Assert.Equal(BidEligibility.MayNotBid, CanBid(Advert(), Bidder() with { Mobility = MobilityCategory.StepFree }, options: options).Outcome);
    }

    [Fact(DisplayName = "An adaptations alert with funding avoids the automatic skip (001 §15.6)")]
    public void CanBid_AdaptationFundingConfirmed_MayBid()
    {
        var result = CanBid(Advert(), Bidder() with { Mobility = MobilityCategory.StepFree, AdaptationFundingConfirmed = true });
        Assert.Equal(BidEligibility.MayBid, result.Outcome);
        Assert.Contains("DHC.Bidding.Accessibility.AdaptationAlert", result.RuleIds);
    }

    [Fact(DisplayName = "A more accessible home meets a lesser mobility need (001 §15.3, §56.5)")]
    public void CanBid_WheelchairHomeForStepFreeNeed_MayBid()
    {
        var property = DevonTestData.Property(1) with { Mobility = MobilityCategory.WheelchairAccessible };
        Assert.Equal(BidEligibility.MayBid, CanBid(Advert(property), Bidder() with { Mobility = MobilityCategory.StepFree }).Outcome);
    }

    [Fact(DisplayName = "Older persons' housing needs the applicant or partner to meet the minimum age (001 §60.4, §48.26)")]
    public void CanBid_UnderMinimumAge_MayNotBid()
    {
        var advert = Advert(DevonTestData.Property(1) with { OlderPersons = true }) with { MinimumAge = 60 };
        var result = CanBid(advert, Bidder());
        Assert.Equal(BidEligibility.MayNotBid, result.Outcome);
        Assert.Contains("DHC.Bidding.MinimumAge.NotMet", result.RuleIds);

        var older = Bidder() with { Household = DevonTestData.HouseholdOf(DevonTestData.MainApplicant(new DateOnly(1960, 1, 1))) };
        Assert.Equal(BidEligibility.MayBid, CanBid(advert, older).Outcome);
    }

    [Fact(DisplayName = "A partner meeting the minimum age is enough unless every member must (001 §60.4)")]
    public void CanBid_PartnerMeetsMinimumAge_DependsOnAdvert()
    {
        var main = DevonTestData.MainApplicant(new DateOnly(1975, 1, 1)) with { PartnerId = new MemberId("partner") };
        var partner = DevonTestData.Adult("partner", new DateOnly(1955, 1, 1), Sex.Male, MemberRole.Partner) with { PartnerId = main.Id };
        var bidder = Bidder() with { Household = DevonTestData.HouseholdOf(main, partner), BedroomNeed = Need(1) };
        var advert = Advert() with { MinimumAge = 60 };

        Assert.Equal(BidEligibility.MayBid, CanBid(advert, bidder).Outcome);
        Assert.Equal(BidEligibility.MayNotBid, CanBid(advert with { MinimumAgeAppliesToEveryMember = true }, bidder).Outcome);
    }

    [Fact(DisplayName = "A pet owner may bid for a no-pets home but is bypassed under the landlord's policy (001 §45.1, §61.9)")]
    public void CanBid_PetsNotAllowed_MayBidButBypassed()
    {
        var result = CanBid(Advert(), Bidder() with { HasPets = true });
        Assert.Equal(BidEligibility.MayBidButWillBeBypassed, result.Outcome);
        Assert.Contains("DHC.Bidding.Pets.NotAllowed", result.RuleIds);
        Assert.Equal(BidEligibility.MayBid, CanBid(Advert(DevonTestData.Property(1) with { PetsAllowed = true }), Bidder() with { HasPets = true }).Outcome);
    }

    [Fact(DisplayName = "Landlord policies on under-18s and non-family households lead to a bypass (001 §5.2, §2.4)")]
    public void CanBid_LandlordPolicies_MayBidButBypassed()
    {
        var advert = Advert() with { LandlordPolicy = new LandlordPolicy { NoUnder18s = true, NoNonFamilyHouseholds = true } };
        var young = Bidder() with { Household = DevonTestData.HouseholdOf(DevonTestData.MainApplicant(new DateOnly(2009, 1, 1))) };
        Assert.Contains("DHC.Bidding.LandlordPolicy.Under18", CanBid(advert, young).RuleIds);
        Assert.Contains("DHC.Bidding.LandlordPolicy.NonFamily", CanBid(advert, Bidder() with { NonFamilyHousehold = true }).RuleIds);
        Assert.Equal(BidEligibility.MayBid, CanBid(advert, Bidder()).Outcome);
    }

    [Fact(DisplayName = "A landlord refusing under-occupation bypasses a downsizer who would under-occupy (001 §14.16)")]
    public void CanBid_NoUnderOccupationPolicy_DownsizerBypassed()
    {
        var advert = Advert(DevonTestData.Property(2)) with { LandlordPolicy = new LandlordPolicy { NoUnderOccupation = true } };
        var downsizer = Bidder() with { BedroomNeed = Need(1, 4), CurrentTenure = Tenure.PartnerLandlordTenant };
        var result = CanBid(advert, downsizer);
        Assert.Equal(BidEligibility.MayBidButWillBeBypassed, result.Outcome);
        Assert.Contains("DHC.Bidding.LandlordPolicy.UnderOccupation", result.RuleIds);
    }

    [Fact(DisplayName = "Local Lettings Plan limits on children lead to a bypass (001 §58.18)")]
    public void CanBid_LettingPlanTooManyChildren_MayBidButBypassed()
    {
        var advert = Advert(DevonTestData.Property(2)) with { LettingPlan = new LettingPlanCriteria(LettingPlanKind.LocalLettingsPlan) { MaxChildren = 1 } };
        var bidder = Bidder() with { BedroomNeed = Need(2), Household = Family(3, 5) };
        var result = CanBid(advert, bidder);
        Assert.Equal(BidEligibility.MayBidButWillBeBypassed, result.Outcome);
        Assert.Contains("DHC.Bidding.LettingPlan.TooManyChildren", result.RuleIds);
    }

    [Fact(DisplayName = "Sensitive-let minimum member age leads to a bypass (001 §58.18)")]
    public void CanBid_SensitiveLetMinimumAge_MayBidButBypassed()
    {
        var advert = Advert(DevonTestData.Property(2)) with { LettingPlan = new LettingPlanCriteria(LettingPlanKind.SensitiveLet) { MinimumMemberAge = 16 } };
        var bidder = Bidder() with { BedroomNeed = Need(2), Household = Family(3) };
        Assert.Contains("DHC.Bidding.LettingPlan.MemberTooYoung", CanBid(advert, bidder).RuleIds);
    }

    [Fact(DisplayName = "A Section 106 requirement the household does not meet leads to a bypass (001 §61.17, §63.7)")]
    public void CanBid_Section106NotMet_MayBidButBypassed()
    {
        var advert = Advert() with { LocalConnection = [LocalConnectionCondition.Section106Requirement("Topsham")] };
        Assert.Equal(BidEligibility.MayBidButWillBeBypassed, CanBid(advert, Bidder()).Outcome);
        Assert.Equal(BidEligibility.MayBid, CanBid(advert, Bidder() with { ConnectedLocalities = ["topsham"] }).Outcome);
    }

    [Fact(DisplayName = "A home in an area recorded as unsafe leads to a bypass (001 §17.29)")]
    public void CanBid_UnsafeArea_MayBidButBypassed()
    {
        var result = CanBid(Advert(), Bidder() with { UnsafeAuthorities = [DevonAuthorities.Exeter] });
        Assert.Contains("DHC.Bidding.UnsafeArea", result.RuleIds);
    }
}

public class BiddersTests
{
    [Fact(DisplayName = "A bidder built from an application carries its household, mobility, pets and tenure (001 §15.3, §45.1, §14.16)")]
    public void FromApplication_CopiesApplicationFacts()
    {
        var application = DevonTestData.Application() with { Mobility = MobilityCategory.StepFree, HasPets = true };
        var bidder = Bidders.FromApplication(application, [General(OpenLettings.Domain.Schemes.DevonHomeChoice.Banding.Band.B)], application.EvidenceCompletedAt, Need(1));
        Assert.Equal(application.Id, bidder.Application);
        Assert.Equal(MobilityCategory.StepFree, bidder.Mobility);
        Assert.True(bidder.HasPets);
        Assert.Equal(Tenure.PrivateRented, bidder.CurrentTenure);
        Assert.Equal(1, bidder.HouseholdSize);
    }
}
