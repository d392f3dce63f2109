using System.Collections.Immutable;
using System.Globalization;
using OpenLettings.Domain.Allocation;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Options;
using OpenLettings.Domain.Validation;
using OpenLettings.Infrastructure.Json;

namespace OpenLettings.Infrastructure.Register.Schemes;

/// <summary>A household's bid limit under a scheme, with where it comes from.</summary>
/// <param name="Bids">The most bids in one cycle.</param>
/// <param name="Reason">Why that is the limit (the scheme's section, or the register's documented choice).</param>
public sealed record BidLimit(int Bids, Reason Reason);

/// <summary>One place on a scheme's shortlist, as the register stores it.</summary>
/// <param name="BidId">The register's bid.</param>
/// <param name="Considered">On the ordered list (possibly bypassed); false when the scheme left it off.</param>
/// <param name="BypassCode">The scheme's catalogued code when bypassed or left off, else null.</param>
/// <param name="Priority">The position's band, date, sort key and reasons.</param>
public sealed record SchemePlace(Guid BidId, bool Considered, string? BypassCode, ShortlistPriority Priority)
{
    /// <summary>The reasons that explain the bypass or exclusion (empty when considered without a bypass).</summary>
    public ImmutableArray<Reason> BypassReasons { get; init; } = [];
}

/// <summary>A shortlist position as stored in <see cref="RegisterShortlistEntry.PriorityJson"/> for schemes other than Devon.</summary>
/// <param name="Band">The band (or level) this bid is considered in, as the scheme names it; null when left off.</param>
/// <param name="PriorityDate">The date priority counts from within the band, where the scheme records one on the position.</param>
/// <param name="Key">The sort key, each part with its reason; null when left off.</param>
/// <param name="Reasons">The position's own reasons (tier, conditions, bypasses, why it was left off).</param>
public sealed record ShortlistPriority(string? Band, DateOnly? PriorityDate, PriorityKey? Key, ImmutableArray<Reason> Reasons);

/// <summary>
/// The register over a scheme's domain facade (<c>XScheme(schedule).Assess</c>, <c>XApplicationValidator.Validate</c>,
/// <c>Shortlist(advert, bids, asOf)</c>), the same calls <c>openlettings assess</c> and <c>shortlist</c> make. Who may bid
/// for a home is the scheme's own shortlist rule run on the one bid: a bid the scheme would leave off the list is
/// refused with the scheme's reasons, one it would keep but bypass is taken with a warning.
/// </summary>
/// <typeparam name="TOptions">The scheme's options.</typeparam>
/// <typeparam name="TApplication">The scheme's application contract (the stored facts).</typeparam>
/// <typeparam name="TAssessment">The scheme's assessment.</typeparam>
/// <typeparam name="TAdvert">The scheme's advert contract (criteria plus the id and home the register supplies).</typeparam>
/// <typeparam name="TShortlist">The scheme's shortlist.</typeparam>
/// <param name="descriptor">The scheme's descriptor (its id finds the partnership's options).</param>
/// <param name="rulePrefix">The scheme's rule-id prefix (<c>CBC</c>, <c>SWAN</c>, <c>PA</c>) for the register's own reasons.</param>
/// <param name="bidding">The scheme's section on bidding through choice based lettings, cited by the register's own reasons.</param>
/// <param name="validate">The scheme's application validator (paths relative to the application).</param>
/// <param name="assess">The facade's <c>Assess</c> under an option schedule.</param>
/// <param name="shortlist">The facade's <c>Shortlist</c> under an option schedule.</param>
/// <param name="bidsPerCycle">The register's limit where the policy sets none (see <see cref="Limit"/>).</param>
public abstract class FacadeRegisterScheme<TOptions, TApplication, TAssessment, TAdvert, TShortlist>(
    SchemeDescriptor descriptor,
    string rulePrefix,
    Citation bidding,
    Func<TApplication, DateOnly, ImmutableArray<ValidationError>> validate,
    Func<OptionSchedule<TOptions>, TApplication, DateOnly, TAssessment> assess,
    Func<OptionSchedule<TOptions>, TAdvert, IEnumerable<SchemeBid<TApplication>>, DateOnly, TShortlist> shortlist,
    int bidsPerCycle = RegisterSchemes.DefaultBidsPerCycle) : IRegisterScheme
    where TOptions : new()
    where TApplication : class
    where TAssessment : class
    where TAdvert : class
    where TShortlist : class
{
    public SchemeDescriptor Descriptor => descriptor;

    public abstract ImmutableArray<string> Bands { get; }

    /// <summary>The register's summary of an assessment (the base adds the whole assessment as its explanation).</summary>
    protected abstract AssessmentSummary Summarise(TAssessment assessment);

    /// <summary>The application with the register's reference as its id.</summary>
    protected abstract TApplication WithReference(TApplication application, string reference);

    /// <summary>Every bid of the shortlist in its final order: the ordered positions, then the bids left off.</summary>
    protected abstract IEnumerable<SchemePlace> Places(TShortlist shortlist);

    /// <summary>
    /// The scheme's bid limit. By default the policy sets none (as 002 and 004 do): the register applies the limit
    /// the adapter was made with and its reason says so, citing the scheme's bidding section.
    /// </summary>
    protected virtual BidLimit Limit(TOptions options) => new(bidsPerCycle,
        new Reason($"{rulePrefix}.Register.BidLimit", bidding,
            $"The {descriptor.Name} policy sets no limit on bids; the register allows {bidsPerCycle} a cycle, the partnership's usual limit."));

    public ImmutableArray<ValidationError> ValidateApplication(string factsJson, DateOnly asOf) =>
        RegisterSchemes.TryRead<TApplication>(factsJson, "$.application", out var application, out var error)
            ? [.. validate(application, asOf).Select(e => e with { Field = $"$.application.{e.Field}" })]
            : [error];

    public ImmutableArray<ValidationError> ValidateAdvertCriteria(string criteriaJson) =>
        RegisterSchemes.ValidateCriteria<TAdvert>(criteriaJson, withBiddingWindow: false);

    public RegisterAssessment Assess(string factsJson, DateOnly asOf, PartnershipSettings settings)
    {
        var assessment = assess(Schedule(settings), ContractJson.Read<TApplication>(factsJson), asOf);
        var summary = Summarise(assessment);
        return new RegisterAssessment
        {
            Eligible = summary.Eligible,
            Qualifies = summary.Qualifies,
            MayBid = summary.MayBid,
            BedroomsNeeded = summary.BedroomsNeeded,
            Band = summary.Band,
            BandStartAt = summary.BandStart?.ToDateTime(TimeOnly.MinValue),
            Reasons = summary.Reasons,
            ExplanationJson = ContractJson.Write(assessment),
        };
    }

    public int BidsPerCycle(DateOnly asOf, PartnershipSettings settings) => Limit(Schedule(settings).At(asOf)).Bids;

    public BidCheck CheckBid(BidRequestFacts request, PartnershipSettings settings)
    {
        var asOf = DateOnly.FromDateTime(request.PlacedAtLocal);
        var schedule = Schedule(settings);
        var refusals = ImmutableArray.CreateBuilder<Reason>();
        var advert = request.Advert;
        if (request.PlacedAtLocal < advert.BiddingOpens || request.PlacedAtLocal > advert.BiddingCloses)
        {
            refusals.Add(new Reason($"{rulePrefix}.Register.BiddingClosed", bidding,
                $"Bids for this home are taken from {advert.BiddingOpens:d MMMM yyyy HH:mm} to {advert.BiddingCloses:d MMMM yyyy HH:mm}; this bid is outside that time.")
                .With(new Fact("placed at", request.PlacedAtLocal.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))));
        }

        var limit = Limit(schedule.At(asOf));
        if (request.BidsAlreadyPlacedThisCycle >= limit.Bids)
        {
            refusals.Add(new Reason($"{rulePrefix}.Register.BidLimitReached", limit.Reason.Citation,
                    $"You have already placed {request.BidsAlreadyPlacedThisCycle} bid(s) this cycle, the most allowed ({limit.Bids}).")
                .With(new Fact("bids this cycle", request.BidsAlreadyPlacedThisCycle.ToString(CultureInfo.InvariantCulture)),
                    new Fact("limit", limit.Bids.ToString(CultureInfo.InvariantCulture))));
        }

        var candidate = new ShortlistCandidate(Guid.Empty, request.PlacedBy, request.PlacedAtLocal, request.Application);
        var place = Places(shortlist(schedule, ReadAdvert(advert), [ToBid(candidate)], asOf)).Single();
        if (!place.Considered)
        {
            refusals.AddRange(place.BypassReasons);
        }

        if (refusals.Count > 0)
        {
            return new BidCheck(false, false, refusals.ToImmutable());
        }

        var reasons = ImmutableArray.CreateBuilder<Reason>();
        reasons.Add(new Reason($"{rulePrefix}.Register.MayBid", bidding,
                $"You may bid for this home: the scheme would consider your bid, and you have placed {request.BidsAlreadyPlacedThisCycle} of the {limit.Bids} bids allowed this cycle.")
            .With(new Fact("bids this cycle", request.BidsAlreadyPlacedThisCycle.ToString(CultureInfo.InvariantCulture))));
        reasons.AddRange(place.BypassReasons);
        if (request.Application.ShortlistedElsewhere || request.Application.AcceptedElsewhere)
        {
            reasons.Add(new Reason($"{rulePrefix}.Register.ShortlistedElsewhere", bidding,
                $"Your bid for another home has been shortlisted or accepted. The {descriptor.Name} policy does not stop you bidding while that happens, so this bid may still be placed."));
        }

        return new BidCheck(true, place.BypassCode is not null, reasons.ToImmutable());
    }

    public Decision<bool> AutobidMatches(RegisterApplicationFacts application, RegisterAdvertFacts advert, DateOnly asOf, PartnershipSettings settings) =>
        new(false, [new Reason($"{rulePrefix}.Register.NoAutobids", bidding,
            $"This scheme has no autobids: under the {descriptor.Name} policy households (or officers for them) place every bid themselves.")]);

    public RegisterShortlist Shortlist(RegisterAdvertFacts advert, IReadOnlyList<ShortlistCandidate> bids, DateOnly asOf, PartnershipSettings settings)
    {
        var result = shortlist(Schedule(settings), ReadAdvert(advert), bids.Select(ToBid), asOf);
        var entries = Places(result).Select((p, i) => new RegisterShortlistEntry(
            p.BidId,
            i + 1,
            ContractJson.Write(p.Priority),
            p.BypassCode,
            p.BypassCode is null ? null : string.Join(" ", p.BypassReasons.Select(r => r.Text))));
        return new RegisterShortlist([.. entries], ContractJson.Write(result));
    }

    /// <summary>A bid's id as the engine sees it (the register's Guid).</summary>
    protected static Guid BidGuid(BidId id) => Guid.Parse(id.Value, CultureInfo.InvariantCulture);

    /// <summary>A bid the scheme left off its list, with its code and reasons.</summary>
    protected static SchemePlace LeftOff(Guid bidId, string code, ImmutableArray<Reason> reasons) =>
        new(bidId, false, code, new ShortlistPriority(null, null, null, reasons)) { BypassReasons = reasons };

    /// <summary>The scheme's catalogued code as the contract writes it.</summary>
    protected static string Code<TEnum>(TEnum value)
        where TEnum : struct, Enum => RegisterSchemes.ContractName(value);

    private SchemeBid<TApplication> ToBid(ShortlistCandidate candidate) => new(
        new BidId(candidate.BidId.ToString()),
        WithReference(ContractJson.Read<TApplication>(candidate.Application.FactsJson), candidate.Application.Reference),
        candidate.PlacedAtLocal);

    private static TAdvert ReadAdvert(RegisterAdvertFacts advert) =>
        ContractJson.Read<TAdvert>(RegisterSchemes.ComposeAdvert(advert.CriteriaJson, advert.AdvertId, advert.PropertyJson));

    private OptionSchedule<TOptions> Schedule(PartnershipSettings settings) => RegisterSchemes.ScheduleFor(settings, descriptor.Id, new TOptions());
}

/// <summary>A bid as a scheme's shortlist takes it: the id, the bidder's application (with the register's reference) and when.</summary>
public sealed record SchemeBid<TApplication>(BidId Id, TApplication Application, DateTime PlacedAt);

/// <summary>What the register keeps of an assessment besides the whole decision.</summary>
public sealed record AssessmentSummary
{
    public required bool Eligible { get; init; }

    public required bool Qualifies { get; init; }

    public required bool MayBid { get; init; }

    public int? BedroomsNeeded { get; init; }

    public string? Band { get; init; }

    public DateOnly? BandStart { get; init; }

    public required ImmutableArray<Reason> Reasons { get; init; }
}
