using OpenLettings.Domain.Common;
using OpenLettings.Domain.Schemes.Chesterfield;
using static OpenLettings.Domain.Tests.Schemes.Chesterfield.ChesterfieldTestData;

namespace OpenLettings.Domain.Tests.Schemes.Chesterfield;

public class AvailableNowAndAffordabilityTests
{
    private static string[] Order(ChesterfieldShortlist shortlist) => [.. shortlist.Positions.Select(p => p.Bid.Value)];

    private static ChesterfieldOptions BidDate(ChesterfieldOptions o) => o with { AvailableNowOrdering = AvailableNowOrdering.BidDate };

    [Fact(DisplayName = "Available Now, default: several bids are ordered by band and priority date (003 Appendix B 9(ix))")]
    public void Shortlist_AvailableNowDefault_PriorityOrder()
    {
        var early = Bid("earlyD", Single(), minute: 1);
        var late = Bid("lateA", Single().WithAward(BandReasonCode.A1UrgentMedical), minute: 30);
        var result = Scheme().Shortlist(Advert() with { AvailableNow = true }, [early, late], AsOf);
        Assert.Equal(["lateA", "earlyD"], Order(result));
        Assert.Contains(result.Reasons, r => r.RuleId == "CBC.Shortlist.AvailableNow");
    }

    [Fact(DisplayName = "Available Now, bid-date option: first come, first served, across tiers (003 Appendix B 9(ix))")]
    public void Shortlist_AvailableNowBidDate_FirstComeFirstServed()
    {
        var outsideEarly = Bid("outEarly", Single().OutOfArea(), minute: 1);
        var localBandA = Bid("localA", Single().WithAward(BandReasonCode.A1UrgentMedical), minute: 30);
        var result = Scheme(BidDate).Shortlist(Advert() with { AvailableNow = true }, [localBandA, outsideEarly], AsOf);
        Assert.Equal(["outEarly", "localA"], Order(result));
        Assert.Empty(result.Excluded);
        Assert.Equal("time of bid", result.Positions[1].Key.FirstDifference(result.Positions[0].Key));
    }

    [Fact(DisplayName = "Available Now still applies the eligibility matrix (003 Appendix B 9(ix), 8(ii))")]
    public void Shortlist_AvailableNowBidDate_MatrixStillApplies()
    {
        var single = Bid("single", Single(), minute: 1);
        var result = Scheme(BidDate).Shortlist(Advert(Home(bedrooms: 3, type: Properties.PropertyType.House)) with { AvailableNow = true }, [single], AsOf);
        Assert.Equal(ExclusionKind.NotEligibleForHome, Assert.Single(result.Excluded).Kind);
    }

    private static AffordabilityAssessment Finances(decimal income, decimal outgoings, decimal rent) =>
        new() { MonthlyIncome = new Money(income), MonthlyEssentialOutgoings = new Money(outgoings), MonthlyRentAndCharges = new Money(rent) };

    [Fact(DisplayName = "Financial assessment: a bidder who cannot afford the rent is bypassed with a review right (003 Appendix B 11(vi))")]
    public void Shortlist_Unaffordable_Bypassed()
    {
        var poorer = Bid("poorer", Single().WithAward(BandReasonCode.A1UrgentMedical), minute: 1) with { Affordability = Finances(900m, 500m, 450m) };
        var able = Bid("able", Single(), minute: 2) with { Affordability = Finances(1500m, 600m, 450m) };
        var result = Scheme().Shortlist(Advert() with { FinancialAssessmentRequired = true }, [poorer, able], AsOf);
        Assert.Equal(["poorer", "able"], Order(result));
        Assert.Equal([BypassReason.CannotAffordRent], result.Positions[0].Bypasses.ToArray());
        Assert.Null(result.Positions[0].OfferOrder);
        Assert.Equal(1, result.Positions[1].OfferOrder);
        Assert.Contains(result.Positions[0].Reasons, r => r.RuleId == "CBC.Affordability.Failed" && r.Text.Contains("review"));
        Assert.Contains(result.Positions[1].Reasons, r => r.RuleId == "CBC.Affordability.Passed");
    }

    [Fact(DisplayName = "Financial assessment: rent in advance must be covered; no test when the advert does not require it (003 Appendix B 11(vi), 10(ii))")]
    public void Check_RentInAdvanceAndAdvertFlag()
    {
        var bid = Bid("b", Single()) with { Affordability = Finances(1500m, 600m, 450m) with { RentInAdvance = new Money(450m), FundsForRentInAdvance = new Money(100m) } };
        Assert.False(AffordabilityTest.Check(Advert() with { FinancialAssessmentRequired = true }, bid, new ChesterfieldOptions()).Affordable);
        Assert.True(AffordabilityTest.Check(Advert(), bid, new ChesterfieldOptions()).Affordable);
    }

    [Fact(DisplayName = "Financial assessment: the minimum monthly residual is an option (003 Appendix B 11(vi))")]
    public void Check_MinimumResidualOption()
    {
        var bid = Bid("b", Single()) with { Affordability = Finances(1000m, 500m, 450m) };
        var advert = Advert() with { FinancialAssessmentRequired = true };
        Assert.True(AffordabilityTest.Check(advert, bid, new ChesterfieldOptions()).Affordable);
        Assert.False(AffordabilityTest.Check(advert, bid, new ChesterfieldOptions { AffordabilityMinimumMonthlyResidual = new Money(100m) }).Affordable);
    }
}
