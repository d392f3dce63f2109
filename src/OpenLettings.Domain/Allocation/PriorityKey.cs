using System.Collections.Immutable;
using OpenLettings.Domain.Explanations;

namespace OpenLettings.Domain.Allocation;

/// <summary>
/// One part of a shortlist sort key, produced by one rule: its name (e.g. "local connection tier", "band",
/// "band start date"), a rank where lower sorts first, and the reason the bid got that rank.
/// </summary>
public sealed record PriorityPart(string Name, long Rank, Reason Reason);

/// <summary>
/// The priority of one bid for one advert: parts compared in order, lowest rank first. Schemes compose keys
/// differently (Devon: mobility group, band, band start date; Chesterfield: local connection tier above band),
/// so priority is always a key per (application, advert), never a property of the application alone.
/// </summary>
public sealed record PriorityKey(ImmutableArray<PriorityPart> Parts) : IComparable<PriorityKey>
{
    /// <summary>Compares part by part; a key that runs out of parts first sorts first.</summary>
    public int CompareTo(PriorityKey? other)
    {
        if (other is null)
        {
            return -1;
        }

        var length = Math.Min(Parts.Length, other.Parts.Length);
        for (var i = 0; i < length; i++)
        {
            var comparison = Parts[i].Rank.CompareTo(other.Parts[i].Rank);
            if (comparison != 0)
            {
                return comparison;
            }
        }

        return Parts.Length.CompareTo(other.Parts.Length);
    }

    /// <summary>A rank for a date and time: earlier sorts first.</summary>
    public static long RankOf(DateTime dateTime) => dateTime.Ticks;

    /// <summary>A rank for a date: earlier sorts first.</summary>
    public static long RankOf(DateOnly date) => date.DayNumber;

    /// <summary>The name of the first part on which two keys differ, for explaining why one bid is above another.</summary>
    public string? FirstDifference(PriorityKey other)
    {
        var length = Math.Min(Parts.Length, other.Parts.Length);
        for (var i = 0; i < length; i++)
        {
            if (Parts[i].Rank != other.Parts[i].Rank)
            {
                return Parts[i].Name;
            }
        }

        return null;
    }
}
