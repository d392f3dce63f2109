using System.Collections.Immutable;
using OpenLettings.Domain.Workflows.DiscretionaryAllocation;
using static OpenLettings.Domain.Tests.Workflows.DiscretionaryAllocation.DiscretionaryTestData;

namespace OpenLettings.Domain.Tests.Workflows.DiscretionaryAllocation;

public class QuarterlyReviewTests
{
    private static DiscretionaryCase Case(string reference, DateOnly submitted, params DiscretionaryEvent[] events) =>
        new(Request() with { Reference = reference, SubmittedOn = submitted }, [.. events]);

    [Fact(DisplayName = "The review covers the last complete quarter (000 Audit and Control)")]
    public void ReviewQuarter_MidApril_IsJanuaryToMarch()
    {
        var (start, end) = DiscretionaryAllocationWorkflow.ReviewQuarter(DiscretionaryOptions.Default, new DateOnly(2026, 4, 15));

        Assert.Equal(new DateOnly(2026, 1, 1), start);
        Assert.Equal(new DateOnly(2026, 3, 31), end);
    }

    [Fact(DisplayName = "Quarters can start in another month by option (000 Audit and Control)")]
    public void ReviewQuarter_QuartersFromFebruary_IsNovemberToJanuary()
    {
        var (start, end) = DiscretionaryAllocationWorkflow.ReviewQuarter(DiscretionaryOptions.Default with { ReviewQuarterFirstMonth = 2 }, new DateOnly(2026, 2, 10));

        Assert.Equal(new DateOnly(2025, 11, 1), start);
        Assert.Equal(new DateOnly(2026, 1, 31), end);
    }

    [Fact(DisplayName = "An allocation approved in the quarter is listed with why (000 Audit and Control)")]
    public void QuarterlyReview_ApprovedInQuarter_Listed()
    {
        var approved = new DiscretionaryCase(Request(), ApprovedPath());

        var list = DiscretionaryAllocationWorkflow.QuarterlyReview([approved], DiscretionaryOptions.Default, new DateOnly(2026, 4, 15));

        var item = Assert.Single(list);
        Assert.Equal("DA-2026-001", item.Reference);
        Assert.Equal(DiscretionaryStage.Approved, item.StageAtQuarterEnd);
        Assert.Contains(item.Reasons, r => r.RuleId == "DA.Review.StillLive");
        Assert.Contains(item.Reasons, r => r.RuleId == "DA.Review.ActivityInQuarter");
        Assert.All(item.Reasons, r => Assert.Equal("000", r.Citation.Seed));
    }

    [Fact(DisplayName = "By default only allocations are listed; the scope option lists every request (000 Audit and Control)")]
    public void QuarterlyReview_RejectedRequest_ListedOnlyWithAllRequestsScope()
    {
        var rejected = Case("DA-2026-002", new DateOnly(2026, 2, 2),
            Event(Ahm, StaffRole.AreaHousingManager, new(2026, 2, 3), DiscretionaryAction.Reject, "Not justified."));

        var allocations = DiscretionaryAllocationWorkflow.QuarterlyReview([rejected], DiscretionaryOptions.Default, new DateOnly(2026, 4, 15));
        var all = DiscretionaryAllocationWorkflow.QuarterlyReview([rejected], DiscretionaryOptions.Default with { ReviewScope = QuarterlyReviewScope.AllRequests }, new DateOnly(2026, 4, 15));

        Assert.Empty(allocations);
        Assert.Equal(DiscretionaryStage.Rejected, Assert.Single(all).StageAtQuarterEnd);
    }

    [Fact(DisplayName = "An allocation finished in an earlier quarter is not listed again (000 Audit and Control)")]
    public void QuarterlyReview_HousedInEarlierQuarter_NotListed()
    {
        var housed = new DiscretionaryCase(Request(), ApprovedPath().AddRange(new DiscretionaryEvent[]
        {
            Offer(new(2026, 3, 26)),
            Event(Allocations, StaffRole.AllocationsTeam, new(2026, 3, 30), DiscretionaryAction.OfferAccepted),
        }));

        var list = DiscretionaryAllocationWorkflow.QuarterlyReview([housed], DiscretionaryOptions.Default, new DateOnly(2026, 7, 1));

        Assert.Empty(list);
    }

    [Fact(DisplayName = "Events after the quarter end are ignored and refused events are flagged (000 Audit and Control, Hierarchy)")]
    public void QuarterlyReview_RefusedEventInQuarter_FlaggedAndLaterEventsIgnored()
    {
        var events = ApprovedPath().Insert(1, Event(Officer, StaffRole.HousingServicesManager, new(2026, 3, 5), DiscretionaryAction.Approve))
            .Add(Offer(new(2026, 4, 2)));

        var item = Assert.Single(DiscretionaryAllocationWorkflow.QuarterlyReview([new DiscretionaryCase(Request(), events)], DiscretionaryOptions.Default, new DateOnly(2026, 4, 15)));

        Assert.Equal(DiscretionaryStage.Approved, item.StageAtQuarterEnd);
        Assert.Contains(item.Reasons, r => r.RuleId == "DA.Review.RefusedEvent" && r.Citation == DiscretionaryCitations.Hierarchy);
    }

    [Fact(DisplayName = "A request made after the quarter is not listed (000 Audit and Control)")]
    public void QuarterlyReview_SubmittedAfterQuarter_NotListed()
    {
        var later = Case("DA-2026-003", new DateOnly(2026, 4, 2));

        Assert.Empty(DiscretionaryAllocationWorkflow.QuarterlyReview([later], DiscretionaryOptions.Default with { ReviewScope = QuarterlyReviewScope.AllRequests }, new DateOnly(2026, 4, 15)));
    }

    [Fact(DisplayName = "A late stage in the quarter is named (000 Audit and Control; 000 Procedure (HSM review))")]
    public void QuarterlyReview_LateReview_NamesLateStage()
    {
        var late = new DiscretionaryCase(Request(), ImmutableArray.Create(AhmApproves(new(2026, 3, 4)), HsmApproves(new(2026, 3, 24)), HmApproves(new(2026, 3, 25))));

        var item = Assert.Single(DiscretionaryAllocationWorkflow.QuarterlyReview([late], DiscretionaryOptions.Default, new DateOnly(2026, 4, 1)));

        Assert.Contains(item.Reasons, r => r.RuleId == "DA.Review.LateStage");
    }

    [Fact(DisplayName = "An unagreed removal from Homefinder in the quarter is flagged for review (000 Audit and Control; 000 Procedure (Homefinder))")]
    public void QuarterlyReview_UnagreedHomefinderRemoval_Flagged()
    {
        var events = ApprovedPath().Add(Offer(new(2026, 3, 30)) with { RemovedFromHomefinder = true });

        var item = Assert.Single(DiscretionaryAllocationWorkflow.QuarterlyReview([new DiscretionaryCase(Request(), events)], DiscretionaryOptions.Default, new DateOnly(2026, 4, 1)));

        Assert.Contains(item.Reasons, r => r.RuleId == "DA.Review.HomefinderRemoval");
    }
}
