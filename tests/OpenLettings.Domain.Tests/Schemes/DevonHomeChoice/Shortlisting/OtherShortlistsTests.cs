using OpenLettings.Domain.Common;
using OpenLettings.Domain.Schemes.DevonHomeChoice;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Bidding;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Shortlisting;
using static OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.Bidding.BiddingTestData;

namespace OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.Shortlisting;

public class OtherShortlistsTests
{
    private static readonly Bidder Applicant = Bidder("DHC-7");
    private static readonly Bidder Other = Bidder("DHC-8");

    private static Shortlist[] ThreeShortlists()
    {
        var adverts = new[] { Advert(id: "ADV-1"), Advert(id: "ADV-2"), Advert(id: "ADV-3") };
        return
        [
            .. adverts.Select(a => ShortlistBuilder.Build(a, [(Bid(Applicant, a), Applicant), (Bid(Other, a), Other)], new DevonOptions(), DevonTestData.AsOf)),
        ];
    }

    [Fact(DisplayName = "Bid Accepted on one home bypasses the applicant's open bids on the others (001 §61.25)")]
    public void Affected_BidAccepted_BypassesOtherOpenShortlists()
    {
        var effects = OtherShortlists.Affected(ThreeShortlists(), Applicant.Application, new AdvertId("ADV-1"), BidStatus.BidAccepted, new ShortlistOptions());
        Assert.Equal(["ADV-2", "ADV-3"], effects.Select(e => e.Advert.Value));
        Assert.All(effects, e =>
        {
            Assert.Equal(OtherShortlistAction.Bypassed, e.Action);
            Assert.Equal("BP-ACCEPTED-ELSEWHERE", e.Bypass.Code);
        });
    }

    [Fact(DisplayName = "Bid shortlisted holds the other bids for the 24-hour choice by default (001 §61.25, §46.40)")]
    public void Affected_BidShortlisted_OnHoldByDefault()
    {
        var effects = OtherShortlists.Affected(ThreeShortlists(), Applicant.Application, new AdvertId("ADV-1"), BidStatus.BidShortlisted, new ShortlistOptions());
        Assert.Equal(2, effects.Length);
        Assert.All(effects, e => Assert.Equal(OtherShortlistAction.OnHold, e.Action));

        var strict = new ShortlistOptions { OtherShortlists = OtherShortlistsRule.BypassFromBidShortlisted };
        Assert.All(OtherShortlists.Affected(ThreeShortlists(), Applicant.Application, new AdvertId("ADV-1"), BidStatus.BidShortlisted, strict),
            e => Assert.Equal(OtherShortlistAction.Bypassed, e.Action));
    }

    [Fact(DisplayName = "Other applicants and closed bids are untouched (001 §61.25)")]
    public void Affected_OnlyApplicantsOpenBids()
    {
        var shortlists = ThreeShortlists();
        var lost = shortlists[2] with
        {
            Entries = [.. shortlists[2].Entries.Select(e => e.Applicant == Applicant.Application ? e with { Bid = e.Bid with { Status = BidStatus.BidLost } } : e)],
        };
        var effects = OtherShortlists.Affected([shortlists[0], shortlists[1], lost], Applicant.Application, new AdvertId("ADV-1"), BidStatus.BidAccepted, new ShortlistOptions());
        var effect = Assert.Single(effects);
        Assert.Equal("ADV-2", effect.Advert.Value);
        Assert.Equal(Applicant.Application, shortlists[1].Entries.Single(e => e.Bid.Id == effect.Bid).Applicant);
    }

    [Fact(DisplayName = "A withdrawal has no effect on other shortlists (001 §61.25)")]
    public void Affected_Withdrawn_None()
    {
        Assert.Empty(OtherShortlists.Affected(ThreeShortlists(), Applicant.Application, new AdvertId("ADV-1"), BidStatus.Withdrawn, new ShortlistOptions()));
    }
}

public class RecordedBypassTests
{
    [Fact(DisplayName = "An officer's recorded bypass (no contact) takes the bidder off the considered list (001 §61.24)")]
    public void Build_RecordedNoContact_Bypassed()
    {
        var advert = Advert();
        var first = Bidder("first", OpenLettings.Domain.Schemes.DevonHomeChoice.Banding.Band.A);
        var second = Bidder("second");
        var firstBid = Bid(first, advert);
        var recorded = new RecordedBypass(firstBid.Id, BypassReason.NoContact, "No reply by the deadline in the letter.", Officer, DevonTestData.AsOf);

        var shortlist = ShortlistBuilder.Build(advert, [(firstBid, first), (Bid(second, advert), second)], [recorded], new DevonOptions(), DevonTestData.AsOf);

        Assert.Equal("second", shortlist.TopCandidate?.Applicant.Value);
        var bypass = Assert.Single(shortlist.Entries[0].Bypasses);
        Assert.Equal("BP-NOCONTACT", bypass.Code);
        Assert.Equal("001 §61.24", bypass.Explanation.Citation.ToString());
    }
}
