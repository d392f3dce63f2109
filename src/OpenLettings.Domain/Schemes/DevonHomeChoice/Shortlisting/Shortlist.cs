using System.Collections.Immutable;
using OpenLettings.Domain.Allocation;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Bidding;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Shortlisting;

/// <summary>A bypass of one bid, with its catalogued reason and the explanation (001 §61.9, §61.24, §61.35).</summary>
public sealed record Bypass(BypassReason Reason, Reason Explanation)
{
    /// <summary>The catalogue code (e.g. <c>BP-LC</c>).</summary>
    public string Code => Reason.Code();
}

/// <summary>One position on a shortlist.</summary>
public sealed record ShortlistEntry
{
    /// <summary>Position on the shortlist, from 1.</summary>
    public required int Position { get; init; }

    public required Bid Bid { get; init; }

    public HousingApplicationId Applicant => Bid.Applicant;

    /// <summary>The band that applies to this home (001 §61.1); Band E when no award holds for it.</summary>
    public required Band Band { get; init; }

    public required DateTime BandStart { get; init; }

    public required PriorityKey Key { get; init; }

    /// <summary>Why the bidder is not considered; empty when they are.</summary>
    public ImmutableArray<Bypass> Bypasses { get; init; } = [];

    /// <summary>Other things the shortlister must know (e.g. being considered for another home, 001 §46.40).</summary>
    public ImmutableArray<Reason> Notes { get; init; } = [];

    /// <summary>True when no bypass applies: the shortlister considers this bidder in turn.</summary>
    public bool Considered => Bypasses.IsEmpty;
}

/// <summary>An advert's shortlist: every live bid in order, with bypasses (001 §61.1-61.9).</summary>
public sealed record Shortlist(AdvertId Advert, ImmutableArray<ShortlistEntry> Entries)
{
    /// <summary>Entries the shortlister considers, in order.</summary>
    public IEnumerable<ShortlistEntry> Considered => Entries.Where(e => e.Considered);

    /// <summary>The highest eligible bidder (001 §61.2, §61.11), or null when every bidder is bypassed.</summary>
    public ShortlistEntry? TopCandidate => Considered.FirstOrDefault();
}
