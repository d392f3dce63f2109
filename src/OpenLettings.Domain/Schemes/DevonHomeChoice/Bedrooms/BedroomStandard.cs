using System.Collections.Immutable;
using System.Globalization;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Households;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Bedrooms;

/// <summary>
/// Devon Home Choice bedroom need: the bedroom standard, the adjustments officers record, any overridden need,
/// and how overcrowded the current home is.
/// </summary>
/// <remarks>
/// 001 §14.1-14.8 (standard and pregnancy), §14.13-14.14 (who counts), §14.17 (overrides, overnight carers),
/// §39.33-39.35 (extra bedrooms), §27.8-27.9 (fostering and adoption), §22.1-22.3, §22.9-22.11 and §30.7
/// (overcrowding and rooms too small). Tenure exclusions from overcrowding priority (temporary accommodation,
/// no fixed abode, short stays with family) are applied by banding, not here.
/// </remarks>
public static class BedroomStandard
{
    /// <summary>Works out the household's bedroom need on <paramref name="asOf"/>, with reasons.</summary>
    public static BedroomNeed Assess(DevonApplication app, DevonOptions options, DateOnly asOf)
    {
        var o = options.Bedrooms;
        var reasons = ImmutableArray.CreateBuilder<Reason>();

        var counted = WhoCounts(app.Household, o, asOf, reasons);
        var (adultRooms, children) = AdultRooms(counted, o, reasons);

        var standardChildRooms = ChildPairer.Pair(children, o.Pairing);
        var standard = adultRooms.Count + standardChildRooms.Length;

        var cannotShare = DisabledChildren(app, children, reasons);
        var childRooms = cannotShare.Count == 0
            ? standardChildRooms
            : [.. cannotShare.Select(c => new ChildRoom(RoomUse.DisabledChild, c, null)), .. ChildPairer.Pair([.. children.Except(cannotShare)], o.Pairing)];

        foreach (var room in childRooms)
        {
            reasons.Add(ChildRoomReason(room, o));
        }

        reasons.Add(new Reason(
            "DHC.Bedrooms.Standard",
            Citation.Devon("14.2"),
            $"Under the Devon Home Choice bedroom standard your household needs {Bedrooms(standard)}.")
            .With(new Fact("standard bedrooms", Num(standard)), new Fact("pairing", o.Pairing.ToString()), new Fact("adult age", Num(o.AdultAge))));

        var rooms = new List<BedroomAllocation>(adultRooms);
        rooms.AddRange(childRooms.Where(r => r.Second is not null).Select(ToAllocation));
        rooms.AddRange(childRooms.Where(r => r.Second is null).Select(ToAllocation));
        if (cannotShare.Count > 0)
        {
            var added = rooms.Count - standard;
            reasons.Add(new Reason(
                "DHC.Bedrooms.DisabledChildCannotShare",
                Citation.Devon("39.34"),
                added > 0
                    ? $"Because a disabled child in your household cannot share a bedroom, your household needs {Bedrooms(added)} more than the standard."
                    : "A disabled child in your household cannot share a bedroom, but they already have a bedroom of their own under the standard.")
                .With(new Fact("extra bedrooms", Num(added))));
        }

        rooms.AddRange(ExtraRooms(app, counted, o, reasons));

        var needed = rooms.Count;
        var overridden = false;
        if (app.Bedrooms.Override is { } ov)
        {
            overridden = true;
            var target = Math.Max(0, ov.Value.Bedrooms);
            if (target > rooms.Count)
            {
                rooms.AddRange(Enumerable.Repeat(new BedroomAllocation(RoomUse.Override, []), target - rooms.Count));
            }
            else if (target < rooms.Count)
            {
                rooms.RemoveRange(target, rooms.Count - target);
            }

            reasons.Add(new Reason(
                "DHC.Bedrooms.Override",
                Citation.Devon("14.17"),
                $"Your bedroom need has been set at {Bedrooms(target)} by {ov.AssessedBy.Name} ({ov.AssessedBy.Role}) on {ov.AssessedOn:d MMMM yyyy}, instead of the {Num(needed)} worked out under the rules: {ov.Value.Reason}")
                .With(new Fact("calculated bedrooms", Num(needed)), new Fact("overridden bedrooms", Num(target)), new Fact("override reason", ov.Value.Reason), new Fact("decided by", $"{ov.AssessedBy.Name}, {ov.AssessedBy.Role}")));
            needed = target;
        }
        else if (needed != standard)
        {
            reasons.Add(new Reason(
                "DHC.Bedrooms.Adjusted",
                Citation.Devon("14.17"),
                $"With the extra bedrooms agreed, your household needs {Bedrooms(needed)}.")
                .With(new Fact("bedrooms needed", Num(needed))));
        }

        var current = app.CurrentHome.BedroomsForExclusiveUse;
        var allocations = rooms.ToImmutableArray();
        var (overcrowding, childrenLacking) = Overcrowded(allocations, needed, current, app.CurrentHome.OccupantsOfRoomsConfirmedTooSmall, o, reasons);

        return new BedroomNeed
        {
            StandardBedrooms = standard,
            BedroomsNeeded = needed,
            CurrentBedrooms = current,
            Overcrowding = overcrowding,
            Reasons = reasons.ToImmutable(),
            Rooms = allocations,
            ChildrenLackingBedroom = childrenLacking,
            Overridden = overridden,
        };
    }

    /// <summary>Members counted for bedroom need (001 §14.1, §14.5, §14.13-14.14), each with an age band.</summary>
    private static List<Sleeper> WhoCounts(Household household, BedroomOptions o, DateOnly asOf, ImmutableArray<Reason>.Builder reasons)
    {
        var counted = new List<Sleeper>();
        foreach (var m in household.Members)
        {
            if (m.Role == MemberRole.Unborn)
            {
                if (!m.PregnancyEvidenced)
                {
                    reasons.Add(new Reason(
                        "DHC.Bedrooms.UnbornNotEvidenced",
                        Citation.Devon("14.5"),
                        "An unborn baby is not counted yet because proof of pregnancy (a MATB1 form, pregnancy notes, or a hospital or GP letter with the due date) has not been provided.")
                        .With(new Fact("member", m.Id.Value)));
                    continue;
                }

                var unborn = new Sleeper(m, AgeBand.UnderTen, null, null);
                reasons.Add(new Reason(
                    "DHC.Bedrooms.UnbornCounted",
                    Citation.Devon("14.8"),
                    $"We count {unborn.Describe()} as a member of your household because proof of pregnancy was provided. We assume the baby is of the sex that can share a bedroom wherever possible.")
                    .With(new Fact("member", m.Id.Value), new Fact("due date", m.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "not recorded")));
                counted.Add(unborn);
                continue;
            }

            if (!m.PrimarilyResident)
            {
                reasons.Add(new Reason(
                    "DHC.Bedrooms.NotPrimarilyResident",
                    Citation.Devon("14.13"),
                    $"{m.Id} is not counted because they do not have their main home with you; normally only the parent with the child's primary day-to-day care is given a bedroom for them.")
                    .With(new Fact("member", m.Id.Value), new Fact("primarily resident", "no")));
                continue;
            }

            if (m.StudentAwayInTermTime)
            {
                if (!m.StudentMustLeaveTermAccommodationInHolidays)
                {
                    reasons.Add(new Reason(
                        "DHC.Bedrooms.StudentAway",
                        Citation.Devon("14.14"),
                        $"{m.Id} is studying away and is not given a bedroom because their term-time accommodation does not have to be left during the holidays.")
                        .With(new Fact("member", m.Id.Value), new Fact("must leave term accommodation in holidays", "no")));
                    continue;
                }

                reasons.Add(new Reason(
                    "DHC.Bedrooms.StudentKeepsRoom",
                    Citation.Devon("14.14"),
                    $"{m.Id} is studying away but is counted because their term-time accommodation has to be left during the holidays.")
                    .With(new Fact("member", m.Id.Value), new Fact("must leave term accommodation in holidays", "yes")));
            }

            var age = m.AgeOn(asOf);
            var band = age switch
            {
                null => AgeBand.Adult,
                var a when a >= o.AdultAge => AgeBand.Adult,
                var a when a >= o.SameSexSharingAge => AgeBand.Adolescent,
                _ => AgeBand.UnderTen,
            };

            if (age is null)
            {
                reasons.Add(new Reason(
                    "DHC.Bedrooms.NoDateOfBirth",
                    Citation.Devon("14.2"),
                    $"{m.Id} has no date of birth recorded, so they are counted as an adult needing their own bedroom.")
                    .With(new Fact("member", m.Id.Value)));
            }
            else if (m.Sex is null && band != AgeBand.Adult)
            {
                reasons.Add(new Reason(
                    "DHC.Bedrooms.SexNotRecorded",
                    Citation.Devon("14.8"),
                    $"{m.Id} has no sex recorded, so we assume they can share with another child wherever possible.")
                    .With(new Fact("member", m.Id.Value)));
            }

            counted.Add(new Sleeper(m, band, age, m.Sex));
        }

        return counted;
    }

    /// <summary>A room for each couple and each other adult (001 §14.2); everyone else is a child to pair.</summary>
    private static (List<BedroomAllocation> Rooms, List<Sleeper> Children) AdultRooms(List<Sleeper> counted, BedroomOptions o, ImmutableArray<Reason>.Builder reasons)
    {
        var rooms = new List<BedroomAllocation>();
        var inCouple = new HashSet<MemberId>();
        foreach (var s in counted)
        {
            if (inCouple.Contains(s.Member.Id) || s.IsUnborn)
            {
                continue;
            }

            var partner = counted.FirstOrDefault(p => !p.IsUnborn && p.Member.Id != s.Member.Id && !inCouple.Contains(p.Member.Id)
                && (s.Member.PartnerId == p.Member.Id || p.Member.PartnerId == s.Member.Id));
            if (partner is null)
            {
                continue;
            }

            inCouple.Add(s.Member.Id);
            inCouple.Add(partner.Member.Id);
            rooms.Add(new BedroomAllocation(RoomUse.Couple, [s.Member.Id, partner.Member.Id])
            {
                ChildOccupants = (s.Band == AgeBand.Adult ? 0 : 1) + (partner.Band == AgeBand.Adult ? 0 : 1),
            });
            reasons.Add(new Reason(
                "DHC.Bedrooms.Couple",
                Citation.Devon("14.2"),
                $"{s.Member.Id} and {partner.Member.Id} are a couple and share one bedroom.")
                .With(new Fact("members", $"{s.Member.Id}, {partner.Member.Id}")));
        }

        foreach (var s in counted.Where(s => s.Band == AgeBand.Adult && !inCouple.Contains(s.Member.Id)))
        {
            rooms.Add(new BedroomAllocation(RoomUse.Adult, [s.Member.Id]));
            reasons.Add(new Reason(
                "DHC.Bedrooms.Adult",
                Citation.Devon("14.2"),
                $"{s.Describe()} has a bedroom of their own because they are {Num(o.AdultAge)} or over.")
                .With(new Fact("member", s.Member.Id.Value), new Fact("age", s.Age is { } a ? Num(a) : "not recorded")));
        }

        var children = counted.Where(s => s.Band != AgeBand.Adult && !inCouple.Contains(s.Member.Id)).ToList();
        return (rooms, children);
    }

    /// <summary>Children the authority accepts cannot share because of their disability (001 §39.34).</summary>
    private static List<Sleeper> DisabledChildren(DevonApplication app, List<Sleeper> children, ImmutableArray<Reason>.Builder reasons)
    {
        var result = new List<Sleeper>();
        foreach (var fact in app.Bedrooms.DisabledChildren)
        {
            var claim = fact.Value;
            var child = children.FirstOrDefault(c => c.Member.Id == claim.Child);
            var dla = claim.Benefit is DisabilityBenefit.DisabilityLivingAllowanceCareMiddle or DisabilityBenefit.DisabilityLivingAllowanceCareHighest;
            string? notMet = child is null
                ? $"{claim.Child} is not a child counted in your household"
                : !dla ? $"{claim.Child} is not entitled to the middle or highest rate care component of Disability Living Allowance"
                : !claim.CannotShareConfirmed ? "secondary-care evidence has not confirmed that the child's disability means they cannot share" : null;

            var facts = new[]
            {
                new Fact("child", claim.Child.Value),
                new Fact("benefit", claim.Benefit.ToString()),
                new Fact("cannot share confirmed", claim.CannotShareConfirmed ? "yes" : "no"),
                new Fact("assessed by", $"{fact.AssessedBy.Name}, {fact.AssessedBy.Role}, {fact.AssessedOn:yyyy-MM-dd}"),
            };
            if (notMet is not null)
            {
                reasons.Add(new Reason("DHC.Bedrooms.DisabledChildNotMet", Citation.Devon("39.34"), $"A separate bedroom for a disabled child was not awarded because {notMet}.").With(facts));
                continue;
            }

            if (!result.Contains(child!))
            {
                result.Add(child!);
                reasons.Add(new Reason("DHC.Bedrooms.DisabledChildOwnRoom", Citation.Devon("39.34"), $"{child!.Describe()} has a bedroom of their own because their disability means they cannot share with another child.").With(facts));
            }
        }

        return result;
    }

    /// <summary>Extra bedrooms: a regular overnight carer (001 §14.17), medical grounds (001 §39.33), fostering or adoption (001 §27.9).</summary>
    private static List<BedroomAllocation> ExtraRooms(DevonApplication app, List<Sleeper> counted, BedroomOptions o, ImmutableArray<Reason>.Builder reasons)
    {
        var rooms = new List<BedroomAllocation>();
        var facts = app.Bedrooms;

        if (facts.RegularOvernightCarer is { Value: true } carer)
        {
            rooms.Add(new BedroomAllocation(RoomUse.OvernightCarer, []));
            reasons.Add(new Reason(
                "DHC.Bedrooms.OvernightCarer",
                Citation.Devon("14.17"),
                "Your household needs an extra bedroom for a regular overnight carer.")
                .With(new Fact("agreed by", $"{carer.AssessedBy.Name}, {carer.AssessedBy.Role}, {carer.AssessedOn:yyyy-MM-dd}")));
        }

        var medicalMembers = new HashSet<MemberId>();
        foreach (var fact in facts.MedicalClaims)
        {
            var claim = fact.Value;
            var qualifyingBenefit = claim.Benefit is DisabilityBenefit.DisabilityLivingAllowanceCareMiddle
                or DisabilityBenefit.DisabilityLivingAllowanceCareHighest
                or DisabilityBenefit.PersonalIndependencePaymentDailyLiving
                or DisabilityBenefit.AttendanceAllowance;
            string? notMet = !counted.Any(s => s.Member.Id == claim.Member) ? $"{claim.Member} is not counted in your household"
                : !qualifyingBenefit ? $"{claim.Member} is not entitled to the middle or higher rate care component of Disability Living Allowance, the daily living component of Personal Independence Payment or Attendance Allowance"
                : !claim.SecondaryCareEvidence ? "there is no evidence from a secondary care health professional (for example Mental Health Services or a consultant)"
                : claim.Ground is null ? "the evidence does not confirm any of the grounds for an extra bedroom"
                : medicalMembers.Contains(claim.Member) ? $"{claim.Member} already has an extra bedroom on medical grounds"
                : null;
            var used = new[]
            {
                new Fact("member", claim.Member.Value),
                new Fact("benefit", claim.Benefit.ToString()),
                new Fact("secondary-care evidence", claim.SecondaryCareEvidence ? "yes" : "no"),
                new Fact("ground", claim.Ground?.ToString() ?? "none"),
                new Fact("assessed by", $"{fact.AssessedBy.Name}, {fact.AssessedBy.Role}, {fact.AssessedOn:yyyy-MM-dd}"),
            };
            if (notMet is not null)
            {
                reasons.Add(new Reason("DHC.Bedrooms.MedicalNotMet", Citation.Devon("39.33"), $"An extra bedroom on medical grounds was not awarded because {notMet}.").With(used));
                continue;
            }

            medicalMembers.Add(claim.Member);
            rooms.Add(new BedroomAllocation(RoomUse.MedicalNeed, [claim.Member]));
            reasons.Add(new Reason(
                "DHC.Bedrooms.MedicalExtraBedroom",
                Citation.Devon("39.33"),
                $"Your household needs an extra bedroom on medical grounds for {claim.Member}: {GroundText(claim.Ground!.Value)}. This is for Devon Home Choice only and does not affect any Housing Benefit claim.")
                .With(used));
        }

        if (facts.Fostering is { } fostering)
        {
            var f = fostering.Value;
            var confirmed = Math.Max(0, f.ExtraBedroomsConfirmed);
            var extra = f.SpecificNeedForMoreEvidenced ? confirmed : Math.Min(confirmed, o.FosteringExtraBedroomsLimit);
            rooms.AddRange(Enumerable.Repeat(new BedroomAllocation(RoomUse.Fostering, []), extra));
            var what = f.Arrangement switch
            {
                CaringArrangement.Fostering => "foster",
                CaringArrangement.Adoption => "adopt",
                CaringArrangement.SpecialGuardianship => "become special guardians",
            };
            reasons.Add(new Reason(
                "DHC.Bedrooms.Fostering",
                Citation.Devon("27.9"),
                extra < confirmed
                    ? $"Your household needs {Bedrooms(extra)} more so that you can {what}. Social Services confirmed {Num(confirmed)}, but no more than {Num(o.FosteringExtraBedroomsLimit)} is given without evidence of a specific confirmed need for more."
                    : $"Your household needs {Bedrooms(extra)} more so that you can {what}, as confirmed by Social Services.")
                .With(
                    new Fact("arrangement", f.Arrangement.ToString()),
                    new Fact("bedrooms confirmed", Num(confirmed)),
                    new Fact("specific need for more evidenced", f.SpecificNeedForMoreEvidenced ? "yes" : "no"),
                    new Fact("limit", Num(o.FosteringExtraBedroomsLimit)),
                    new Fact("assessed by", $"{fostering.AssessedBy.Name}, {fostering.AssessedBy.Role}, {fostering.AssessedOn:yyyy-MM-dd}")));
        }

        return rooms;
    }

    /// <summary>Compares need with the bedrooms the household has (001 §22.1, §22.3, §22.9-22.11, §30.1, §30.7).</summary>
    private static (Overcrowding Level, int ChildrenLacking) Overcrowded(
        ImmutableArray<BedroomAllocation> rooms, int needed, int current, ImmutableArray<int> tooSmall, BedroomOptions o, ImmutableArray<Reason>.Builder reasons)
    {
        var lacking = Math.Max(0, needed - current);

        // The rooms the household lacks are the last in priority order: adults keep a room, children share
        // wherever possible (§22.11), so an unpaired child or an extra bedroom is lacking before a shared room.
        var childrenLacking = rooms.Skip(Math.Max(0, rooms.Length - lacking)).Sum(r => r.ChildOccupants);
        var children = rooms.Sum(r => r.ChildOccupants);
        var twoChildrenLacking = o.TwoChildrenLacking switch
        {
            TwoChildrenLackingRule.SharedRoomLacking => childrenLacking >= 2,
            TwoChildrenLackingRule.ChildrenPerBedroomList => current >= 1 && children >= 2 * current,
        };
        var facts = new[] { new Fact("bedrooms needed", Num(needed)), new Fact("bedrooms now", Num(current)), new Fact("lacking", Num(lacking)), new Fact("children lacking a bedroom", Num(childrenLacking)) };

        Overcrowding level;
        if (lacking >= 2)
        {
            level = Overcrowding.Severe;
            reasons.Add(new Reason("DHC.Overcrowding.LackingTwoOrMore", Citation.Devon("22.1"), $"Your home is severely overcrowded: you have {Bedrooms(current)} and need {Num(needed)}, so you lack {Num(lacking)}.").With(facts));
        }
        else if (lacking == 1 && twoChildrenLacking)
        {
            level = Overcrowding.Severe;
            reasons.Add(new Reason(
                "DHC.Overcrowding.TwoChildrenLackingBedroom",
                Citation.Devon("22.9"),
                o.TwoChildrenLacking == TwoChildrenLackingRule.SharedRoomLacking
                    ? $"Your home is severely overcrowded: you lack one bedroom, and it is a bedroom that {Num(childrenLacking)} children would share."
                    : $"Your home is severely overcrowded: you lack one bedroom and have {Num(children)} children in a home with {Bedrooms(current)}.")
                .With([.. facts, new Fact("children", Num(children)), new Fact("rule", o.TwoChildrenLacking.ToString())]));
        }
        else if (lacking == 1)
        {
            level = Overcrowding.LackingOneBedroom;
            reasons.Add(new Reason("DHC.Overcrowding.LackingOneBedroom", Citation.Devon("30.1"), $"Your home lacks one bedroom: you have {Bedrooms(current)} and need {Num(needed)}.").With(facts));
        }
        else
        {
            level = Overcrowding.None;
            reasons.Add(new Reason("DHC.Overcrowding.None", Citation.Devon("30.1"), $"Your home is not overcrowded: you have {Bedrooms(current)} and need {Num(needed)}.").With(facts));
        }

        var sharedByTwo = tooSmall.Count(n => n == 2);
        var sharedByThreeOrMore = tooSmall.Count(n => n >= 3);
        if (sharedByTwo + sharedByThreeOrMore == 0)
        {
            return (level, childrenLacking);
        }

        var roomFacts = new[] { new Fact("occupants of rooms confirmed too small", string.Join(", ", tooSmall.Select(Num))), new Fact("rule", o.TooSmallRooms.ToString()) };
        var roomLevel = o.TooSmallRooms switch
        {
            TooSmallRoomRule.HigherLevel => sharedByThreeOrMore > 0 ? Overcrowding.Severe : Overcrowding.LackingOneBedroom,
            TooSmallRoomRule.AddToShortfall => sharedByThreeOrMore > 0 || lacking + sharedByTwo >= 2 || (lacking == 1 && twoChildrenLacking)
                ? Overcrowding.Severe
                : Overcrowding.LackingOneBedroom,
        };

        reasons.Add(sharedByThreeOrMore > 0
            ? new Reason("DHC.Overcrowding.TooSmallRoomSharedByThree", Citation.Devon("22.3"), "Three or more people share a bedroom confirmed by a landlord or Environmental Health as not big enough for two, so you are treated as having two children lacking a bedroom. This does not change your bedroom need.").With(roomFacts)
            : new Reason("DHC.Overcrowding.TooSmallRoomSharedByTwo", Citation.Devon("30.7"), "Two people share a bedroom confirmed by a landlord or Environmental Health as not big enough for two, so you are treated as lacking a bedroom. This does not change your bedroom need.").With(roomFacts));

        return (roomLevel > level ? roomLevel : level, childrenLacking);
    }

    private static Reason ChildRoomReason(ChildRoom room, BedroomOptions o)
    {
        var a = room.First;
        var b = room.Second;
        var ids = b is null ? a.Member.Id.Value : $"{a.Member.Id}, {b.Member.Id}";
        var facts = new Fact("members", ids);
        return room.Use switch
        {
            RoomUse.UnderTens => new Reason("DHC.Bedrooms.PairUnderTens", Citation.Devon("14.2"),
                $"{a.Describe()} and {b!.Describe()} share a bedroom: children under {Num(o.SameSexSharingAge)} can share whether they are boys or girls.").With(facts),
            RoomUse.SameSexAdolescents => new Reason("DHC.Bedrooms.PairSameSexAdolescents", Citation.Devon("14.2"),
                $"{a.Describe()} and {b!.Describe()} share a bedroom: children aged {Num(o.SameSexSharingAge)} to {Num(o.AdultAge - 1)} of the same sex can share{Assumed(a, b)}.").With(facts),
            RoomUse.AdolescentWithUnderTen => new Reason("DHC.Bedrooms.PairAdolescentWithUnderTen", Citation.Devon("14.3"),
                $"{a.Describe()} shares a bedroom with {b!.Describe()}, a child under {Num(o.SameSexSharingAge)} of the same sex{Assumed(a, b)}.").With(facts),
            RoomUse.DisabledChild => new Reason("DHC.Bedrooms.DisabledChildRoom", Citation.Devon("39.34"),
                $"{a.Describe()} has a bedroom of their own because of their disability.").With(facts),
            RoomUse.ChildAlone => new Reason("DHC.Bedrooms.ChildAlone", Citation.Devon("14.3"),
                $"{a.Describe()} has a bedroom of their own because there is no child in the household they can share with under the rules.").With(facts),
            RoomUse.Couple or RoomUse.Adult or RoomUse.OvernightCarer or RoomUse.MedicalNeed or RoomUse.Fostering or RoomUse.Override =>
                throw new InvalidOperationException($"{room.Use} is not a child's room."),
        };
    }

    private static string Assumed(Sleeper a, Sleeper b)
    {
        var known = a.Sex ?? b.Sex;
        if ((a.Sex is null) == (b.Sex is null) || known is null)
        {
            return "";
        }

        var flexible = a.Sex is null ? a : b;
        var who = flexible.IsUnborn ? "the baby" : flexible.Member.Id.Value;
        return $"; we assume {who} is a {(known == Sex.Male ? "boy" : "girl")} so that they can share";
    }

    private static BedroomAllocation ToAllocation(ChildRoom room) =>
        new(room.Use, room.Second is null ? [room.First.Member.Id] : [room.First.Member.Id, room.Second.Member.Id])
        {
            ChildOccupants = room.Second is null ? 1 : 2,
        };

    private static string GroundText(MedicalBedroomGround ground) => ground switch
    {
        MedicalBedroomGround.DisturbedNightsPartnerCannotSleep => "disturbed nights mean a partner cannot get essential sleep",
        MedicalBedroomGround.PartnerIsFullTimeCarer => "a partner who is a full-time carer needs a separate bedroom",
        MedicalBedroomGround.UnstableConditionNeedsOvernightCare => "an unstable condition needs someone to stay overnight",
        MedicalBedroomGround.CarePackageWithNightSleeper => "a care package includes a night sleeper",
        MedicalBedroomGround.HygienicMedicalTreatment => "medical treatment needs a room kept totally hygienic",
        MedicalBedroomGround.LargeMedicalEquipment => "medical equipment cannot reasonably be stored elsewhere",
        MedicalBedroomGround.RapidDegenerativeCondition => "a degenerative condition is expected to need 24-hour care within 12 months",
    };

    private static string Bedrooms(int n) => n == 1 ? "1 bedroom" : $"{Num(n)} bedrooms";

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);
}
