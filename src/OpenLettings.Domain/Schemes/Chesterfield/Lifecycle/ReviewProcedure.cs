using System.Collections.Immutable;
using System.Globalization;
using OpenLettings.Domain.Calendar;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Explanations;

namespace OpenLettings.Domain.Schemes.Chesterfield;

/// <summary>The kind of decision an applicant asks to have reviewed (003 Appendix B 13 and the sections that grant a review right).</summary>
public enum ReviewableDecision
{
    /// <summary>Not accepted onto the register (13; ineligibility and non-qualification, 5(vi)-(viii)).</summary>
    NotAcceptedOnRegister,
    /// <summary>The band or priority date awarded (13).</summary>
    BandOrPriorityDate,
    /// <summary>The suitability of a home the applicant is nominated for (13): the home is not held meanwhile.</summary>
    PropertySuitability,
    /// <summary>Removal from the register (5(viii)).</summary>
    Removal,
    /// <summary>Being bypassed on a shortlist (10(ii), 11(ii)).</summary>
    Bypass,
    /// <summary>An offer withdrawn or not made, e.g. after a financial assessment (11(vi)).</summary>
    OfferWithdrawnOrNotMade,
    /// <summary>A condition attached to priority (7(i)).</summary>
    PriorityCondition,
    /// <summary>A sanction for refusing offers (11(v)) or an assisted-bid refusal (10(vi)).</summary>
    RefusalSanction,
    /// <summary>The Home-Options Policy itself (e.g. a single applicant wanting to bid for three-bedroom houses): not reviewable.</summary>
    ThePolicyItself,
}

/// <summary>The stage of review asked for.</summary>
public enum ReviewStage
{
    /// <summary>Re-assessment by a senior officer not involved in the decision.</summary>
    StageOne,
    /// <summary>Mandatory reconsideration by the Home-Options Co-ordinator, then a Review Panel of senior officers from other partners.</summary>
    StageTwo,
}

/// <summary>The role of a person deciding a review (003 Appendix 4).</summary>
public enum ReviewerRole
{
    CustomerServiceTeam,
    HousingOptionsTeam,
    /// <summary>A Housing Options Manager or equivalent senior officer.</summary>
    HousingOptionsManager,
    HomeOptionsCoordinator,
}

/// <summary>A person deciding (or sitting on a panel for) a review.</summary>
public sealed record Reviewer
{
    public required string Name { get; init; }

    public required ReviewerRole Role { get; init; }

    /// <summary>The partner (district) the reviewer works for.</summary>
    public required LocalAuthorityId Partner { get; init; }
}

/// <summary>The Co-ordinator's mandatory reconsideration before Stage 2.</summary>
public enum ReconsiderationFinding
{
    /// <summary>The policy was applied correctly: the review proceeds to the panel.</summary>
    PolicyAppliedCorrectly,
    /// <summary>The policy was not applied correctly: the Co-ordinator recommends how to put it right.</summary>
    PolicyNotAppliedCorrectly,
}

/// <summary>A request for a review and the people set to decide it.</summary>
public sealed record ReviewRequestCase
{
    public required ReviewableDecision Decision { get; init; }

    public required ReviewStage Stage { get; init; }

    /// <summary>The date the applicant received the decision letter (for Stage 2: the Stage 1 decision).</summary>
    public required DateOnly DecisionReceivedOn { get; init; }

    public required DateOnly RequestedOn { get; init; }

    /// <summary>Who made the decision under review (and, for Stage 2, who decided Stage 1 and any initial review).</summary>
    public ImmutableArray<string> EarlierDecisionMakers { get; init; } = [];

    /// <summary>The partner whose decision is under review (excluded from the Stage 2 panel).</summary>
    public required LocalAuthorityId OriginatingPartner { get; init; }

    /// <summary>Stage 1: the senior officer re-assessing.</summary>
    public Reviewer? StageOneReviewer { get; init; }

    /// <summary>Stage 2: the Co-ordinator's finding.</summary>
    public ReconsiderationFinding? Reconsideration { get; init; }

    /// <summary>Stage 2: both the partner and the applicant accepted the Co-ordinator's recommendations.</summary>
    public bool RecommendationsAccepted { get; init; }

    /// <summary>Stage 2: the Review Panel.</summary>
    public ImmutableArray<Reviewer> Panel { get; init; } = [];

    public bool OralHearingRequested { get; init; }

    /// <summary>Extra working days agreed with the applicant for the decision.</summary>
    public int ExtraWorkingDaysAgreed { get; init; }
}

/// <summary>What happens to a review request.</summary>
public enum ReviewRequestOutcome
{
    /// <summary>Accepted; to be decided by the dates given.</summary>
    Accepted,
    /// <summary>The Co-ordinator found the policy misapplied and both sides accepted the remedy: no panel needed.</summary>
    ResolvedAtReconsideration,
    /// <summary>Asked for after the request window.</summary>
    OutOfTime,
    /// <summary>The policy itself is contested: the request need not be accepted.</summary>
    NotReviewable,
    /// <summary>The reviewer or panel does not meet the independence or seniority rules: it must be changed.</summary>
    ReviewerNotValid,
}

/// <summary>The decision on a review request, with the deadlines.</summary>
public sealed record ReviewStageDecision
{
    public required ReviewRequestOutcome Outcome { get; init; }

    /// <summary>The last day the request could be made.</summary>
    public required DateOnly RequestDeadline { get; init; }

    /// <summary>The date the review must be decided by (working days, plus any agreed extension).</summary>
    public DateOnly? DecisionDueBy { get; init; }

    /// <summary>The date the applicant must be written to by.</summary>
    public DateOnly? LetterDueBy { get; init; }

    /// <summary>Whether the home is held while a suitability review is decided (never: 003 Appendix B 13).</summary>
    public bool PropertyHeld { get; init; }

    /// <summary>An oral hearing is to be arranged (Stage 2, Appendix 6).</summary>
    public bool OralHearing { get; init; }

    public ImmutableArray<Reason> Reasons { get; init; } = [];
}

/// <summary>The Home-Options review procedure as a pure decision (003 Appendix B 13; Appendix 4; Appendix 6).</summary>
public static class ReviewProcedure
{
    private static Citation Cite => ChesterfieldCitations.Policy("13");

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Decides whether the request is accepted, who may decide it, and by when.</summary>
    public static ReviewStageDecision Decide(ReviewRequestCase request, ChesterfieldOptions options)
    {
        var requestDeadline = WorkingDays.AddWorkingDays(request.DecisionReceivedOn, options.ReviewRequestWorkingDays);
        var stageName = request.Stage == ReviewStage.StageOne ? "stage one" : "stage two";

        if (request.Decision == ReviewableDecision.ThePolicyItself)
        {
            return new ReviewStageDecision
            {
                Outcome = ReviewRequestOutcome.NotReviewable, RequestDeadline = requestDeadline,
                Reasons = [new Reason("CBC.ReviewRequest.PolicyItself", Cite,
                    "The Home-Options Policy was consulted on and approved by all the partners, so a review that contests the policy itself is not accepted. You can ask for a review of how it was applied to you (for example whether you need an extra bedroom).")],
            };
        }

        if (request.RequestedOn > requestDeadline)
        {
            return new ReviewStageDecision
            {
                Outcome = ReviewRequestOutcome.OutOfTime, RequestDeadline = requestDeadline,
                Reasons = [new Reason("CBC.ReviewRequest.OutOfTime", Cite,
                        $"A {stageName} review must be asked for within {options.ReviewRequestWorkingDays} working days of receiving the decision ({D(request.DecisionReceivedOn)}), that is by {D(requestDeadline)}; your request was made on {D(request.RequestedOn)}.")
                    .With(new Fact("request deadline", D(requestDeadline)), new Fact("requested on", D(request.RequestedOn)))],
            };
        }

        var reasons = ImmutableArray.CreateBuilder<Reason>();
        reasons.Add(new Reason("CBC.ReviewRequest.InTime", Cite,
            $"You asked for a {stageName} review on {D(request.RequestedOn)}, within {options.ReviewRequestWorkingDays} working days of receiving the decision.").With(new Fact("request deadline", D(requestDeadline))));

        var problems = request.Stage == ReviewStage.StageOne ? StageOneProblems(request) : StageTwoProblems(request, options);
        if (!problems.IsEmpty)
        {
            reasons.AddRange(problems);
            return new ReviewStageDecision { Outcome = ReviewRequestOutcome.ReviewerNotValid, RequestDeadline = requestDeadline, Reasons = reasons.ToImmutable() };
        }

        if (request.Stage == ReviewStage.StageTwo && request.Reconsideration == ReconsiderationFinding.PolicyNotAppliedCorrectly && request.RecommendationsAccepted)
        {
            reasons.Add(new Reason("CBC.ReviewRequest.Reconsidered", Cite,
                "The Home-Options Co-ordinator found the policy had not been applied correctly and recommended how to put it right; you and the partner accepted, so no panel review is needed."));
            return new ReviewStageDecision { Outcome = ReviewRequestOutcome.ResolvedAtReconsideration, RequestDeadline = requestDeadline, Reasons = reasons.ToImmutable() };
        }

        var decisionDue = WorkingDays.AddWorkingDays(request.RequestedOn, options.ReviewDecisionWorkingDays + Math.Max(0, request.ExtraWorkingDaysAgreed));
        var letterDue = WorkingDays.AddWorkingDays(decisionDue, options.ReviewLetterWorkingDays);
        reasons.Add(new Reason("CBC.ReviewRequest.Timetable", Cite,
                $"The review will be decided by {D(decisionDue)} ({options.ReviewDecisionWorkingDays} working days{(request.ExtraWorkingDaysAgreed > 0 ? $" plus {request.ExtraWorkingDaysAgreed} agreed with you" : "")}) and you will be written to with the outcome by {D(letterDue)}.")
            .With(new Fact("decision due", D(decisionDue)), new Fact("letter due", D(letterDue))));

        if (request.Decision == ReviewableDecision.PropertySuitability)
        {
            reasons.Add(new Reason("CBC.ReviewRequest.PropertyNotHeld", Cite,
                "The home is not held while the suitability review is carried out and may be offered to other applicants on the shortlist."));
        }

        var oral = request.Stage == ReviewStage.StageTwo && request.OralHearingRequested;
        if (oral)
        {
            reasons.Add(new Reason("CBC.ReviewRequest.OralHearing", ChesterfieldCitations.Policy("Appendix 6"),
                "You asked for an oral hearing: you will be told the venue, date and time, and you may bring a representative. The panel considers your application in its entirety."));
        }

        return new ReviewStageDecision
        {
            Outcome = ReviewRequestOutcome.Accepted, RequestDeadline = requestDeadline, DecisionDueBy = decisionDue, LetterDueBy = letterDue,
            PropertyHeld = false, OralHearing = oral, Reasons = reasons.ToImmutable(),
        };
    }

    private static ImmutableArray<Reason> StageOneProblems(ReviewRequestCase request)
    {
        var problems = ImmutableArray.CreateBuilder<Reason>();
        var cite = ChesterfieldCitations.Policy("Appendix 4");
        if (request.StageOneReviewer is not { } reviewer)
        {
            problems.Add(new Reason("CBC.ReviewRequest.NoReviewer", cite, "A senior officer must be assigned to carry out the stage one review."));
            return problems.ToImmutable();
        }

        if (reviewer.Role != ReviewerRole.HousingOptionsManager)
        {
            problems.Add(new Reason("CBC.ReviewRequest.ReviewerNotSenior", cite, "Stage one reviews are considered by a Housing Options Manager (or equivalent senior officer).")
                .With(new Fact("reviewer role", reviewer.Role.ToString())));
        }

        if (request.EarlierDecisionMakers.Contains(reviewer.Name, StringComparer.OrdinalIgnoreCase))
        {
            problems.Add(new Reason("CBC.ReviewRequest.ReviewerInvolved", ChesterfieldCitations.Policy("13"),
                "The stage one review must be carried out by a senior officer not involved in the original decision (or in an initial review).").With(new Fact("reviewer", reviewer.Name)));
        }

        return problems.ToImmutable();
    }

    private static ImmutableArray<Reason> StageTwoProblems(ReviewRequestCase request, ChesterfieldOptions options)
    {
        var problems = ImmutableArray.CreateBuilder<Reason>();
        if (request.Reconsideration is null)
        {
            problems.Add(new Reason("CBC.ReviewRequest.ReconsiderationOutstanding", Cite,
                "The Home-Options Co-ordinator must first carry out a mandatory reconsideration to check whether the policy was applied correctly."));
            return problems.ToImmutable();
        }

        if (request.Reconsideration == ReconsiderationFinding.PolicyNotAppliedCorrectly && request.RecommendationsAccepted)
        {
            return problems.ToImmutable();
        }

        var panel = request.Panel;
        if (panel.Length < options.ReviewPanelMinimumMembers)
        {
            problems.Add(new Reason("CBC.ReviewRequest.PanelTooSmall", Cite, $"A Review Panel needs at least {options.ReviewPanelMinimumMembers} senior officers; {panel.Length} were named.")
                .With(new Fact("panel size", panel.Length.ToString(CultureInfo.InvariantCulture))));
        }

        foreach (var member in panel)
        {
            if (member.Partner == request.OriginatingPartner)
            {
                problems.Add(new Reason("CBC.ReviewRequest.PanelNotIndependent", Cite,
                    $"{member.Name} works for the partner whose decision is being reviewed; panel members must come from other Home-Options partners.").With(new Fact("partner", member.Partner.ToString())));
            }

            if (member.Role != ReviewerRole.HousingOptionsManager)
            {
                problems.Add(new Reason("CBC.ReviewRequest.PanelMemberNotSenior", ChesterfieldCitations.Policy("Appendix 4"),
                    $"{member.Name} is not a Housing Options Manager (or equivalent senior officer).").With(new Fact("role", member.Role.ToString())));
            }

            if (request.EarlierDecisionMakers.Contains(member.Name, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add(new Reason("CBC.ReviewRequest.PanelMemberInvolved", Cite, $"{member.Name} took part in an earlier decision on this case."));
            }
        }

        return problems.ToImmutable();
    }
}
