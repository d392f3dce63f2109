using System.Collections.Immutable;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Properties;

namespace OpenLettings.Domain.Schemes.PaHousing;

/// <summary>Evidence reviewed for a management move (004 §6.3).</summary>
public enum PaManagementMoveEvidence
{
    MultiAgencyRiskAssessmentConference,
    PoliceReport,
    SafeguardingPanelRecommendation,
    PersonalEvacuationEscapePlan,
    Other,
}

/// <summary>A request for a management move: a direct let outside choice based lettings (004 §6.3).</summary>
public sealed record PaManagementMoveRequest
{
    /// <summary>The resident's current home.</summary>
    public required PaCurrentHome CurrentHome { get; init; }

    /// <summary>The body of evidence reviewed.</summary>
    public ImmutableArray<AssessedFact<PaManagementMoveEvidence>> Evidence { get; init; } = [];

    /// <summary>The evidence identifies the tenant or a household member as at high risk if they remain.</summary>
    public AssessedFact<bool>? HighRiskIfRemains { get; init; }

    /// <summary>Approval of qualification (true) or refusal (false); its assessor's role must be the approver's.</summary>
    public AssessedFact<bool>? Approval { get; init; }

    /// <summary>The home proposed for the single offer, if any.</summary>
    public Property? ProposedHome { get; init; }

    /// <summary>Offers already made under this move.</summary>
    public int OffersMade { get; init; }

    /// <summary>An officer's finding that the move is not anticipated to be completed within the review period, for want of a suitable home.</summary>
    public AssessedFact<bool>? NotAnticipatedWithinReview { get; init; }

    /// <summary>The move has been completed.</summary>
    public bool Completed { get; init; }
}

/// <summary>Where a management move stands.</summary>
public enum PaManagementMoveStatus
{
    NotEligible,
    AwaitingApproval,
    Refused,
    Approved,
}

/// <summary>The decision on a management move: status, who approves, whether the proposed home may be offered, and the 6-month review (004 §6.3).</summary>
public sealed record PaManagementMoveDecision(PaManagementMoveStatus Status, string Approver, bool MayOfferProposedHome, DateOnly? ReviewBy,
    bool SeekOtherOptions, ImmutableArray<Reason> Reasons);

/// <summary>Management moves (004 §6.3): pure decisions, outside the shortlist.</summary>
public static class PaManagementMoves
{
    /// <summary>Decides a management move request as of <paramref name="asOf"/>.</summary>
    public static PaManagementMoveDecision Decide(PaManagementMoveRequest request, PaHousingOptions options, DateOnly asOf)
    {
        var approver = options.ManagementMoveApproverRole;
        var reasons = new List<Reason>();
        if (request.CurrentHome.Tenure != PaTenure.PaHousingTenant)
        {
            reasons.Add(Pa.Reason("ManagementMove.ResidentsOnly", "6.3", "Management moves are direct lets to existing PA Housing residents only.",
                Pa.Fact("tenure", request.CurrentHome.Tenure)));
            return new PaManagementMoveDecision(PaManagementMoveStatus.NotEligible, approver, false, null, false, [.. reasons]);
        }

        foreach (var item in request.Evidence)
        {
            reasons.Add(Pa.Reason("ManagementMove.Evidence", "6.3", $"Evidence reviewed: {item.Value}.", Pa.Fact("evidence", item.Value)).With(Pa.By(item)));
        }

        var highRisk = request.HighRiskIfRemains is { Value: true };
        if (!highRisk || request.Evidence.IsDefaultOrEmpty)
        {
            reasons.Add(Pa.Reason("ManagementMove.HighRisk", "6.3",
                "A management move is considered only in extremely limited circumstances: a body of evidence must identify that you or a household member could be at high risk if you remain in your home.",
                Pa.Fact("high risk found", highRisk), Pa.Fact("evidence items", request.Evidence.IsDefault ? 0 : request.Evidence.Length)));
            return new PaManagementMoveDecision(PaManagementMoveStatus.NotEligible, approver, false, null, false, [.. reasons]);
        }

        reasons.Add(Pa.Reason("ManagementMove.HighRisk", "6.3", "The evidence identifies that you or a household member could be at high risk if you remain in your home.")
            .With(Pa.By(request.HighRiskIfRemains!)));
        var approval = request.Approval;
        if (approval is null || !string.Equals(approval.AssessedBy.Role, approver, StringComparison.OrdinalIgnoreCase))
        {
            reasons.Add(Pa.Reason("ManagementMove.Approval", "6.3",
                $"Qualification for a management move must be approved by the {approver}" + (approval is null ? "; no decision is recorded yet." : $"; the recorded decision was made by a {approval.AssessedBy.Role}."),
                Pa.Fact("approver", approver)));
            return new PaManagementMoveDecision(PaManagementMoveStatus.AwaitingApproval, approver, false, null, false, [.. reasons]);
        }

        if (!approval.Value)
        {
            reasons.Add(Pa.Reason("ManagementMove.Refused", "6.3", $"The {approver} did not approve a management move.").With(Pa.By(approval)));
            return new PaManagementMoveDecision(PaManagementMoveStatus.Refused, approver, false, null, false, [.. reasons]);
        }

        var reviewBy = approval.AssessedOn.AddMonths(options.ManagementMoveReviewMonths);
        reasons.Add(Pa.Reason("ManagementMove.Approved", "6.3",
            $"The {approver} approved a management move: a direct let of a single like-for-like home, outside choice based lettings, possibly away from your current area.",
            Pa.Fact("review by", reviewBy)).With(Pa.By(approval)));

        var mayOffer = false;
        if (request.ProposedHome is { } home && !request.Completed)
        {
            var offersLeft = request.OffersMade < options.ManagementMoveOffers;
            var likeForLike = request.CurrentHome.Bedrooms is not { } current || home.Bedrooms == current;
            mayOffer = offersLeft && likeForLike;
            reasons.Add(Pa.Reason("ManagementMove.Offer", "6.3", (offersLeft, likeForLike) switch
            {
                (false, _) => $"Management moves are made on {options.ManagementMoveOffers} offer only, and {request.OffersMade} has been made.",
                (true, false) => $"Management moves are like-for-like: the proposed home has {home.Bedrooms} bedrooms and your home has {request.CurrentHome.Bedrooms}.",
                (true, true) => "The proposed home is like-for-like and may be offered as your single offer.",
            }, Pa.Fact("proposed bedrooms", home.Bedrooms), Pa.Fact("current bedrooms", request.CurrentHome.Bedrooms), Pa.Fact("offers made", request.OffersMade)));
        }

        var anticipated = request.NotAnticipatedWithinReview is { Value: true };
        var overdue = !request.Completed && (asOf >= reviewBy || anticipated);
        if (!request.Completed && anticipated && asOf < reviewBy)
        {
            reasons.Add(Pa.Reason("ManagementMove.Review", "6.3",
                $"The move is not anticipated to be completed within {options.ManagementMoveReviewMonths} months of approval, so all other options (reciprocal arrangements with other social landlords, the local authority's Housing Needs service) should be sought.",
                Pa.Fact("review by", reviewBy)).With(Pa.By(request.NotAnticipatedWithinReview!)));
        }
        else if (overdue)
        {
            reasons.Add(Pa.Reason("ManagementMove.Review", "6.3",
                $"The move has not been completed within {options.ManagementMoveReviewMonths} months of approval, so all other options (reciprocal arrangements with other social landlords, the local authority's Housing Needs service) should be sought.",
                Pa.Fact("review by", reviewBy)));
        }

        return new PaManagementMoveDecision(PaManagementMoveStatus.Approved, approver, mayOffer, reviewBy, overdue, [.. reasons]);
    }
}
