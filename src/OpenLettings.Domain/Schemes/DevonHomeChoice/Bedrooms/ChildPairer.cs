using System.Collections.Immutable;
using OpenLettings.Domain.Households;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Bedrooms;

/// <summary>One child's room or a shared children's room, before it is turned into a <see cref="BedroomAllocation"/>.</summary>
internal sealed record ChildRoom(RoomUse Use, Sleeper First, Sleeper? Second);

/// <summary>Pairs children into bedrooms under 001 §14.2-14.3.</summary>
internal static class ChildPairer
{
    private const int Categories = 6; // (adolescent | under-10) × (male | female | either)

    public static ImmutableArray<ChildRoom> Pair(IReadOnlyList<Sleeper> children, ChildPairing method) => method switch
    {
        ChildPairing.MinimumRooms => Minimum(children),
        ChildPairing.Sequential => Sequential(children),
    };

    /// <summary>True when two children may share: under-10s always; otherwise only the same sex (an unborn child takes either).</summary>
    public static bool CanShare(Sleeper a, Sleeper b) =>
        (a.Band == AgeBand.UnderTen && b.Band == AgeBand.UnderTen) || a.Sex is null || b.Sex is null || a.Sex == b.Sex;

    private static RoomUse UseFor(Sleeper a, Sleeper b) => (a.Band, b.Band) switch
    {
        (AgeBand.UnderTen, AgeBand.UnderTen) => RoomUse.UnderTens,
        (AgeBand.Adolescent, AgeBand.Adolescent) => RoomUse.SameSexAdolescents,
        _ => RoomUse.AdolescentWithUnderTen,
    };

    private static ChildRoom Shared(Sleeper a, Sleeper b) =>
        a.Band == AgeBand.UnderTen && b.Band == AgeBand.Adolescent ? new(UseFor(b, a), b, a) : new(UseFor(a, b), a, b);

    // The fewest rooms: an exact search over counts of the six kinds of child (households are small, so the
    // memoised state space is tiny). Options are tried in a fixed order (share with the same kind first, then
    // other kinds, then alone) and the first minimum is kept, so results are deterministic.
    private static ImmutableArray<ChildRoom> Minimum(IReadOnlyList<Sleeper> children)
    {
        var queues = new Queue<Sleeper>[Categories];
        for (var c = 0; c < Categories; c++)
        {
            queues[c] = new Queue<Sleeper>(children.Where(s => Category(s) == c).OrderBy(s => s.SortDate));
        }

        var counts = queues.Select(q => q.Count).ToArray();
        var memo = new Dictionary<long, int>();
        var rooms = ImmutableArray.CreateBuilder<ChildRoom>();
        while (counts.Any(n => n > 0))
        {
            var first = Array.FindIndex(counts, n => n > 0);
            var best = Rooms(counts, memo);
            counts[first]--;
            var chosen = -1;
            foreach (var other in PartnerOrder(first))
            {
                if (counts[other] > 0 && Compatible(first, other))
                {
                    counts[other]--;
                    var rest = Rooms(counts, memo);
                    counts[other]++;
                    if (1 + rest == best)
                    {
                        chosen = other;
                        break;
                    }
                }
            }

            var a = queues[first].Dequeue();
            if (chosen >= 0)
            {
                counts[chosen]--;
                rooms.Add(Shared(a, queues[chosen].Dequeue()));
            }
            else
            {
                rooms.Add(new ChildRoom(RoomUse.ChildAlone, a, null));
            }
        }

        return rooms.ToImmutable();
    }

    private static int Rooms(int[] counts, Dictionary<long, int> memo)
    {
        var first = Array.FindIndex(counts, n => n > 0);
        if (first < 0)
        {
            return 0;
        }

        var key = Key(counts);
        if (memo.TryGetValue(key, out var known))
        {
            return known;
        }

        counts[first]--;
        var best = 1 + Rooms(counts, memo);
        foreach (var other in PartnerOrder(first))
        {
            if (counts[other] > 0 && Compatible(first, other))
            {
                counts[other]--;
                best = Math.Min(best, 1 + Rooms(counts, memo));
                counts[other]++;
            }
        }

        counts[first]++;
        memo[key] = best;
        return best;
    }

    private static long Key(int[] counts)
    {
        long key = 0;
        foreach (var n in counts)
        {
            key = (key << 10) | (uint)Math.Min(n, 1023);
        }

        return key;
    }

    private static IEnumerable<int> PartnerOrder(int first)
    {
        yield return first;
        for (var c = 0; c < Categories; c++)
        {
            if (c != first)
            {
                yield return c;
            }
        }
    }

    private static int Category(Sleeper s) => ((s.Band == AgeBand.UnderTen ? 1 : 0) * 3) + s.Sex switch
    {
        Sex.Male => 0,
        Sex.Female => 1,
        null => 2,
    };

    private static bool Compatible(int a, int b)
    {
        var underTens = a >= 3 && b >= 3;
        var sexA = a % 3;
        var sexB = b % 3;
        return underTens || sexA == 2 || sexB == 2 || sexA == sexB;
    }

    // The rules in printed order (§14.2 then §14.3): same-sex 10-15s pair; under-10s pair eldest first; then an
    // unpaired 10-15 takes the left-over under-10 if they can share; anyone left has a room alone.
    private static ImmutableArray<ChildRoom> Sequential(IReadOnlyList<Sleeper> children)
    {
        var rooms = ImmutableArray.CreateBuilder<ChildRoom>();
        var adolescents = children.Where(s => s.Band == AgeBand.Adolescent).OrderBy(s => s.SortDate).ToList();
        var unpairedAdolescents = new List<Sleeper>();
        foreach (var sex in new Sex?[] { Sex.Male, Sex.Female })
        {
            var same = adolescents.Where(s => s.Sex == sex).ToList();
            for (var i = 0; i + 1 < same.Count; i += 2)
            {
                rooms.Add(Shared(same[i], same[i + 1]));
            }

            if (same.Count % 2 == 1)
            {
                unpairedAdolescents.Add(same[^1]);
            }
        }

        foreach (var either in adolescents.Where(s => s.Sex is null))
        {
            var partner = unpairedAdolescents.FirstOrDefault();
            if (partner is null)
            {
                unpairedAdolescents.Add(either);
            }
            else
            {
                unpairedAdolescents.Remove(partner);
                rooms.Add(Shared(partner, either));
            }
        }

        var underTens = children.Where(s => s.Band == AgeBand.UnderTen).OrderBy(s => s.SortDate).ToList();
        for (var i = 0; i + 1 < underTens.Count; i += 2)
        {
            rooms.Add(Shared(underTens[i], underTens[i + 1]));
        }

        var leftOver = underTens.Count % 2 == 1 ? underTens[^1] : null;
        foreach (var adolescent in unpairedAdolescents.OrderBy(s => s.SortDate))
        {
            if (leftOver is not null && CanShare(adolescent, leftOver))
            {
                rooms.Add(Shared(adolescent, leftOver));
                leftOver = null;
            }
            else
            {
                rooms.Add(new ChildRoom(RoomUse.ChildAlone, adolescent, null));
            }
        }

        if (leftOver is not null)
        {
            rooms.Add(new ChildRoom(RoomUse.ChildAlone, leftOver, null));
        }

        return rooms.ToImmutable();
    }
}
