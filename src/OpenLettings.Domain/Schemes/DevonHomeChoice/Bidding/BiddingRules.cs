using System.Collections.Immutable;
using OpenLettings.Domain.Explanations;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Bidding;

/// <summary>The outcome of a request to bid.</summary>
public enum BidEligibility
{
    /// <summary>The bid may be placed and the household will be considered.</summary>
    MayBid,
    /// <summary>
    /// The bid may be placed, but the household will be bypassed at shortlisting for the reasons given (a mobility
    /// need the home does not meet, 001 §15.4 with §60.6; landlord policy; Local Lettings Plan; local connection
    /// requirement).
    /// </summary>
    MayBidButWillBeBypassed,
    /// <summary>The bid may not be placed.</summary>
    MayNotBid,
}

/// <summary>A request to place a bid: who is placing it, when, and how many bids the applicant already has in the cycle.</summary>
public sealed record BidAttempt(BidChannel PlacedBy, DateTime PlacedAt)
{
    /// <summary>Bids the applicant has already placed in this cycle that count towards the limit (001 §59.1).</summary>
    public int BidsAlreadyPlacedThisCycle { get; init; }

    /// <summary>For a staff bid after the cycle ended: the exceptional circumstances were recorded (001 §59.3).</summary>
    public bool ExceptionalCircumstancesRecorded { get; init; }
}

/// <summary>Who may bid for an advert (001 §14.9-14.16, §15.4, §59, §60.6, §61.25, §63.2).</summary>
public static class BiddingRules
{
    /// <summary>Whether <paramref name="bidder"/> may bid for <paramref name="advert"/>, with every reason.</summary>
    public static Decision<BidEligibility> CanBid(Advert advert, Bidder bidder, BidAttempt attempt, DevonOptions options, DateOnly asOf)
    {
        var refusals = ImmutableArray.CreateBuilder<Reason>();

        if (!bidder.Active)
        {
            refusals.Add(new Reason("DHC.Bidding.NotActive", Citation.Devon("60.4"), "Your application is not active, so you cannot bid."));
        }

        if (bidder.BiddingSuspended)
        {
            refusals.Add(new Reason("DHC.Bidding.Suspended", Citation.Devon("11.3"), "Bidding is suspended on your application."));
        }

        if (bidder.BidShortlistedElsewhere)
        {
            refusals.Add(new Reason("DHC.Bidding.ShortlistedElsewhere", Citation.Devon("61.25"),
                "You cannot bid while you are being considered for another home (Bid shortlisted)."));
        }

        var counts = options.Bidding.LimitCounts == BidLimitCounting.AllBids || attempt.PlacedBy != BidChannel.Autobid;
        if (counts && attempt.BidsAlreadyPlacedThisCycle >= options.Bidding.BidsPerCycle)
        {
            refusals.Add(new Reason("DHC.Bidding.LimitReached", Citation.Devon("59.1"),
                $"You have already placed {attempt.BidsAlreadyPlacedThisCycle} bids this week; the limit is {options.Bidding.BidsPerCycle}.")
                .With(new Fact("bids this cycle", attempt.BidsAlreadyPlacedThisCycle.ToString()), new Fact("limit", options.Bidding.BidsPerCycle.ToString())));
        }

        if (attempt.PlacedAt < advert.BiddingOpens)
        {
            refusals.Add(new Reason("DHC.Bidding.NotYetOpen", Citation.Devon("52.9"), $"Bidding for this home opens at {advert.BiddingOpens:yyyy-MM-dd HH:mm}."));
        }
        else if (attempt.PlacedAt > advert.BiddingCloses)
        {
            if (attempt.PlacedBy != BidChannel.Staff)
            {
                refusals.Add(new Reason("DHC.Bidding.Closed", Citation.Devon("52.1"), $"Bidding for this home closed at {advert.BiddingCloses:yyyy-MM-dd HH:mm}."));
            }
            else if (!attempt.ExceptionalCircumstancesRecorded)
            {
                refusals.Add(new Reason("DHC.Bidding.LateStaffBidNotExceptional", Citation.Devon("59.3"),
                    "Staff may bid for an applicant after the cycle has ended only in exceptional circumstances, and none are recorded."));
            }
        }

        var suitability = HomeSuitability.Assess(advert, bidder, attempt.PlacedBy, options, asOf);
        refusals.AddRange(suitability.Findings.Where(f => f.BlocksBid).Select(f => f.Reason));

        if (refusals.Count > 0)
        {
            return new Decision<BidEligibility>(BidEligibility.MayNotBid, refusals.ToImmutable());
        }

        var bypasses = suitability.Findings.Where(f => !f.BlocksBid).ToList();
        if (bypasses.Count > 0)
        {
            return new Decision<BidEligibility>(BidEligibility.MayBidButWillBeBypassed,
                [.. suitability.Passed, .. bypasses.Select(f => f.Reason)]);
        }

        return new Decision<BidEligibility>(BidEligibility.MayBid, suitability.Passed.IsEmpty
            ? [new Reason("DHC.Bidding.Eligible", Citation.Devon("63.2"), "You may bid for this home.")]
            : suitability.Passed);
    }
}
