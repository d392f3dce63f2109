using System.Collections.Immutable;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Bidding;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Shortlisting;

/// <summary>One part of a shortlist sort key: a name, a value (lower sorts first) and the rule that produced it.</summary>
public sealed record SortKeyPart(string Name, long Value, Reason Reason);

/// <summary>
/// A composed sort key (catalogue §29.6): parts compared in order, lower first. Every bid on one advert has the
/// same parts in the same order, so keys compare part by part.
/// </summary>
public sealed record SortKey(ImmutableArray<SortKeyPart> Parts) : IComparable<SortKey>
{
    /// <inheritdoc />
    public int CompareTo(SortKey? other)
    {
        if (other is null)
        {
            return 1;
        }

        for (var i = 0; i < Math.Min(Parts.Length, other.Parts.Length); i++)
        {
            var c = Parts[i].Value.CompareTo(other.Parts[i].Value);
            if (c != 0)
            {
                return c;
            }
        }

        return Parts.Length.CompareTo(other.Parts.Length);
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(" > ", Parts.Select(p => $"{p.Name}={p.Value}"));
}

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

    public required SortKey Key { get; init; }

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
