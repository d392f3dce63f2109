using System.Collections.Immutable;
using OpenLettings.Domain.Allocation;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Explanations;

namespace OpenLettings.Domain.Schemes.Chesterfield;

/// <summary>Why a bid is not on the shortlist.</summary>
public enum ExclusionKind
{
    /// <summary>The application is pending or does not qualify, so it cannot bid.</summary>
    CannotBid,
    /// <summary>The applicant already held the maximum number of live bids.</summary>
    TooManyLiveBids,
    /// <summary>The household is not eligible for this home (matrix, advert age or occupancy criteria).</summary>
    NotEligibleForHome,
    /// <summary>A bid was received from a higher local-connection tier, so this tier is not considered.</summary>
    LowerTierNotConsidered,
}

/// <summary>One place on the shortlist.</summary>
public sealed record ShortlistPosition
{
    /// <summary>1-based position in priority order (bypassed bids keep their place so the order can be explained).</summary>
    public required int Position { get; init; }

    public required BidId Bid { get; init; }

    public required HousingApplicationId Application { get; init; }

    public required LocalConnectionTier Tier { get; init; }

    /// <summary>The level for this home (a conditional reason that does not cover the home is left out).</summary>
    public required PriorityLevel Level { get; init; }

    public required DateOnly PriorityDate { get; init; }

    public required PriorityKey Key { get; init; }

    /// <summary>Officer bypasses; a bypassed bidder is not offered the home, is told why and may ask for a review.</summary>
    public ImmutableArray<BypassReason> Bypasses { get; init; } = [];

    public bool Bypassed => !Bypasses.IsEmpty;

    /// <summary>The order in which offers are made among bids not bypassed (null if bypassed).</summary>
    public int? OfferOrder { get; init; }

    public ImmutableArray<Reason> Reasons { get; init; } = [];
}

/// <summary>A bid left off the shortlist, with the reasons and the applicant's rights.</summary>
public sealed record ExcludedBid
{
    public required BidId Bid { get; init; }

    public required HousingApplicationId Application { get; init; }

    public required ExclusionKind Kind { get; init; }

    /// <summary>The applicant is told why (003 Appendix B 10(ii)).</summary>
    public bool NotifyApplicant { get; init; } = true;

    /// <summary>The applicant may ask for a review (003 Appendix B 10(ii), 13).</summary>
    public bool RightToReview { get; init; } = true;

    public ImmutableArray<Reason> Reasons { get; init; } = [];
}

/// <summary>The ordered shortlist for one advert.</summary>
public sealed record ChesterfieldShortlist
{
    public required AdvertId Advert { get; init; }

    public required ImmutableArray<ShortlistPosition> Positions { get; init; }

    public required ImmutableArray<ExcludedBid> Excluded { get; init; }

    public ImmutableArray<Reason> Reasons { get; init; } = [];
}

/// <summary>Orders bids for an advert: adaptation need, local-connection tier, band, local lettings plan, household size, priority date (003 Appendix B 10(ii), 10(vii), 9(iv), 9(v); §3.14).</summary>
public static class ChesterfieldShortlisting
{
    private sealed record Candidate(ChesterfieldBid Bid, ChesterfieldAssessment Assessment, LocalConnectionTier Tier, PriorityLevel Level, DateOnly PriorityDate, PriorityKey Key, ImmutableArray<Reason> Reasons);

    /// <summary>Builds the shortlist. <paramref name="assess"/> assesses each bidding application as of the same date.</summary>
    public static ChesterfieldShortlist Build(ChesterfieldAdvert advert, IEnumerable<ChesterfieldBid> bids, Func<ChesterfieldApplication, ChesterfieldAssessment> assess, ChesterfieldOptions options, DateOnly asOf)
    {
        var excluded = ImmutableArray.CreateBuilder<ExcludedBid>();
        var candidates = new List<Candidate>();
        var advertReasons = ImmutableArray.CreateBuilder<Reason>();

        foreach (var bid in bids)
        {
            var app = bid.Application;
            var assessment = assess(app);
            if (assessment.Status != RegistrationStatus.Live)
            {
                excluded.Add(new ExcludedBid
                {
                    Bid = bid.Id, Application = app.Id, Kind = ExclusionKind.CannotBid,
                    Reasons = [new Reason("CBC.Shortlist.NotLive", ChesterfieldCitations.Policy("10(i)"),
                        assessment.Status == RegistrationStatus.Pending
                            ? "Your application is pending, so you cannot take part in bidding until it is live."
                            : "Your application is not eligible or does not qualify, so your bid cannot be considered."), .. assessment.Qualification.Reasons.Where(r => r.RuleId != "CBC.Qualify.Live")],
                });
                continue;
            }

            if (bid.OtherLiveBidsAtPlacement >= options.MaximumLiveBids)
            {
                excluded.Add(new ExcludedBid
                {
                    Bid = bid.Id, Application = app.Id, Kind = ExclusionKind.TooManyLiveBids,
                    Reasons = [new Reason("CBC.Shortlist.TooManyBids", ChesterfieldCitations.Policy("10(i)"),
                        $"You already had {bid.OtherLiveBidsAtPlacement} live bids when you placed this one; you may hold at most {options.MaximumLiveBids} at a time.")
                        .With(new Fact("other live bids", bid.OtherLiveBidsAtPlacement.ToString(System.Globalization.CultureInfo.InvariantCulture)))],
                });
                continue;
            }

            var ineligible = EligibilityForHome(advert, assessment, app, options, asOf);
            if (!ineligible.IsEmpty)
            {
                excluded.Add(new ExcludedBid { Bid = bid.Id, Application = app.Id, Kind = ExclusionKind.NotEligibleForHome, Reasons = ineligible });
                continue;
            }

            var (affordable, affordabilityReason) = AffordabilityTest.Check(advert, bid, options);
            var effective = affordable ? bid : bid with { Bypasses = bid.Bypasses.Add(new BypassDecision { Reason = BypassReason.CannotAffordRent, DecidedBy = bid.Affordability?.AssessedBy }) };
            var candidate = Rank(advert, effective, assessment, options, asOf);
            candidates.Add(affordabilityReason is null ? candidate : candidate with { Reasons = candidate.Reasons.Add(affordabilityReason) });
        }

        var firstComeFirstServed = advert.AvailableNow && options.AvailableNowOrdering == AvailableNowOrdering.BidDate;
        if (advert.AvailableNow)
        {
            advertReasons.Add(new Reason("CBC.Shortlist.AvailableNow", ChesterfieldCitations.Policy("9(ix)"),
                firstComeFirstServed
                    ? "This home is advertised 'Available Now' after a bidding cycle without a letting: eligible bids are considered in the order they were made."
                    : "This home is advertised 'Available Now' after a bidding cycle without a letting: as several bids were received, they are considered by local connection, band and priority date."));
        }

        if (options.TierGating == TierGatingMode.OnlyIfNoHigherTierBid && candidates.Count > 0 && !firstComeFirstServed)
        {
            var counting = options.BypassedBidsCountForGating ? candidates : candidates.Where(c => c.Bid.Bypasses.IsEmpty).ToList();
            if (counting.Count > 0)
            {
                var top = counting.Min(c => c.Tier);
                foreach (var lower in candidates.Where(c => c.Tier > top).ToList())
                {
                    candidates.Remove(lower);
                    excluded.Add(new ExcludedBid
                    {
                        Bid = lower.Bid.Id, Application = lower.Bid.Application.Id, Kind = ExclusionKind.LowerTierNotConsidered,
                        Reasons = [lower.Reasons[0], new Reason("CBC.Shortlist.TierGated", ChesterfieldCitations.CabinetReport("3.14"),
                            "Bids were received from applicants with a closer connection to this home's area, so applicants in your group are not considered for it.")
                            .With(new Fact("highest tier bidding", ((int)top).ToString(System.Globalization.CultureInfo.InvariantCulture)))],
                    });
                }

                advertReasons.Add(new Reason("CBC.Shortlist.Gating", ChesterfieldCitations.CabinetReport("3.14"),
                    "Lower local-connection groups are considered only if no bid came from a higher group.").With(new Fact("highest tier bidding", top.ToString())));
            }
        }

        var ordered = candidates.OrderBy(c => c.Key).ToList();
        var positions = ImmutableArray.CreateBuilder<ShortlistPosition>();
        var offerOrder = 0;
        for (var i = 0; i < ordered.Count; i++)
        {
            var c = ordered[i];
            var reasons = c.Reasons.ToBuilder();
            foreach (var bypass in c.Bid.Bypasses)
            {
                reasons.Add(new Reason("CBC.Shortlist.Bypass." + bypass.Reason, ChesterfieldCitations.Policy("11(ii)"),
                        $"You were passed over for this home because {BypassReasons.Describe(bypass.Reason)}. We will tell you why in writing and you have the right to ask for a review of this decision.")
                    .With(new Fact("bypass reason", bypass.Reason.ToString())));
            }

            if (i > 0 && ordered[i - 1].Key.FirstDifference(c.Key) is { } difference)
            {
                reasons.Add(new Reason("CBC.Shortlist.BelowPrevious", ChesterfieldCitations.Policy("10(ii)"),
                    $"You are below the bid in position {i} because of: {difference}."));
            }

            positions.Add(new ShortlistPosition
            {
                Position = i + 1,
                Bid = c.Bid.Id,
                Application = c.Bid.Application.Id,
                Tier = c.Tier,
                Level = c.Level,
                PriorityDate = c.PriorityDate,
                Key = c.Key,
                Bypasses = [.. c.Bid.Bypasses.Select(b => b.Reason)],
                OfferOrder = c.Bid.Bypasses.IsEmpty ? ++offerOrder : null,
                Reasons = reasons.ToImmutable(),
            });
        }

        return new ChesterfieldShortlist { Advert = advert.Id, Positions = positions.ToImmutable(), Excluded = excluded.ToImmutable(), Reasons = advertReasons.ToImmutable() };
    }

    private static ImmutableArray<Reason> EligibilityForHome(ChesterfieldAdvert advert, ChesterfieldAssessment assessment, ChesterfieldApplication app, ChesterfieldOptions options, DateOnly asOf)
    {
        var reasons = ImmutableArray.CreateBuilder<Reason>();
        var matrix = HouseholdEligibilityMatrix.Decide(app, assessment.BedroomNeed, advert.Property, advert.ParlourType, advert.FlexibleLetting, options);
        if (!matrix.Eligible)
        {
            reasons.Add(matrix.Reason);
        }

        var main = app.Household.Members.FirstOrDefault(m => m.Role == Households.MemberRole.MainApplicant);
        if (advert.MinimumAge is { } minimumAge && main?.AgeOn(asOf) is { } age && age < minimumAge)
        {
            var levelAccess = advert.LevelAccessOverridesAge && app.MobilityNeed >= Properties.MobilityCategory.StepFree;
            if (!levelAccess)
            {
                reasons.Add(new Reason("CBC.Shortlist.AgeRestriction", ChesterfieldCitations.Policy("9(iii)"),
                    $"This home is for applicants aged {minimumAge} or over ({BypassReasons.Describe(BypassReason.DoesNotMeetAdvertCriteria)}).").With(new Fact("age", age.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            }
        }

        var people = assessment.BedroomNeed.People.Length;
        if (advert.MinimumOccupants is { } min && people < min)
        {
            reasons.Add(new Reason("CBC.Shortlist.TooFewOccupants", ChesterfieldCitations.Policy("9(ii)"),
                $"This home is for at least {min} people and your household has {people}."));
        }

        if (advert.Property.MaxOccupants is { } max && people > max)
        {
            reasons.Add(new Reason("CBC.Shortlist.TooManyOccupants", ChesterfieldCitations.Policy("9(ii)"),
                $"This home is for at most {max} people and your household has {people}."));
        }

        return reasons.ToImmutable();
    }

    private static Candidate Rank(ChesterfieldAdvert advert, ChesterfieldBid bid, ChesterfieldAssessment assessment, ChesterfieldOptions options, DateOnly asOf)
    {
        var app = bid.Application;
        var reasons = ImmutableArray.CreateBuilder<Reason>();
        var (tier, tierReason) = LocalResidency.TierFor(assessment.Residency, app, advert.Property.LocalAuthority, options);
        reasons.Add(tierReason);

        // Level for this home: conditional reasons hold only for the moves they cover (003 Appendix B 7(i)).
        var holding = assessment.Banding.AppliedReasons
            .Where(r => ChesterfieldBanding.HoldsFor(r.Code, app, advert.Property, advert.IsFamilyAccommodation)).ToImmutableArray();
        var level = holding.Min(r => BandReasons.LevelOf(r.Code, options));
        var date = assessment.PriorityDate;
        if (level != assessment.Level)
        {
            var (advertDate, _, dateReasons) = PriorityDates.For(app, holding, level, options, asOf, appendToHistory: false);
            date = advertDate;
            reasons.Add(new Reason("CBC.Shortlist.ConditionalPriority", ChesterfieldCitations.Policy("7(i)"),
                $"Your Band {BandReasons.Name(assessment.Level)} priority applies only to certain moves and not to this home, so you are considered in Band {BandReasons.Name(level)} for it."));
            reasons.AddRange(dateReasons);
        }

        var parts = ImmutableArray.CreateBuilder<PriorityPart>();
        if (advert.AvailableNow && options.AvailableNowOrdering == AvailableNowOrdering.BidDate)
        {
            if (advert.HouseholdSizePreference is { } sizePreference)
            {
                var kids = assessment.BedroomNeed.Dependants;
                parts.Add(new PriorityPart("household size preference", kids >= sizePreference.MinimumDependentChildren ? 0 : 1, new Reason("CBC.Shortlist.SizePreference", ChesterfieldCitations.Policy("9(ix)"),
                    $"The advert prefers households with {sizePreference.MinimumDependentChildren} or more children and yours has {kids}.").With(new Fact("dependent children", kids.ToString(System.Globalization.CultureInfo.InvariantCulture)))));
            }

            parts.Add(new PriorityPart("time of bid", PriorityKey.RankOf(bid.PlacedAt), new Reason("CBC.Shortlist.AvailableNowBidTime", ChesterfieldCitations.Policy("9(ix)"),
                "This 'Available Now' home is let first come, first served: bids are ordered by when they were made.").With(new Fact("placed at", bid.PlacedAt.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)))));
            return new Candidate(bid, assessment, tier, level, date, new PriorityKey(parts.ToImmutable()), reasons.ToImmutable());
        }

        var adaptation = AdaptationPart(advert, app, options);
        if (adaptation is not null && options.AdaptationPreference == AdaptationPreferencePosition.First)
        {
            parts.Add(adaptation);
        }

        parts.Add(new PriorityPart("local connection tier", (long)tier, tierReason));
        if (adaptation is not null && options.AdaptationPreference == AdaptationPreferencePosition.AfterLocalConnection)
        {
            parts.Add(adaptation);
        }

        parts.Add(new PriorityPart("band", (long)level, new Reason("CBC.Shortlist.Band", ChesterfieldCitations.Policy("10(ii)"),
            $"You are in Band {BandReasons.Name(level)} (bids are ordered A, B+1, B+2, B, C, D).").With(new Fact("band", BandReasons.Name(level)))));

        if (advert.LocalLettingsPlan is { } plan && (plan.StartsOn is null || plan.StartsOn <= asOf) && (plan.ExpiresOn is null || asOf <= plan.ExpiresOn))
        {
            var connected = app.Residency.ConnectedLocalities.Any(l => string.Equals(l, plan.Locality, StringComparison.OrdinalIgnoreCase));
            parts.Add(new PriorityPart("local lettings plan", connected ? 0 : 1, new Reason("CBC.Shortlist.LocalLettingsPlan", ChesterfieldCitations.Policy("9(v)"),
                connected
                    ? $"This home is let under a local lettings plan and you have a connection with {plan.Locality}, so you come first within your band."
                    : $"This home is let under a local lettings plan for {plan.Locality}; you have no connection with it, so applicants who do come first within your band.")));
        }

        if (advert.HouseholdSizePreference is { } preference)
        {
            var bPlus = BandReasons.BandOf(level) == ChesterfieldBand.BPlus;
            if (bPlus && !options.HouseholdSizePreferenceAppliesToBPlus)
            {
                parts.Add(new PriorityPart("household size preference", 0, new Reason("CBC.Shortlist.SizePreferenceNotInBPlus", ChesterfieldCitations.Policy("10(vii)"),
                    "Band B+ is ordered by priority date only; the household-size preference does not apply.")));
            }
            else
            {
                var children = assessment.BedroomNeed.Dependants;
                var meets = children >= preference.MinimumDependentChildren;
                parts.Add(new PriorityPart("household size preference", meets ? 0 : 1, new Reason("CBC.Shortlist.SizePreference", ChesterfieldCitations.Policy("10(vii)"),
                        meets
                            ? $"The advert prefers households with {preference.MinimumDependentChildren} or more children and yours has {children}, so you come first within your band."
                            : $"The advert prefers households with {preference.MinimumDependentChildren} or more children and yours has {children}, so preferred households come first within your band.")
                    .With(new Fact("dependent children", children.ToString(System.Globalization.CultureInfo.InvariantCulture)))));
            }
        }

        parts.Add(new PriorityPart("priority date", PriorityKey.RankOf(date), new Reason("CBC.Shortlist.PriorityDate", ChesterfieldCitations.Policy("10(ii)"),
            $"Within your band, bids are ordered by priority date; yours is {date:yyyy-MM-dd}.").With(new Fact("priority date", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))));
        parts.Add(new PriorityPart("time of bid", PriorityKey.RankOf(bid.PlacedAt), new Reason("CBC.Shortlist.BidTime", ChesterfieldCitations.Policy("10(ii)"),
            "Where priority dates are equal, the earlier bid comes first.").With(new Fact("placed at", bid.PlacedAt.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)))));

        return new Candidate(bid, assessment, tier, level, date, new PriorityKey(parts.ToImmutable()), reasons.ToImmutable());
    }

    private static PriorityPart? AdaptationPart(ChesterfieldAdvert advert, ChesterfieldApplication app, ChesterfieldOptions options)
    {
        if (options.AdaptationPreference == AdaptationPreferencePosition.Off || !advert.IsAdapted)
        {
            return null;
        }

        var property = advert.Property;
        var needs = app.AdaptationsNeeded.Any(property.Adaptations.Contains)
            || (app.MobilityNeed >= Properties.MobilityCategory.StepFree && property.Mobility >= app.MobilityNeed);
        return new PriorityPart("adaptation need", needs ? 0 : 1, new Reason("CBC.Shortlist.Adaptation", ChesterfieldCitations.Policy("9(iv)"),
            needs
                ? "This home is adapted and your household needs its adaptations, so you are considered first, irrespective of band."
                : "This home is adapted and your household does not need its adaptations, so households who need them are considered first."));
    }
}
