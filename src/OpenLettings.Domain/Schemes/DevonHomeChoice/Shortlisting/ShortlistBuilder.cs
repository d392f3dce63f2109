using OpenLettings.Domain.Allocation;
using System.Collections.Immutable;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Properties;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Bidding;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Shortlisting;

/// <summary>
/// Builds the shortlist for an advert at the end of the cycle (001 §61.1-61.9, §43.1-43.2): each bid gets a
/// composed sort key and any bypasses. The key's parts, in order:
/// <list type="number">
/// <item>for wheelchair-accessible or major/extensively adapted homes, the mobility part first (001 §56.10);</item>
/// <item>local connection preferences, one part each: connected (or excluded/overridden) first (001 §63.4, §63.6, §17.12, §61.19-61.20);</item>
/// <item>for other accessible homes or APT adverts, the mobility part (001 §56.9, §56.11-56.16), with Band A first on
/// step-free, max-3-steps and minor-adaptation homes by default (001 §17.15, §61.20; ambiguity 12);</item>
/// <item>homeless-duty preference, overridden by Band A (001 §61.20);</item>
/// <item>Local Lettings Plan preferred household size (001 §58.20);</item>
/// <item>band for this home (001 §61.1), band start date and time (001 §43.1-43.2), then when the bid was placed.</item>
/// </list>
/// Remaining ties are broken by bid id so the order is deterministic.
/// </summary>
public static class ShortlistBuilder
{
    /// <summary>Builds the shortlist. Withdrawn bids and bids for other adverts are left out.</summary>
    public static Shortlist Build(Advert advert, IEnumerable<(Bid Bid, Bidder Bidder)> bids, DevonOptions options, DateOnly asOf) =>
        Build(advert, bids, [], options, asOf);

    /// <summary>
    /// Builds the shortlist and adds the bypasses officers have recorded while working it (no contact, reference
    /// not received, failed verification..., 001 §61.9, §61.24, §61.33, §64.7).
    /// </summary>
    public static Shortlist Build(Advert advert, IEnumerable<(Bid Bid, Bidder Bidder)> bids, IEnumerable<RecordedBypass> recorded, DevonOptions options, DateOnly asOf)
    {
        var recordedByBid = recorded.ToLookup(r => r.Bid);
        var unordered = new List<ShortlistEntry>();
        foreach (var (bid, bidder) in bids)
        {
            if (bid.Advert != advert.Id || bid.Status == BidStatus.Withdrawn)
            {
                continue;
            }

            var entry = Entry(advert, bid, bidder, options, asOf);
            var extra = recordedByBid[bid.Id].Select(r => new Bypass(r.Reason, r.Explain())).ToList();
            unordered.Add(extra.Count == 0 ? entry : entry with { Bypasses = entry.Bypasses.AddRange(extra) });
        }

        var ordered = unordered
            .OrderBy(e => e.Key)
            .ThenBy(e => e.Bid.Id.Value, StringComparer.Ordinal)
            .Select((e, i) => e with { Position = i + 1 })
            .ToImmutableArray();
        return new Shortlist(advert.Id, ordered);
    }

    private static ShortlistEntry Entry(Advert advert, Bid bid, Bidder bidder, DevonOptions options, DateOnly asOf)
    {
        var property = advert.Property;
        var shortlisting = options.Shortlisting;
        var bypasses = ImmutableArray.CreateBuilder<Bypass>();
        var notes = ImmutableArray.CreateBuilder<Reason>();

        // Status (001 §60.4, §61.25, §46.40).
        if (!bidder.Active || bidder.BiddingSuspended)
        {
            bypasses.Add(new Bypass(BypassReason.NotEligibleForProperty, new Reason("DHC.Shortlist.NotActive", Citation.Devon("61.13"),
                "Your application is not active, or bidding on it is suspended, so you cannot be offered a home now.")
                .With(new Fact("active", bidder.Active.ToString()), new Fact("bidding suspended", bidder.BiddingSuspended.ToString()))));
        }

        if (bidder.BidAcceptedElsewhere)
        {
            bypasses.Add(new Bypass(BypassReason.AcceptedElsewhere, new Reason("DHC.Shortlist.AcceptedElsewhere", Citation.Devon("61.25"),
                "You have confirmed you want to be considered for another home (Bid Accepted), so you are bypassed on your other shortlists.")));
        }
        else if (bidder.BidShortlistedElsewhere)
        {
            var reason = new Reason("DHC.Shortlist.ShortlistedElsewhere", Citation.Devon("61.25"),
                "You are being considered for another home (Bid shortlisted); you can be considered for only one home at a time and must choose within 24 hours.");
            if (shortlisting.OtherShortlists == OtherShortlistsRule.BypassFromBidShortlisted)
            {
                bypasses.Add(new Bypass(BypassReason.AcceptedElsewhere, reason));
            }
            else
            {
                notes.Add(reason.With(new Fact("decision window", "24 hours (001 §46.40)")));
            }
        }

        // Eligibility, restrictions and policy (001 §61.8-61.9).
        var suitability = HomeSuitability.Assess(advert, bidder, bid.PlacedBy, options, asOf);
        bypasses.AddRange(suitability.Findings.Select(f => new Bypass(f.Bypass, f.Reason)));

        // The band for this home (001 §61.1).
        var applying = ApplyingBand.For(bidder, property);
        Band band;
        Reason bandReason;
        if (applying is null)
        {
            band = Band.E;
            bandReason = new Reason("DHC.Shortlist.NoBandForHome", Citation.Devon("23.5"),
                "None of your band awards holds for this home.")
                .With(new Fact("awards", string.Join("; ", bidder.Awards.Select(a => $"{a.Band} for {a.Scope.Describe()}"))));
            bypasses.Add(new Bypass(BypassReason.NeedScope, bandReason));
        }
        else
        {
            band = applying.Band;
            bandReason = ApplyingBand.Explain(bidder, property, applying);
        }

        var parts = ImmutableArray.CreateBuilder<PriorityPart>();
        var wheelchairOrMajor = property.Mobility == MobilityCategory.WheelchairAccessible || property.AdaptationLevel >= AdaptationLevel.Major;
        var mobility = MobilityPart(advert, bidder, band, shortlisting, bypasses);

        if (mobility is not null && wheelchairOrMajor)
        {
            parts.Add(mobility);
        }

        foreach (var condition in advert.LocalConnection.Where(c => c.Strength == LocalConnectionStrength.Preference))
        {
            var (standing, reason) = LocalConnectionConditions.Evaluate(condition, bidder, applying, shortlisting);
            parts.Add(new PriorityPart($"local connection preference ({condition.Source})", standing == LocalConnectionStanding.NotMet ? 1 : 0, reason));
        }

        if (mobility is not null && !wheelchairOrMajor)
        {
            parts.Add(mobility);
        }

        if (advert.HomelessDutyPreference is { } dutyAuthority)
        {
            parts.Add(HomelessDutyPart(bidder, band, dutyAuthority));
        }

        if (advert.LettingPlan is { PreferredHouseholdSizes.IsEmpty: false } plan)
        {
            var fits = plan.PreferredHouseholdSizes.Contains(bidder.HouseholdSize);
            parts.Add(new PriorityPart("preferred household size", fits ? 0 : 1, new Reason("DHC.Shortlist.LettingPlanHouseholdSize", Citation.Devon("58.20"),
                fits
                    ? "Your household size is one the letting plan considers first."
                    : "The letting plan considers other household sizes first, irrespective of band.")
                .With(new Fact("household size", bidder.HouseholdSize.ToString()), new Fact("preferred sizes", string.Join(", ", plan.PreferredHouseholdSizes)))));
        }

        // A scoped award may carry its own band start date (a downsizer's backdated date, 001 §43.17).
        var bandStart = applying?.BandStartDate ?? bidder.BandStart;
        parts.Add(new PriorityPart("band", (long)band, bandReason));
        parts.Add(new PriorityPart("band start date", PriorityKey.RankOf(bandStart), new Reason("DHC.Shortlist.BandStartDate", Citation.Devon("43.2"),
            $"Within your band, bidders with earlier band start dates come first, and on the same date the earlier time; yours is {bandStart:yyyy-MM-dd HH:mm:ss}.")
            .With(new Fact("band start", bandStart.ToString("yyyy-MM-dd HH:mm:ss")))));
        parts.Add(new PriorityPart("bid placed", PriorityKey.RankOf(bid.PlacedAt), new Reason("DHC.Shortlist.BidPlacedTieBreak", Citation.Devon("43.2"),
            "Where band and band start date and time are identical, the earlier bid comes first.")
            .With(new Fact("bid placed", bid.PlacedAt.ToString("yyyy-MM-dd HH:mm:ss")))));

        return new ShortlistEntry
        {
            Position = 0,
            Bid = bid,
            Band = band,
            BandStart = bandStart,
            Key = new PriorityKey(parts.ToImmutable()),
            Bypasses = bypasses.ToImmutable(),
            Notes = notes.ToImmutable(),
        };
    }

    private static PriorityPart? MobilityPart(Advert advert, Bidder bidder, Band band, ShortlistOptions options, ImmutableArray<Bypass>.Builder bypasses)
    {
        var property = advert.Property;
        if (!advert.OrderByMobilityCategory && !advert.MobilityPreference && !MobilityMatching.IsAccessibleOrAdapted(property))
        {
            return null;
        }

        var relevant = MobilityMatching.HasRelevantNeed(bidder, property);
        var facts = new[] { new Fact("assessed mobility", bidder.Mobility.ToString()), new Fact("home category", property.Mobility.ToString()), new Fact("adaptations", property.AdaptationLevel.ToString()) };
        long value;
        Reason reason;
        if (advert.OrderByMobilityCategory)
        {
            value = MobilityMatching.AptGroup(property.Mobility, bidder.Mobility);
            reason = new Reason("DHC.Shortlist.MobilityGroup", Citation.Devon("56.13"),
                $"This advert orders bidders by mobility category first; as a {HomeSuitability.Describe(bidder.Mobility)} household you are in group {value} for a {HomeSuitability.Describe(property.Mobility)} home.").With(facts);
        }
        else
        {
            value = relevant ? 1 : 2;
            reason = new Reason("DHC.Shortlist.MobilityPreference", Citation.Devon("56.9"), relevant
                ? "Preference for this accessible or adapted home goes to households who need it, and you do."
                : "Preference for this accessible or adapted home goes to households who need it, before higher bands and earlier band start dates.").With(facts);
        }

        if (band == Band.A)
        {
            if (MobilityMatching.IsWheelchairOrExtensivelyAdapted(property))
            {
                if (!relevant)
                {
                    var noNeed = new Reason("DHC.Shortlist.BandAWithoutNeed", Citation.Devon(options.BandAWithoutNeed == BandAWithoutNeedOnWheelchairHomes.NotConsidered ? "17.14" : "61.20"),
                        "Band A gives no priority for wheelchair-accessible or extensively adapted homes without a need for one.").With(facts);
                    if (options.BandAWithoutNeed == BandAWithoutNeedOnWheelchairHomes.NotConsidered)
                    {
                        bypasses.Add(new Bypass(BypassReason.NotEligibleForProperty, noNeed));
                    }
                    else
                    {
                        reason = noNeed;
                    }
                }
            }
            else if (options.BandAOnAccessibleHomes == BandAAccessiblePriority.BandAFirst)
            {
                value = 0;
                reason = new Reason("DHC.Shortlist.BandAPriorityOnAccessibleHome", Citation.Devon("17.15"),
                    "Band A takes priority over other applicants for step-free, maximum-3-steps and minor-adaptation homes.").With(facts);
            }
        }

        return new PriorityPart(advert.OrderByMobilityCategory ? "mobility group (APT)" : "mobility preference", value, reason);
    }

    private static PriorityPart HomelessDutyPart(Bidder bidder, Band band, Common.LocalAuthorityId dutyAuthority)
    {
        var fact = new Fact("preference for homeless duty owed by", dutyAuthority.Value);
        if (bidder.HomelessDutyOwedBy == dutyAuthority)
        {
            return new PriorityPart("homeless duty preference", 0, new Reason("DHC.Shortlist.HomelessDutyPreference.Met", Citation.Devon("61.20"),
                $"The advert prefers households owed a homeless duty by {dutyAuthority}, and you are.").With(fact));
        }

        if (band == Band.A)
        {
            return new PriorityPart("homeless duty preference", 0, new Reason("DHC.Shortlist.HomelessDutyPreference.BandAOverrides", Citation.Devon("61.20"),
                "Band A overrides the advert's preference for households owed a homeless duty by a particular authority.").With(fact));
        }

        return new PriorityPart("homeless duty preference", 1, new Reason("DHC.Shortlist.HomelessDutyPreference.NotMet", Citation.Devon("61.20"),
            $"The advert prefers households owed a homeless duty by {dutyAuthority}; you are considered after them"
            + (bidder.FleeingDomesticAbuse ? " (fleeing domestic abuse in Bands B to D does not override this preference)." : ".")).With(fact));
    }
}
