namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Bidding;

/// <summary>
/// Where the application stands on other shortlists, as the register records it (001 §61.25): these flags
/// come from other adverts' shortlists, not from the household's circumstances.
/// </summary>
public sealed record BiddingState
{
    /// <summary>Currently "Bid shortlisted" for another home: may not bid, and is being considered elsewhere (001 §61.25).</summary>
    public bool BidShortlistedElsewhere { get; init; }

    /// <summary>"Bid Accepted" (or later) on another home: bypassed on other open shortlists (001 §61.25).</summary>
    public bool BidAcceptedElsewhere { get; init; }

    /// <summary>The date of the household's most recent bid (any channel), for the Band B no-bid review (001 §29.2).</summary>
    public DateOnly? LastBidOn { get; init; }
}
