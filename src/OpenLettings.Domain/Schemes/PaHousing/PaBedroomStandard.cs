using OpenLettings.Domain.Common;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Households;

namespace OpenLettings.Domain.Schemes.PaHousing;

/// <summary>
/// The §4.7 bedroom need matrix: the DWP size criteria with PA Housing's Midlands variation (children share
/// up to 16, own room for anyone else from 16, shared care from 3 nights, changes expected within 12 months)
/// and the London and South East variation (same-sex siblings of any age share when under 10 years apart,
/// own room for other adults from 18, bedrooms at the principal home only).
/// </summary>
/// <remarks>004 §4.7.</remarks>
public static class PaBedroomStandard
{
    private sealed record Occupant(Member Member, DateOnly DateOfBirth, Sex? Sex);

    /// <summary>Works out the bedroom need now and, where the sub-region counts expected changes, the entitlement.</summary>
    public static PaBedroomNeed Assess(PaHousingApplication app, SubRegion region, PaHousingOptions options, DateOnly asOf)
    {
        var rules = options.For(region);
        var reasons = new List<Reason>();
        var now = Occupants(app, rules, asOf, asOf, reasons, explain: true);
        var (current, parts) = Count(app, now, rules, options, asOf);
        var extras = Extras(app, now, reasons);
        var currentNeed = current + extras;
        reasons.Insert(0, Pa.Reason("Bedrooms.Need", "4.7",
            $"Under the bedroom rules for {Pa.Region(region)} your household needs {Plural(currentNeed, "bedroom")}: {string.Join("; ", parts)}.",
            Pa.Fact("occupants", now.Count), Pa.Fact("sub-region", region)));

        var entitlement = currentNeed;
        if (rules.AnticipatedChangeMonths is { } months)
        {
            var future = asOf.AddMonths(months);
            var later = Occupants(app, rules, asOf, future, reasons, explain: false);
            var (laterRooms, laterParts) = Count(app, later, rules, options, future);
            var laterNeed = laterRooms + Extras(app, later, null);
            if (laterNeed > currentNeed)
            {
                entitlement = laterNeed;
                reasons.Add(Pa.Reason("Bedrooms.AnticipatedChange", "4.7",
                    $"In {Pa.Region(region)} changes expected in the next {months} months count: by {future:d MMMM yyyy} your household will need {Plural(laterNeed, "bedroom")} ({string.Join("; ", laterParts)}), so you may bid for {Plural(laterNeed, "bedroom")}.",
                    Pa.Fact("need now", currentNeed), Pa.Fact("need by " + future.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), laterNeed)));
            }
        }

        var studio = options.SingleAdultsMayTakeStudios && now.Count == 1 && entitlement == 1;
        if (studio)
        {
            reasons.Add(Pa.Reason("Bedrooms.Studio", "4.7", "As a single adult you may also be offered a studio (no separate bedroom)."));
        }

        return new PaBedroomNeed(entitlement, currentNeed, studio, [.. reasons]);
    }

    private static List<Occupant> Occupants(PaHousingApplication app, PaSubRegionOptions rules, DateOnly asOf, DateOnly at, List<Reason> reasons, bool explain)
    {
        var occupants = new List<Occupant>();
        foreach (var member in app.Household.Members)
        {
            if (member.Role == MemberRole.Unborn)
            {
                if (at > asOf && member.PregnancyEvidenced && member.DueDate is { } due && due <= at)
                {
                    occupants.Add(new Occupant(member, due, member.Sex));
                }

                continue;
            }

            if (member.DateOfBirth is not { } dob)
            {
                continue;
            }

            var expected = app.ExpectedMembers.FirstOrDefault(e => e.Member == member.Id);
            if (expected is not null && expected.ExpectedOn > at)
            {
                if (explain && rules.AnticipatedChangeMonths is null)
                {
                    reasons.Add(Pa.Reason("Bedrooms.NotYetResident", "4.7",
                        $"{member.Id} is not expected to live with you until {expected.ExpectedOn:d MMMM yyyy}, so is not counted yet.",
                        Pa.Fact("expected on", expected.ExpectedOn)));
                }

                continue;
            }

            if (!member.PrimarilyResident)
            {
                var care = app.SharedCare.FirstOrDefault(c => c.Child == member.Id);
                var counts = rules.SharedCareNightsForBedroom is { } nights && care is { Evidenced: true } && care.NightsPerWeek >= nights;
                if (explain)
                {
                    reasons.Add(Pa.Reason("Bedrooms.SharedCare", "4.7", counts
                        ? $"{member.Id} lives with you {care!.NightsPerWeek} nights a week (evidenced), which counts for a bedroom in this sub-region."
                        : rules.SharedCareNightsForBedroom is { } n
                            ? $"{member.Id} does not live with you as their main home and is counted only from {n} evidenced nights a week."
                            : $"{member.Id} does not live with you as their main home; in this sub-region a child counts for a bedroom at one principal home only.",
                        Pa.Fact("nights a week", care?.NightsPerWeek), Pa.Fact("evidenced", care?.Evidenced ?? false)));
                }

                if (!counts)
                {
                    continue;
                }
            }

            occupants.Add(new Occupant(member, dob, member.Sex));
        }

        return occupants;
    }

    private static (int Rooms, List<string> Parts) Count(PaHousingApplication app, List<Occupant> occupants, PaSubRegionOptions rules, PaHousingOptions options, DateOnly at)
    {
        var parts = new List<string>();
        var rooms = 0;
        var placed = new HashSet<MemberId>();
        foreach (var occupant in occupants)
        {
            var member = occupant.Member;
            if (placed.Contains(member.Id) || member.PartnerId is not { } partnerId || occupants.All(o => o.Member.Id != partnerId) || placed.Contains(partnerId))
            {
                continue;
            }

            placed.Add(member.Id);
            placed.Add(partnerId);
            rooms++;
            parts.Add(member.Role == MemberRole.MainApplicant || app.Household.Find(partnerId)?.Role == MemberRole.MainApplicant
                ? "1 for you and your partner"
                : $"1 for the couple {member.Id} and {partnerId}");
        }

        var main = occupants.FirstOrDefault(o => o.Member.Role == MemberRole.MainApplicant);
        if (main is not null && placed.Add(main.Member.Id))
        {
            rooms++;
            parts.Add("1 for you");
        }

        var ownRoom = new List<Occupant>();
        var sharers = new List<Occupant>();
        foreach (var occupant in occupants.Where(o => !placed.Contains(o.Member.Id)))
        {
            var age = Age.InYears(occupant.DateOfBirth, at);
            var isChild = occupant.Member.Role is MemberRole.Child or MemberRole.Unborn;
            var own = isChild ? rules.ChildrenOwnRoomFromAge is { } a && age >= a : age >= rules.OtherMembersOwnRoomFromAge;
            (own ? ownRoom : sharers).Add(occupant);
        }

        if (ownRoom.Count > 0)
        {
            var adultPairs = options.NonApplicantAdultsShareWherePossible
                ? MaxPairs(ownRoom, (x, y) => x.Sex is not null && x.Sex == y.Sex)
                : 0;
            rooms += ownRoom.Count - adultPairs;
            var ages = rules.ChildrenOwnRoomFromAge is { } childAge ? Math.Min(childAge, rules.OtherMembersOwnRoomFromAge) : rules.OtherMembersOwnRoomFromAge;
            parts.Add(adultPairs > 0
                ? $"{ownRoom.Count - adultPairs} for {ownRoom.Count} other adults, two of the same sex sharing where they can"
                : $"{ownRoom.Count} for {Plural(ownRoom.Count, "other member")} old enough for a room of their own ({ages} or over)");
        }

        if (sharers.Count > 0)
        {
            var pairs = MaxPairs(sharers, (x, y) => CanShare(x, y, rules, at));
            var needed = sharers.Count - pairs;
            rooms += needed;
            parts.Add($"{needed} for {Plural(sharers.Count, "child", "children")}" + (pairs > 0 ? $", {Plural(pairs, "pair")} sharing" : ""));
        }

        return (rooms, parts);
    }

    private static int Extras(PaHousingApplication app, List<Occupant> occupants, List<Reason>? reasons)
    {
        var extra = 0;
        var hasCouple = occupants.Any(o => o.Member.PartnerId is { } p && occupants.Any(x => x.Member.Id == p));
        if (hasCouple && app.CoupleNeedsSeparateBedrooms is { Value: true } separate)
        {
            extra++;
            reasons?.Add(Pa.Reason("Bedrooms.CoupleSeparateRooms", "4.7", "An extra bedroom is allowed because a medical need for you and your partner to have separate bedrooms has been agreed.").With(Pa.By(separate)));
        }

        if (app.OvernightCarer is { Value: true } carer && occupants.Any(o => o.Member.Role != MemberRole.Child))
        {
            extra++;
            reasons?.Add(Pa.Reason("Bedrooms.OvernightCarer", "4.7", "An extra bedroom is allowed for a carer who does not live with you but provides overnight care for an adult in your household.").With(Pa.By(carer)));
        }

        if (app.AdditionalBedroomsRecommended is { Value: > 0 } recommended)
        {
            extra += recommended.Value;
            reasons?.Add(Pa.Reason("Bedrooms.ProfessionalRecommendation", "4.7",
                $"{Plural(recommended.Value, "extra bedroom")} recommended by a professional practitioner supporting your household.").With(Pa.By(recommended)));
        }

        return extra;
    }

    private static bool CanShare(Occupant x, Occupant y, PaSubRegionOptions rules, DateOnly at)
    {
        var ageX = Age.InYears(x.DateOfBirth, at);
        var ageY = Age.InYears(y.DateOfBirth, at);
        if (ageX < rules.MixedSexChildrenShareUnderAge && ageY < rules.MixedSexChildrenShareUnderAge)
        {
            return true;
        }

        var sameSex = x.Sex is null || y.Sex is null || x.Sex == y.Sex;
        if (!sameSex)
        {
            return false;
        }

        if (ageX < rules.SameSexChildrenShareUnderAge && ageY < rules.SameSexChildrenShareUnderAge)
        {
            return true;
        }

        if (rules.SameSexAnyAgeMaxGapYears is { } gap)
        {
            var (older, younger) = x.DateOfBirth <= y.DateOfBirth ? (x.DateOfBirth, y.DateOfBirth) : (y.DateOfBirth, x.DateOfBirth);
            return Age.InYears(older, younger) < gap;
        }

        return false;
    }

    /// <summary>The most disjoint pairs that can be formed (households are small, so an exhaustive search is used).</summary>
    private static int MaxPairs(List<Occupant> people, Func<Occupant, Occupant, bool> canShare)
    {
        if (people.Count < 2)
        {
            return 0;
        }

        var first = people[0];
        var rest = people.Skip(1).ToList();
        var best = MaxPairs(rest, canShare);
        for (var i = 0; i < rest.Count; i++)
        {
            if (canShare(first, rest[i]))
            {
                var remaining = rest.Where((_, j) => j != i).ToList();
                best = Math.Max(best, 1 + MaxPairs(remaining, canShare));
            }
        }

        return best;
    }

    private static string Plural(int n, string one, string? many = null) => n == 1 ? $"1 {one}" : $"{n} {many ?? one + "s"}";
}
