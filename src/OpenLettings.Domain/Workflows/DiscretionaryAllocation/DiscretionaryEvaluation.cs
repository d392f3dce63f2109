using System.Collections.Immutable;
using OpenLettings.Domain.Explanations;

namespace OpenLettings.Domain.Workflows.DiscretionaryAllocation;

/// <summary>One period a request spent at a stage, with its due date when the stage has one.</summary>
public sealed record StagePeriod
{
    /// <summary>The stage.</summary>
    public required DiscretionaryStage Stage { get; init; }

    /// <summary>The day the request reached the stage.</summary>
    public required DateOnly EnteredOn { get; init; }

    /// <summary>The last day the stage's decision is due, in working days from <see cref="EnteredOn"/>; null when no period applies.</summary>
    public DateOnly? DueOn { get; init; }

    /// <summary>The day the request left the stage; null while it is still there.</summary>
    public DateOnly? LeftOn { get; init; }

    /// <summary>True when the decision came (or, still pending, is) after <see cref="DueOn"/>.</summary>
    public bool Overdue { get; init; }

    /// <summary>Working days from <see cref="EnteredOn"/> to the decision (or to the evaluation date while pending).</summary>
    public int WorkingDaysTaken { get; init; }
}

/// <summary>An action the workflow will accept next, and who may take it.</summary>
public sealed record AllowedAction
{
    /// <summary>The action.</summary>
    public required DiscretionaryAction Action { get; init; }

    /// <summary>The roles that may take it.</summary>
    public ImmutableArray<StaffRole> Roles { get; init; } = [];

    /// <summary>When set, only this person may take it (the requesting officer).</summary>
    public StaffMemberId? OnlyBy { get; init; }

    /// <summary>People who may not take it even in one of <see cref="Roles"/> (the requester; earlier approvers).</summary>
    public ImmutableArray<StaffMemberId> NotBy { get; init; } = [];

    /// <summary>Why the action is open.</summary>
    public required Reason Reason { get; init; }
}

/// <summary>One recorded event as the workflow judged it.</summary>
public sealed record AuditEntry
{
    /// <summary>The event's position in the recorded list (0-based).</summary>
    public required int Index { get; init; }

    /// <summary>The event.</summary>
    public required DiscretionaryEvent Event { get; init; }

    /// <summary>The stage the request was at when the event was recorded.</summary>
    public required DiscretionaryStage StageBefore { get; init; }

    /// <summary>The stage after the event (unchanged when not accepted).</summary>
    public required DiscretionaryStage StageAfter { get; init; }

    /// <summary>True when the event was allowed and took effect; false when it was out of order or unauthorised.</summary>
    public required bool Accepted { get; init; }

    /// <summary>The rule the event satisfied, or the first rule it broke.</summary>
    public required string RuleId { get; init; }

    /// <summary>The reasons, with their sections.</summary>
    public ImmutableArray<Reason> Reasons { get; init; } = [];
}

/// <summary>Where the one-discretionary-offer rule stands.</summary>
public sealed record OfferPosition
{
    /// <summary>Offers made so far.</summary>
    public required int OffersMade { get; init; }

    /// <summary>Further offers agreed by the Social Housing Options Manager after a refusal.</summary>
    public required int FurtherOffersAgreed { get; init; }

    /// <summary>Offers the approvals allow in all.</summary>
    public required int OffersAllowed { get; init; }

    /// <summary>True when an offer may be made now.</summary>
    public required bool MayMakeOffer { get; init; }

    /// <summary>Why.</summary>
    public ImmutableArray<Reason> Reasons { get; init; } = [];
}

/// <summary>The state of one discretionary allocation request on a date.</summary>
public sealed record DiscretionaryEvaluation
{
    /// <summary>The request's reference.</summary>
    public required string Reference { get; init; }

    /// <summary>The date evaluated.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>Where the request is now.</summary>
    public required DiscretionaryStage Stage { get; init; }

    /// <summary>The day it reached that stage.</summary>
    public required DateOnly StageEnteredOn { get; init; }

    /// <summary>When the current stage's decision is due; null when the stage has no period.</summary>
    public DateOnly? DueOn { get; init; }

    /// <summary>True when the current stage's decision is late.</summary>
    public bool Overdue { get; init; }

    /// <summary>True when the request can move no further (rejected, housed or closed).</summary>
    public bool Finished { get; init; }

    /// <summary>Every stage period, oldest first, with due dates and lateness.</summary>
    public ImmutableArray<StagePeriod> Stages { get; init; } = [];

    /// <summary>The actions the workflow accepts next and who may take them.</summary>
    public ImmutableArray<AllowedAction> NextActions { get; init; } = [];

    /// <summary>The one-discretionary-offer rule.</summary>
    public required OfferPosition Offers { get; init; }

    /// <summary>Every event with its stage and the rule it satisfied or broke.</summary>
    public ImmutableArray<AuditEntry> AuditTrail { get; init; } = [];

    /// <summary>Why the request is where it is.</summary>
    public ImmutableArray<Reason> Reasons { get; init; } = [];
}

/// <summary>A request due for the Head of Housing Management's quarterly review, and why.</summary>
public sealed record QuarterlyReviewItem
{
    /// <summary>The request's reference.</summary>
    public required string Reference { get; init; }

    /// <summary>The first day of the quarter reviewed.</summary>
    public required DateOnly QuarterStart { get; init; }

    /// <summary>The last day of the quarter reviewed.</summary>
    public required DateOnly QuarterEnd { get; init; }

    /// <summary>The request's stage at the end of the quarter.</summary>
    public required DiscretionaryStage StageAtQuarterEnd { get; init; }

    /// <summary>Why it is on the list (activity in the quarter, still live, late stages, refused events).</summary>
    public ImmutableArray<Reason> Reasons { get; init; } = [];
}
