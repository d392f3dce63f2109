using System.Collections.Immutable;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Workflows.DiscretionaryAllocation;

namespace OpenLettings.Domain.Tests.Workflows.DiscretionaryAllocation;

/// <summary>A complete request and the events of the procedure's happy path, to override with <c>with { … }</c>.</summary>
internal static class DiscretionaryTestData
{
    public static readonly StaffMemberId Officer = new("officer-1");
    public static readonly StaffMemberId Ahm = new("ahm-1");
    public static readonly StaffMemberId OtherAhm = new("ahm-2");
    public static readonly StaffMemberId Hsm = new("hsm-1");
    public static readonly StaffMemberId Tssm = new("tssm-1");
    public static readonly StaffMemberId Hm = new("hm-1");
    public static readonly StaffMemberId Allocations = new("alloc-1");
    public static readonly StaffMemberId Shom = new("shom-1");

    /// <summary>Monday 2 March 2026.</summary>
    public static readonly DateOnly Submitted = new(2026, 3, 2);

    public static DiscretionaryRequest Request() => new()
    {
        Reference = "DA-2026-001",
        ApplicationId = new HousingApplicationId("APP-1001"),
        PropertyId = new PropertyId("PROP-55"),
        Reasons = ["Serious risk of harm at the current address; no suitable property has come up through bidding."],
        Evidence = ["Police report ref 123", "Safeguarding referral 2026-02-20"],
        RehousingApplicationCompleted = true,
        NeedsVerified = true,
        RequestedBy = Officer,
        RequesterRole = StaffRole.HousingManagementOfficer,
        SubmittedOn = Submitted,
    };

    public static DiscretionaryEvent Event(StaffMemberId by, StaffRole role, DateOnly on, DiscretionaryAction action, string? comments = null) =>
        new() { By = by, Role = role, On = on, Action = action, Comments = comments };

    public static DiscretionaryEvent AhmApproves(DateOnly on) => Event(Ahm, StaffRole.AreaHousingManager, on, DiscretionaryAction.Approve);

    public static DiscretionaryEvent HsmApproves(DateOnly on) => Event(Hsm, StaffRole.HousingServicesManager, on, DiscretionaryAction.Approve);

    public static DiscretionaryEvent HmApproves(DateOnly on) => Event(Hm, StaffRole.HomelessnessManager, on, DiscretionaryAction.Approve);

    public static DiscretionaryEvent Offer(DateOnly on) => Event(Allocations, StaffRole.AllocationsTeam, on, DiscretionaryAction.MakeOffer);

    /// <summary>AHM 4 March, HSM 16 March, HM 25 March 2026: approved.</summary>
    public static ImmutableArray<DiscretionaryEvent> ApprovedPath() =>
        [AhmApproves(new(2026, 3, 4)), HsmApproves(new(2026, 3, 16)), HmApproves(new(2026, 3, 25))];

    public static DiscretionaryEvaluation Evaluate(IEnumerable<DiscretionaryEvent> events, DateOnly asOf, DiscretionaryRequest? request = null, DiscretionaryOptions? options = null) =>
        DiscretionaryAllocationWorkflow.Evaluate(request ?? Request(), events, options ?? DiscretionaryOptions.Default, asOf);
}
