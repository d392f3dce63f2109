using System.Collections.Immutable;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Households;

namespace OpenLettings.Domain.Schemes.Chesterfield;

/// <summary>A person the room standard counts, as of the assessment date.</summary>
public sealed record CountedPerson(Member Member, int Age, DateOnly BornOn, bool IsApplicantOrPartner, bool IsDependant);

/// <summary>The bedrooms a household needs under the policy's overcrowding standard, with how it was worked out.</summary>
public sealed record ChesterfieldBedroomNeed
{
    public required int BedroomsNeeded { get; init; }

    /// <summary>Bedrooms the household lacks in its current home (0 if none).</summary>
    public required int BedroomsLacking { get; init; }

    /// <summary>The people counted (excluded children and unborn children before the 25th week are left out).</summary>
    public required ImmutableArray<CountedPerson> People { get; init; }

    /// <summary>An extra bedroom was given on medical grounds (equipment or carer), so medical priority is not also given.</summary>
    public bool MedicalBedroomGiven { get; init; }

    public ImmutableArray<Reason> Reasons { get; init; } = [];

    /// <summary>Dependent children counted (003 Appendix B 8(iv)).</summary>
    public int Dependants => People.Count(p => p.IsDependant);
}

/// <summary>
/// The Home-Options overcrowding standard (003 Appendix B 7(vi) B-4, 7(vii) C-2): couples share; no one shares
/// with a parent; adults who are not a couple and not siblings do not share; siblings of the opposite sex do not
/// share once either is over seven; siblings of the same sex do not share where one is ten or older and the gap is
/// five years or more. The fewest bedrooms that avoid every one of those is the household's need.
/// </summary>
public static class OvercrowdingStandard
{
    /// <summary>Works out the bedrooms the household needs and lacks on <paramref name="asOf"/>.</summary>
    public static ChesterfieldBedroomNeed Assess(ChesterfieldApplication application, ChesterfieldOptions options, DateOnly asOf)
    {
        var reasons = ImmutableArray.CreateBuilder<Reason>();
        var people = CountPeople(application, options, asOf, reasons);

        var rooms = 0;
        var unpaired = new List<CountedPerson>();
        var used = new HashSet<int>();
        for (var i = 0; i < people.Length; i++)
        {
            if (used.Contains(i))
            {
                continue;
            }

            var partnerIndex = FindPartner(people, i);
            if (partnerIndex is { } j && !used.Contains(j))
            {
                used.Add(i);
                used.Add(j);
                rooms++;
                reasons.Add(new Reason("CBC.Bedrooms.CoupleShares", ChesterfieldCitations.Policy("7(vi) B-4"),
                    "A couple shares one bedroom.").With(new Fact("couple", $"{people[i].Member.Id} and {people[j].Member.Id}")));
            }
            else
            {
                unpaired.Add(people[i]);
                used.Add(i);
            }
        }

        var pairs = MaximumSharing(unpaired, options);
        rooms += unpaired.Count - pairs.Count;
        foreach (var (a, b) in pairs)
        {
            reasons.Add(new Reason("CBC.Bedrooms.MayShare", ChesterfieldCitations.Policy("7(vi) B-4"),
                    $"{a.Member.Id} and {b.Member.Id} can share a bedroom under the overcrowding standard.")
                .With(new Fact("ages", $"{a.Age} and {b.Age}")));
        }

        foreach (var single in unpaired.Where(p => !pairs.Any(pair => pair.A == p || pair.B == p)))
        {
            reasons.Add(new Reason("CBC.Bedrooms.OwnRoom", ChesterfieldCitations.Policy("7(vi) B-4"),
                    $"{single.Member.Id} needs a bedroom of their own: nobody else in the household can share with them under the overcrowding standard.")
                .With(new Fact("age", single.Age.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        var medical = false;
        if (application.ExtraBedroomForMedicalEquipment)
        {
            rooms++;
            medical = true;
            reasons.Add(new Reason("CBC.Bedrooms.MedicalEquipment", ChesterfieldCitations.Policy("8(vii)"),
                "You are given an extra bedroom for essential medical equipment; you are then treated as overcrowded and no medical priority is given as well."));
        }

        if (application.ExtraBedroomForLiveInCarer)
        {
            rooms++;
            medical = true;
            reasons.Add(new Reason("CBC.Bedrooms.LiveInCarer", ChesterfieldCitations.Policy("8(vii)"),
                "You are given an extra bedroom for an essential live-in carer; you are then treated as overcrowded and no medical priority is given as well."));
        }

        rooms = Math.Max(rooms, people.IsEmpty ? 0 : 1);
        var lacking = Math.Max(0, rooms - application.CurrentHome.Bedrooms);
        reasons.Add(new Reason("CBC.Bedrooms.Need", ChesterfieldCitations.Policy("7(vi) B-4"),
                lacking == 0
                    ? $"Your household needs {rooms} bedroom(s) and your home has {application.CurrentHome.Bedrooms}, so you are not overcrowded."
                    : $"Your household needs {rooms} bedroom(s) and your home has {application.CurrentHome.Bedrooms}, so you lack {lacking}.")
            .With(new Fact("bedrooms needed", rooms.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Fact("bedrooms in current home", application.CurrentHome.Bedrooms.ToString(System.Globalization.CultureInfo.InvariantCulture))));

        return new ChesterfieldBedroomNeed
        {
            BedroomsNeeded = rooms,
            BedroomsLacking = lacking,
            People = people,
            MedicalBedroomGiven = medical,
            Reasons = reasons.ToImmutable(),
        };
    }

    /// <summary>
    /// Whether two people who are not a couple may share a bedroom. Only siblings share (children of the
    /// applicant, by role); a person of unknown sex (an unborn child) shares if either sex would allow it.
    /// </summary>
    public static bool MayShare(CountedPerson a, CountedPerson b, ChesterfieldOptions options)
    {
        if (a.IsApplicantOrPartner || b.IsApplicantOrPartner || !IsSibling(a) || !IsSibling(b))
        {
            return false;
        }

        if (a.Member.Sex is { } sa && b.Member.Sex is { } sb)
        {
            return sa == sb ? SameSexMayShare(a, b, options) : OppositeSexMayShare(a, b, options);
        }

        return SameSexMayShare(a, b, options) || OppositeSexMayShare(a, b, options);
    }

    private static bool IsSibling(CountedPerson p) => p.Member.Role is MemberRole.Child or MemberRole.Unborn;

    private static bool OppositeSexMayShare(CountedPerson a, CountedPerson b, ChesterfieldOptions options) =>
        a.Age <= options.OppositeSexSharingMaximumAge && b.Age <= options.OppositeSexSharingMaximumAge;

    private static bool SameSexMayShare(CountedPerson a, CountedPerson b, ChesterfieldOptions options)
    {
        var (older, younger) = a.BornOn <= b.BornOn ? (a, b) : (b, a);
        var gapAtLeast = older.BornOn.AddYears(options.SameSexAgeGapYears) <= younger.BornOn;
        return !(older.Age >= options.SameSexOlderChildAge && gapAtLeast);
    }

    /// <summary>The people counted on <paramref name="asOf"/>, with dependants marked.</summary>
    public static ImmutableArray<CountedPerson> CountPeople(ChesterfieldApplication application, ChesterfieldOptions options, DateOnly asOf) =>
        CountPeople(application, options, asOf, ImmutableArray.CreateBuilder<Reason>());

    private static ImmutableArray<CountedPerson> CountPeople(ChesterfieldApplication application, ChesterfieldOptions options, DateOnly asOf, ImmutableArray<Reason>.Builder reasons)
    {
        var result = ImmutableArray.CreateBuilder<CountedPerson>();
        foreach (var member in application.Household.Members)
        {
            var jointAccess = application.JointAccessChildren.FirstOrDefault(j => j.Member == member.Id);
            if (jointAccess is not null)
            {
                if (!jointAccess.ChildBenefitPaidToThisHousehold)
                {
                    reasons.Add(new Reason("CBC.Bedrooms.JointAccessNoChildBenefit", ChesterfieldCitations.Policy("8(v)"),
                        $"{member.Id} is not counted: under joint access the bedroom goes to the parent who receives child benefit.").With(new Fact("member", member.Id.Value)));
                    continue;
                }
            }
            else if (!member.PrimarilyResident)
            {
                reasons.Add(new Reason("CBC.Bedrooms.NotResident", ChesterfieldCitations.Policy("8(iv)"),
                    $"{member.Id} is not counted: a dependent child must actually live with you, not only visit.").With(new Fact("member", member.Id.Value)));
                continue;
            }

            if (member.Role == MemberRole.Unborn)
            {
                if (member.DueDate is not { } due || !member.PregnancyEvidenced)
                {
                    reasons.Add(new Reason("CBC.Bedrooms.PregnancyNotEvidenced", ChesterfieldCitations.Policy("8(iii)"),
                        "The unborn child is not counted yet: evidence of the pregnancy from a doctor or midwife is needed."));
                    continue;
                }

                var gestationDays = 280 - (due.DayNumber - asOf.DayNumber);
                if (gestationDays < options.PregnancyCompletedWeeks * 7)
                {
                    reasons.Add(new Reason("CBC.Bedrooms.PregnancyBeforeWeek25", ChesterfieldCitations.Policy("8(iii)"),
                            $"The unborn child is not counted yet: a bedspace is given from week {options.PregnancyCompletedWeeks + 1} of pregnancy.")
                        .With(new Fact("completed weeks", (gestationDays / 7).ToString(System.Globalization.CultureInfo.InvariantCulture))));
                    continue;
                }

                reasons.Add(new Reason("CBC.Bedrooms.PregnancyCounted", ChesterfieldCitations.Policy("8(iii)"),
                        $"The unborn child is counted: the pregnancy is evidenced and past week {options.PregnancyCompletedWeeks}.")
                    .With(new Fact("due date", due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
                result.Add(new CountedPerson(member, 0, due, false, true));
                continue;
            }

            var bornOn = member.DateOfBirth ?? asOf;
            var age = member.AgeOn(asOf) ?? 0;
            var applicantOrPartner = member.Role is MemberRole.MainApplicant or MemberRole.JointApplicant or MemberRole.Partner;
            var dependant = !applicantOrPartner
                && ((age <= options.DependentChildMaximumAge && member.Role == MemberRole.Child) || application.DependentAdults.Contains(member.Id));
            result.Add(new CountedPerson(member, age, bornOn, applicantOrPartner, dependant));
        }

        return result.ToImmutable();
    }

    private static int? FindPartner(ImmutableArray<CountedPerson> people, int i)
    {
        var me = people[i].Member;
        for (var j = 0; j < people.Length; j++)
        {
            if (j != i && (me.PartnerId == people[j].Member.Id || people[j].Member.PartnerId == me.Id))
            {
                return j;
            }
        }

        return null;
    }

    private static List<(CountedPerson A, CountedPerson B)> MaximumSharing(List<CountedPerson> people, ChesterfieldOptions options)
    {
        var memo = new Dictionary<(int Start, long Mask), List<(CountedPerson, CountedPerson)>>();
        return Best(0, 0L);

        List<(CountedPerson, CountedPerson)> Best(int start, long mask)
        {
            while (start < people.Count && (mask & (1L << start)) != 0)
            {
                start++;
            }

            if (start >= people.Count)
            {
                return [];
            }

            if (memo.TryGetValue((start, mask), out var cached))
            {
                return cached;
            }

            var best = Best(start + 1, mask | (1L << start));
            for (var j = start + 1; j < people.Count; j++)
            {
                if ((mask & (1L << j)) == 0 && MayShare(people[start], people[j], options))
                {
                    var rest = Best(start + 1, mask | (1L << start) | (1L << j));
                    if (rest.Count + 1 > best.Count)
                    {
                        best = [(people[start], people[j]), .. rest];
                    }
                }
            }

            memo[(start, mask)] = best;
            return best;
        }
    }
}
