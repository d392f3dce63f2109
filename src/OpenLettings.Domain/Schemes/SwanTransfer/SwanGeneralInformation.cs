using System.Collections.Immutable;
using System.Globalization;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Explanations;

namespace OpenLettings.Domain.Schemes.SwanTransfer;

/// <summary>One household in a proposed mutual exchange.</summary>
public sealed record MutualExchangeParty
{
    public required HousingApplicationId Applicant { get; init; }

    public required PropertyId Home { get; init; }
}

/// <summary>A proposed exchange of homes between tenants (002 §6.1).</summary>
public sealed record MutualExchangeRequest
{
    public required string Reference { get; init; }

    public required ImmutableArray<MutualExchangeParty> Parties { get; init; }

    public required DateOnly RequestedOn { get; init; }

    /// <summary>The date the exchange took place or is planned for.</summary>
    public DateOnly? ExchangeDate { get; init; }

    /// <summary>Swan's decision: true approved, false refused, with who decided, when and on what.</summary>
    public AssessedFact<bool>? Approval { get; init; }
}

/// <summary>Where a mutual exchange stands.</summary>
public enum MutualExchangeStatus
{
    /// <summary>Fewer than two households.</summary>
    Incomplete,
    AwaitingApproval,
    Refused,
    Approved,
    /// <summary>The exchange took place before it was approved.</summary>
    ExchangedWithoutApproval,
}

/// <summary>Mutual exchanges (002 §6.1).</summary>
public sealed record MutualExchangeOptions
{
    /// <summary>Every exchange must be approved before it takes place (002 §6.1 "must be approved").</summary>
    public bool RequireApproval { get; init; } = true;

    /// <summary>The exchange service Swan belongs to (002 §6.1: Homeswapper).</summary>
    public string ExchangeService { get; init; } = "Homeswapper";
}

/// <summary>Whether a review request can go ahead (002 §6.2).</summary>
public enum ReviewAdmissibility
{
    Admissible,
    /// <summary>The decision is not one the right of review covers.</summary>
    DecisionNotReviewable,
    /// <summary>The request is dated before the decision.</summary>
    BeforeDecision,
    /// <summary>Outside the window set by the options.</summary>
    OutOfTime,
    /// <summary>Not made directly to the team that takes reviews.</summary>
    NotMadeToLettingsTeam,
    /// <summary>No explanation of why the review is sought.</summary>
    NoExplanation,
    /// <summary>No information said not to have been considered.</summary>
    NoInformationNotConsidered,
}

/// <summary>The decisions about a transfer application that a review may concern.</summary>
public enum SwanDecisionKind
{
    /// <summary>The band (priority status) decision (002 §4; the decision §6.2 names).</summary>
    PriorityStatus,
    /// <summary>Registration or consideration for transfer (002 §3).</summary>
    Eligibility,
    /// <summary>Removal of management move priority after a refusal (002 §4.3).</summary>
    ManagementMoveRemoval,
    /// <summary>A bid bypassed on a shortlist (002 §5).</summary>
    ShortlistBypass,
}

/// <summary>The Swan teams a request may be sent to.</summary>
public enum SwanTeam
{
    LettingsTeam,
    HousingManagementTeam,
    HeadOfAllocationsAndLettings,
}

/// <summary>A request to review a decision (002 §6.2).</summary>
public sealed record SwanReviewRequest
{
    public required HousingApplicationId Application { get; init; }

    public required SwanDecisionKind Decision { get; init; }

    /// <summary>The date of the decision to be reviewed.</summary>
    public required DateOnly DecidedOn { get; init; }

    /// <summary>Who took the decision to be reviewed.</summary>
    public string? DecidedBy { get; init; }

    public required DateOnly RequestedOn { get; init; }

    /// <summary>Where the request was sent (002 §6.2: directly to the Lettings Team).</summary>
    public required SwanTeam MadeTo { get; init; }

    /// <summary>Why the review is sought (002 §6.2).</summary>
    public string Explanation { get; init; } = "";

    /// <summary>The information the applicant believes was not considered (002 §6.2).</summary>
    public ImmutableArray<string> InformationNotConsidered { get; init; } = [];
}

/// <summary>The result of a review.</summary>
public enum ReviewOutcome
{
    /// <summary>The request could not go ahead (see the admissibility reasons).</summary>
    NotAdmissible,
    /// <summary>The reviewer is not one the options allow.</summary>
    ReviewerNotAuthorised,
    /// <summary>The band stays the same.</summary>
    Upheld,
    /// <summary>The band changes.</summary>
    Changed,
}

/// <summary>A decided review, with its reasons.</summary>
public sealed record SwanReviewResult
{
    public required ReviewOutcome Outcome { get; init; }

    public required ReviewAdmissibility Admissibility { get; init; }

    /// <summary>The band after the review (the original band unless changed).</summary>
    public required SwanBand Band { get; init; }

    public ImmutableArray<Reason> Reasons { get; init; } = [];
}

/// <summary>Reviews of decisions (002 §6.2).</summary>
public sealed record ReviewOptions
{
    /// <summary>Decisions that may be reviewed (002 §6.2: "when their priority status has been decided").</summary>
    public ImmutableArray<SwanDecisionKind> ReviewableDecisions { get; init; } = [SwanDecisionKind.PriorityStatus];

    /// <summary>Days after the decision within which a review must be asked for; null for no limit (002 §6.2 sets none).</summary>
    public int? RequestWindowDays { get; init; }

    /// <summary>The team reviews are made to (002 §6.2: "directly to the Lettings Team").</summary>
    public SwanTeam MadeTo { get; init; } = SwanTeam.LettingsTeam;

    /// <summary>The team that decides reviews (002 §6.2 names only the Lettings Team).</summary>
    public SwanTeam DecidedBy { get; init; } = SwanTeam.LettingsTeam;

    /// <summary>A review must name information believed not to have been considered (002 §6.2).</summary>
    public bool RequireInformationNotConsidered { get; init; } = true;

    /// <summary>The reviewer may not be the person who took the decision (002 §6.2 does not say; off by default).</summary>
    public bool ReviewerMustBeSomeoneElse { get; init; }
}

/// <summary>An applicant's place on the list, as used for waiting-time information (002 §6.3).</summary>
public sealed record SwanWaitingEntry
{
    public required HousingApplicationId Application { get; init; }

    public required SwanBand Band { get; init; }

    /// <summary>The date time in the band counts from (002 §4.2).</summary>
    public required DateOnly WaitingSince { get; init; }

    public required DateOnly RegisteredOn { get; init; }

    /// <summary>The home size sought (the Appendix 2 bedroom need).</summary>
    public required int Bedrooms { get; init; }

    /// <summary>Can be shortlisted now (002 §3); others are not counted ahead of anyone.</summary>
    public bool ConsideredForTransfer { get; init; } = true;

    /// <summary>The entry an assessment gives.</summary>
    public static SwanWaitingEntry From(SwanAssessment assessment, DateOnly registeredOn) => new()
    {
        Application = assessment.ApplicationId,
        Band = assessment.Band,
        WaitingSince = assessment.WaitingSince,
        RegisteredOn = registeredOn,
        Bedrooms = assessment.Household.BedroomNeed,
        ConsideredForTransfer = assessment.Eligibility.ConsideredForTransfer,
    };
}

/// <summary>Past lettings of one type in one area (002 §6.3 "the number and type of properties in an area").</summary>
public sealed record AreaLettings
{
    public required string Area { get; init; }

    public required Properties.PropertyType Type { get; init; }

    public required int Lettings { get; init; }

    /// <summary>Of those, let to transfer-list applicants ("the number of transfers made previously").</summary>
    public required int Transfers { get; init; }
}

/// <summary>What can be told to an applicant about waiting (002 §6.3): never a promise of when.</summary>
public sealed record WaitingTimeInformation
{
    public required SwanBand Band { get; init; }

    public required int Bedrooms { get; init; }

    /// <summary>1 + the applicants who can be considered, in the same band and home size, with an earlier place (002 §4.2).</summary>
    public required int Position { get; init; }

    /// <summary>Transfer-list lettings in the look-back period in the same band and size.</summary>
    public required int ComparableTransfers { get; init; }

    /// <summary>The median days waited in band by those housed, or null when there were too few to say.</summary>
    public int? TypicalWaitDays { get; init; }

    public int? ShortestWaitDays { get; init; }

    public int? LongestWaitDays { get; init; }

    /// <summary>Lettings of this size in the look-back period, by area and type.</summary>
    public ImmutableArray<AreaLettings> ByArea { get; init; } = [];

    public ImmutableArray<Reason> Reasons { get; init; } = [];
}

/// <summary>Information on waiting times (002 §6.3).</summary>
public sealed record WaitingTimeOptions
{
    /// <summary>Months of past lettings used (002 §6.3 says "previously"; 12 chosen).</summary>
    public int LookbackMonths { get; init; } = 12;

    /// <summary>Fewest comparable transfers from which a typical wait is given (002 §6.3: not possible to advise; 3 chosen).</summary>
    public int MinimumLettingsForTypicalWait { get; init; } = 3;
}

/// <summary>Policy review (002 §6.4).</summary>
public sealed record PolicyReviewOptions
{
    /// <summary>Years between reviews of the policy (002 §6.4: every 2 years).</summary>
    public int IntervalYears { get; init; } = 2;
}

/// <summary>The rules of 002 §6: mutual exchange, reviews, waiting-time information and policy review.</summary>
public static class SwanGeneralInformation
{
    private static Citation S(string section) => new("002", section);

    private static string D(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The advice given to every transfer-list applicant (002 §6.1).</summary>
    public static Reason MutualExchangeAdvice(MutualExchangeOptions options) =>
        new Reason("SWAN.MutualExchange.Encouraged", S("6.1"),
            $"A mutual exchange can increase your chances of moving. Swan is a member of {options.ExchangeService}; any exchange must be approved before it takes place.")
            .With(new Fact("exchangeService", options.ExchangeService));

    /// <summary>Whether a mutual exchange may take place, as of <paramref name="asOf"/> (002 §6.1). A decision dated after <paramref name="asOf"/> is ignored.</summary>
    public static Decision<MutualExchangeStatus> MutualExchange(MutualExchangeRequest request, MutualExchangeOptions options, DateOnly asOf)
    {
        if (request.Parties.Length < 2 || request.Parties.Select(p => p.Home).Distinct().Count() < 2)
        {
            return new(MutualExchangeStatus.Incomplete, [new Reason("SWAN.MutualExchange.Incomplete", S("6.1"),
                "A mutual exchange needs at least two households exchanging different homes.").With(new Fact("parties", N(request.Parties.Length)))]);
        }

        var decision = request.Approval is { } a && a.AssessedOn <= asOf ? a : null;
        if (decision is { Value: false })
        {
            return new(MutualExchangeStatus.Refused, [new Reason("SWAN.MutualExchange.Refused", S("6.1"),
                $"The exchange was not approved ({decision.AssessedBy.Name}, {D(decision.AssessedOn)}), so it cannot take place.")
                .With(Evidence(decision))]);
        }

        if (!options.RequireApproval)
        {
            return new(MutualExchangeStatus.Approved, [new Reason("SWAN.MutualExchange.ApprovalNotRequired", S("6.1"),
                "Under these options an exchange does not need approval before it takes place.")]);
        }

        if (decision is null)
        {
            var happened = request.ExchangeDate is { } on && on <= asOf;
            return happened
                ? new(MutualExchangeStatus.ExchangedWithoutApproval, [new Reason("SWAN.MutualExchange.ExchangedWithoutApproval", S("6.1"),
                    $"The exchange took place on {D(request.ExchangeDate!.Value)} without approval; every exchange must be approved before it takes place.")])
                : new(MutualExchangeStatus.AwaitingApproval, [new Reason("SWAN.MutualExchange.AwaitingApproval", S("6.1"),
                    "The exchange must be approved before it can take place; it has not been yet.")]);
        }

        if (request.ExchangeDate is { } date && date < decision.AssessedOn)
        {
            return new(MutualExchangeStatus.ExchangedWithoutApproval, [new Reason("SWAN.MutualExchange.ExchangedWithoutApproval", S("6.1"),
                $"The exchange took place on {D(date)}, before it was approved on {D(decision.AssessedOn)}; every exchange must be approved before it takes place.")
                .With(Evidence(decision))]);
        }

        return new(MutualExchangeStatus.Approved, [new Reason("SWAN.MutualExchange.Approved", S("6.1"),
            $"The exchange was approved by {decision.AssessedBy.Name} on {D(decision.AssessedOn)} and may take place.").With(Evidence(decision))]);
    }

    /// <summary>Whether a review request can go ahead (002 §6.2). Every requirement is reported; the outcome is the first not met.</summary>
    public static Decision<ReviewAdmissibility> AdmitReview(SwanReviewRequest request, ReviewOptions options)
    {
        var reasons = ImmutableArray.CreateBuilder<Reason>();
        var failures = new List<ReviewAdmissibility>();
        void Fail(ReviewAdmissibility outcome, string ruleId, string text, params Fact[] facts)
        {
            failures.Add(outcome);
            reasons.Add(new Reason(ruleId, S("6.2"), text).With(facts));
        }

        if (!options.ReviewableDecisions.Contains(request.Decision))
        {
            Fail(ReviewAdmissibility.DecisionNotReviewable, "SWAN.Review.DecisionNotReviewable",
                "The right to a review covers the decision on your priority status; this decision is not one of those that can be reviewed.",
                new Fact("decision", request.Decision.ToString()));
        }

        if (request.RequestedOn < request.DecidedOn)
        {
            Fail(ReviewAdmissibility.BeforeDecision, "SWAN.Review.BeforeDecision", "A review can only be asked for once the decision has been made.");
        }
        else if (options.RequestWindowDays is { } window && request.RequestedOn.DayNumber - request.DecidedOn.DayNumber > window)
        {
            Fail(ReviewAdmissibility.OutOfTime, "SWAN.Review.OutOfTime",
                $"A review must be asked for within {N(window)} days of the decision ({D(request.DecidedOn)}); this request was made on {D(request.RequestedOn)}.",
                new Fact("windowDays", N(window)), new Fact("daysAfterDecision", N(request.RequestedOn.DayNumber - request.DecidedOn.DayNumber)));
        }

        if (request.MadeTo != options.MadeTo)
        {
            Fail(ReviewAdmissibility.NotMadeToLettingsTeam, "SWAN.Review.MadeToWrongTeam",
                $"Reviews are made directly to the {Team(options.MadeTo)}; this request went to the {Team(request.MadeTo)}.",
                new Fact("madeTo", request.MadeTo.ToString()));
        }

        if (string.IsNullOrWhiteSpace(request.Explanation))
        {
            Fail(ReviewAdmissibility.NoExplanation, "SWAN.Review.NoExplanation", "A review request must explain why the review is sought.");
        }

        if (options.RequireInformationNotConsidered && !request.InformationNotConsidered.Any(i => !string.IsNullOrWhiteSpace(i)))
        {
            Fail(ReviewAdmissibility.NoInformationNotConsidered, "SWAN.Review.NoNewInformation",
                "A review is for information you believe was not considered; the request names none.");
        }

        if (failures.Count == 0)
        {
            reasons.Add(new Reason("SWAN.Review.Admissible", S("6.2"),
                $"Your request for a review of the decision of {D(request.DecidedOn)} can go ahead; the {Team(options.DecidedBy)} will consider the information you gave.")
                .With(new Fact("informationNotConsidered", string.Join("; ", request.InformationNotConsidered.Where(i => !string.IsNullOrWhiteSpace(i))))));
        }

        return new(failures.Count == 0 ? ReviewAdmissibility.Admissible : failures[0], reasons.ToImmutable());
    }

    /// <summary>
    /// Decides a review of a priority status decision (002 §6.2): the original band against the band found when the
    /// application is reassessed with the information given. A changed band starts time anew (002 §4.2).
    /// </summary>
    public static SwanReviewResult DecideReview(
        SwanReviewRequest request, SwanBandDecision original, SwanBandDecision reconsidered, Assessor reviewer, SwanTeam reviewerTeam, ReviewOptions options)
    {
        var admissibility = AdmitReview(request, options);
        if (admissibility.Outcome != ReviewAdmissibility.Admissible)
        {
            return new SwanReviewResult { Outcome = ReviewOutcome.NotAdmissible, Admissibility = admissibility.Outcome, Band = original.Band, Reasons = admissibility.Reasons };
        }

        var reasons = admissibility.Reasons.ToBuilder();
        if (reviewerTeam != options.DecidedBy)
        {
            reasons.Add(new Reason("SWAN.Review.ReviewerNotAuthorised", S("6.2"),
                $"Reviews are decided by the {Team(options.DecidedBy)}; {reviewer.Name} is in the {Team(reviewerTeam)}.").With(new Fact("reviewerTeam", reviewerTeam.ToString())));
            return new SwanReviewResult { Outcome = ReviewOutcome.ReviewerNotAuthorised, Admissibility = admissibility.Outcome, Band = original.Band, Reasons = reasons.ToImmutable() };
        }

        if (options.ReviewerMustBeSomeoneElse && string.Equals(request.DecidedBy?.Trim(), reviewer.Name.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            reasons.Add(new Reason("SWAN.Review.ReviewerTookDecision", S("6.2"),
                $"{reviewer.Name} took the original decision and so cannot review it under these options.").With(new Fact("reviewer", reviewer.Name)));
            return new SwanReviewResult { Outcome = ReviewOutcome.ReviewerNotAuthorised, Admissibility = admissibility.Outcome, Band = original.Band, Reasons = reasons.ToImmutable() };
        }

        var changed = reconsidered.Band != original.Band;
        reasons.Add(changed
            ? new Reason("SWAN.Review.BandChanged", S("6.2"),
                $"Having considered the information, {reviewer.Name} changed your band from {N((int)original.Band)} to {N((int)reconsidered.Band)}. As your band has changed, your time in band starts anew.")
                .With(new Fact("originalBand", N((int)original.Band)), new Fact("band", N((int)reconsidered.Band)))
            : new Reason("SWAN.Review.Upheld", S("6.2"),
                $"Having considered the information, {reviewer.Name} found that your band stays {N((int)original.Band)}.")
                .With(new Fact("band", N((int)original.Band))));
        if (changed)
        {
            reasons.Add(new Reason("SWAN.Band.WaitingResetOnChange", S("4.2"), "If an applicant changes band, their time priority starts anew."));
        }

        return new SwanReviewResult
        {
            Outcome = changed ? ReviewOutcome.Changed : ReviewOutcome.Upheld,
            Admissibility = admissibility.Outcome,
            Band = reconsidered.Band,
            Reasons = [.. reasons, .. changed ? reconsidered.Reasons : []],
        };
    }

    /// <summary>
    /// Information on waiting (002 §6.3): the applicant's position in their band and home size (002 §4.2 order:
    /// time waited, then registration date), what waits past transfer-list lettings of that band and size had, and
    /// how many homes of that size were let in each area. It is information, not a forecast.
    /// </summary>
    public static WaitingTimeInformation WaitingTimes(
        SwanWaitingEntry applicant, IEnumerable<SwanWaitingEntry> register, IEnumerable<SwanLetting> lettings, WaitingTimeOptions options, DateOnly asOf)
    {
        var ahead = register
            .Where(e => e.Application != applicant.Application && e.ConsideredForTransfer && e.Band == applicant.Band && e.Bedrooms == applicant.Bedrooms)
            .Count(e => e.WaitingSince < applicant.WaitingSince
                || (e.WaitingSince == applicant.WaitingSince && e.RegisteredOn < applicant.RegisteredOn));
        var since = asOf.AddMonths(-options.LookbackMonths);
        var recent = lettings.Where(l => l.LetOn > since && l.LetOn <= asOf && l.Bedrooms == applicant.Bedrooms).ToList();
        var waits = recent
            .Where(l => l.Route == LettingRoute.TransferList && l.Band == applicant.Band && l.WaitingSince is { } w && w <= l.LetOn)
            .Select(l => l.LetOn.DayNumber - l.WaitingSince!.Value.DayNumber)
            .Order()
            .ToList();
        var byArea = recent
            .GroupBy(l => (Area: l.Area ?? "unknown", l.Type))
            .OrderBy(g => g.Key.Area, StringComparer.Ordinal).ThenBy(g => g.Key.Type)
            .Select(g => new AreaLettings { Area = g.Key.Area, Type = g.Key.Type, Lettings = g.Count(), Transfers = g.Count(l => l.Route == LettingRoute.TransferList) })
            .ToImmutableArray();

        var band = N((int)applicant.Band);
        var size = applicant.Bedrooms == 1 ? "1 bedroom" : $"{N(applicant.Bedrooms)} bedroom";
        var reasons = ImmutableArray.CreateBuilder<Reason>();
        reasons.Add(new Reason("SWAN.WaitingTimes.NoPromise", S("6.3"),
            "How long an offer takes depends on your band, the size and type of home you need, the areas you choose and suitable homes becoming available, so we cannot tell you when you will be offered a home."));
        reasons.Add(new Reason("SWAN.WaitingTimes.Position", S("6.3"),
            $"You are number {N(ahead + 1)} of those in band {band} who need a {size} home and can be considered now, ordered by time waited in band.")
            .With(new Fact("band", band), new Fact("bedrooms", N(applicant.Bedrooms)), new Fact("ahead", N(ahead)), new Fact("waitingSince", applicant.WaitingSince.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
        int? typical = null;
        if (waits.Count >= options.MinimumLettingsForTypicalWait)
        {
            typical = waits.Count % 2 == 1 ? waits[waits.Count / 2] : (waits[(waits.Count / 2) - 1] + waits[waits.Count / 2]) / 2;
            reasons.Add(new Reason("SWAN.WaitingTimes.Typical", S("6.3"),
                $"In the last {N(options.LookbackMonths)} months {N(waits.Count)} households in band {band} were housed in a {size} home from the transfer list; they had typically waited {N(typical.Value)} days in their band (from {N(waits[0])} to {N(waits[^1])}).")
                .With(new Fact("transfers", N(waits.Count)), new Fact("typicalWaitDays", N(typical.Value)), new Fact("lookbackMonths", N(options.LookbackMonths))));
        }
        else
        {
            reasons.Add(new Reason("SWAN.WaitingTimes.TooFewToSay", S("6.3"),
                $"In the last {N(options.LookbackMonths)} months {N(waits.Count)} households in band {band} were housed in a {size} home from the transfer list: too few to give a typical wait.")
                .With(new Fact("transfers", N(waits.Count)), new Fact("minimum", N(options.MinimumLettingsForTypicalWait))));
        }

        reasons.Add(new Reason("SWAN.WaitingTimes.NoPoints", S("6.3"),
            "Swan's transfer list has bands, not points, so no points count towards your wait (002 §4.1, §4.2)."));

        return new WaitingTimeInformation
        {
            Band = applicant.Band,
            Bedrooms = applicant.Bedrooms,
            Position = ahead + 1,
            ComparableTransfers = waits.Count,
            TypicalWaitDays = typical,
            ShortestWaitDays = waits.Count >= options.MinimumLettingsForTypicalWait ? waits[0] : null,
            LongestWaitDays = waits.Count >= options.MinimumLettingsForTypicalWait ? waits[^1] : null,
            ByArea = byArea,
            Reasons = reasons.ToImmutable(),
        };
    }

    /// <summary>Whether the policy is due for review (002 §6.4: every 2 years, or sooner on a change in guidance, practice or law).</summary>
    public static Decision<bool> PolicyReviewDue(DateOnly lastReviewed, bool changeInGuidanceOrLaw, PolicyReviewOptions options, DateOnly asOf)
    {
        var due = lastReviewed.AddYears(options.IntervalYears);
        if (changeInGuidanceOrLaw)
        {
            return new(true, [new Reason("SWAN.PolicyReview.Change", S("6.4"),
                "The policy is reviewed in response to a change in regulatory guidance, best practice or legal precedent.")]);
        }

        return due <= asOf
            ? new(true, [new Reason("SWAN.PolicyReview.Due", S("6.4"), $"The policy is reviewed every {N(options.IntervalYears)} years; the review was due on {D(due)}.")
                .With(new Fact("lastReviewed", lastReviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), new Fact("due", due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))])
            : new(false, [new Reason("SWAN.PolicyReview.NotDue", S("6.4"), $"The policy is reviewed every {N(options.IntervalYears)} years; the next review is due on {D(due)}.")
                .With(new Fact("due", due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))]);
    }

    internal static string Team(SwanTeam team) => team switch
    {
        SwanTeam.LettingsTeam => "Lettings Team",
        SwanTeam.HousingManagementTeam => "Housing Management Team",
        SwanTeam.HeadOfAllocationsAndLettings => "Head of Allocations and Lettings",
    };

    private static Fact[] Evidence(AssessedFact<bool> decision) =>
    [
        new Fact("decidedBy", $"{decision.AssessedBy.Name} ({decision.AssessedBy.Role})"),
        new Fact("decidedOn", decision.AssessedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        .. decision.EvidenceReference is { } e ? [new Fact("evidence", e)] : Array.Empty<Fact>(),
    ];
}
