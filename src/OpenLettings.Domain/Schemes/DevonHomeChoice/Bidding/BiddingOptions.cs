namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Bidding;

/// <summary>What happens when a household assessed as needing an accessible home bids for one that does not meet that need (001 §15.4, §60.6).</summary>
public enum AccessibilityMismatchPolicy
{
    /// <summary>
    /// The bid is accepted (limiting disabled people's bids is unlawful, 001 §60.6) but the bidder is not
    /// considered for the home and is bypassed at shortlisting (001 §15.4). The default.
    /// </summary>
    MayBidButNotConsidered,
    /// <summary>The bid is refused outright (the strict reading of 001 §15.4).</summary>
    MayNotBid,
}

/// <summary>Which bids count towards the weekly limit (001 §59.1).</summary>
public enum BidLimitCounting
{
    /// <summary>Every bid counts, whoever placed it. The default.</summary>
    AllBids,
    /// <summary>Automatic bids do not count towards the limit.</summary>
    ExcludeAutobids,
}

/// <summary>Bidding limits and autobid rules (001 §59-§60).</summary>
public sealed record BiddingOptions
{
    /// <summary>Bids an applicant may place in one weekly letting cycle.</summary>
    /// <remarks>001 §59.1: "Applicants can bid for up to 3 homes each week".</remarks>
    public int BidsPerCycle { get; init; } = 3;

    /// <summary>Which bids count towards <see cref="BidsPerCycle"/>. The manual does not say whether autobids count.</summary>
    /// <remarks>001 §59.1 (silent on autobids).</remarks>
    public BidLimitCounting LimitCounts { get; init; } = BidLimitCounting.AllBids;

    /// <summary>Bids for homes that do not meet an assessed mobility need.</summary>
    /// <remarks>001 §15.4 against §60.6 (catalogue ambiguity 18).</remarks>
    public AccessibilityMismatchPolicy AccessibilityMismatch { get; init; } = AccessibilityMismatchPolicy.MayBidButNotConsidered;

    /// <summary>Bedrooms the household may be short of before the §14.12 "one larger than current" exception applies.</summary>
    /// <remarks>001 §14.12: applicants needing 4 or more bedrooms "who are lacking 2 bedrooms". Read as 2 or more.</remarks>
    public int LackingBedroomsForOneLarger { get; init; } = 2;

    /// <summary>Bedroom need from which the §14.12 exception applies.</summary>
    /// <remarks>001 §14.12: "assessed as needing a home with 4 or more bedrooms".</remarks>
    public int MinimumNeedForOneLarger { get; init; } = 4;
}
