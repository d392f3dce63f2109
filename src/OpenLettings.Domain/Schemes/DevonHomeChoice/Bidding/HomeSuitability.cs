using System.Collections.Immutable;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Households;
using OpenLettings.Domain.Properties;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Shortlisting;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Bidding;

/// <summary>
/// A reason the household cannot have this home: either the bid itself is refused (<see cref="BlocksBid"/>) or the
/// bid stands but the shortlister bypasses it for <see cref="Bypass"/>.
/// </summary>
public sealed record SuitabilityFinding(BypassReason Bypass, bool BlocksBid, Reason Reason);

/// <summary>The result of checking a household against a home and its advert.</summary>
public sealed record SuitabilityCheck(ImmutableArray<SuitabilityFinding> Findings, ImmutableArray<Reason> Passed)
{
    /// <summary>True when some finding refuses the bid.</summary>
    public bool BlocksBid => Findings.Any(f => f.BlocksBid);
}

/// <summary>
/// The checks shared by bidding, autobids and shortlisting: bedroom size, advert restrictions, accessibility,
/// age-designated housing, landlord policy, Local Lettings Plan criteria, unsafe areas, local connection
/// requirements and autobid criteria (001 §14.9-14.16, §15.4, §17.29, §58.18, §60.8, §61.8-61.9, §61.15-61.20).
/// </summary>
public static class HomeSuitability
{
    /// <summary>Checks <paramref name="bidder"/> against <paramref name="advert"/> for a bid placed through <paramref name="placedBy"/>.</summary>
    public static SuitabilityCheck Assess(Advert advert, Bidder bidder, BidChannel placedBy, DevonOptions options, DateOnly asOf)
    {
        var findings = ImmutableArray.CreateBuilder<SuitabilityFinding>();
        var passed = ImmutableArray.CreateBuilder<Reason>();
        var property = advert.Property;

        void Block(BypassReason bypass, Reason reason) => findings.Add(new SuitabilityFinding(bypass, true, reason));
        void Bypass(BypassReason bypass, Reason reason) => findings.Add(new SuitabilityFinding(bypass, false, reason));

        // Bedroom size and occupancy (001 §14.9-14.16).
        var (sizeAllowed, sizeReason) = BedroomSizeRules.Assess(advert, bidder, placedBy, options.Bidding, asOf);
        if (sizeAllowed)
        {
            passed.Add(sizeReason);
        }
        else
        {
            Block(BypassReason.NotEligibleForProperty, sizeReason);
        }

        // Age-designated, sheltered and older persons' housing (001 §60.4, §48.26).
        if (advert.MinimumAge is { } minimumAge)
        {
            var adults = advert.MinimumAgeAppliesToEveryMember
                ? bidder.Household.Members
                : bidder.Household.Members.Where(m => m.Role == MemberRole.MainApplicant || m.Id == bidder.Household.MainApplicant.PartnerId || m.Role == MemberRole.JointApplicant);
            var ages = adults.Select(m => m.AgeOn(asOf) ?? 0).ToList();
            var meets = advert.MinimumAgeAppliesToEveryMember ? ages.All(a => a >= minimumAge) : ages.Any(a => a >= minimumAge);
            var fact = new Fact("minimum age", minimumAge.ToString());
            if (meets)
            {
                passed.Add(new Reason("DHC.Bidding.MinimumAge.Met", Citation.Devon("60.4"), $"Your household meets the advert's minimum age of {minimumAge}.").With(fact));
            }
            else
            {
                Block(BypassReason.NotEligibleForProperty, new Reason("DHC.Bidding.MinimumAge.NotMet", Citation.Devon("60.4"),
                    advert.MinimumAgeAppliesToEveryMember
                        ? $"Everyone in the household must be at least {minimumAge} for this home."
                        : $"You or your partner must be at least {minimumAge} for this home.").With(fact));
            }
        }

        // Accessibility (001 §15.4, §15.6, §60.6).
        if (!MobilityMatching.MeetsNeed(bidder.Mobility, property.Mobility))
        {
            var facts = new[] { new Fact("assessed mobility", bidder.Mobility.ToString()), new Fact("home category", property.Mobility.ToString()) };
            if (bidder.AdaptationFundingConfirmed)
            {
                passed.Add(new Reason("DHC.Bidding.Accessibility.AdaptationAlert", Citation.Devon("15.6"),
                    "This home does not meet your mobility need as it is, but your adaptations alert confirms funding, so you are not skipped automatically: the landlord will check whether it can be adapted.").With(facts));
            }
            else
            {
                var reason = new Reason("DHC.Bidding.Accessibility.DoesNotMeetNeed", Citation.Devon("15.4"),
                    $"You were assessed as needing a {Describe(bidder.Mobility)} home and this is a {Describe(property.Mobility)} home, so you will not be considered for it.").With(facts);
                if (options.Bidding.AccessibilityMismatch == AccessibilityMismatchPolicy.MayNotBid)
                {
                    Block(BypassReason.NotEligibleForProperty, reason);
                }
                else
                {
                    Bypass(BypassReason.NotEligibleForProperty, reason);
                }
            }
        }

        // Pets (001 §45.1).
        if (bidder.HasPets && !property.PetsAllowed)
        {
            Bypass(BypassReason.LandlordPolicy, new Reason("DHC.Bidding.Pets.NotAllowed", Citation.Devon("45.1"),
                "You have a pet and pets are not allowed in this home."));
        }

        // Landlord policy differences shown on the advert (001 §2.4, §5.2, §14.16, §61.9).
        var policy = advert.LandlordPolicy;
        if (policy.NoUnder18s)
        {
            var young = bidder.Household.Members
                .Where(m => m.Role is MemberRole.MainApplicant or MemberRole.JointApplicant && (m.AgeOn(asOf) ?? 0) < 18)
                .ToList();
            if (young.Count > 0)
            {
                Bypass(BypassReason.LandlordPolicy, new Reason("DHC.Bidding.LandlordPolicy.Under18", Citation.Devon("5.2"),
                    "This landlord does not make offers to applicants under 18."));
            }
        }

        if (!policy.CharitableObjects.IsDefaultOrEmpty)
        {
            if (!policy.CharitableObjects.Any(o => WithinCharitableObject(o, policy, bidder, asOf)))
            {
                Bypass(BypassReason.LandlordPolicy, new Reason("DHC.Bidding.LandlordPolicy.CharitableObjects", Citation.Devon("61.9"),
                        "This landlord's charitable objects limit its homes to " + string.Join(" or ", policy.CharitableObjects.Select(DescribeObject)) + ", and your household is not within them.")
                    .With(new Fact("charitable objects", string.Join(", ", policy.CharitableObjects))));
            }
        }

        if (policy.NoNonFamilyHouseholds && bidder.NonFamilyHousehold)
        {
            Bypass(BypassReason.LandlordPolicy, new Reason("DHC.Bidding.LandlordPolicy.NonFamily", Citation.Devon("2.4"),
                "This landlord does not grant tenancies to households of non-family members."));
        }

        if (policy.NoUnderOccupation && property.Bedrooms > bidder.BedroomNeed.BedroomsNeeded)
        {
            Bypass(BypassReason.LandlordPolicy, new Reason("DHC.Bidding.LandlordPolicy.UnderOccupation", Citation.Devon("14.16"),
                $"This landlord does not let homes to households who would under-occupy them: you need {bidder.BedroomNeed.BedroomsNeeded} bedroom(s) and it has {property.Bedrooms}."));
        }

        // Local Lettings Plans and Sensitive Lets (001 §58.18).
        if (advert.LettingPlan is { } plan)
        {
            var members = bidder.Household.Members.Where(m => m.PrimarilyResident && (m.Role != MemberRole.Unborn || m.PregnancyEvidenced)).ToList();
            var children = members.Count(m => m.Role == MemberRole.Unborn || (m.AgeOn(asOf) ?? 0) < 18);
            var name = plan.Kind == LettingPlanKind.LocalLettingsPlan ? "Local Lettings Plan" : "Sensitive Let Policy";
            if (plan.MaxChildren is { } maxChildren && children > maxChildren)
            {
                Bypass(BypassReason.LettingPlanCriteria, new Reason("DHC.Bidding.LettingPlan.TooManyChildren", Citation.Devon("58.18"),
                    $"This home is subject to a {name} allowing at most {maxChildren} children; your household has {children}.")
                    .With(new Fact("children", children.ToString())));
            }

            if (plan.MinimumMemberAge is { } minimumMemberAge && members.Any(m => (m.AgeOn(asOf) ?? 0) < minimumMemberAge))
            {
                Bypass(BypassReason.LettingPlanCriteria, new Reason("DHC.Bidding.LettingPlan.MemberTooYoung", Citation.Devon("58.18"),
                    $"This home is subject to a {name} requiring everyone in the household to be at least {minimumMemberAge}."));
            }
        }

        // Unsafe areas (001 §17.29-17.31).
        if (bidder.UnsafeAuthorities.Contains(property.LocalAuthority)
            || bidder.UnsafeLocalities.Any(l => string.Equals(l, property.Locality, StringComparison.OrdinalIgnoreCase)))
        {
            Bypass(BypassReason.Safety, new Reason("DHC.Bidding.UnsafeArea", Citation.Devon("17.29"),
                "This home is in an area recorded as unsafe for you, so you will not be considered for it.")
                .With(new Fact("area", $"{property.Locality}, {property.LocalAuthority}")));
        }

        // Local connection requirements (001 §61.15-61.20, §63.7).
        var applying = ApplyingBand.For(bidder, property);
        foreach (var condition in advert.LocalConnection.Where(c => c.Strength == LocalConnectionStrength.Requirement))
        {
            var (standing, reason) = LocalConnectionConditions.Evaluate(condition, bidder, applying, options.Shortlisting);
            if (standing == LocalConnectionStanding.NotMet)
            {
                Bypass(BypassReason.LocalConnection, reason);
            }
            else
            {
                passed.Add(reason);
            }
        }

        // Autobid property type, street or development (001 §60.8).
        if (placedBy == BidChannel.Autobid && bidder.Autobid is { } autobid && !AutobidMatcher.MatchesSpecificCriteria(autobid, property))
        {
            Bypass(BypassReason.AutobidCriteria, new Reason("DHC.Bidding.Autobid.SpecificCriteria", Citation.Devon("60.8"),
                "This home does not match the property type, street or development on your autobid form, so you are skipped for it."));
        }

        return new SuitabilityCheck(findings.ToImmutable(), passed.ToImmutable());
    }

    internal static string Describe(MobilityCategory category) => category switch
    {
        MobilityCategory.GeneralNeeds => "general needs",
        MobilityCategory.MaxThreeSteps => "maximum of 3 steps",
        MobilityCategory.StepFree => "step-free",
        MobilityCategory.WheelchairAccessible => "wheelchair accessible",
    };

    /// <summary>Whether the household is within one of a charitable landlord's objects (001 §61.9(b)).</summary>
    private static bool WithinCharitableObject(CharitableObject charitableObject, LandlordPolicy policy, Bidder bidder, DateOnly asOf)
    {
        var applicants = bidder.Household.Members.Where(m => m.Role is MemberRole.MainApplicant or MemberRole.JointApplicant).ToList();
        return charitableObject switch
        {
            CharitableObject.OlderPeople => applicants.Any(m => (m.AgeOn(asOf) ?? 0) >= policy.OlderPersonAge),
            CharitableObject.YoungPeople => applicants.Any(m => m.Role == MemberRole.MainApplicant && (m.AgeOn(asOf) ?? int.MaxValue) <= policy.YoungPersonMaximumAge),
            CharitableObject.ArmedForcesCommunity => bidder.LeftArmedForces,
            CharitableObject.PeopleWithDisabilities => bidder.Mobility != MobilityCategory.GeneralNeeds || !bidder.AdaptationsNeeded.IsDefaultOrEmpty,
        };
    }

    private static string DescribeObject(CharitableObject charitableObject) => charitableObject switch
    {
        CharitableObject.OlderPeople => "older people",
        CharitableObject.YoungPeople => "young people",
        CharitableObject.ArmedForcesCommunity => "the armed forces community",
        CharitableObject.PeopleWithDisabilities => "people with a disability",
    };
}
