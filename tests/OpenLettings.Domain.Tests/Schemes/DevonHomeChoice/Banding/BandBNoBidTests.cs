using OpenLettings.Domain.Schemes.DevonHomeChoice;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Bedrooms;
using static OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.Banding.BandingTestData;

namespace OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.Banding;

/// <summary>Band B households who do not bid for 12 months are suspended from bidding and reviewed (001 §29.2).</summary>
public class BandBNoBidTests
{
    private static readonly BandingInputs Severe = Inputs(NeedOf(3, 1, Overcrowding.Severe));

    private static DevonApplication InBandBSince(DateOnly since, DateOnly? lastBid) =>
        App() with
        {
            History = new BandHistory { Awards = [new PastBandAward(Band.B, BandReason.B_SevereOvercrowding, new DateTime(2024, 1, 10, 9, 0, 0), since)] },
            Bidding = new Domain.Schemes.DevonHomeChoice.Bidding.BiddingState { LastBidOn = lastBid },
        };

    [Fact(DisplayName = "No bid for 12 months in Band B: suspended from bidding and reviewed (001 §29.2)")]
    public void Assess_BandBNoBidFor12Months_SuspendedAndReviewed()
    {
        var decision = Assess(InBandBSince(new DateOnly(2024, 1, 10), lastBid: AsOf.AddMonths(-13)), Severe);

        Assert.Equal(Band.B, decision.General!.Band);
        Assert.True(decision.BiddingSuspended);
        Assert.Equal(AsOf, decision.General.ReviewDue);
        Assert.Contains(decision.Reasons, r => r.RuleId.EndsWith("B.NoBidFor12Months", StringComparison.Ordinal) && r.Citation.Section == "29.2");
    }

    [Fact(DisplayName = "A bid within the last 12 months keeps Band B bidding open (001 §29.2)")]
    public void Assess_BandBRecentBid_NotSuspended()
    {
        var decision = Assess(InBandBSince(new DateOnly(2024, 1, 10), lastBid: AsOf.AddMonths(-2)), Severe);

        Assert.False(decision.BiddingSuspended);
    }

    [Fact(DisplayName = "The 12 months run from entering Band B when there has been no bid since (001 §29.2)")]
    public void Assess_NewlyInBandBWithoutBids_NotSuspendedUntil12Months()
    {
        var since = AsOf.AddMonths(-11);
        Assert.False(Assess(InBandBSince(since, lastBid: null), Severe).BiddingSuspended);
        Assert.True(Assess(InBandBSince(since, lastBid: null), Severe, asOf: since.AddMonths(12)).BiddingSuspended);
    }
}
