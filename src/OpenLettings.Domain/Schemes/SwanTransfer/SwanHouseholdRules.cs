using System.Collections.Immutable;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Households;
using OpenLettings.Domain.Properties;

namespace OpenLettings.Domain.Schemes.SwanTransfer;

/// <summary>
/// The household as Swan counts it: who is on the application, its Appendix 2 row, the homes that row may be
/// offered and the bedrooms it needs.
/// </summary>
/// <param name="Counted">Members counted on the application (002 §3.2, §5.2).</param>
/// <param name="PartnerId">The applicant's partner, if counted.</param>
/// <param name="Category">The Appendix 2 row.</param>
/// <param name="SuitableFor">The Appendix 2 columns the row is ticked for.</param>
/// <param name="BedroomNeed">The smallest bedroom size the row is ticked for (at least 1): the size used for under-occupation.</param>
/// <param name="Reasons">Why.</param>
public sealed record SwanHouseholdProfile(
    ImmutableArray<MemberId> Counted,
    MemberId? PartnerId,
    HouseholdCategory Category,
    ImmutableArray<PropertyCategory> SuitableFor,
    int BedroomNeed,
    ImmutableArray<Reason> Reasons)
{
    /// <summary>Counted members other than the applicant and partner: the "children" of Appendix 2.</summary>
    public ImmutableArray<MemberId> Children { get; init; } = [];

    /// <summary>Children with a permanent home elsewhere, left out of the application (002 §5.2).</summary>
    public ImmutableArray<MemberId> NonResidentChildren { get; init; } = [];
}

/// <summary>Household composition and the Appendix 2 suitability matrix.</summary>
public static class SwanHouseholdRules
{
    /// <summary>Works out who counts, the Appendix 2 row and the bedroom need.</summary>
    /// <remarks>002 §3.2 (immediate family only), §5.2 (children with a home elsewhere), Appendix 2 (the matrix).</remarks>
    public static SwanHouseholdProfile Assess(SwanApplication application, SwanOptions options, DateOnly asOf)
    {
        var reasons = ImmutableArray.CreateBuilder<Reason>();
        var members = application.Household.Members;
        var main = members.First(m => m.Role == MemberRole.MainApplicant);
        var partner = (main.PartnerId is { } pid ? members.FirstOrDefault(m => m.Id == pid) : null)
            ?? members.FirstOrDefault(m => m.Role == MemberRole.Partner);

        var counted = ImmutableArray.CreateBuilder<MemberId>();
        var children = new List<Member>();
        var nonResident = ImmutableArray.CreateBuilder<MemberId>();
        counted.Add(main.Id);
        if (partner is not null)
        {
            counted.Add(partner.Id);
        }

        foreach (var member in members)
        {
            if (member.Id == main.Id || (partner is not null && member.Id == partner.Id))
            {
                continue;
            }

            switch (member.Role)
            {
                case MemberRole.Child:
                    if (!member.PrimarilyResident)
                    {
                        nonResident.Add(member.Id);
                        reasons.Add(new Reason("SWAN.Household.ChildWithHomeElsewhere", new Citation("002", "5.2"),
                            $"{member.Id} is not counted on your application because they have a permanent home elsewhere.")
                            .With(new Fact("member", member.Id.Value)));
                        continue;
                    }

                    if (options.RequireChildBenefitEvidence && member.AgeOn(asOf) is { } childAge && childAge < options.ChildBenefitEvidenceUnderAge && !application.ChildBenefitEvidencedFor.Contains(member.Id))
                    {
                        reasons.Add(new Reason("SWAN.Household.ChildBenefitNotEvidenced", new Citation("002", "5.2"),
                            $"{member.Id} is not counted yet because proof of child benefit entitlement has not been seen.")
                            .With(new Fact("member", member.Id.Value)));
                        continue;
                    }

                    break;
                case MemberRole.Unborn:
                    if (!member.PregnancyEvidenced)
                    {
                        reasons.Add(new Reason("SWAN.Household.PregnancyNotEvidenced", new Citation("002", "3.2"),
                            $"The expected baby ({member.Id}) is counted once the pregnancy is evidenced."));
                        continue;
                    }

                    break;
                case MemberRole.JointApplicant:
                    // A joint applicant who is not the partner holds the tenancy jointly: always counted, as an adult other than the couple.
                    break;
                case MemberRole.OtherAdult:
                case MemberRole.Partner:
                    if (options.ImmediateFamilyOnly && !application.Dependants.Contains(member.Id))
                    {
                        reasons.Add(new Reason("SWAN.Household.NotImmediateFamily", new Citation("002", "3.2"),
                            $"{member.Id} is not counted because applications include only the applicant, their partner and their dependants or children.")
                            .With(new Fact("member", member.Id.Value), new Fact("role", member.Role.ToString())));
                        continue;
                    }

                    break;
                case MemberRole.MainApplicant:
                    continue;
            }

            counted.Add(member.Id);
            children.Add(member);
        }

        var category = Categorise(main, partner, children, options, asOf);
        var suitable = options.SuitabilityMatrix.TryGetValue(category, out var columns) ? columns : [];
        var need = NeedOf(suitable);
        reasons.Add(new Reason("SWAN.Suitability.HouseholdRow", new Citation("002", "Appendix 2"),
            $"Your household is a {SuitabilityMatrix.Describe(category)}, so the guidelines suit: {string.Join(", ", suitable.Select(SuitabilityMatrix.Describe))}.")
            .With(new Fact("household row", category.ToString()), new Fact("people counted", counted.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Fact("bedroom need", need.ToString(System.Globalization.CultureInfo.InvariantCulture))));

        return new SwanHouseholdProfile(counted.ToImmutable(), partner?.Id, category, suitable, need, reasons.ToImmutable())
        {
            Children = [.. children.Select(c => c.Id)],
            NonResidentChildren = nonResident.ToImmutable(),
        };
    }

    /// <summary>Whether the Appendix 2 guidelines allow this household to be offered this home.</summary>
    /// <remarks>002 Appendix 2; 002 §5.1 (guidelines followed whenever possible).</remarks>
    public static Decision<bool> IsSuitable(SwanHouseholdProfile profile, Property property, SwanOptions options)
    {
        var column = SuitabilityMatrix.CategoryOf(property);
        var facts = new[] { new Fact("household row", profile.Category.ToString()), new Fact("home", column.ToString()) };
        if (options.DesignatedElderlyOnlyForOlderHouseholds && SuitabilityMatrix.IsDesignatedElderly(column)
            && profile.Category is not (HouseholdCategory.SinglePersonOver60 or HouseholdCategory.CoupleOver60))
        {
            return new Decision<bool>(false, [new Reason("SWAN.Suitability.DesignatedElderly", new Citation("002", "Appendix 2"),
                $"A {SuitabilityMatrix.Describe(column)} is designated for people over 60.").With(facts)]);
        }

        var suitable = profile.SuitableFor.Contains(column);
        var text = suitable
            ? $"The guidelines allow a {SuitabilityMatrix.Describe(profile.Category)} to be offered a {SuitabilityMatrix.Describe(column)}."
            : $"The guidelines do not allow a {SuitabilityMatrix.Describe(profile.Category)} to be offered a {SuitabilityMatrix.Describe(column)}.";
        return new Decision<bool>(suitable, [new Reason("SWAN.Suitability.Matrix", new Citation("002", "Appendix 2"), text).With(facts)]);
    }

    private static int NeedOf(ImmutableArray<PropertyCategory> suitable) =>
        suitable.IsEmpty ? 1 : Math.Max(1, suitable.Min(SuitabilityMatrix.BedroomsOf));

    private static HouseholdCategory Categorise(Member main, Member? partner, List<Member> children, SwanOptions options, DateOnly asOf)
    {
        bool Older(Member m) => m.AgeOn(asOf) is { } age && age >= options.SuitabilityOlderAge;
        int AgeOf(Member m) => m.AgeOn(asOf) ?? 0;
        bool IsOver(Member m, int years) => AgeOf(m) >= years;

        switch (children.Count)
        {
            case 0 when partner is null:
                return Older(main) ? HouseholdCategory.SinglePersonOver60 : HouseholdCategory.OnePerson;
            case 0:
                var olderCouple = options.OlderCouple switch
                {
                    OlderCoupleRule.BothPartners => Older(main) && Older(partner),
                    OlderCoupleRule.EitherPartner => Older(main) || Older(partner),
                };
                return olderCouple ? HouseholdCategory.CoupleOver60 : HouseholdCategory.Couple;
            case 1:
                return AgeOf(children[0]) < options.InfantAge ? HouseholdCategory.OneChildUnderOne : HouseholdCategory.OneChildOverOne;
            case 2:
                {
                    var (a, b) = (children[0], children[1]);
                    if (a.Sex is null || b.Sex is null)
                    {
                        return HouseholdCategory.TwoChildrenOtherwise;
                    }

                    var boundary = options.ChildAgeBoundary;
                    if (a.Sex == b.Sex)
                    {
                        if (IsOver(a, boundary) && IsOver(b, boundary))
                        {
                            return HouseholdCategory.TwoChildrenSameSexOver7;
                        }

                        return (IsOver(a, boundary) || IsOver(b, boundary)) && Math.Abs(AgeOf(a) - AgeOf(b)) >= options.SameSexAgeGap
                            ? HouseholdCategory.TwoChildrenSameSexFiveYearGapOneOver7
                            : HouseholdCategory.TwoChildrenOtherwise;
                    }

                    return IsOver(a, boundary) && IsOver(b, boundary) ? HouseholdCategory.TwoChildrenDifferentSexOver7 : HouseholdCategory.TwoChildrenOtherwise;
                }

            case 3:
                {
                    if (children.Any(c => c.Sex is null))
                    {
                        return HouseholdCategory.ThreeChildrenOtherwise;
                    }

                    var anyOver = children.Any(c => IsOver(c, options.ChildAgeBoundary));
                    if (children.All(c => c.Sex == children[0].Sex))
                    {
                        return anyOver ? HouseholdCategory.ThreeChildrenSameSexOneOver7 : HouseholdCategory.ThreeChildrenSameSexUnder7;
                    }

                    return anyOver ? HouseholdCategory.ThreeChildrenDifferentSexOneOver7 : HouseholdCategory.ThreeChildrenOtherwise;
                }

            default:
                return HouseholdCategory.FourOrMoreChildren;
        }
    }
}
