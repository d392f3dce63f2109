using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Households;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Bidding;

/// <summary>
/// Which home sizes a household may bid for, from its bedroom need and the exceptions of 001 §14.9-14.12 and
/// §14.16, always subject to the home's maximum occupancy.
/// </summary>
public static class BedroomSizeRules
{
    /// <summary>True with the reason when the household may bid on the size of the home; false with the reason when not.</summary>
    public static (bool Allowed, Reason Reason) Assess(Advert advert, Bidder bidder, BidChannel placedBy, BiddingOptions options, DateOnly asOf)
    {
        var property = advert.Property;
        var need = bidder.BedroomNeed.BedroomsNeeded;
        var beds = property.Bedrooms;
        var size = bidder.HouseholdSize;
        var max = advert.EffectiveMaxOccupants;
        Fact[] facts =
        [
            new("bedrooms needed", need.ToString()),
            new("bedrooms in home", beds.ToString()),
            new("household size", size.ToString()),
            new("maximum occupants", max?.ToString() ?? "not stated"),
        ];

        // §14.9: a 3-bed need of 6 people, all children under 10, may bid for a 3-bed 5-person home via the back office.
        if (need == 3 && beds == 3 && property.ThreeBedFivePerson && max is { } m5 && size > m5 && IsSixWithAllChildrenUnderTen(bidder, asOf))
        {
            return placedBy == BidChannel.Staff
                ? (true, new Reason("DHC.Bidding.Size.ThreeBedFivePerson", Citation.Devon("14.9"),
                    "Your household of 6, with all children under 10, may bid for this 3 bedroom 5 person home; whether a tenancy is offered is at the landlord's discretion.").With(facts))
                : (false, new Reason("DHC.Bidding.Size.ThreeBedFivePersonBackOffice", Citation.Devon("14.9"),
                    "Bids for 3 bedroom 5 person homes by households of 6 with all children under 10 are placed by staff in the back office: ask through the dhcsystems mailbox.").With(facts));
        }

        Reason allowed;
        if (beds == need)
        {
            allowed = new Reason("DHC.Bidding.Size.MatchesNeed", Citation.Devon("14.2"), $"You need {need} bedroom(s) and this home has {beds}.").With(facts);
        }
        else if (bidder.IsPartnerLandlordTenant && beds <= bidder.BedroomNeed.CurrentBedrooms - 1)
        {
            allowed = new Reason("DHC.Bidding.Size.DownsizingPartnerTenant", Citation.Devon("14.16"),
                $"As a partner landlord tenant moving from {bidder.BedroomNeed.CurrentBedrooms} bedrooms to a home at least 1 bedroom smaller, you are exempt from the bedroom rules, where the new landlord agrees.")
                .With(facts).With(new Fact("current bedrooms", bidder.BedroomNeed.CurrentBedrooms.ToString()));
        }
        else if (need > 4 && beds == 4)
        {
            if (advert.MaxOccupants is null)
            {
                return (false, new Reason("DHC.Bidding.Size.LargerNeedNoOccupancyRestriction", Citation.Devon("14.10"),
                    $"You need {need} bedrooms. Households needing more than 4 bedrooms may bid for 4 bedroom homes only where the landlord sets a maximum-occupants restriction on the advert, and this advert has none.").With(facts));
            }

            allowed = new Reason("DHC.Bidding.Size.MoreThanFourBedrooms", Citation.Devon("14.10"),
                $"You need {need} bedrooms; households needing more than 4 bedrooms may bid for 4 bedroom homes within the advert's maximum occupancy.").With(facts);
        }
        else if (need == 4 && beds == 3 && HomelessFourBedException(bidder))
        {
            allowed = new Reason("DHC.Bidding.Size.HomelessFourBedNeed", Citation.Devon("14.11"),
                "You need 4 bedrooms and are owed a main homeless duty, or are in Band B as statutorily homeless or HRA qualifying, by a Devon authority, so you may bid for 3 bedroom homes within their maximum occupancy; allocation is at the landlord's discretion.").With(facts);
        }
        else if (need >= options.MinimumNeedForOneLarger
            && bidder.BedroomNeed.LackingBedrooms >= options.LackingBedroomsForOneLarger
            && beds == bidder.BedroomNeed.CurrentBedrooms + 1)
        {
            allowed = new Reason("DHC.Bidding.Size.OneLargerThanCurrent", Citation.Devon("14.12"),
                $"You need {need} bedrooms and lack {bidder.BedroomNeed.LackingBedrooms}, so you may bid for homes one bedroom larger than your current {bidder.BedroomNeed.CurrentBedrooms}-bedroom home, within their maximum occupancy.")
                .With(facts).With(new Fact("current bedrooms", bidder.BedroomNeed.CurrentBedrooms.ToString()));
        }
        else
        {
            return (false, new Reason("DHC.Bidding.Size.WrongSize", Citation.Devon("14.2"),
                $"You need {need} bedroom(s) and this home has {beds}, and none of the exceptions for other sizes applies to you.").With(facts));
        }

        if (max is { } limit && size > limit)
        {
            return (false, new Reason("DHC.Bidding.Size.ExceedsMaxOccupants", Citation.Devon(beds == need ? "14.15" : "14.10"),
                $"Your household of {size} is more than this home's maximum of {limit} occupants.").With(facts));
        }

        return (true, allowed);
    }

    private static bool IsSixWithAllChildrenUnderTen(Bidder bidder, DateOnly asOf)
    {
        var members = bidder.Household.Members.Where(m => m.PrimarilyResident && (m.Role != MemberRole.Unborn || m.PregnancyEvidenced)).ToList();
        var children = members.Where(m => m.Role is MemberRole.Child or MemberRole.Unborn).ToList();
        return members.Count == 6 && children.Count > 0 && children.All(c => (c.AgeOn(asOf) ?? 0) < 10);
    }

    private static bool HomelessFourBedException(Bidder bidder) =>
        (bidder.OwedMainHousingDuty && bidder.HomelessDutyOwedBy is { } la && DevonAuthorities.IsPartner(la))
        || bidder.Awards.Any(a => a.Reason is BandReason.B_StatutorilyHomeless or BandReason.B_HraQualifying);
}
