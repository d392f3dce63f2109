using System.Collections.Immutable;
using System.Globalization;
using OpenLettings.Domain.Calendar;
using OpenLettings.Domain.Explanations;

namespace OpenLettings.Domain.Workflows.DiscretionaryAllocation;

/// <summary>
/// The Derby Homes Discretionary Allocations Procedure (seed 000) as a pure workflow usable under any scheme: a request
/// and its recorded events are replayed in order; each event is accepted or refused with reasons (never thrown), and the
/// result is the current stage, due dates in working days, lateness, the next allowed actions and who may take them,
/// the one-discretionary-offer rule and an audit trail.
/// </summary>
/// <remarks>000 Procedure; 000 Hierarchy; 000 Audit and Control.</remarks>
public static class DiscretionaryAllocationWorkflow
{
    private static readonly CultureInfo Uk = CultureInfo.InvariantCulture;

    /// <summary>The rule id of an accepted event that the quarterly review must flag: a property taken out of Homefinder without agreement.</summary>
    private const string HomefinderRemovalNotAgreed = "DA.Offer.HomefinderRemovalNotAgreed";

    /// <summary>Replays <paramref name="events"/> against <paramref name="request"/> and reports the state on <paramref name="asOf"/>.</summary>
    public static DiscretionaryEvaluation Evaluate(DiscretionaryRequest request, IEnumerable<DiscretionaryEvent> events, DiscretionaryOptions options, DateOnly asOf)
    {
        var state = new State(request, options, asOf);
        var index = 0;
        foreach (var e in events)
        {
            state.Apply(index++, e);
        }

        return state.Result();
    }

    /// <summary>
    /// The requests due for the Head of Housing Management's quarterly review on <paramref name="asOf"/>: the quarter
    /// reviewed is the last complete quarter before <paramref name="asOf"/>. A request is listed when it is in scope
    /// (<see cref="DiscretionaryOptions.ReviewScope"/>) and either something happened to it in the quarter or it was still
    /// live at the quarter's end.
    /// </summary>
    /// <remarks>000 Audit and Control.</remarks>
    public static ImmutableArray<QuarterlyReviewItem> QuarterlyReview(IEnumerable<DiscretionaryCase> cases, DiscretionaryOptions options, DateOnly asOf)
    {
        var (start, end) = ReviewQuarter(options, asOf);
        var items = ImmutableArray.CreateBuilder<QuarterlyReviewItem>();
        foreach (var c in cases)
        {
            if (c.Request.SubmittedOn > end)
            {
                continue;
            }

            var events = c.Events.IsDefault ? [] : c.Events.Where(e => e.On <= end).ToImmutableArray();
            var evaluation = Evaluate(c.Request, events, options, end);
            var allocated = evaluation.AuditTrail.Any(a => a.Accepted && a.StageBefore == DiscretionaryStage.HomelessnessManagerApproval && a.StageAfter == DiscretionaryStage.Approved);
            if (options.ReviewScope == QuarterlyReviewScope.AllocationsOnly && !allocated)
            {
                continue;
            }

            var reasons = ImmutableArray.CreateBuilder<Reason>();
            var period = $"{start:yyyy-MM-dd} to {end:yyyy-MM-dd}";
            if (c.Request.SubmittedOn >= start)
            {
                reasons.Add(new Reason("DA.Review.SubmittedInQuarter", DiscretionaryCitations.AuditAndControl,
                    $"The request was made on {Day(c.Request.SubmittedOn)}, in the quarter {period}.").With(new Fact("submittedOn", Iso(c.Request.SubmittedOn))));
            }

            foreach (var a in evaluation.AuditTrail.Where(a => a.Event.On >= start))
            {
                reasons.Add(a.Accepted
                    ? new Reason("DA.Review.ActivityInQuarter", DiscretionaryCitations.AuditAndControl,
                        $"On {Day(a.Event.On)} the {Describe(a.Event.Role)} recorded '{Describe(a.Event.Action)}' ({Describe(a.StageBefore)} to {Describe(a.StageAfter)}).")
                        .With(new Fact("event", a.Index.ToString(CultureInfo.InvariantCulture)), new Fact("rule", a.RuleId))
                    : new Reason("DA.Review.RefusedEvent", DiscretionaryCitations.Hierarchy,
                        $"On {Day(a.Event.On)} an event '{Describe(a.Event.Action)}' by {a.Event.By} ({Describe(a.Event.Role)}) was not allowed ({a.RuleId}); the reviewer should check it.")
                        .With(new Fact("event", a.Index.ToString(CultureInfo.InvariantCulture)), new Fact("rule", a.RuleId)));
            }

            foreach (var a in evaluation.AuditTrail.Where(a => a.Accepted && a.Event.On >= start && a.Reasons.Any(r => r.RuleId == HomefinderRemovalNotAgreed)))
            {
                reasons.Add(new Reason("DA.Review.HomefinderRemoval", DiscretionaryCitations.Homefinder,
                    $"The property offered on {Day(a.Event.On)} was removed from Homefinder without the Social Housing Options Manager's agreement.")
                    .With(new Fact("event", a.Index.ToString(CultureInfo.InvariantCulture))));
            }

            foreach (var p in evaluation.Stages.Where(p => p.Overdue && (p.LeftOn ?? end) >= start))
            {
                reasons.Add(new Reason("DA.Review.LateStage", DiscretionaryCitations.AuditAndControl,
                    $"The {Describe(p.Stage)} was due by {Day(p.DueOn!.Value)} and {(p.LeftOn is { } left ? $"was completed on {Day(left)}" : "was still pending at the end of the quarter")}.")
                    .With(new Fact("stage", p.Stage.ToString()), new Fact("dueOn", Iso(p.DueOn.Value))));
            }

            if (!evaluation.Finished)
            {
                reasons.Add(new Reason("DA.Review.StillLive", DiscretionaryCitations.AuditAndControl,
                    $"At the end of the quarter the request was still live, at the {Describe(evaluation.Stage)} stage.").With(new Fact("stage", evaluation.Stage.ToString())));
            }

            if (reasons.Count == 0)
            {
                continue;
            }

            reasons.Insert(0, new Reason("DA.Review.Listed", DiscretionaryCitations.AuditAndControl,
                options.ReviewScope == QuarterlyReviewScope.AllocationsOnly
                    ? "Every discretionary allocation is kept on a list reviewed each quarter by the Head of Housing Management."
                    : "Every discretionary allocation request is kept on a list reviewed each quarter by the Head of Housing Management."));
            items.Add(new QuarterlyReviewItem
            {
                Reference = c.Request.Reference,
                QuarterStart = start,
                QuarterEnd = end,
                StageAtQuarterEnd = evaluation.Stage,
                Reasons = reasons.ToImmutable(),
            });
        }

        return items.ToImmutable();
    }

    /// <summary>The last complete review quarter before <paramref name="asOf"/> (first and last day).</summary>
    public static (DateOnly Start, DateOnly End) ReviewQuarter(DiscretionaryOptions options, DateOnly asOf)
    {
        var first = Math.Clamp(options.ReviewQuarterFirstMonth, 1, 12);
        var offset = (((asOf.Month - first) % 3) + 3) % 3;
        var currentStart = new DateOnly(asOf.Year, asOf.Month, 1).AddMonths(-offset);
        return (currentStart.AddMonths(-3), currentStart.AddDays(-1));
    }

    internal static string Describe(DiscretionaryStage stage) => stage switch
    {
        DiscretionaryStage.RequestForm => "request form (with the requesting officer)",
        DiscretionaryStage.AreaHousingManagerCheck => "Area Housing Manager check",
        DiscretionaryStage.HousingServicesManagerReview => "Housing Services Manager review",
        DiscretionaryStage.HomelessnessManagerApproval => "Homelessness Manager final approval",
        DiscretionaryStage.Approved => "approved",
        DiscretionaryStage.Rejected => "rejected",
        DiscretionaryStage.OfferMade => "offer made",
        DiscretionaryStage.OfferRefused => "offer refused",
        DiscretionaryStage.Housed => "housed",
        DiscretionaryStage.Closed => "closed",
    };

    internal static string Describe(StaffRole role) => role switch
    {
        StaffRole.HousingManagementOfficer => "Housing Management officer",
        StaffRole.AreaHousingManager => "Area Housing Manager",
        StaffRole.HousingServicesManager => "Housing Services Manager",
        StaffRole.TenancySustainmentAndSafeguardingManager => "Tenancy Sustainment and Safeguarding Manager",
        StaffRole.HomelessnessManager => "Homelessness Manager",
        StaffRole.HousingAdviceManager => "Housing Advice Manager",
        StaffRole.SocialHousingOptionsManager => "Social Housing Options Manager",
        StaffRole.AllocationsTeam => "Allocations Team",
        StaffRole.LocalHousingOffice => "Local Housing Office",
        StaffRole.HeadOfHousingManagement => "Head of Housing Management",
        StaffRole.Other => "other member of staff",
    };

    internal static string Describe(DiscretionaryAction action) => action switch
    {
        DiscretionaryAction.Approve => "approve",
        DiscretionaryAction.Reject => "reject",
        DiscretionaryAction.ReturnForInformation => "return for information",
        DiscretionaryAction.Resubmit => "resubmit",
        DiscretionaryAction.Withdraw => "withdraw",
        DiscretionaryAction.MakeOffer => "offer made",
        DiscretionaryAction.OfferRefused => "offer refused",
        DiscretionaryAction.OfferAccepted => "offer accepted",
    };

    private static string Day(DateOnly d) => d.ToString("d MMMM yyyy", Uk);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool IsFinished(DiscretionaryStage stage) =>
        stage is DiscretionaryStage.Rejected or DiscretionaryStage.Housed or DiscretionaryStage.Closed;

    private static bool IsReviewStage(DiscretionaryStage stage) =>
        stage is DiscretionaryStage.AreaHousingManagerCheck or DiscretionaryStage.HousingServicesManagerReview or DiscretionaryStage.HomelessnessManagerApproval;

    private static Citation CitationOf(DiscretionaryStage stage) => stage switch
    {
        DiscretionaryStage.RequestForm => DiscretionaryCitations.RequestForm,
        DiscretionaryStage.AreaHousingManagerCheck => DiscretionaryCitations.AreaCheck,
        DiscretionaryStage.HousingServicesManagerReview => DiscretionaryCitations.ServicesManagerReview,
        DiscretionaryStage.HomelessnessManagerApproval => DiscretionaryCitations.FinalApproval,
        DiscretionaryStage.Approved => DiscretionaryCitations.Outcome,
        DiscretionaryStage.Rejected => DiscretionaryCitations.ServicesManagerReview,
        DiscretionaryStage.OfferMade => DiscretionaryCitations.Offer,
        DiscretionaryStage.OfferRefused => DiscretionaryCitations.Refusal,
        DiscretionaryStage.Housed => DiscretionaryCitations.Acceptance,
        DiscretionaryStage.Closed => DiscretionaryCitations.Refusal,
    };

    private static string StageRulePart(DiscretionaryStage stage) => stage switch
    {
        DiscretionaryStage.AreaHousingManagerCheck => "AreaCheck",
        DiscretionaryStage.HousingServicesManagerReview => "ServicesReview",
        DiscretionaryStage.HomelessnessManagerApproval => "FinalApproval",
        DiscretionaryStage.OfferRefused => "FurtherOffer",
        DiscretionaryStage.RequestForm => "RequestForm",
        DiscretionaryStage.Approved => "Offer",
        DiscretionaryStage.OfferMade => "Offer",
        DiscretionaryStage.Rejected or DiscretionaryStage.Housed or DiscretionaryStage.Closed => "Finished",
    };

    /// <summary>The replay state; private and mutable only while one evaluation is computed.</summary>
    private sealed class State
    {
        private readonly DiscretionaryRequest request;
        private readonly DiscretionaryOptions options;
        private readonly DateOnly asOf;
        private readonly ImmutableArray<AuditEntry>.Builder audit = ImmutableArray.CreateBuilder<AuditEntry>();
        private readonly List<StagePeriod> periods = [];
        private readonly List<(StaffMemberId Person, DiscretionaryStage Stage)> approvals = [];
        private readonly Reason? requestRefusal;
        private DiscretionaryStage stage;
        private DiscretionaryStage returnedFrom = DiscretionaryStage.AreaHousingManagerCheck;
        private int offersMade;
        private int furtherAgreed;

        public State(DiscretionaryRequest request, DiscretionaryOptions options, DateOnly asOf)
        {
            this.request = request;
            this.options = options;
            this.asOf = asOf;
            if (!options.RequesterRoles.Contains(request.RequesterRole))
            {
                requestRefusal = new Reason("DA.Request.NotHousingManagementStaff", DiscretionaryCitations.Hierarchy,
                    $"A discretionary allocation can only be initiated by Housing Management staff; the request was made by a {Describe(request.RequesterRole)}.")
                    .With(new Fact("requesterRole", request.RequesterRole.ToString()));
                Enter(DiscretionaryStage.Rejected, request.SubmittedOn);
            }
            else
            {
                Enter(DiscretionaryStage.AreaHousingManagerCheck, request.SubmittedOn);
            }
        }

        private int OffersAllowed => options.OffersPerApproval + furtherAgreed;

        private DateOnly EnteredOn => periods[^1].EnteredOn;

        public void Apply(int index, DiscretionaryEvent e)
        {
            var before = stage;
            var refusal = Check(e);
            if (refusal is not null)
            {
                audit.Add(new AuditEntry { Index = index, Event = e, StageBefore = before, StageAfter = before, Accepted = false, RuleId = refusal.RuleId, Reasons = [refusal] });
                return;
            }

            var reasons = ImmutableArray.CreateBuilder<Reason>();
            var (next, ruleId, reason) = Transition(e);
            reasons.Add(reason);
            if (e.Role == StaffRole.TenancySustainmentAndSafeguardingManager && before == DiscretionaryStage.HousingServicesManagerReview)
            {
                reasons.Add(new Reason("DA.ServicesReview.Deputy", DiscretionaryCitations.ServicesManagerUnavailable,
                    "The Tenancy Sustainment and Safeguarding Manager dealt with the request because the Housing Services Manager was not available."));
            }

            if (periods[^1].DueOn is { } due && e.On > due && IsReviewStage(before))
            {
                reasons.Add(new Reason("DA.Deadline.Late", CitationOf(before),
                    $"The {Describe(before)} was due by {Day(due)}; the decision came on {Day(e.On)}.")
                    .With(new Fact("dueOn", Iso(due)), new Fact("decidedOn", Iso(e.On))));
            }

            if (e.Action == DiscretionaryAction.MakeOffer && e.RemovedFromHomefinder)
            {
                reasons.Add(e.HomefinderRemovalAgreed
                    ? new Reason("DA.Offer.HomefinderRemovalAgreed", DiscretionaryCitations.Homefinder,
                        "The property was removed from the Homefinder process with the Social Housing Options Manager's agreement.")
                    : new Reason(HomefinderRemovalNotAgreed, DiscretionaryCitations.Homefinder,
                        "The property was removed from the Homefinder process without the Social Housing Options Manager's agreement; this needs review."));
            }

            if (e.Action == DiscretionaryAction.Approve && IsReviewStage(before))
            {
                approvals.Add((e.By, before));
            }

            Enter(next, e.On);
            audit.Add(new AuditEntry { Index = index, Event = e, StageBefore = before, StageAfter = next, Accepted = true, RuleId = ruleId, Reasons = reasons.ToImmutable() });
        }

        private void Enter(DiscretionaryStage next, DateOnly on)
        {
            if (periods.Count > 0)
            {
                periods[^1] = periods[^1] with { LeftOn = on };
            }

            int? days = next switch
            {
                DiscretionaryStage.AreaHousingManagerCheck => options.AreaCheckWorkingDays,
                DiscretionaryStage.HousingServicesManagerReview => options.ServicesReviewWorkingDays,
                DiscretionaryStage.HomelessnessManagerApproval => options.FinalApprovalWorkingDays,
                _ => null,
            };
            stage = next;
            periods.Add(new StagePeriod { Stage = next, EnteredOn = on, DueOn = days is { } n ? WorkingDays.AddWorkingDays(on, n) : null });
        }

        private ImmutableArray<StaffRole> RolesFor(DiscretionaryStage at) => at switch
        {
            DiscretionaryStage.AreaHousingManagerCheck => options.AreaCheckRoles,
            DiscretionaryStage.HousingServicesManagerReview => options.ServicesReviewRoles,
            DiscretionaryStage.HomelessnessManagerApproval => options.FinalApprovalRoles,
            DiscretionaryStage.Approved or DiscretionaryStage.OfferMade => options.OfferRoles,
            DiscretionaryStage.OfferRefused => options.FurtherOfferRoles,
            _ => [],
        };

        private static ImmutableArray<DiscretionaryAction> ActionsAt(DiscretionaryStage at) => at switch
        {
            DiscretionaryStage.RequestForm => [DiscretionaryAction.Resubmit, DiscretionaryAction.Withdraw],
            DiscretionaryStage.AreaHousingManagerCheck or DiscretionaryStage.HousingServicesManagerReview or DiscretionaryStage.HomelessnessManagerApproval =>
                [DiscretionaryAction.Approve, DiscretionaryAction.Reject, DiscretionaryAction.ReturnForInformation, DiscretionaryAction.Withdraw],
            DiscretionaryStage.Approved => [DiscretionaryAction.MakeOffer, DiscretionaryAction.Withdraw],
            DiscretionaryStage.OfferMade => [DiscretionaryAction.OfferAccepted, DiscretionaryAction.OfferRefused],
            DiscretionaryStage.OfferRefused => [DiscretionaryAction.Approve, DiscretionaryAction.Reject],
            DiscretionaryStage.Rejected or DiscretionaryStage.Housed or DiscretionaryStage.Closed => [],
        };

        private static bool RequesterOnly(DiscretionaryAction action) => action is DiscretionaryAction.Resubmit or DiscretionaryAction.Withdraw;

        private Reason? Check(DiscretionaryEvent e)
        {
            if (e.On < EnteredOn)
            {
                return new Reason("DA.Audit.OutOfDateOrder", DiscretionaryCitations.Hierarchy,
                    $"The event is dated {Day(e.On)}, before the request reached the {Describe(stage)} stage on {Day(EnteredOn)}; the audit trail must be in date order.")
                    .With(new Fact("on", Iso(e.On)), new Fact("stageEnteredOn", Iso(EnteredOn)));
            }

            if (e.On > asOf)
            {
                return new Reason("DA.Audit.AfterEvaluationDate", DiscretionaryCitations.Hierarchy,
                    $"The event is dated {Day(e.On)}, after the evaluation date {Day(asOf)}, so it has not happened yet.")
                    .With(new Fact("on", Iso(e.On)), new Fact("asOf", Iso(asOf)));
            }

            if (IsFinished(stage))
            {
                return requestRefusal ?? new Reason("DA.Workflow.Finished", CitationOf(stage),
                    $"The request is {Describe(stage)}; nothing more can be recorded against it.").With(new Fact("stage", stage.ToString()));
            }

            if (e.Action == DiscretionaryAction.MakeOffer && offersMade >= OffersAllowed)
            {
                return new Reason("DA.Offer.OneDiscretionaryOffer", stage == DiscretionaryStage.OfferRefused ? DiscretionaryCitations.Refusal : DiscretionaryCitations.Offer,
                    $"An applicant normally receives only {options.OffersPerApproval} discretionary offer; {offersMade} already made and no further offer has been agreed by the Social Housing Options Manager.")
                    .With(new Fact("offersMade", offersMade.ToString(CultureInfo.InvariantCulture)), new Fact("offersAllowed", OffersAllowed.ToString(CultureInfo.InvariantCulture)));
            }

            if (!ActionsAt(stage).Contains(e.Action))
            {
                return new Reason("DA.Workflow.WrongStage", CitationOf(stage),
                    $"'{Describe(e.Action)}' cannot be recorded while the request is at the {Describe(stage)} stage; allowed now: {string.Join(", ", ActionsAt(stage).Select(Describe))}.")
                    .With(new Fact("stage", stage.ToString()), new Fact("action", e.Action.ToString()));
            }

            if (RequesterOnly(e.Action))
            {
                return e.By == request.RequestedBy
                    ? null
                    : new Reason("DA.Hierarchy.RequesterOnly", DiscretionaryCitations.RequestForm,
                        $"Only the officer who made the request ({request.RequestedBy}) may {Describe(e.Action)} it; {e.By} did not make it.")
                        .With(new Fact("by", e.By.Value), new Fact("requestedBy", request.RequestedBy.Value));
            }

            var roles = RolesFor(stage);
            if (!roles.Contains(e.Role))
            {
                var citation = stage is DiscretionaryStage.HousingServicesManagerReview or DiscretionaryStage.HomelessnessManagerApproval ? DiscretionaryCitations.Hierarchy : CitationOf(stage);
                return new Reason("DA.Hierarchy.RoleNotAllowed", citation,
                    $"A {Describe(e.Role)} may not act at the {Describe(stage)} stage; only: {string.Join(", ", roles.Select(Describe))}.")
                    .With(new Fact("role", e.Role.ToString()), new Fact("stage", stage.ToString()));
            }

            if (IsReviewStage(stage) && e.By == request.RequestedBy)
            {
                var initiatedByAhm = stage == DiscretionaryStage.AreaHousingManagerCheck && request.RequesterRole == StaffRole.AreaHousingManager;
                return new Reason("DA.Hierarchy.NotOwnRequest", initiatedByAhm ? DiscretionaryCitations.AreaInitiated : DiscretionaryCitations.Hierarchy,
                    initiatedByAhm
                        ? "An Area Housing Manager who initiates a discretionary request must pass it to another Area Housing Manager for the checks."
                        : "Nobody may decide on a discretionary request they made themselves.")
                    .With(new Fact("by", e.By.Value), new Fact("requestedBy", request.RequestedBy.Value));
            }

            if (IsReviewStage(stage) && e.Action == DiscretionaryAction.Approve && options.SeparateApproverPerStage
                && approvals.FirstOrDefault(a => a.Person == e.By) is { Person.Value: not null } earlier)
            {
                return new Reason("DA.Hierarchy.SeparateApprovers", DiscretionaryCitations.Hierarchy,
                    $"{e.By} already agreed the request at the {Describe(earlier.Stage)} stage; each approval stage needs a different person.")
                    .With(new Fact("by", e.By.Value), new Fact("earlierStage", earlier.Stage.ToString()));
            }

            if (options.RequireCommentsOnRejection && e.Action is DiscretionaryAction.Reject or DiscretionaryAction.ReturnForInformation
                && stage != DiscretionaryStage.OfferRefused && string.IsNullOrWhiteSpace(e.Comments))
            {
                return new Reason("DA.Review.ReasonsRequired", CitationOf(stage),
                    "A refusal or a return must explain the reasons to the officer who made the request; the comments are empty.")
                    .With(new Fact("action", e.Action.ToString()));
            }

            if (stage == DiscretionaryStage.AreaHousingManagerCheck && e.Action == DiscretionaryAction.Approve && FormGaps() is { Length: > 0 } gaps)
            {
                return new Reason("DA.AreaCheck.FormIncomplete", DiscretionaryCitations.RequestForm,
                    $"The request form must be complete before the Area Housing Manager agrees it; missing: {string.Join("; ", gaps)}. Return it for information instead.")
                    .With(new Fact("missing", string.Join("; ", gaps)));
            }

            if (e.Action == DiscretionaryAction.MakeOffer && e.PropertyId is null && request.PropertyId is null)
            {
                return new Reason("DA.Offer.PropertyRequired", DiscretionaryCitations.Offer,
                    "An offer must name the property offered.");
            }

            return null;
        }

        private string[] FormGaps()
        {
            var gaps = new List<string>();
            if (!request.RehousingApplicationCompleted)
            {
                gaps.Add("a completed rehousing application");
            }

            if (!request.NeedsVerified)
            {
                gaps.Add("needs verified by the Homefinder and Registration team");
            }

            if (request.Reasons.IsDefaultOrEmpty || request.Reasons.All(string.IsNullOrWhiteSpace))
            {
                gaps.Add("the reasons the application meets the criteria");
            }

            if (request.Evidence.IsDefaultOrEmpty || request.Evidence.All(string.IsNullOrWhiteSpace))
            {
                gaps.Add("supporting evidence");
            }

            return [.. gaps];
        }

        private (DiscretionaryStage Next, string RuleId, Reason Reason) Transition(DiscretionaryEvent e)
        {
            var part = StageRulePart(stage);
            var who = Describe(e.Role);
            switch (e.Action)
            {
                case DiscretionaryAction.Approve when stage == DiscretionaryStage.OfferRefused:
                    furtherAgreed++;
                    return (DiscretionaryStage.Approved, "DA.FurtherOffer.Agreed", new Reason("DA.FurtherOffer.Agreed", DiscretionaryCitations.Refusal,
                        "The applicant showed the offer was not reasonable and the Social Housing Options Manager agreed a further offer."));
                case DiscretionaryAction.Reject when stage == DiscretionaryStage.OfferRefused:
                    return (DiscretionaryStage.Closed, "DA.FurtherOffer.NotAgreed", new Reason("DA.FurtherOffer.NotAgreed", DiscretionaryCitations.Refusal,
                        "No further discretionary offer will be made; the applicant needs to bid for properties through Homefinder."));
                case DiscretionaryAction.Approve:
                    var next = stage switch
                    {
                        DiscretionaryStage.AreaHousingManagerCheck => DiscretionaryStage.HousingServicesManagerReview,
                        DiscretionaryStage.HousingServicesManagerReview => DiscretionaryStage.HomelessnessManagerApproval,
                        _ => DiscretionaryStage.Approved,
                    };
                    var text = stage switch
                    {
                        DiscretionaryStage.AreaHousingManagerCheck => $"The {who} checked the form and evidence, agreed the request and forwarded it to the DH-Discretionary Allocation inbox.",
                        DiscretionaryStage.HousingServicesManagerReview => $"The {who} agreed the discretionary allocation and forwarded it to the Homelessness Manager for final approval.",
                        _ => $"The {who} gave final approval: a discretionary offer will be made, normally one suitable offer.",
                    };
                    return (next, $"DA.{part}.Agreed", new Reason($"DA.{part}.Agreed", CitationOf(stage), text).With(new Fact("by", e.By.Value)));
                case DiscretionaryAction.Reject:
                    return (DiscretionaryStage.Rejected, $"DA.{part}.NotAgreed", new Reason($"DA.{part}.NotAgreed", CitationOf(stage),
                        $"The {who} did not agree the discretionary allocation; the requesting officer is told the reasons: {e.Comments}").With(new Fact("by", e.By.Value)));
                case DiscretionaryAction.ReturnForInformation:
                    returnedFrom = stage;
                    return (DiscretionaryStage.RequestForm, $"DA.{part}.Returned", new Reason($"DA.{part}.Returned", CitationOf(stage),
                        $"The {who} returned the request to the requesting officer for more information: {e.Comments}").With(new Fact("by", e.By.Value)));
                case DiscretionaryAction.Resubmit:
                    var to = options.ResubmissionRestartsAtAreaCheck ? DiscretionaryStage.AreaHousingManagerCheck : returnedFrom;
                    return (to, "DA.RequestForm.Resubmitted", new Reason("DA.RequestForm.Resubmitted", DiscretionaryCitations.RequestForm,
                        $"The requesting officer completed the request and sent it back to the {Describe(to)} stage."));
                case DiscretionaryAction.Withdraw:
                    return (DiscretionaryStage.Closed, "DA.RequestForm.Withdrawn", new Reason("DA.RequestForm.Withdrawn", DiscretionaryCitations.RequestForm,
                        "The requesting officer withdrew the request."));
                case DiscretionaryAction.MakeOffer:
                    offersMade++;
                    var property = (e.PropertyId ?? request.PropertyId)!.Value;
                    return (DiscretionaryStage.OfferMade, "DA.Offer.Made", new Reason("DA.Offer.Made", DiscretionaryCitations.Offer,
                        $"A discretionary offer of property {property} was made; the offer letter states that it is made as a discretionary allocation.")
                        .With(new Fact("propertyId", property.Value), new Fact("offersMade", offersMade.ToString(CultureInfo.InvariantCulture))));
                case DiscretionaryAction.OfferAccepted:
                    return (DiscretionaryStage.Housed, "DA.Offer.Accepted", new Reason("DA.Offer.Accepted", DiscretionaryCitations.Acceptance,
                        "The applicant accepted the offer: the discretionary allocation is made, the Local Office signs up the tenancy and the application is marked as housed."));
                case DiscretionaryAction.OfferRefused:
                    return offersMade < OffersAllowed
                        ? (DiscretionaryStage.Approved, "DA.Offer.RefusedWithAllowanceLeft", new Reason("DA.Offer.RefusedWithAllowanceLeft", DiscretionaryCitations.Offer,
                            $"The applicant refused the offer; {OffersAllowed - offersMade} more discretionary offer(s) remain allowed."))
                        : (DiscretionaryStage.OfferRefused, "DA.Offer.Refused", new Reason("DA.Offer.Refused", DiscretionaryCitations.Refusal,
                            "The applicant refused the offer and needs to bid for properties through Homefinder, unless they can show the offer was not reasonable; the Social Housing Options Manager then considers a further offer."));
                default:
                    return (stage, "DA.Workflow.WrongStage", new Reason("DA.Workflow.WrongStage", CitationOf(stage), "The event does not change the request."));
            }
        }

        public DiscretionaryEvaluation Result()
        {
            var finished = IsFinished(stage);
            var stages = periods.Select(p =>
            {
                var until = p.LeftOn ?? asOf;
                return p with
                {
                    Overdue = p.DueOn is { } due && until > due,
                    WorkingDaysTaken = Math.Max(0, WorkingDays.WorkingDaysBetween(p.EnteredOn, until)),
                };
            }).ToImmutableArray();
            var current = stages[^1];
            var mayOffer = stage == DiscretionaryStage.Approved && offersMade < OffersAllowed;

            var reasons = ImmutableArray.CreateBuilder<Reason>();
            if (requestRefusal is not null)
            {
                reasons.Add(requestRefusal);
            }

            // A finished request cites the rule that finished it (a refusal at the AHM check cites that stage, a withdrawal the request form).
            var stageCitation = finished
                ? requestRefusal?.Citation ?? audit.LastOrDefault(a => a.Accepted)?.Reasons[0].Citation ?? CitationOf(stage)
                : CitationOf(stage);
            reasons.Add(new Reason($"DA.Stage.{stage}", stageCitation, StageText()).With(new Fact("stage", stage.ToString()), new Fact("since", Iso(current.EnteredOn))));
            if (current.DueOn is { } dueOn)
            {
                reasons.Add(current.Overdue
                    ? new Reason("DA.Deadline.Overdue", CitationOf(stage), $"The decision was due by {Day(dueOn)} and is overdue ({current.WorkingDaysTaken} working days since {Day(current.EnteredOn)}).")
                        .With(new Fact("dueOn", Iso(dueOn)), new Fact("workingDaysTaken", current.WorkingDaysTaken.ToString(CultureInfo.InvariantCulture)))
                    : new Reason("DA.Deadline.Due", CitationOf(stage), $"The decision is due by {Day(dueOn)}, {PeriodOf(stage)} working days after {Day(current.EnteredOn)}.")
                        .With(new Fact("dueOn", Iso(dueOn))));
            }

            if (stage == DiscretionaryStage.HousingServicesManagerReview && request.ArisesFromSuccessionOrAssignment)
            {
                reasons.Add(new Reason("DA.ServicesReview.SuccessionLiaison", DiscretionaryCitations.SuccessionAndAssignment,
                    "The request arises out of the Succession and Assignment Policy, so the Housing Services Manager liaises with the Housing Strategy Team."));
            }

            if (stage is DiscretionaryStage.Approved or DiscretionaryStage.OfferMade)
            {
                reasons.Add(new Reason("DA.Offer.KeepBidding", DiscretionaryCitations.Offer,
                    "You should also keep bidding for available properties through Homefinder alongside your active discretionary allocation."));
            }

            var offerReasons = ImmutableArray.Create(new Reason(mayOffer ? "DA.Offer.MayBeMade" : "DA.Offer.NotNow", DiscretionaryCitations.Offer,
                mayOffer
                    ? $"A discretionary offer may be made: {offersMade} of {OffersAllowed} allowed so far."
                    : $"No discretionary offer may be made now: the request is at the {Describe(stage)} stage and {offersMade} of {OffersAllowed} allowed offer(s) made.")
                .With(new Fact("offersMade", offersMade.ToString(CultureInfo.InvariantCulture)), new Fact("offersAllowed", OffersAllowed.ToString(CultureInfo.InvariantCulture))));

            return new DiscretionaryEvaluation
            {
                Reference = request.Reference,
                AsOf = asOf,
                Stage = stage,
                StageEnteredOn = current.EnteredOn,
                DueOn = current.DueOn,
                Overdue = current.Overdue,
                Finished = finished,
                Stages = stages,
                NextActions = finished ? [] : NextActions(mayOffer),
                Offers = new OfferPosition { OffersMade = offersMade, FurtherOffersAgreed = furtherAgreed, OffersAllowed = OffersAllowed, MayMakeOffer = mayOffer, Reasons = offerReasons },
                AuditTrail = audit.ToImmutable(),
                Reasons = reasons.ToImmutable(),
            };
        }

        private int PeriodOf(DiscretionaryStage at) => at switch
        {
            DiscretionaryStage.AreaHousingManagerCheck => options.AreaCheckWorkingDays ?? 0,
            DiscretionaryStage.HousingServicesManagerReview => options.ServicesReviewWorkingDays,
            DiscretionaryStage.HomelessnessManagerApproval => options.FinalApprovalWorkingDays,
            _ => 0,
        };

        private string StageText() => stage switch
        {
            DiscretionaryStage.RequestForm => $"The request is back with the requesting officer ({request.RequestedBy}) for more information.",
            DiscretionaryStage.AreaHousingManagerCheck => "The Area Housing Manager checks that the form is filled in correctly and all necessary evidence is provided.",
            DiscretionaryStage.HousingServicesManagerReview => "The Housing Services Manager (or, when not available, the Tenancy Sustainment and Safeguarding Manager) reviews the request and evidence.",
            DiscretionaryStage.HomelessnessManagerApproval => "The Homelessness Manager reviews the agreed request and forwards a decision to the Housing Services Manager.",
            DiscretionaryStage.Approved => "The discretionary allocation is approved: the outcome is emailed to the DH-Allocations inbox, the requesting officer and the AHM, and the requesting officer writes to the applicant that normally one suitable offer will be made.",
            DiscretionaryStage.Rejected => "The discretionary allocation was not agreed; the requesting officer is told the reasons.",
            DiscretionaryStage.OfferMade => "A discretionary offer has been made and awaits the applicant's answer.",
            DiscretionaryStage.OfferRefused => "The applicant refused the offer; the Social Housing Options Manager considers whether to make a further offer if the applicant shows it was not reasonable.",
            DiscretionaryStage.Housed => "The applicant accepted the offer and is housed.",
            DiscretionaryStage.Closed => "The request is closed (withdrawn, or no further offer after a refusal).",
        };

        private ImmutableArray<AllowedAction> NextActions(bool mayOffer)
        {
            var list = ImmutableArray.CreateBuilder<AllowedAction>();
            foreach (var action in ActionsAt(stage))
            {
                if (action == DiscretionaryAction.MakeOffer && !mayOffer)
                {
                    continue;
                }

                if (RequesterOnly(action))
                {
                    list.Add(new AllowedAction
                    {
                        Action = action,
                        Roles = [request.RequesterRole],
                        OnlyBy = request.RequestedBy,
                        Reason = new Reason($"DA.Next.{action}", DiscretionaryCitations.RequestForm, $"The requesting officer ({request.RequestedBy}) may {Describe(action)} the request."),
                    });
                    continue;
                }

                var notBy = ImmutableArray.CreateBuilder<StaffMemberId>();
                if (IsReviewStage(stage))
                {
                    notBy.Add(request.RequestedBy);
                    if (action == DiscretionaryAction.Approve && options.SeparateApproverPerStage)
                    {
                        notBy.AddRange(approvals.Select(a => a.Person).Where(p => p != request.RequestedBy).Distinct());
                    }
                }

                var roles = RolesFor(stage);
                list.Add(new AllowedAction
                {
                    Action = action,
                    Roles = roles,
                    NotBy = notBy.ToImmutable(),
                    Reason = new Reason($"DA.Next.{action}", IsReviewStage(stage) && action == DiscretionaryAction.Approve ? DiscretionaryCitations.Hierarchy : CitationOf(stage),
                        $"At the {Describe(stage)} stage a {string.Join(" or ", roles.Select(Describe))} may {Describe(action)}{(notBy.Count > 0 ? $", but not {string.Join(" or ", notBy)}" : "")}."),
                });
            }

            return list.ToImmutable();
        }
    }
}
