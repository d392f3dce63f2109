using System.Collections.Immutable;
using OpenLettings.Domain.Allocation;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Properties;

namespace OpenLettings.Domain.Schemes.SwanTransfer;

/// <summary>A Swan home advertised to the transfer list through choice based lettings (002 §2.2).</summary>
public sealed record SwanAdvert
{
    public required AdvertId Id { get; init; }

    public required Property Property { get; init; }

    /// <summary>General needs, supported or sheltered (002 §3.6, §3.7).</summary>
    public SwanHousingType HousingType { get; init; } = SwanHousingType.GeneralNeeds;

    /// <summary>
    /// An officer's decision that this home may be let outside the Appendix 2 guidelines (002 §5.1 "there may
    /// be occasions"); bids outside the guidelines then rank after every bid within them instead of being bypassed.
    /// </summary>
    public AssessedFact<bool>? LetOutsideGuidelines { get; init; }
}

/// <summary>A transfer-list applicant's bid for an advert.</summary>
public sealed record SwanBid
{
    public required BidId Id { get; init; }

    public required SwanApplication Application { get; init; }

    /// <summary>When the bid was placed (UK local time); the last tie-break.</summary>
    public required DateTime PlacedAt { get; init; }
}

/// <summary>Why a bid is left off the shortlist.</summary>
public enum SwanBypassReason
{
    DuplicateBid,
    NotEligibleToRegister,
    Suspended,
    NotConsideredForTransfer,
    SupportedHousingToGeneralNeedsOnly,
    UnderMinimumAge,
    OutsideSuitabilityGuidelines,
    LargerThanDownsizingSize,
    AdaptationNotNeeded,
    SexOffenderRiskNotCleared,
    PropertyInspectionUnsatisfactory,
}

/// <summary>One place on the shortlist, with the key that put it there.</summary>
public sealed record SwanShortlistPosition
{
    public required int Position { get; init; }

    public required BidId Bid { get; init; }

    public required HousingApplicationId Application { get; init; }

    public required PriorityKey Key { get; init; }

    public required SwanBand Band { get; init; }

    public required DateOnly WaitingSince { get; init; }

    /// <summary>What must happen before an offer can be confirmed (e.g. the property inspection, 002 §3.4).</summary>
    public ImmutableArray<Reason> OfferConditions { get; init; } = [];
}

/// <summary>A bid left off the shortlist and why.</summary>
public sealed record SwanBypass
{
    public required BidId Bid { get; init; }

    public required HousingApplicationId Application { get; init; }

    public required SwanBypassReason Reason { get; init; }

    public ImmutableArray<Reason> Reasons { get; init; } = [];
}

/// <summary>The ordered shortlist for one advert, and the bids bypassed.</summary>
public sealed record SwanShortlist
{
    public required AdvertId Advert { get; init; }

    public ImmutableArray<SwanShortlistPosition> Positions { get; init; } = [];

    public ImmutableArray<SwanBypass> Bypassed { get; init; } = [];
}

/// <summary>Builds a shortlist: bypasses first, then orders by guidelines, tenancy, band, time waited in band.</summary>
/// <remarks>002 §3.4-3.7, §4.2, §4.5, §5.1, §5.4, §5.6, Appendix 2.</remarks>
public static class SwanShortlisting
{
    private static Citation S(string section) => new("002", section);

    /// <summary>Orders the bids for an advert.</summary>
    public static SwanShortlist Build(SwanAdvert advert, IEnumerable<SwanBid> bids, Func<SwanApplication, SwanAssessment> assess, SwanOptions options, DateOnly asOf)
    {
        var bypassed = ImmutableArray.CreateBuilder<SwanBypass>();
        var ranked = new List<(SwanBid Bid, SwanAssessment Assessment, PriorityKey Key, ImmutableArray<Reason> Conditions)>();
        var seen = new HashSet<HousingApplicationId>();
        foreach (var bid in bids.OrderBy(b => b.PlacedAt))
        {
            var application = bid.Application;
            if (!seen.Add(application.Id))
            {
                bypassed.Add(Bypass(bid, SwanBypassReason.DuplicateBid, new Reason("SWAN.Shortlist.DuplicateBid", S("2.2"),
                    "This application has already bid for this home; only the first bid counts.")));
                continue;
            }

            var assessment = assess(application);
            var outcome = Consider(advert, application, assessment, options, asOf);
            if (outcome.Bypass is { } bypass)
            {
                bypassed.Add(bypass with { Bid = bid.Id });
                continue;
            }

            var key = KeyFor(bid, assessment, outcome.OutsideGuidelines, options);
            ranked.Add((bid, assessment, key, outcome.Conditions));
        }

        var ordered = ranked.OrderBy(r => r.Key).ToList();
        var positions = ordered.Select((r, i) => new SwanShortlistPosition
        {
            Position = i + 1,
            Bid = r.Bid.Id,
            Application = r.Bid.Application.Id,
            Key = r.Key,
            Band = r.Assessment.Band,
            WaitingSince = r.Assessment.WaitingSince,
            OfferConditions = r.Conditions,
        }).ToImmutableArray();

        return new SwanShortlist { Advert = advert.Id, Positions = positions, Bypassed = bypassed.ToImmutable() };
    }

    private sealed record Outcome(SwanBypass? Bypass, bool OutsideGuidelines, ImmutableArray<Reason> Conditions);

    private static Outcome Consider(SwanAdvert advert, SwanApplication application, SwanAssessment assessment, SwanOptions options, DateOnly asOf)
    {
        SwanBypass Out(SwanBypassReason reason, params Reason[] reasons) => new()
        {
            Bid = default,
            Application = application.Id,
            Reason = reason,
            Reasons = [.. reasons],
        };

        var eligibility = assessment.Eligibility;
        if (!eligibility.MayRegister)
        {
            return new(Out(SwanBypassReason.NotEligibleToRegister, [.. eligibility.Reasons]), false, []);
        }

        if (eligibility.Suspended)
        {
            return new(Out(SwanBypassReason.Suspended, [.. eligibility.Reasons]), false, []);
        }

        if (!eligibility.ConsideredForTransfer)
        {
            return new(Out(SwanBypassReason.NotConsideredForTransfer, [.. eligibility.Reasons]), false, []);
        }

        var home = application.CurrentHome;
        if (home.HousingType == SwanHousingType.Supported && advert.HousingType != SwanHousingType.GeneralNeeds)
        {
            return new(Out(SwanBypassReason.SupportedHousingToGeneralNeedsOnly, new Reason("SWAN.Shortlist.SupportedToGeneralNeeds", S("3.6"),
                "Tenants of supported housing are considered for a move to a general needs home only.")
                .With(new Fact("advert housing type", advert.HousingType.ToString()))), false, []);
        }

        var main = application.Household.MainApplicant;
        if (advert.HousingType == SwanHousingType.GeneralNeeds && main.AgeOn(asOf) is { } age && age < options.MinimumGeneralNeedsTenantAge)
        {
            return new(Out(SwanBypassReason.UnderMinimumAge, new Reason("SWAN.Shortlist.UnderMinimumAge", S("3.7"),
                $"Swan does not normally offer a general needs tenancy to someone under {options.MinimumGeneralNeedsTenantAge}.")
                .With(new Fact("age", age.ToString(System.Globalization.CultureInfo.InvariantCulture)))), false, []);
        }

        var suitable = SwanHouseholdRules.IsSuitable(assessment.Household, advert.Property, options);
        var outside = false;
        if (!suitable.Outcome)
        {
            if (advert.LetOutsideGuidelines is not { Value: true })
            {
                return new(Out(SwanBypassReason.OutsideSuitabilityGuidelines, [.. suitable.Reasons]), false, []);
            }

            outside = true;
        }

        if (options.DownsizersLimitedToTargetSize && assessment.Banding.LimitedToBedrooms is { } limit
            && SuitabilityMatrix.BedroomsOf(SuitabilityMatrix.CategoryOf(advert.Property)) > limit)
        {
            return new(Out(SwanBypassReason.LargerThanDownsizingSize, new Reason("SWAN.Shortlist.DownsizerLargerHome", S("4.5"),
                $"Your band rests on moving to a {limit} bedroom home, so you cannot be offered this larger home.")
                .With(new Fact("advert bedrooms", advert.Property.Bedrooms.ToString(System.Globalization.CultureInfo.InvariantCulture)))), false, []);
        }

        var adapted = advert.Property.AdaptationLevel != AdaptationLevel.None || !advert.Property.Adaptations.IsEmpty;
        if (options.AdaptedHomesOnlyForAssessedNeed && adapted && application.Suitability.NeedsAdaptation is not { Value: true })
        {
            return new(Out(SwanBypassReason.AdaptationNotNeeded, new Reason("SWAN.Shortlist.AdaptedHome", S("5.6"),
                "This home is adapted and is let only to a household assessed as needing the adaptation.")
                .With(new Fact("adaptation level", advert.Property.AdaptationLevel.ToString()))), false, []);
        }

        if (application.Suitability.SexOffender
            && !application.Suitability.SexOffenderClearances.Any(c => c.Property == advert.Property.Id && c.RisksInvestigatedAndMonitoringInPlace.Value))
        {
            return new(Out(SwanBypassReason.SexOffenderRiskNotCleared, new Reason("SWAN.Shortlist.SexOffenderRisk", S("5.4"),
                "The local authority has not confirmed it has investigated the risks of rehousing in this home and that monitoring is in place.")
                .With(new Fact("property", advert.Property.Id.Value))), false, []);
        }

        var conditions = ImmutableArray.CreateBuilder<Reason>();
        if (home.Occupancy != SwanOccupancy.IndependentAdult)
        {
            switch (home.Inspection)
            {
                case { Value: InspectionOutcome.Unsatisfactory } failed:
                    return new(Out(SwanBypassReason.PropertyInspectionUnsatisfactory, new Reason("SWAN.Shortlist.InspectionUnsatisfactory", S("3.4"),
                        "Your home did not pass the property inspection every transfer needs before an offer is confirmed.")
                        .With(new Fact("inspected on", $"{failed.AssessedOn:yyyy-MM-dd}"), new Fact("inspected by", failed.AssessedBy.Name))), false, []);
                case null:
                    conditions.Add(new Reason("SWAN.Shortlist.InspectionRequired", S("3.4"),
                        "An offer can be confirmed only after a satisfactory inspection of your current home."));
                    break;
                default:
                    break;
            }
        }

        if (outside)
        {
            conditions.Add(new Reason("SWAN.Shortlist.OutsideGuidelinesAllowed", S("5.1"),
                $"This home may be let outside the guidelines ({advert.LetOutsideGuidelines!.AssessedBy.Name}, {advert.LetOutsideGuidelines.AssessedOn:yyyy-MM-dd}); bids within them come first.")
                .With(suitable.Reasons.SelectMany(r => r.Facts).ToArray()));
        }

        return new(null, outside, conditions.ToImmutable());
    }

    private static SwanBypass Bypass(SwanBid bid, SwanBypassReason reason, Reason because) =>
        new() { Bid = bid.Id, Application = bid.Application.Id, Reason = reason, Reasons = [because] };

    private static PriorityKey KeyFor(SwanBid bid, SwanAssessment assessment, bool outsideGuidelines, SwanOptions options)
    {
        var tenant = bid.Application.CurrentHome.Occupancy != SwanOccupancy.IndependentAdult;
        var parts = ImmutableArray.CreateBuilder<PriorityPart>();
        parts.Add(new PriorityPart("suitability guidelines", outsideGuidelines ? 1 : 0, new Reason("SWAN.Key.Guidelines", S("5.1"),
            outsideGuidelines ? "Your household is outside the guidelines for this home, so you come after households within them." : "Your household is within the guidelines for this home.")));
        if (options.TenantsBeforeIndependentAdults)
        {
            parts.Add(new PriorityPart("tenancy", tenant ? 0 : 1, new Reason("SWAN.Key.TenantsFirst", S("3.5"),
                tenant ? "You hold a Swan tenancy." : "Adults without a Swan tenancy come after tenants.")));
        }

        parts.Add(new PriorityPart("band", (int)assessment.Band, new Reason("SWAN.Key.Band", S("4.1"), $"You are in band {(int)assessment.Band}.")
            .With(new Fact("band", ((int)assessment.Band).ToString(System.Globalization.CultureInfo.InvariantCulture)))));
        parts.Add(new PriorityPart("time waited in band", PriorityKey.RankOf(assessment.WaitingSince), new Reason("SWAN.Key.TimeWaited", S("4.2"),
            $"Within a band, priority is for time waited; yours counts from {assessment.WaitingSince:d MMMM yyyy}.")
            .With(new Fact("waiting since", $"{assessment.WaitingSince:yyyy-MM-dd}"))));
        parts.Add(new PriorityPart("registration date", PriorityKey.RankOf(bid.Application.RegisteredOn), new Reason("SWAN.Key.RegisteredOn", S("4.2"),
            $"Equal waiting dates are settled by who registered first; you registered on {bid.Application.RegisteredOn:d MMMM yyyy}.")));
        parts.Add(new PriorityPart("bid placed", PriorityKey.RankOf(bid.PlacedAt), new Reason("SWAN.Key.BidPlaced", S("4.2"),
            $"Any remaining tie is settled by when the bid was placed ({bid.PlacedAt:yyyy-MM-dd HH:mm}).")));
        return new PriorityKey(parts.ToImmutable());
    }
}
