using OpenLettings.Domain.Workflows.DiscretionaryAllocation;
using static OpenLettings.Domain.Tests.Workflows.DiscretionaryAllocation.DiscretionaryTestData;

namespace OpenLettings.Domain.Tests.Workflows.DiscretionaryAllocation;

public class DiscretionaryAllocationWorkflowTests
{
    [Fact(DisplayName = "A submitted request waits for the Area Housing Manager check, with no period (000 Procedure (AHM check))")]
    public void Evaluate_NoEvents_AwaitsAreaCheckWithoutDueDate()
    {
        var result = Evaluate([], new DateOnly(2026, 3, 3));

        Assert.Equal(DiscretionaryStage.AreaHousingManagerCheck, result.Stage);
        Assert.Null(result.DueOn);
        Assert.False(result.Overdue);
        var approve = Assert.Single(result.NextActions, a => a.Action == DiscretionaryAction.Approve);
        Assert.Equal(new[] { StaffRole.AreaHousingManager }, approve.Roles.ToArray());
        Assert.Contains(Officer, approve.NotBy);
        Assert.All(result.Reasons, r => Assert.Equal("000", r.Citation.Seed));
    }

    [Fact(DisplayName = "The AHM check can be given a period by option (000 Procedure (AHM check))")]
    public void Evaluate_AreaCheckPeriodOption_GivesDueDate()
    {
        var result = Evaluate([], new DateOnly(2026, 3, 3), options: DiscretionaryOptions.Default with { AreaCheckWorkingDays = 5 });

        Assert.Equal(new DateOnly(2026, 3, 9), result.DueOn);
    }

    [Fact(DisplayName = "After the AHM agrees, the HSM reviews within 10 working days (000 Procedure (HSM review))")]
    public void Evaluate_AreaApproved_ServicesReviewDueInTenWorkingDays()
    {
        var result = Evaluate([AhmApproves(new(2026, 3, 4))], new DateOnly(2026, 3, 18));

        Assert.Equal(DiscretionaryStage.HousingServicesManagerReview, result.Stage);
        Assert.Equal(new DateOnly(2026, 3, 4), result.StageEnteredOn);
        Assert.Equal(new DateOnly(2026, 3, 18), result.DueOn);
        Assert.False(result.Overdue);
        var approve = Assert.Single(result.NextActions, a => a.Action == DiscretionaryAction.Approve);
        Assert.Equal(new[] { StaffRole.HousingServicesManager, StaffRole.TenancySustainmentAndSafeguardingManager }, approve.Roles.ToArray());
        Assert.Contains(Ahm, approve.NotBy);
    }

    [Fact(DisplayName = "An HSM review still pending after 10 working days is overdue (000 Procedure (HSM review))")]
    public void Evaluate_ServicesReviewPastDue_IsOverdue()
    {
        var result = Evaluate([AhmApproves(new(2026, 3, 4))], new DateOnly(2026, 3, 19));

        Assert.True(result.Overdue);
        Assert.Contains(result.Reasons, r => r.RuleId == "DA.Deadline.Overdue" && r.Citation == DiscretionaryCitations.ServicesManagerReview);
        Assert.Equal(11, result.Stages[^1].WorkingDaysTaken);
    }

    [Fact(DisplayName = "The review period is set by option (000 Procedure (HSM review))")]
    public void Evaluate_ServicesReviewOption_ChangesDueDate()
    {
        var result = Evaluate([AhmApproves(new(2026, 3, 4))], new DateOnly(2026, 3, 5), options: DiscretionaryOptions.Default with { ServicesReviewWorkingDays = 5 });

        Assert.Equal(new DateOnly(2026, 3, 11), result.DueOn);
    }

    [Fact(DisplayName = "Final approval is due 10 working days on, skipping Easter bank holidays (000 Procedure (final approval))")]
    public void Evaluate_ServicesApprovedBeforeEaster_FinalApprovalDueSkipsBankHolidays()
    {
        var result = Evaluate([AhmApproves(new(2026, 3, 4)), HsmApproves(new(2026, 3, 27))], new DateOnly(2026, 3, 30));

        Assert.Equal(DiscretionaryStage.HomelessnessManagerApproval, result.Stage);
        Assert.Equal(new DateOnly(2026, 4, 14), result.DueOn);
        var approve = Assert.Single(result.NextActions, a => a.Action == DiscretionaryAction.Approve);
        Assert.Equal(new[] { StaffRole.HomelessnessManager, StaffRole.HousingAdviceManager }, approve.Roles.ToArray());
    }

    [Fact(DisplayName = "Final approval makes the request approved and opens one offer (000 Procedure (outcome))")]
    public void Evaluate_FullyApproved_MayMakeOneOffer()
    {
        var result = Evaluate(ApprovedPath(), new DateOnly(2026, 3, 26));

        Assert.Equal(DiscretionaryStage.Approved, result.Stage);
        Assert.True(result.Offers.MayMakeOffer);
        Assert.Equal(1, result.Offers.OffersAllowed);
        Assert.Contains(result.NextActions, a => a.Action == DiscretionaryAction.MakeOffer && a.Roles.Contains(StaffRole.AllocationsTeam));
        Assert.Contains(result.Reasons, r => r.RuleId == "DA.Offer.KeepBidding");
        Assert.Equal(["DA.AreaCheck.Agreed", "DA.ServicesReview.Agreed", "DA.FinalApproval.Agreed"], result.AuditTrail.Select(a => a.RuleId));
        Assert.All(result.AuditTrail, a => Assert.True(a.Accepted));
    }

    [Fact(DisplayName = "An accepted offer houses the applicant (000 Procedure (acceptance))")]
    public void Evaluate_OfferAccepted_Housed()
    {
        var events = ApprovedPath().AddRange(new DiscretionaryEvent[] {Offer(new(2026, 4, 1)), Event(Allocations, StaffRole.AllocationsTeam, new(2026, 4, 8), DiscretionaryAction.OfferAccepted)});

        var result = Evaluate(events, new DateOnly(2026, 4, 9));

        Assert.Equal(DiscretionaryStage.Housed, result.Stage);
        Assert.True(result.Finished);
        Assert.Empty(result.NextActions);
    }

    [Fact(DisplayName = "Only one discretionary offer is normally made (000 Procedure (offer))")]
    public void Evaluate_SecondOfferAfterRefusal_IsRefusedByOneOfferRule()
    {
        var events = ApprovedPath().AddRange(new DiscretionaryEvent[] {
            Offer(new(2026, 4, 1)),
            Event(Allocations, StaffRole.AllocationsTeam, new(2026, 4, 8), DiscretionaryAction.OfferRefused),
            Offer(new(2026, 4, 9)),
        });

        var result = Evaluate(events, new DateOnly(2026, 4, 10));

        Assert.Equal(DiscretionaryStage.OfferRefused, result.Stage);
        var last = result.AuditTrail[^1];
        Assert.False(last.Accepted);
        Assert.Equal("DA.Offer.OneDiscretionaryOffer", last.RuleId);
        Assert.False(result.Offers.MayMakeOffer);
        Assert.Equal(1, result.Offers.OffersMade);
    }

    [Fact(DisplayName = "After a refusal the SHOM may agree a further offer (000 Procedure (refusal))")]
    public void Evaluate_FurtherOfferAgreed_AllowsSecondOffer()
    {
        var events = ApprovedPath().AddRange(new DiscretionaryEvent[] {
            Offer(new(2026, 4, 1)),
            Event(Allocations, StaffRole.AllocationsTeam, new(2026, 4, 8), DiscretionaryAction.OfferRefused),
            Event(Shom, StaffRole.SocialHousingOptionsManager, new(2026, 4, 9), DiscretionaryAction.Approve),
            Offer(new(2026, 4, 10)),
        });

        var result = Evaluate(events, new DateOnly(2026, 4, 10));

        Assert.Equal(DiscretionaryStage.OfferMade, result.Stage);
        Assert.Equal(2, result.Offers.OffersMade);
        Assert.Equal(1, result.Offers.FurtherOffersAgreed);
        Assert.All(result.AuditTrail, a => Assert.True(a.Accepted));
    }

    [Fact(DisplayName = "After a refusal with no further offer the request closes (000 Procedure (refusal))")]
    public void Evaluate_FurtherOfferNotAgreed_Closed()
    {
        var events = ApprovedPath().AddRange(new DiscretionaryEvent[] {
            Offer(new(2026, 4, 1)),
            Event(Allocations, StaffRole.AllocationsTeam, new(2026, 4, 8), DiscretionaryAction.OfferRefused),
            Event(Shom, StaffRole.SocialHousingOptionsManager, new(2026, 4, 9), DiscretionaryAction.Reject),
        });

        var result = Evaluate(events, new DateOnly(2026, 4, 10));

        Assert.Equal(DiscretionaryStage.Closed, result.Stage);
        Assert.Equal("DA.FurtherOffer.NotAgreed", result.AuditTrail[^1].RuleId);
    }

    [Fact(DisplayName = "Offers per approval is an option: a refusal with allowance left goes back to approved (000 Procedure (offer))")]
    public void Evaluate_TwoOffersAllowedByOption_RefusalReturnsToApproved()
    {
        var events = ApprovedPath().AddRange(new DiscretionaryEvent[] {Offer(new(2026, 4, 1)), Event(Allocations, StaffRole.AllocationsTeam, new(2026, 4, 8), DiscretionaryAction.OfferRefused)});

        var result = Evaluate(events, new DateOnly(2026, 4, 9), options: DiscretionaryOptions.Default with { OffersPerApproval = 2 });

        Assert.Equal(DiscretionaryStage.Approved, result.Stage);
        Assert.True(result.Offers.MayMakeOffer);
    }

    [Fact(DisplayName = "An approver may not approve their own request (000 Hierarchy)")]
    public void Evaluate_HsmApprovesOwnRequest_Refused()
    {
        var request = Request() with { RequestedBy = Hsm, RequesterRole = StaffRole.HousingServicesManager };

        var result = Evaluate([AhmApproves(new(2026, 3, 4)), HsmApproves(new(2026, 3, 5))], new DateOnly(2026, 3, 6), request);

        Assert.Equal(DiscretionaryStage.HousingServicesManagerReview, result.Stage);
        var refused = result.AuditTrail[1];
        Assert.False(refused.Accepted);
        Assert.Equal("DA.Hierarchy.NotOwnRequest", refused.RuleId);
        Assert.Equal(DiscretionaryCitations.Hierarchy, refused.Reasons[0].Citation);
    }

    [Fact(DisplayName = "An AHM-initiated request is checked by another AHM (000 Procedure (AHM-initiated))")]
    public void Evaluate_AhmInitiated_SameAhmRefusedOtherAhmAccepted()
    {
        var request = Request() with { RequestedBy = Ahm, RequesterRole = StaffRole.AreaHousingManager };
        var events = new[] { AhmApproves(new(2026, 3, 3)), Event(OtherAhm, StaffRole.AreaHousingManager, new(2026, 3, 4), DiscretionaryAction.Approve) };

        var result = Evaluate(events, new DateOnly(2026, 3, 5), request);

        Assert.False(result.AuditTrail[0].Accepted);
        Assert.Equal(DiscretionaryCitations.AreaInitiated, result.AuditTrail[0].Reasons[0].Citation);
        Assert.True(result.AuditTrail[1].Accepted);
        Assert.Equal(DiscretionaryStage.HousingServicesManagerReview, result.Stage);
    }

    [Fact(DisplayName = "Only the listed roles may approve at each stage (000 Hierarchy)")]
    public void Evaluate_AhmActsAtServicesReview_RefusedAsUnauthorised()
    {
        var events = new[] { AhmApproves(new(2026, 3, 4)), Event(OtherAhm, StaffRole.AreaHousingManager, new(2026, 3, 5), DiscretionaryAction.Approve) };

        var result = Evaluate(events, new DateOnly(2026, 3, 6));

        Assert.Equal("DA.Hierarchy.RoleNotAllowed", result.AuditTrail[1].RuleId);
        Assert.False(result.AuditTrail[1].Accepted);
        Assert.Equal(DiscretionaryStage.HousingServicesManagerReview, result.Stage);
    }

    [Fact(DisplayName = "The Homelessness Manager cannot act before the HSM review (000 Procedure (final approval))")]
    public void Evaluate_FinalApprovalAtAreaCheck_RefusedAsWrongRole()
    {
        var result = Evaluate([HmApproves(new(2026, 3, 3))], new DateOnly(2026, 3, 4));

        Assert.False(result.AuditTrail[0].Accepted);
        Assert.Equal("DA.Hierarchy.RoleNotAllowed", result.AuditTrail[0].RuleId);
        Assert.Equal(DiscretionaryStage.AreaHousingManagerCheck, result.Stage);
    }

    [Fact(DisplayName = "An offer cannot be made before final approval (000 Procedure (offer))")]
    public void Evaluate_OfferBeforeApproval_RefusedAsWrongStage()
    {
        var result = Evaluate([Offer(new(2026, 3, 3))], new DateOnly(2026, 3, 4));

        Assert.Equal("DA.Workflow.WrongStage", result.AuditTrail[0].RuleId);
        Assert.Equal(0, result.Offers.OffersMade);
    }

    [Fact(DisplayName = "The TSSM may review when the HSM is not available (000 Procedure (HSM unavailable))")]
    public void Evaluate_TssmReviews_AcceptedWithDeputyReason()
    {
        var events = new[] { AhmApproves(new(2026, 3, 4)), Event(Tssm, StaffRole.TenancySustainmentAndSafeguardingManager, new(2026, 3, 5), DiscretionaryAction.Approve) };

        var result = Evaluate(events, new DateOnly(2026, 3, 6));

        Assert.Equal(DiscretionaryStage.HomelessnessManagerApproval, result.Stage);
        Assert.Contains(result.AuditTrail[1].Reasons, r => r.Citation == DiscretionaryCitations.ServicesManagerUnavailable);
    }

    [Fact(DisplayName = "One person may not approve at two stages (000 Hierarchy)")]
    public void Evaluate_SamePersonApprovesTwice_Refused()
    {
        var options = DiscretionaryOptions.Default with { FinalApprovalRoles = [StaffRole.HomelessnessManager, StaffRole.HousingServicesManager] };
        var events = new[] { AhmApproves(new(2026, 3, 4)), HsmApproves(new(2026, 3, 5)), HsmApproves(new(2026, 3, 6)) };

        var refused = Evaluate(events, new DateOnly(2026, 3, 9), options: options);
        var allowed = Evaluate(events, new DateOnly(2026, 3, 9), options: options with { SeparateApproverPerStage = false });

        Assert.Equal("DA.Hierarchy.SeparateApprovers", refused.AuditTrail[2].RuleId);
        Assert.Equal(DiscretionaryStage.Approved, allowed.Stage);
    }

    [Fact(DisplayName = "A refusal must give the reasons (000 Procedure (HSM review))")]
    public void Evaluate_RejectWithoutComments_Refused()
    {
        var events = new[] { AhmApproves(new(2026, 3, 4)), Event(Hsm, StaffRole.HousingServicesManager, new(2026, 3, 5), DiscretionaryAction.Reject) };

        var result = Evaluate(events, new DateOnly(2026, 3, 6));

        Assert.Equal("DA.Review.ReasonsRequired", result.AuditTrail[1].RuleId);
        Assert.Equal(DiscretionaryStage.HousingServicesManagerReview, result.Stage);
    }

    [Fact(DisplayName = "A refusal with reasons rejects the request (000 Procedure (HSM review))")]
    public void Evaluate_RejectWithReasons_Rejected()
    {
        var events = new[] { AhmApproves(new(2026, 3, 4)), Event(Hsm, StaffRole.HousingServicesManager, new(2026, 3, 5), DiscretionaryAction.Reject, "Criteria not met.") };

        var result = Evaluate(events, new DateOnly(2026, 3, 6));

        Assert.Equal(DiscretionaryStage.Rejected, result.Stage);
        Assert.True(result.Finished);
        Assert.Contains("Criteria not met.", result.AuditTrail[1].Reasons[0].Text, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "The AHM may not agree an incomplete form (000 Procedure (request form))")]
    public void Evaluate_IncompleteForm_AreaApprovalRefused()
    {
        var request = Request() with { Evidence = [], NeedsVerified = false };

        var result = Evaluate([AhmApproves(new(2026, 3, 4))], new DateOnly(2026, 3, 5), request);

        Assert.Equal("DA.AreaCheck.FormIncomplete", result.AuditTrail[0].RuleId);
        Assert.Contains("supporting evidence", result.AuditTrail[0].Reasons[0].Text, StringComparison.Ordinal);
        Assert.Equal(DiscretionaryStage.AreaHousingManagerCheck, result.Stage);
    }

    [Fact(DisplayName = "A return goes to the requesting officer, and a resubmission back to that stage (000 Procedure (AHM check))")]
    public void Evaluate_ReturnAndResubmit_BackToReturningStage()
    {
        var events = new[]
        {
            AhmApproves(new(2026, 3, 4)),
            Event(Hsm, StaffRole.HousingServicesManager, new(2026, 3, 5), DiscretionaryAction.ReturnForInformation, "Need the police report."),
            Event(Officer, StaffRole.HousingManagementOfficer, new(2026, 3, 9), DiscretionaryAction.Resubmit),
        };

        var midway = Evaluate(events.Take(2), new DateOnly(2026, 3, 6));
        var back = Evaluate(events, new DateOnly(2026, 3, 10));
        var restart = Evaluate(events, new DateOnly(2026, 3, 10), options: DiscretionaryOptions.Default with { ResubmissionRestartsAtAreaCheck = true });

        Assert.Equal(DiscretionaryStage.RequestForm, midway.Stage);
        Assert.Equal(Officer, Assert.Single(midway.NextActions, a => a.Action == DiscretionaryAction.Resubmit).OnlyBy);
        Assert.Equal(DiscretionaryStage.HousingServicesManagerReview, back.Stage);
        Assert.Equal(new DateOnly(2026, 3, 23), back.DueOn);
        Assert.Equal(DiscretionaryStage.AreaHousingManagerCheck, restart.Stage);
    }

    [Fact(DisplayName = "Only the requesting officer may resubmit (000 Procedure (request form))")]
    public void Evaluate_ResubmitByOtherOfficer_Refused()
    {
        var events = new[]
        {
            Event(Ahm, StaffRole.AreaHousingManager, new(2026, 3, 4), DiscretionaryAction.ReturnForInformation, "Evidence missing."),
            Event(new StaffMemberId("officer-9"), StaffRole.HousingManagementOfficer, new(2026, 3, 5), DiscretionaryAction.Resubmit),
        };

        var result = Evaluate(events, new DateOnly(2026, 3, 6));

        Assert.Equal("DA.Hierarchy.RequesterOnly", result.AuditTrail[1].RuleId);
        Assert.Equal(DiscretionaryStage.RequestForm, result.Stage);
    }

    [Fact(DisplayName = "A request from outside Housing Management staff is not accepted (000 Hierarchy)")]
    public void Evaluate_RequesterNotHousingManagement_Rejected()
    {
        var request = Request() with { RequesterRole = StaffRole.Other };

        var result = Evaluate([AhmApproves(new(2026, 3, 4))], new DateOnly(2026, 3, 5), request);

        Assert.Equal(DiscretionaryStage.Rejected, result.Stage);
        Assert.Equal("DA.Request.NotHousingManagementStaff", result.Reasons[0].RuleId);
        Assert.False(result.AuditTrail[0].Accepted);
    }

    [Fact(DisplayName = "Events dated before the stage began or after the evaluation date are refused (000 Hierarchy: audit trail)")]
    public void Evaluate_OutOfDateOrderAndFutureEvents_Refused()
    {
        var events = new[] { AhmApproves(new(2026, 3, 10)), HsmApproves(new(2026, 3, 9)), HsmApproves(new(2026, 3, 20)) };

        var result = Evaluate(events, new DateOnly(2026, 3, 12));

        Assert.Equal("DA.Audit.OutOfDateOrder", result.AuditTrail[1].RuleId);
        Assert.Equal("DA.Audit.AfterEvaluationDate", result.AuditTrail[2].RuleId);
        Assert.Equal(DiscretionaryStage.HousingServicesManagerReview, result.Stage);
    }

    [Fact(DisplayName = "A late decision is recorded as late in the audit trail (000 Procedure (HSM review))")]
    public void Evaluate_LateServicesDecision_AuditShowsLate()
    {
        var result = Evaluate([AhmApproves(new(2026, 3, 4)), HsmApproves(new(2026, 3, 20))], new DateOnly(2026, 3, 20));

        Assert.Contains(result.AuditTrail[1].Reasons, r => r.RuleId == "DA.Deadline.Late");
        Assert.True(result.Stages[1].Overdue);
        Assert.False(result.Overdue);
    }

    [Fact(DisplayName = "Succession and assignment requests note liaison with Housing Strategy (000 Procedure (succession and assignment))")]
    public void Evaluate_SuccessionRequestAtServicesReview_NotesLiaison()
    {
        var result = Evaluate([AhmApproves(new(2026, 3, 4))], new DateOnly(2026, 3, 5), Request() with { ArisesFromSuccessionOrAssignment = true });

        Assert.Contains(result.Reasons, r => r.Citation == DiscretionaryCitations.SuccessionAndAssignment);
    }

    [Fact(DisplayName = "The requesting officer may withdraw before an offer; nothing after (000 Procedure (request form))")]
    public void Evaluate_Withdrawn_ClosedAndLaterEventsRefused()
    {
        var events = new[] { Event(Officer, StaffRole.HousingManagementOfficer, new(2026, 3, 3), DiscretionaryAction.Withdraw), AhmApproves(new(2026, 3, 4)) };

        var result = Evaluate(events, new DateOnly(2026, 3, 5));

        Assert.Equal(DiscretionaryStage.Closed, result.Stage);
        Assert.Equal("DA.Workflow.Finished", result.AuditTrail[1].RuleId);
        Assert.Equal(DiscretionaryCitations.RequestForm, result.Reasons[0].Citation);
    }

    [Fact(DisplayName = "A property taken out of Homefinder without the SHOM's agreement is flagged (000 Procedure (Homefinder))")]
    public void Evaluate_OfferRemovedFromHomefinderWithoutAgreement_Flagged()
    {
        var unagreed = ApprovedPath().Add(Offer(new(2026, 4, 1)) with { RemovedFromHomefinder = true });
        var agreed = ApprovedPath().Add(Offer(new(2026, 4, 1)) with { RemovedFromHomefinder = true, HomefinderRemovalAgreed = true });

        var flagged = Evaluate(unagreed, new DateOnly(2026, 4, 2));
        var fine = Evaluate(agreed, new DateOnly(2026, 4, 2));

        Assert.Contains(flagged.AuditTrail[^1].Reasons, r => r.RuleId == "DA.Offer.HomefinderRemovalNotAgreed" && r.Citation == DiscretionaryCitations.Homefinder);
        Assert.True(flagged.AuditTrail[^1].Accepted);
        Assert.DoesNotContain(fine.AuditTrail[^1].Reasons, r => r.RuleId == "DA.Offer.HomefinderRemovalNotAgreed");
    }
}
