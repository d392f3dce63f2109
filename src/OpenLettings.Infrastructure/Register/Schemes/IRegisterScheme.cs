using System.Collections.Immutable;
using OpenLettings.Domain.Allocation;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Validation;

namespace OpenLettings.Infrastructure.Register.Schemes;

/// <summary>
/// What the register needs from an allocation scheme, over the stored JSON facts. The register stores an
/// application's facts as the scheme's application contract (the <c>application</c> of <c>openlettings assess</c>)
/// and an advert's criteria as the scheme's advert contract without its id, home and bidding window, which the
/// register supplies.
/// </summary>
public interface IRegisterScheme
{
    SchemeDescriptor Descriptor { get; }

    /// <summary>The scheme id, e.g. <c>devon-home-choice</c>.</summary>
    string Id => Descriptor.Id;

    /// <summary>The bands (or priority levels) the scheme awards, as it names them, highest first; an override may only choose one.</summary>
    ImmutableArray<string> Bands { get; }

    /// <summary>Reads and validates application facts. Errors name JSON paths under <c>$.application</c>.</summary>
    ImmutableArray<ValidationError> ValidateApplication(string factsJson, DateOnly asOf);

    /// <summary>Reads and validates an advert's criteria. Errors name JSON paths under <c>$.criteria</c>.</summary>
    ImmutableArray<ValidationError> ValidateAdvertCriteria(string criteriaJson);

    /// <summary>Assesses an application (valid facts) as of a date.</summary>
    RegisterAssessment Assess(string factsJson, DateOnly asOf, PartnershipSettings settings);

    /// <summary>The most bids one application may place in one cycle on <paramref name="asOf"/> (Devon: 3, 001 §59.1).</summary>
    int BidsPerCycle(DateOnly asOf, PartnershipSettings settings);

    /// <summary>Whether autobids count towards <see cref="BidsPerCycle"/> (Devon: an option, by default they do, 001 §59.1, §60).</summary>
    bool AutobidsCountTowardsLimit(DateOnly asOf, PartnershipSettings settings) => true;

    /// <summary>Whether the household may bid for the advert now, with every reason.</summary>
    BidCheck CheckBid(BidRequestFacts request, PartnershipSettings settings);

    /// <summary>Whether an autobid should be placed for the household on the advert (Devon 001 §60); false for schemes without autobids.</summary>
    Decision<bool> AutobidMatches(RegisterApplicationFacts application, RegisterAdvertFacts advert, DateOnly asOf, PartnershipSettings settings);

    /// <summary>
    /// Starts matching one batch of adverts against many households (the cycle job's autobids): a scheme reads each
    /// advert once here and each household once per <see cref="IAutobidRound.Matching"/> call, instead of once per pair.
    /// By default every pair goes through <see cref="AutobidMatches"/>.
    /// </summary>
    IAutobidRound BeginAutobids(IReadOnlyList<RegisterAdvertFacts> adverts, DateOnly asOf, PartnershipSettings settings) =>
        new PairwiseAutobidRound(this, adverts, asOf, settings);

    /// <summary>Orders an advert's bids into a shortlist, with each position's sort key, reasons and bypasses.</summary>
    RegisterShortlist Shortlist(RegisterAdvertFacts advert, IReadOnlyList<ShortlistCandidate> bids, DateOnly asOf, PartnershipSettings settings);

    /// <summary>How reviews of decisions run under the scheme (Devon: 001 §77); by default <see cref="ReviewRules.RegisterDefault"/>.</summary>
    ReviewRules Reviews(DateOnly asOf, PartnershipSettings settings) => ReviewRules.RegisterDefault;
}

/// <summary>How the scheme runs reviews of decisions.</summary>
/// <param name="RequestWindowDays">Days after a decision within which a review of it may be asked for; null for no limit.</param>
/// <param name="AcknowledgeDays">Days within which a request is acknowledged.</param>
/// <param name="DecideDays">Days from the request within which the review is decided and the applicant told in writing.</param>
/// <param name="SuspendBidding">Subjects whose review suspends the household from bidding until it is decided.</param>
/// <param name="Citation">Where the scheme says so.</param>
public sealed record ReviewRules(int? RequestWindowDays, int AcknowledgeDays, int DecideDays, ImmutableArray<Persistence.Entities.ReviewSubject> SuspendBidding, string Citation)
{
    /// <summary>
    /// For schemes that set no timetable: no request window, acknowledged within 7 days and decided within 56 (the
    /// timescales Devon uses, 001 §77.7), no suspension from bidding. A reviewer is never the officer who decided.
    /// </summary>
    public static ReviewRules RegisterDefault { get; } = new(null, 7, 56, [], "register default (timescales of 001 §77.7)");
}

/// <summary>An application as the register holds it.</summary>
/// <param name="ApplicationId">The register's id.</param>
/// <param name="Reference">The reference the engine sees as the application id.</param>
/// <param name="FactsJson">The scheme's application contract.</param>
/// <param name="ShortlistedElsewhere">A bid is Bid shortlisted for another home (001 §61.25), from the register.</param>
/// <param name="AcceptedElsewhere">A bid is Bid accepted for another home, from the register.</param>
public sealed record RegisterApplicationFacts(
    Guid ApplicationId,
    string Reference,
    string FactsJson,
    bool ShortlistedElsewhere = false,
    bool AcceptedElsewhere = false);

/// <summary>An advert as the register holds it.</summary>
/// <param name="AdvertId">The register's id, which the engine sees as the advert id.</param>
/// <param name="PropertyJson">The home, as the domain's property contract.</param>
/// <param name="CriteriaJson">The scheme's advert criteria.</param>
/// <param name="BiddingOpens">UK local time bidding opens.</param>
/// <param name="BiddingCloses">UK local time bidding closes.</param>
public sealed record RegisterAdvertFacts(
    Guid AdvertId,
    string PropertyJson,
    string CriteriaJson,
    DateTime BiddingOpens,
    DateTime BiddingCloses);

/// <summary>Who placed a bid.</summary>
public enum BidChannelKind
{
    Applicant,
    Officer,
    Autobid,
}

/// <summary>A request to bid, with what the register knows about it.</summary>
public sealed record BidRequestFacts(
    RegisterApplicationFacts Application,
    RegisterAdvertFacts Advert,
    BidChannelKind PlacedBy,
    DateTime PlacedAtLocal,
    int BidsAlreadyPlacedThisCycle);

/// <summary>The answer to a bid request.</summary>
/// <param name="Allowed">The bid may be placed.</param>
/// <param name="WillBeBypassed">It may be placed but the household will be bypassed at shortlisting for the reasons given.</param>
/// <param name="Reasons">Why, each with its rule id and citation.</param>
public sealed record BidCheck(bool Allowed, bool WillBeBypassed, ImmutableArray<Reason> Reasons);

/// <summary>One bid for shortlisting.</summary>
public sealed record ShortlistCandidate(Guid BidId, BidChannelKind PlacedBy, DateTime PlacedAtLocal, RegisterApplicationFacts Application);

/// <summary>The register's summary of an assessment, with the scheme's whole decision as JSON.</summary>
public sealed record RegisterAssessment
{
    public required bool Eligible { get; init; }

    public required bool Qualifies { get; init; }

    /// <summary>On the register and able to bid (not suspended, not pending enquiries).</summary>
    public required bool MayBid { get; init; }

    /// <summary>Qualification enquiries or a representation period are running (e.g. 001 §8.15-8.18): not yet decided either way.</summary>
    public bool PendingEnquiries { get; init; }

    public int? BedroomsNeeded { get; init; }

    public string? Band { get; init; }

    public DateTime? BandStartAt { get; init; }

    /// <summary>Headline reasons (eligibility, qualification, band), each cited.</summary>
    public required ImmutableArray<Reason> Reasons { get; init; }

    /// <summary>The scheme's whole assessment as its output contract.</summary>
    public required string ExplanationJson { get; init; }

    /// <summary>
    /// The facts with this decision recorded in the scheme's own history, for schemes whose later decisions depend on
    /// earlier ones (Devon: the general band award history that band start dates come from, 001 §43.5-43.7); null when
    /// the facts need no change. The register stores it when it stores the decision.
    /// </summary>
    public string? FactsWithDecisionRecorded { get; init; }
}

/// <summary>A built shortlist.</summary>
public sealed record RegisterShortlist(ImmutableArray<RegisterShortlistEntry> Entries, string ExplanationJson);

/// <summary>One position on a shortlist.</summary>
/// <param name="BidId">The bid.</param>
/// <param name="Position">1 for the top.</param>
/// <param name="PriorityJson">The sort key and reasons for this position, as JSON.</param>
/// <param name="BypassCode">The catalogued bypass reason when the engine bypasses the bid; null when considered.</param>
/// <param name="BypassText">The bypass explanation.</param>
public sealed record RegisterShortlistEntry(Guid BidId, int Position, string PriorityJson, string? BypassCode, string? BypassText);

/// <summary>One batch of adverts being matched against households for autobids.</summary>
public interface IAutobidRound
{
    /// <summary>The adverts of the batch that match the household's autobid options (001 §60.4, §60.8).</summary>
    IReadOnlyList<RegisterAdvertFacts> Matching(RegisterApplicationFacts application);
}

/// <summary>The default round: each pair through <see cref="IRegisterScheme.AutobidMatches"/>.</summary>
internal sealed class PairwiseAutobidRound(IRegisterScheme scheme, IReadOnlyList<RegisterAdvertFacts> adverts, DateOnly asOf, PartnershipSettings settings) : IAutobidRound
{
    public IReadOnlyList<RegisterAdvertFacts> Matching(RegisterApplicationFacts application) =>
        [.. adverts.Where(a => scheme.AutobidMatches(application, a, asOf, settings).Outcome)];
}
