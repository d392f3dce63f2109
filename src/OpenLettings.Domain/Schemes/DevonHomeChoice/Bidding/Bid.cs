using OpenLettings.Domain.Common;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Bidding;

/// <summary>Who placed a bid (001 §59.1-59.3, §60, §19.7).</summary>
public enum BidChannel
{
    /// <summary>The applicant, on the website, the app or in person (001 §59.1).</summary>
    Applicant,
    /// <summary>An advocate acting with the applicant's consent.</summary>
    Advocate,
    /// <summary>Local authority staff in the back office (001 §59.2-59.3, §14.9).</summary>
    Staff,
    /// <summary>An automatic bid placed under the applicant's autobid set-up (001 §60).</summary>
    Autobid,
    /// <summary>The National Witness Mobility Scheme, bidding for its applicants (001 §19.7).</summary>
    Nwms,
}

/// <summary>
/// The statuses a bid shows on the Devon Home Choice system (001 §61.49 Appendix 1, with "match approved" from
/// §61.25 and "Bid offered" from §53.4).
/// </summary>
public enum BidStatus
{
    /// <summary>The home has not been offered to anyone; the bid is still open.</summary>
    Open,
    /// <summary>An initial match was made; the applicant is being contacted (no further bidding, 001 §61.25).</summary>
    BidShortlisted,
    /// <summary>The applicant confirmed they want to be considered (bypassed on other shortlists, 001 §61.25).</summary>
    BidAccepted,
    /// <summary>The applicant chose this landlord's home over another shortlist (001 §61.25).</summary>
    MatchApproved,
    /// <summary>A formal offer was made and accepted; it is not withdrawn for an earlier skip error (001 §53.4).</summary>
    BidOffered,
    /// <summary>Verified, formally offered, viewed and accepted: housed (001 §61.47).</summary>
    BidLet,
    /// <summary>"Property offers to others": someone above is Bid shortlisted or Bid Accepted (001 §61.49).</summary>
    BidLost,
    /// <summary>The applicant withdrew the bid (001 §61.49).</summary>
    Withdrawn,
}

/// <summary>Statuses grouped by what they mean for the applicant's other bids.</summary>
public static class BidStatuses
{
    /// <summary>
    /// True when the applicant has confirmed interest in (or been offered, or housed in) the home, so their other
    /// open bids are bypassed (001 §61.25).
    /// </summary>
    public static bool IsAcceptedOrLater(this BidStatus status) => status switch
    {
        BidStatus.BidAccepted or BidStatus.MatchApproved or BidStatus.BidOffered or BidStatus.BidLet => true,
        BidStatus.Open or BidStatus.BidShortlisted or BidStatus.BidLost or BidStatus.Withdrawn => false,
    };
}

/// <summary>A bid for an advert (001 §59, §29.6 of the catalogue).</summary>
public sealed record Bid
{
    public required BidId Id { get; init; }

    public required AdvertId Advert { get; init; }

    public required HousingApplicationId Applicant { get; init; }

    public required BidChannel PlacedBy { get; init; }

    /// <summary>When the bid was placed (UK local time).</summary>
    public required DateTime PlacedAt { get; init; }

    public BidStatus Status { get; init; } = BidStatus.Open;
}
