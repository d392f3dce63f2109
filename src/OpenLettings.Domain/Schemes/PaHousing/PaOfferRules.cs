using System.Collections.Immutable;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Explanations;

namespace OpenLettings.Domain.Schemes.PaHousing;

/// <summary>The evaluation steps before a tenancy is signed (004 §4.4, §4.8).</summary>
public enum OfferCheck
{
    /// <summary>Photographic ID and a photo of each incoming resident, always required (004 §4.4).</summary>
    PhotographicId,
    HomeVisit,
    NeedsAssessment,
    IncomeAssessment,
    BackgroundChecks,
    PropertyViewing,
}

/// <summary>How a check turned out.</summary>
public enum CheckOutcome
{
    Pending,
    Satisfactory,
    Unsatisfactory,
}

/// <summary>Grounds on which PA Housing may withdraw a provisional offer (004 §4.9).</summary>
public enum WithdrawalGround
{
    /// <summary>Concerns about the prospective tenant's ability to maintain a tenancy successfully.</summary>
    ConcernsAboutSustainingTenancy,
    /// <summary>Their requirements are found to differ from those on their application.</summary>
    RequirementsDifferFromApplication,
}

/// <summary>Where an offer stands.</summary>
public enum OfferStatus
{
    Provisional,
    ReadyForSigning,
    Withdrawn,
}

/// <summary>One check's outcome.</summary>
public sealed record OfferCheckResult
{
    public required OfferCheck Check { get; init; }

    public CheckOutcome Outcome { get; init; } = CheckOutcome.Pending;
}

/// <summary>A provisional offer, possibly one of several letters for the same home with a ranking (004 §4.8).</summary>
public sealed record PaProvisionalOffer
{
    public required AdvertId Advert { get; init; }

    public required BidId Bid { get; init; }

    public required HousingApplicationId Application { get; init; }

    public required DateOnly MadeOn { get; init; }

    /// <summary>The applicant's ranking, in numerical order, among the letters of a multiple offer (1 for a single offer).</summary>
    public int Ranking { get; init; } = 1;

    public ImmutableArray<OfferCheckResult> Checks { get; init; } = [];

    /// <summary>PA Housing's decision to withdraw the offer, with its ground (004 §4.9).</summary>
    public AssessedFact<WithdrawalGround>? Withdrawal { get; init; }
}

/// <summary>Where an offer stands and why; a withdrawal can be appealed (004 §4.12).</summary>
public sealed record PaOfferDecision(OfferStatus Status, DateOnly? AppealBy, ImmutableArray<Reason> Reasons);

/// <summary>Provisional and multiple offers, their evaluation and withdrawal, and a nominee's time to reconsider a refusal.</summary>
/// <remarks>004 §4.4, §4.8, §4.9, §4.10, §4.12.</remarks>
public static class PaOfferRules
{
    /// <summary>The checks every provisional offer goes through by default (004 §4.4, §4.8).</summary>
    public static readonly ImmutableArray<OfferCheck> StandardChecks =
        [OfferCheck.PhotographicId, OfferCheck.IncomeAssessment, OfferCheck.BackgroundChecks, OfferCheck.PropertyViewing];

    /// <summary>
    /// Provisional offer letters to the first <paramref name="letters"/> applicants on a shortlist, each showing
    /// its ranking in numerical order (one letter: a single provisional offer).
    /// </summary>
    public static ImmutableArray<PaProvisionalOffer> MakeOffers(PaShortlist shortlist, int letters, DateOnly madeOn, ImmutableArray<OfferCheck> checks) =>
        [.. shortlist.Ranked.Take(Math.Max(letters, 0)).Select((entry, i) => new PaProvisionalOffer
        {
            Advert = shortlist.Advert,
            Bid = entry.Bid,
            Application = entry.Application,
            MadeOn = madeOn,
            Ranking = i + 1,
            Checks = [.. checks.Select(c => new OfferCheckResult { Check = c })],
        })];

    /// <summary>Evaluates a provisional offer: withdrawn, ready for signing once every check is satisfactory, otherwise still provisional.</summary>
    public static PaOfferDecision Evaluate(PaProvisionalOffer offer, PaHousingOptions options)
    {
        var reasons = new List<Reason>();
        if (offer.Ranking > 1)
        {
            reasons.Add(Pa.Reason("Offer.MultipleRanking", "4.8", $"This is a multiple offer: you are ranked {offer.Ranking} for this home.", Pa.Fact("ranking", offer.Ranking)));
        }

        if (offer.Withdrawal is { } withdrawal)
        {
            var appealBy = PaAppeals.Deadline(withdrawal.AssessedOn, options);
            reasons.Add(Pa.Reason("Offer.Withdrawn", "4.9", withdrawal.Value switch
            {
                WithdrawalGround.ConcernsAboutSustainingTenancy => "The provisional offer has been withdrawn because of concerns about your ability to maintain the tenancy successfully.",
                WithdrawalGround.RequirementsDifferFromApplication => "The provisional offer has been withdrawn because your requirements were found to differ from those on your application.",
            }).With(Pa.By(withdrawal)));
            reasons.Add(Pa.Reason("Offer.AppealWithdrawal", "4.12", $"You may appeal in writing against the withdrawal by {appealBy:d MMMM yyyy}.", Pa.Fact("appeal by", appealBy)));
            return new PaOfferDecision(OfferStatus.Withdrawn, appealBy, [.. reasons]);
        }

        if (offer.Checks.All(c => c.Check != OfferCheck.PhotographicId))
        {
            reasons.Add(Pa.Reason("Offer.PhotographicIdRequired", "4.4", "Photographic ID is always taken from incoming residents when an offer is made, so it is added to the checks."));
        }

        var checks = offer.Checks.Any(c => c.Check == OfferCheck.PhotographicId)
            ? offer.Checks
            : offer.Checks.Add(new OfferCheckResult { Check = OfferCheck.PhotographicId });
        var failed = checks.Where(c => c.Outcome == CheckOutcome.Unsatisfactory).Select(c => c.Check).ToList();
        var pending = checks.Where(c => c.Outcome == CheckOutcome.Pending).Select(c => c.Check).ToList();
        if (failed.Count > 0)
        {
            reasons.Add(Pa.Reason("Offer.ConcernRaised", "4.9", $"The offer is still provisional: concerns were raised by {string.Join(", ", failed)}, and PA Housing may withdraw it.", Pa.Fact("unsatisfactory", string.Join(", ", failed))));
            return new PaOfferDecision(OfferStatus.Provisional, null, [.. reasons]);
        }

        if (pending.Count > 0)
        {
            reasons.Add(Pa.Reason("Offer.Provisional", "4.8", $"The offer is provisional until the evaluation is complete: {string.Join(", ", pending)} still to do.", Pa.Fact("pending", string.Join(", ", pending))));
            return new PaOfferDecision(OfferStatus.Provisional, null, [.. reasons]);
        }

        reasons.Add(Pa.Reason("Offer.ReadyForSigning", "4.8", "Every evaluation check is satisfactory, so the tenancy can be signed."));
        return new PaOfferDecision(OfferStatus.ReadyForSigning, null, [.. reasons]);
    }

    /// <summary>The last day a nominee may reconsider a refusal the local authority wishes to enforce (004 §4.10: no more than 5 days).</summary>
    public static DateOnly NomineeReconsiderationDeadline(DateOnly enforcedOn, PaHousingOptions options) => enforcedOn.AddDays(options.NomineeReconsiderationDays);
}
