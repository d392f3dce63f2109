using OpenLettings.Domain.Households;
using OpenLettings.Domain.Schemes.DevonHomeChoice;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Bedrooms;
using static OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.DevonTestData;

namespace OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.Bedrooms;

/// <summary>
/// Pregnancy (001 §14.5-14.8) and every outcome the manual lists in §14.6-14.7 (spec BED-1a), for a single
/// pregnant applicant with the children named.
/// </summary>
public class PregnancyTests
{
    private static readonly DevonOptions Defaults = new();
    private static readonly DateOnly Due = AsOf.AddMonths(3);

    private static int Without(params Member[] children) => BedroomStandard.Assess(SingleParentWith(children), Defaults, AsOf).BedroomsNeeded;

    private static int With(params Member[] children) => BedroomStandard.Assess(SingleParentWith([.. children, Unborn("baby", Due)]), Defaults, AsOf).BedroomsNeeded;

    public static TheoryData<string, Member[]> Increases => new()
    {
        { "no children", [] },
        { "2 boys aged 12 and 13", [Boy("a", 12), Boy("b", 13)] },
        { "2 girls aged 4 and 7", [Girl("a", 4), Girl("b", 7)] },
        { "2 girls aged 14 and 3", [Girl("a", 14), Girl("b", 3)] },
        { "a boy and a girl under 10", [Boy("a", 8), Girl("b", 5)] },
        { "4 boys", [Boy("a", 14), Boy("b", 11), Boy("c", 7), Boy("d", 2)] },
        { "4 girls, all under 10", [Girl("a", 9), Girl("b", 7), Girl("c", 5), Girl("d", 1)] },
        { "2 boys and 2 girls aged 10-15", [Boy("a", 12), Boy("b", 13), Girl("c", 11), Girl("d", 15)] },
        { "2 boys and 2 girls, mixed ages", [Boy("a", 12), Boy("b", 6), Girl("c", 11), Girl("d", 2)] },
    };

    public static TheoryData<string, Member[]> NoChange => new()
    {
        { "1 boy aged 14", [Boy("a", 14)] },
        { "1 girl aged 2", [Girl("a", 2)] },
        { "a boy and a girl, the boy over 10", [Boy("a", 11), Girl("b", 6)] },
        { "a boy and a girl, both over 10", [Boy("a", 11), Girl("b", 13)] },
        { "3 children", [Boy("a", 12), Girl("b", 8), Girl("c", 5)] },
        { "3 children of mixed sexes over 10", [Boy("a", 12), Girl("b", 13), Boy("c", 15)] },
        { "4 children, 3 boys, the girl over 10", [Boy("a", 14), Boy("b", 12), Boy("c", 11), Girl("d", 13)] },
        { "4 children, 3 girls, the boy over 10", [Girl("a", 9), Girl("b", 6), Girl("c", 3), Boy("d", 11)] },
        { "5 children", [Boy("a", 14), Boy("b", 12), Girl("c", 9), Girl("d", 6), Boy("e", 2)] },
    };

    [Theory(DisplayName = "Pregnancy adds a bedroom for the households listed in 001 §14.6")]
    [MemberData(nameof(Increases))]
    public void Assess_Pregnancy_IncreasesNeedByOne(string household, Member[] children) =>
        Assert.True(With(children) == Without(children) + 1, household);

    [Theory(DisplayName = "Pregnancy does not change the need of the households listed in 001 §14.7")]
    [MemberData(nameof(NoChange))]
    public void Assess_Pregnancy_NoChange(string household, Member[] children) =>
        Assert.True(With(children) == Without(children), household);

    [Fact(DisplayName = "Contradicting mix: 4 under-10s, 3 of them boys, goes from 2 to 3 child rooms despite §14.7 (001 §14.7, spec ambiguity 3)")]
    public void Assess_Pregnancy_FourUnderTensThreeBoys_IncreasesAgainstTheList()
    {
        Member[] children = [Boy("a", 8), Boy("b", 6), Boy("c", 4), Girl("d", 2)];
        Assert.Equal(3, Without(children));
        Assert.Equal(4, With(children));
    }

    [Fact(DisplayName = "Contradicting mix: a 10-15 boy with two boys and a girl under 10 also rises (001 §14.7, spec ambiguity 3)")]
    public void Assess_Pregnancy_ThreeBoysOneGirlWhoCanShare_IncreasesAgainstTheList()
    {
        Member[] children = [Boy("a", 12), Boy("b", 5), Boy("c", 4), Girl("d", 3)];
        Assert.Equal(With(children), Without(children) + 1);
    }

    [Fact(DisplayName = "The unborn child is assumed to be of the sex that shares: it joins an unpaired 10-15 (001 §14.8)")]
    public void Assess_UnbornJoinsUnpairedAdolescent()
    {
        var need = BedroomStandard.Assess(SingleParentWith(Boy("a", 12), Girl("b", 13), Unborn("baby", Due)), Defaults, AsOf);
        Assert.Equal(3, need.BedroomsNeeded);
        Assert.Contains(need.Rooms, r => r.Use == RoomUse.AdolescentWithUnderTen && r.Occupants.Contains(new("baby")));
        Assert.Contains(need.Reasons, r => r.RuleId == "DHC.Bedrooms.UnbornCounted" && r.Citation.Section == "14.8");
    }

    [Fact(DisplayName = "An unborn child is not counted without proof of pregnancy (001 §14.5)")]
    public void Assess_UnbornNotEvidenced_NotCounted()
    {
        var need = BedroomStandard.Assess(SingleParentWith(Unborn("baby", Due, evidenced: false)), Defaults, AsOf);
        Assert.Equal(1, need.BedroomsNeeded);
        Assert.Contains(need.Reasons, r => r.RuleId == "DHC.Bedrooms.UnbornNotEvidenced" && r.Citation.Section == "14.5");
    }

    [Fact(DisplayName = "Once born, a baby of the other sex may not share with a sibling aged 10-15 (001 §14.8)")]
    public void Assess_AfterBirth_OppositeSexBabyCannotJoinAdolescent()
    {
        var baby = new Member { Id = new("baby"), Role = MemberRole.Child, DateOfBirth = AsOf.AddDays(-3), Sex = Sex.Female };
        Assert.Equal(2, With(Boy("a", 12)));
        Assert.Equal(3, Without(Boy("a", 12), baby));
    }

    [Fact(DisplayName = "Every age mix of up to 5 children: the §14.6-14.7 lists hold except '4 children, 3 of one sex' when the odd pair are both under 10 (001 §14.6-14.8)")]
    public void Assess_Pregnancy_EveryAgeMixAgainstTheLists()
    {
        (int Age, Sex Sex)[] kinds = [(3, Sex.Male), (3, Sex.Female), (12, Sex.Male), (12, Sex.Female)];
        IEnumerable<int[]> Mixes(int start, int[] prefix)
        {
            yield return prefix;
            if (prefix.Length == 5)
            {
                yield break;
            }

            for (var k = start; k < kinds.Length; k++)
            {
                foreach (var mix in Mixes(k, [.. prefix, k]))
                {
                    yield return mix;
                }
            }
        }

        var checkedMixes = 0;
        foreach (var mix in Mixes(0, []))
        {
            var children = mix.Select((k, i) => Child($"c{i}", kinds[k].Age, kinds[k].Sex)).ToArray();
            var boys = children.Where(c => c.Sex == Sex.Male).ToList();
            var girls = children.Where(c => c.Sex == Sex.Female).ToList();
            bool UnderTen(Member m) => m.AgeOn(AsOf) < 10;
            var expectedIncrease = children.Length switch
            {
                0 => true,
                1 or 3 or 5 => false,
                2 => boys.Count != 1 || children.All(UnderTen),
                4 when boys.Count is 4 or 0 or 2 => true,
                _ => (boys.Count == 1 ? boys : girls) is [var odd] && UnderTen(odd) && (boys.Count == 3 ? boys : girls).Any(UnderTen),
            };
            var increase = With(children) - Without(children);
            Assert.True(increase == (expectedIncrease ? 1 : 0), $"{string.Join(", ", children.Select(c => $"{c.Sex} {c.AgeOn(AsOf)}"))}: increase {increase}");
            checkedMixes++;
        }

        Assert.Equal(126, checkedMixes);
    }
}
