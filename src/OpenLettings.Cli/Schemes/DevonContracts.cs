using System.Collections.Immutable;
using OpenLettings.Domain.Schemes.DevonHomeChoice;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Bidding;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Shortlisting;

namespace OpenLettings.Cli.Schemes;

/// <summary>One bid on the advert, with the bidder's application as the register holds it at the cycle's close.</summary>
public sealed record DevonShortlistBid
{
    public required Bid Bid { get; init; }

    public required DevonApplication Application { get; init; }
}

/// <summary>Input of <c>openlettings shortlist</c>: an advert and its bids.</summary>
public sealed record DevonShortlistRequest
{
    public string? Scheme { get; init; }

    /// <summary>The date the shortlist is built (normally the day after the cycle closes); defaults to today in the UK.</summary>
    public DateOnly? AsOf { get; init; }

    public required Advert Advert { get; init; }

    public required ImmutableArray<DevonShortlistBid> Bids { get; init; }
}

/// <summary>One bidder's outcome in a shortlist, summarised from their assessment.</summary>
public sealed record DevonBidderSummary(string Application, string Registration, string? Band, DateTime? BandStartDate);

/// <summary>Output of <c>openlettings shortlist</c>.</summary>
public sealed record DevonShortlistResponse(string Scheme, string ContractVersion, DateOnly AsOf, Shortlist Shortlist, ImmutableArray<DevonBidderSummary> Bidders);
