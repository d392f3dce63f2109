using OpenLettings.Domain.Households;
using OpenLettings.Domain.Schemes.DevonHomeChoice;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Bedrooms;
using static OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.DevonTestData;

namespace OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.Bedrooms;

/// <summary>
/// The minimum-rooms pairing checked against a brute-force search over every way of pairing, for every mix of
/// up to six children drawn from boys and girls under 10 and aged 10-15, an unborn child and a 10-15 with no sex recorded (001 §14.2-14.3, §14.8).
/// </summary>
public class PairingPropertyTests
{
    private static readonly (string Kind, int? Age, Sex? Sex)[] Kinds =
        [("b", 3, Sex.Male), ("g", 4, Sex.Female), ("B", 12, Sex.Male), ("G", 13, Sex.Female), ("u", null, null), ("x", 11, null)];

    private static IEnumerable<int[]> Mixes(int maxSize)
    {
        IEnumerable<int[]> Build(int start, int[] prefix)
        {
            yield return prefix;
            if (prefix.Length == maxSize)
            {
                yield break;
            }

            for (var k = start; k < Kinds.Length; k++)
            {
                foreach (var mix in Build(k, [.. prefix, k]))
                {
                    yield return mix;
                }
            }
        }

        return Build(0, []);
    }

    private static bool CanShare(int a, int b)
    {
        var (_, ageA, sexA) = Kinds[a];
        var (_, ageB, sexB) = Kinds[b];
        var underTenA = ageA is null or < 10;
        var underTenB = ageB is null or < 10;
        return (underTenA && underTenB) || sexA is null || sexB is null || sexA == sexB;
    }

    private static int BruteForce(List<int> children)
    {
        if (children.Count == 0)
        {
            return 0;
        }

        var first = children[0];
        var rest = children.Skip(1).ToList();
        var best = 1 + BruteForce(rest);
        for (var i = 0; i < rest.Count; i++)
        {
            if (CanShare(first, rest[i]))
            {
                var without = rest.Where((_, j) => j != i).ToList();
                best = Math.Min(best, 1 + BruteForce(without));
            }
        }

        return best;
    }

    private static DevonApplication Household(int[] mix) =>
        SingleParentWith([.. mix.Select((k, i) => Kinds[k].Age is { } age
            ? Child($"{Kinds[k].Kind}{i}", age, Sex.Male) with { Sex = Kinds[k].Sex }
            : Unborn($"u{i}", AsOf.AddMonths(2)))]);

    [Fact(DisplayName = "Minimum pairing equals the brute-force minimum for every mix of up to 6 children (001 §14.2-14.3)")]
    public void Assess_MinimumPairing_MatchesBruteForce()
    {
        var options = new DevonOptions();
        var checkedMixes = 0;
        foreach (var mix in Mixes(6))
        {
            var expected = 1 + BruteForce([.. mix]);
            var actual = BedroomStandard.Assess(Household(mix), options, AsOf).StandardBedrooms;
            Assert.True(expected == actual, $"mix {string.Concat(mix.Select(k => Kinds[k].Kind))}: expected {expected}, got {actual}");
            checkedMixes++;
        }

        Assert.Equal(924, checkedMixes);
    }

    [Fact(DisplayName = "The sequential reading never needs fewer rooms than the minimum, and every child is in exactly one room (001 §14.2-14.3)")]
    public void Assess_SequentialPairing_NeverBelowMinimumAndPlacesEveryone()
    {
        var minimum = new DevonOptions();
        var sequential = minimum with { Bedrooms = minimum.Bedrooms with { Pairing = ChildPairing.Sequential } };
        foreach (var mix in Mixes(6))
        {
            var app = Household(mix);
            var seq = BedroomStandard.Assess(app, sequential, AsOf);
            Assert.True(seq.StandardBedrooms >= BedroomStandard.Assess(app, minimum, AsOf).StandardBedrooms);
            var placed = seq.Rooms.SelectMany(r => r.Occupants).ToList();
            Assert.Equal(app.Household.Members.Length, placed.Count);
            Assert.Equal(placed.Count, placed.Distinct().Count());
            foreach (var pair in seq.Rooms.Where(r => r.Occupants.Length == 2 && r.Use != RoomUse.Couple))
            {
                var a = Array.FindIndex(Kinds, k => k.Kind[0] == pair.Occupants[0].Value[0]);
                var b = Array.FindIndex(Kinds, k => k.Kind[0] == pair.Occupants[1].Value[0]);
                Assert.True(CanShare(a, b), $"{pair.Occupants[0]} and {pair.Occupants[1]} may not share");
            }
        }
    }
}
