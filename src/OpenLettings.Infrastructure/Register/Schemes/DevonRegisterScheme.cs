using System.Text.Json;
using System.Text.Json.Nodes;
using System.Collections.Immutable;
using System.Globalization;
using OpenLettings.Domain.Allocation;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Options;
using OpenLettings.Domain.Schemes.DevonHomeChoice;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Bidding;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Eligibility;
using OpenLettings.Domain.Validation;
using OpenLettings.Infrastructure.Json;

namespace OpenLettings.Infrastructure.Register.Schemes;

/// <summary>Devon Home Choice (001) in the register: assessment, who may bid (§59-60), autobids (§60.8) and shortlists (§61).</summary>
public sealed class DevonRegisterScheme : IRegisterScheme
{
    public SchemeDescriptor Descriptor => DevonHomeChoiceScheme.Descriptor;

    /// <remarks>Bands A-E (001 §17-41).</remarks>
    public ImmutableArray<string> Bands { get; } = [.. Enum.GetNames<Domain.Schemes.DevonHomeChoice.Banding.Band>()];

    public ImmutableArray<ValidationError> ValidateApplication(string factsJson, DateOnly asOf)
    {
        if (!RegisterSchemes.TryRead<DevonApplication>(factsJson, "$.application", out var application, out var error))
        {
            return [error];
        }
        return [.. DevonApplicationValidator.Validate(application, asOf).Select(e => e with { Field = $"$.application.{e.Field}" })];
    }

    public ImmutableArray<ValidationError> ValidateAdvertCriteria(string criteriaJson) =>
        RegisterSchemes.ValidateCriteria<Advert>(criteriaJson, withBiddingWindow: true);

    public RegisterAssessment Assess(string factsJson, DateOnly asOf, PartnershipSettings settings)
    {
        var application = ContractJson.Read<DevonApplication>(factsJson);
        var assessment = Create(settings).Assess(application, asOf);
        var bidder = DevonHomeChoiceScheme.ToBidder(application, assessment);
        return new RegisterAssessment
        {
            Eligible = assessment.Eligibility.Eligible,
            Qualifies = assessment.Qualification.Outcome == QualificationOutcome.Qualifies,
            PendingEnquiries = assessment.Qualification.Outcome == QualificationOutcome.PendingEnquiries,
            MayBid = bidder.Active && !bidder.BiddingSuspended,
            BedroomsNeeded = assessment.Bedrooms.BedroomsNeeded,
            Band = assessment.Band?.ToString(),
            BandStartAt = assessment.BandStartDate,
            Reasons = [.. assessment.Eligibility.Reasons, .. assessment.Qualification.Reasons, .. assessment.Banding.Reasons],
            ExplanationJson = ContractJson.Write(assessment),
            FactsWithDecisionRecorded = WithAwardRecorded(factsJson, application.History, assessment, asOf),
        };
    }

    /// <summary>
    /// Appends a new general band award to the facts' band history when the band or its reason changed (closing the
    /// previous award the day before), so the next assessment derives band start dates from what was decided: a move
    /// up starts a new date, a move down within 56 days reverts to the earlier one (001 §43.5-43.7). Null when the
    /// award is unchanged or there is none.
    /// </summary>
    private static string? WithAwardRecorded(string factsJson, Domain.Schemes.DevonHomeChoice.Banding.BandHistory history, DevonAssessment assessment, DateOnly asOf)
    {
        if (assessment.Banding.General is not { } award || assessment.BandStartDate is not { } start)
        {
            return null;
        }
        var current = history.Current is { To: null } open ? open : null;
        if (current is not null && current.Band == award.Band && current.Reason == award.Reason)
        {
            return null;
        }
        var awards = history.Awards;
        if (current is not null)
        {
            var index = awards.LastIndexOf(current);
            awards = awards.SetItem(index, current with { To = asOf.AddDays(-1) < current.From ? current.From : asOf.AddDays(-1) });
        }
        awards = awards.Add(new Domain.Schemes.DevonHomeChoice.Banding.PastBandAward(award.Band, award.Reason, start, asOf));
        var facts = JsonNode.Parse(factsJson)!.AsObject();
        facts["history"] = JsonSerializer.SerializeToNode(history with { Awards = awards }, ContractJson.Options);
        return facts.ToJsonString(ContractJson.Options);
    }

    public int BidsPerCycle(DateOnly asOf, PartnershipSettings settings) => Schedule(settings).At(asOf).Bidding.BidsPerCycle;

    /// <remarks>The manual does not say whether autobids count; the <c>bidding.limitCounts</c> option decides (default: they do).</remarks>
    public bool AutobidsCountTowardsLimit(DateOnly asOf, PartnershipSettings settings) =>
        Schedule(settings).At(asOf).Bidding.LimitCounts == BidLimitCounting.AllBids;

    /// <summary>
    /// 001 §77: a review of a band or ineligibility is asked for within 21 days of the notification (§77.2), acknowledged
    /// within 7 days and decided within 56 days of the request (§77.7); a review of bedroom need suspends bidding until
    /// it is decided (§77.8).
    /// </summary>
    public ReviewRules Reviews(DateOnly asOf, PartnershipSettings settings) =>
        new(21, 7, 56, [Persistence.Entities.ReviewSubject.BedroomNeed], "001 §77.2, §77.7, §77.8");

    public BidCheck CheckBid(BidRequestFacts request, PartnershipSettings settings)
    {
        var asOf = DateOnly.FromDateTime(request.PlacedAtLocal);
        var (advert, bidder) = Prepare(request.Application, request.Advert, asOf, settings);
        var channel = request.PlacedBy switch
        {
            BidChannelKind.Applicant => BidChannel.Applicant,
            BidChannelKind.Officer => BidChannel.Staff,
            BidChannelKind.Autobid => BidChannel.Autobid,
        };
        var decision = BiddingRules.CanBid(advert, bidder,
            new BidAttempt(channel, request.PlacedAtLocal) { BidsAlreadyPlacedThisCycle = request.BidsAlreadyPlacedThisCycle },
            Schedule(settings).At(asOf), asOf);
        return new BidCheck(decision.Outcome != BidEligibility.MayNotBid, decision.Outcome == BidEligibility.MayBidButWillBeBypassed, decision.Reasons);
    }

    public Decision<bool> AutobidMatches(RegisterApplicationFacts application, RegisterAdvertFacts advert, DateOnly asOf, PartnershipSettings settings)
    {
        var (domainAdvert, bidder) = Prepare(application, advert, asOf, settings);
        return AutobidMatcher.Matches(domainAdvert, bidder, Schedule(settings).At(asOf), asOf);
    }

    /// <remarks>Reads each advert once, and each household's facts and assessment once for the whole batch of adverts.</remarks>
    public IAutobidRound BeginAutobids(IReadOnlyList<RegisterAdvertFacts> adverts, DateOnly asOf, PartnershipSettings settings) =>
        new DevonAutobidRound([.. adverts.Select(a => (a, ReadAdvert(a)))], Create(settings), Schedule(settings).At(asOf), asOf);

    private sealed class DevonAutobidRound(
        IReadOnlyList<(RegisterAdvertFacts Facts, Advert Advert)> adverts, DevonHomeChoiceScheme scheme, DevonOptions options, DateOnly asOf) : IAutobidRound
    {
        public IReadOnlyList<RegisterAdvertFacts> Matching(RegisterApplicationFacts application)
        {
            var domainApplication = ReadApplication(application);
            if (domainApplication.Autobid is not { Enabled: true })
            {
                return [];
            }
            var bidder = DevonHomeChoiceScheme.ToBidder(domainApplication, scheme.Assess(domainApplication, asOf)) with
            {
                BidShortlistedElsewhere = application.ShortlistedElsewhere,
                BidAcceptedElsewhere = application.AcceptedElsewhere,
            };
            return [.. adverts.Where(a => AutobidMatcher.Matches(a.Advert, bidder, options, asOf).Outcome).Select(a => a.Facts)];
        }
    }

    public RegisterShortlist Shortlist(RegisterAdvertFacts advert, IReadOnlyList<ShortlistCandidate> bids, DateOnly asOf, PartnershipSettings settings)
    {
        var domainAdvert = ReadAdvert(advert);
        var result = Create(settings).Shortlist(domainAdvert, bids.Select(b =>
        {
            var application = ReadApplication(b.Application);
            var bid = new Bid
            {
                Id = new BidId(b.BidId.ToString()),
                Advert = domainAdvert.Id,
                Applicant = application.Id,
                PlacedBy = b.PlacedBy switch
                {
                    BidChannelKind.Applicant => BidChannel.Applicant,
                    BidChannelKind.Officer => BidChannel.Staff,
                    BidChannelKind.Autobid => BidChannel.Autobid,
                },
                PlacedAt = b.PlacedAtLocal,
            };
            return (bid, application);
        }), asOf);

        var entries = result.Shortlist.Entries.Select(e => new RegisterShortlistEntry(
            Guid.Parse(e.Bid.Id.Value, CultureInfo.InvariantCulture),
            e.Position,
            ContractJson.Write(new DevonShortlistPosition(e.Band.ToString(), e.BandStart, e.Key, e.Notes, e.Bypasses)),
            e.Bypasses.IsEmpty ? null : e.Bypasses[0].Code,
            e.Bypasses.IsEmpty ? null : string.Join(" ", e.Bypasses.Select(b => b.Explanation.Text))))
            .ToImmutableArray();
        return new RegisterShortlist(entries, ContractJson.Write(result.Shortlist));
    }

    private static (Advert Advert, Bidder Bidder) Prepare(RegisterApplicationFacts application, RegisterAdvertFacts advert, DateOnly asOf, PartnershipSettings settings)
    {
        var domainApplication = ReadApplication(application);
        var assessment = Create(settings).Assess(domainApplication, asOf);
        var bidder = DevonHomeChoiceScheme.ToBidder(domainApplication, assessment) with
        {
            BidShortlistedElsewhere = application.ShortlistedElsewhere,
            BidAcceptedElsewhere = application.AcceptedElsewhere,
        };
        return (ReadAdvert(advert), bidder);
    }

    /// <summary>The stored facts, with the register's reference as the id and its bidding state (001 §61.25).</summary>
    private static DevonApplication ReadApplication(RegisterApplicationFacts facts)
    {
        var application = ContractJson.Read<DevonApplication>(facts.FactsJson);
        return application with
        {
            Id = new HousingApplicationId(facts.Reference),
            Bidding = application.Bidding with
            {
                BidShortlistedElsewhere = facts.ShortlistedElsewhere,
                BidAcceptedElsewhere = facts.AcceptedElsewhere,
            },
        };
    }

    private static Advert ReadAdvert(RegisterAdvertFacts advert) =>
        ContractJson.Read<Advert>(RegisterSchemes.ComposeAdvert(advert.CriteriaJson, advert.AdvertId, advert.PropertyJson, advert.BiddingOpens, advert.BiddingCloses));

    private static OptionSchedule<DevonOptions> Schedule(PartnershipSettings settings) =>
        RegisterSchemes.ScheduleFor(settings, DevonHomeChoiceScheme.SchemeId, new DevonOptions());

    private static DevonHomeChoiceScheme Create(PartnershipSettings settings) => new(Schedule(settings));
}

/// <summary>A Devon shortlist position as stored: band for this home, band start, the sort key, notes and bypasses.</summary>
public sealed record DevonShortlistPosition(
    string Band,
    DateTime BandStart,
    PriorityKey Key,
    ImmutableArray<Reason> Notes,
    ImmutableArray<Domain.Schemes.DevonHomeChoice.Shortlisting.Bypass> Bypasses);
