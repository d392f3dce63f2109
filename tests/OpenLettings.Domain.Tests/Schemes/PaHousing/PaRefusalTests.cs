using OpenLettings.Domain.Common;
using OpenLettings.Domain.Options;
using OpenLettings.Domain.Schemes.PaHousing;
using static OpenLettings.Domain.Tests.Schemes.PaHousing.PaTestData;

namespace OpenLettings.Domain.Tests.Schemes.PaHousing;

public class PaRefusalTests
{
    private static PaRefusal Unreasonable(DateOnly on, string advert = "ADV-9") =>
        new() { Advert = new AdvertId(advert), RefusedOn = on, JudgedReasonable = Decided(false, on) };

    private static PaHousingApplication Refused(SubRegion region, params PaRefusal[] refusals) =>
        Transfer().WithNeeds(PaNeed.MedicalNeed).In(region) with { Refusals = [.. refusals] };

    [Theory(DisplayName = "One unreasonable refusal suspends in London and the South East but not in the Midlands (004 §4.10)")]
    [InlineData(SubRegion.London, true)]
    [InlineData(SubRegion.SouthEast, true)]
    [InlineData(SubRegion.Midlands, false)]
    public void Assess_OneUnreasonableRefusal_DiffersBySubRegion(SubRegion region, bool suspended)
    {
        var refusedOn = AsOf.AddMonths(-1);
        var result = Assess(Refused(region, Unreasonable(refusedOn)));
        Assert.Equal(suspended, result.Refusals.ActiveSuspension is not null);
        Assert.Equal(!suspended, result.MayBid);
        if (suspended)
        {
            Assert.Equal(refusedOn.AddMonths(6), result.Refusals.ActiveSuspension!.Until);
            Assert.Equal("004 §4.10", result.Refusals.ActiveSuspension.Reason.Citation.ToString());
        }
        else
        {
            Assert.Equal(1, result.Refusals.UnreasonableRefusalsTowardsSanction);
        }
    }

    [Fact(DisplayName = "The Midlands allows up to three refusals before the 6-month suspension (004 §4.10)")]
    public void Assess_ThreeUnreasonableRefusalsInMidlands_Suspended()
    {
        var app = Refused(SubRegion.Midlands, Unreasonable(AsOf.AddMonths(-5), "A1"), Unreasonable(AsOf.AddMonths(-3), "A2"), Unreasonable(AsOf.AddDays(-10), "A3"));
        var suspension = Assess(app).Refusals.ActiveSuspension;
        Assert.NotNull(suspension);
        Assert.Equal(AsOf.AddDays(-10).AddMonths(6), suspension.Until);
    }

    [Fact(DisplayName = "The suspension ends after 6 months (004 §4.10)")]
    public void Assess_SuspensionPassed_MayBidAgain()
    {
        var app = Refused(SubRegion.London, Unreasonable(AsOf.AddMonths(-7)));
        var result = Assess(app);
        Assert.Null(result.Refusals.ActiveSuspension);
        Assert.True(result.MayBid);
        Assert.Contains(result.Refusals.Reasons, r => r.RuleId == "PA.Refusal.Suspended");
    }

    [Fact(DisplayName = "Reasonable, undecided and not-bid-for refusals do not count (004 §4.10)")]
    public void Assess_RefusalsThatDoNotCount_NoSuspension()
    {
        var on = AsOf.AddDays(-5);
        var app = Refused(SubRegion.London,
            Unreasonable(on, "R1") with { JudgedReasonable = Decided(true, on) },
            Unreasonable(on, "R2") with { JudgedReasonable = null },
            Unreasonable(on, "R3") with { BidThroughChoiceBasedLettings = false });
        var result = Assess(app);
        Assert.Null(result.Refusals.ActiveSuspension);
        Assert.Equal(0, result.Refusals.UnreasonableRefusalsTowardsSanction);
        Assert.Contains(result.Refusals.Reasons, r => r.RuleId == "PA.Refusal.Reasonable");
        Assert.Contains(result.Refusals.Reasons, r => r.RuleId == "PA.Refusal.AwaitingDecision");
        Assert.Contains(result.Refusals.Reasons, r => r.RuleId == "PA.Refusal.NotBidFor");
    }

    [Fact(DisplayName = "A nominee's refusal is for the local authority; 5 days to reconsider (004 §4.10)")]
    public void Assess_NomineeRefusal_NoPaSanction()
    {
        var app = Refused(SubRegion.London, Unreasonable(AsOf.AddDays(-3))) with { Route = PaRoute.LocalAuthorityNomination };
        var result = Assess(app);
        Assert.Null(result.Refusals.ActiveSuspension);
        Assert.Contains("5 days", Assert.Single(result.Refusals.Reasons).Text, StringComparison.Ordinal);
        Assert.Equal(AsOf.AddDays(5), PaOfferRules.NomineeReconsiderationDeadline(AsOf, new PaHousingOptions()));
    }

    [Fact(DisplayName = "Refusal counts and suspension length are options (004 §4.10)")]
    public void Assess_RefusalOptionsChanged_Applied()
    {
        var options = new PaHousingOptions { RefusalSuspensionMonths = 3, London = PaSubRegionOptions.LondonDefaults with { RefusalsBeforeSuspension = 2 } };
        var scheme = new PaHousingScheme(OptionSchedule<PaHousingOptions>.Always(options));
        Assert.Null(scheme.Assess(Refused(SubRegion.London, Unreasonable(AsOf.AddDays(-1))), AsOf).Refusals.ActiveSuspension);
        var twice = Refused(SubRegion.London, Unreasonable(AsOf.AddDays(-20), "A1"), Unreasonable(AsOf.AddDays(-1), "A2"));
        Assert.Equal(AsOf.AddDays(-1).AddMonths(3), scheme.Assess(twice, AsOf).Refusals.ActiveSuspension?.Until);
    }
}
