using OpenLettings.Domain.Calendar;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Schemes.Chesterfield;
using static OpenLettings.Domain.Tests.Schemes.Chesterfield.ChesterfieldTestData;

namespace OpenLettings.Domain.Tests.Schemes.Chesterfield;

public class AnnualReviewTests
{
    private static readonly ChesterfieldOptions Defaults = new();
    private static readonly DateOnly Last = new(2025, 3, 2);
    private static readonly DateOnly Contacted = new(2026, 3, 2);

    [Fact(DisplayName = "A review falls due 12 months after the last one (003 Appendix B 5(vii))")]
    public void Decide_BeforeTwelveMonths_NotDue()
    {
        var result = AnnualReview.Decide(new AnnualReviewCase { LastReviewedOn = Last }, Defaults, new DateOnly(2026, 3, 1));
        Assert.Equal(AnnualReviewStatus.NotDue, result.Status);
        Assert.Equal(new DateOnly(2026, 3, 2), result.ReviewDueOn);
        Assert.Equal(AnnualReviewStatus.DueNotContacted, AnnualReview.Decide(new AnnualReviewCase { LastReviewedOn = Last }, Defaults, new DateOnly(2026, 3, 2)).Status);
    }

    [Fact(DisplayName = "Higher bands may be reviewed more often (option; 003 Appendix B 5(vii))")]
    public void Decide_HigherBandInterval_EarlierDue()
    {
        var options = Defaults with { HigherBandReviewIntervalMonths = 6 };
        Assert.Equal(Last.AddMonths(6), AnnualReview.Decide(new AnnualReviewCase { LastReviewedOn = Last, Band = ChesterfieldBand.A }, options, Last).ReviewDueOn);
        Assert.Equal(Last.AddMonths(12), AnnualReview.Decide(new AnnualReviewCase { LastReviewedOn = Last, Band = ChesterfieldBand.C }, options, Last).ReviewDueOn);
    }

    [Fact(DisplayName = "No answer within 28 days: removed without further notice and no review right (003 Appendix B 5(vii), 5(viii))")]
    public void Decide_NoResponseAfter28Days_Removed()
    {
        var review = new AnnualReviewCase { LastReviewedOn = Last, ContactedOn = Contacted };
        var waiting = AnnualReview.Decide(review, Defaults, Contacted.AddDays(28));
        Assert.Equal(AnnualReviewStatus.AwaitingResponse, waiting.Status);
        Assert.Equal(Contacted.AddDays(28), waiting.ResponseDeadline);

        var removed = AnnualReview.Decide(review, Defaults, Contacted.AddDays(29));
        Assert.Equal(AnnualReviewStatus.RemovedNoResponse, removed.Status);
        Assert.Equal(Contacted.AddDays(29), removed.RemovedOn);
        Assert.Equal(Contacted.AddDays(29).AddMonths(3), removed.ReinstatementDeadline);
        Assert.False(removed.RightToReview);
        Assert.False(removed.OnRegister);
    }

    [Fact(DisplayName = "An answer in time confirms the application and sets the next review (003 Appendix B 5(vii))")]
    public void Decide_AnswerInTime_Confirmed()
    {
        var review = new AnnualReviewCase { LastReviewedOn = Last, ContactedOn = Contacted, Response = ReviewResponse.WishesToRemain, RespondedOn = Contacted.AddDays(10) };
        var result = AnnualReview.Decide(review, Defaults, Contacted.AddDays(40));
        Assert.Equal(AnnualReviewStatus.Confirmed, result.Status);
        Assert.Equal(Contacted.AddDays(10).AddMonths(12), result.NextReviewDueOn);
    }

    [Fact(DisplayName = "Reinstatement within 3 months of removal is allowed (003 Appendix B 5(vii))")]
    public void Decide_ReinstatementWithinThreeMonths_Reinstated()
    {
        var review = new AnnualReviewCase { LastReviewedOn = Last, ContactedOn = Contacted, ReinstatementRequestedOn = Contacted.AddDays(29).AddMonths(3) };
        var result = AnnualReview.Decide(review, Defaults, new DateOnly(2026, 8, 1));
        Assert.Equal(AnnualReviewStatus.Reinstated, result.Status);
        Assert.True(result.OnRegister);
    }

    [Fact(DisplayName = "Reinstatement after 3 months needs exceptional circumstances, else a new application (003 Appendix B 5(vii))")]
    public void Decide_ReinstatementLate_NewApplicationUnlessExceptional()
    {
        var review = new AnnualReviewCase { LastReviewedOn = Last, ContactedOn = Contacted, ReinstatementRequestedOn = Contacted.AddDays(30).AddMonths(3) };
        var late = AnnualReview.Decide(review, Defaults, new DateOnly(2026, 9, 1));
        Assert.Equal(AnnualReviewStatus.NewApplicationRequired, late.Status);
        Assert.Contains(late.Reasons, r => r.RuleId == "CBC.Review.ReinstatementRefused");

        var error = AnnualReview.Decide(review with { Exception = ReinstatementException.AdministrativeError }, Defaults, new DateOnly(2026, 9, 1));
        Assert.Equal(AnnualReviewStatus.Reinstated, error.Status);
        Assert.Contains(error.Reasons, r => r.RuleId == "CBC.Review.ReinstatedExceptionally");
    }

    [Fact(DisplayName = "Asking to be removed removes the application with no review right (003 Appendix B 5(viii))")]
    public void Decide_WishesToBeRemoved_RemovedAtRequest()
    {
        var review = new AnnualReviewCase { LastReviewedOn = Last, ContactedOn = Contacted, Response = ReviewResponse.WishesToBeRemoved, RespondedOn = Contacted.AddDays(3) };
        var result = AnnualReview.Decide(review, Defaults, Contacted.AddDays(5));
        Assert.Equal(AnnualReviewStatus.RemovedAtRequest, result.Status);
        Assert.False(result.RightToReview);
    }

    [Fact(DisplayName = "Option: a deadline on a weekend rolls to the next working day (003 Appendix B 5(vii))")]
    public void CalendarDeadline_RollOption_NextWorkingDay()
    {
        // 28 days after Friday 6 November 2026 is Friday 4 December; after Saturday 7 November is Saturday 5 December.
        var start = new DateOnly(2026, 11, 7);
        Assert.Equal(new DateOnly(2026, 12, 5), AnnualReview.CalendarDeadline(start, 28, Defaults));
        Assert.Equal(new DateOnly(2026, 12, 7), AnnualReview.CalendarDeadline(start, 28, Defaults with { CalendarDeadlinesRollToWorkingDay = true }));
    }
}

public class InformationDeadlineTests
{
    private static readonly ChesterfieldOptions Defaults = new();

    [Fact(DisplayName = "Validation information is due within 20 working days, bank holidays excluded (003 Appendix B 5(v))")]
    public void Decide_Validation_TwentyWorkingDays()
    {
        // From Thursday 17 December 2026: 25 and 28 December and 1 January are bank holidays.
        var request = new InformationRequest { Kind = InformationRequestKind.Validation, RequestedOn = new DateOnly(2026, 12, 17) };
        var deadline = InformationDeadlines.DeadlineFor(request, Defaults);
        Assert.Equal(WorkingDays.AddWorkingDays(request.RequestedOn, 20), deadline);
        Assert.Equal(new DateOnly(2027, 1, 19), deadline);
        Assert.Equal(InformationRequestStatus.Awaiting, InformationDeadlines.Decide(request, Defaults, deadline).Status);
        var removed = InformationDeadlines.Decide(request, Defaults, deadline.AddDays(1));
        Assert.Equal(InformationRequestStatus.Removed, removed.Status);
        Assert.True(removed.RightToReview);
    }

    [Fact(DisplayName = "Pending information is due within 28 days; a good reason prevents removal (003 Appendix B 5(ix))")]
    public void Decide_Pending_TwentyEightDaysWithGoodReason()
    {
        var request = new InformationRequest { Kind = InformationRequestKind.Pending, RequestedOn = new DateOnly(2026, 5, 1) };
        Assert.Equal(new DateOnly(2026, 5, 29), InformationDeadlines.DeadlineFor(request, Defaults));
        Assert.Equal(InformationRequestStatus.Removed, InformationDeadlines.Decide(request, Defaults, new DateOnly(2026, 5, 30)).Status);
        Assert.Equal(InformationRequestStatus.GoodReasonAccepted, InformationDeadlines.Decide(request with { GoodReasonForDelay = true }, Defaults, new DateOnly(2026, 5, 30)).Status);
    }

    [Fact(DisplayName = "Information provided late does not stop removal; provided in time it does (003 Appendix B 5(v))")]
    public void Decide_ProvidedLateOrInTime()
    {
        var request = new InformationRequest { Kind = InformationRequestKind.Validation, RequestedOn = new DateOnly(2026, 5, 1) };
        var deadline = InformationDeadlines.DeadlineFor(request, Defaults);
        Assert.Equal(InformationRequestStatus.Provided, InformationDeadlines.Decide(request with { ProvidedOn = deadline }, Defaults, deadline.AddDays(10)).Status);
        Assert.Equal(InformationRequestStatus.Removed, InformationDeadlines.Decide(request with { ProvidedOn = deadline.AddDays(1), GoodReasonForDelay = true }, Defaults, deadline.AddDays(10)).Status);
    }
}

public class AssistedBiddingTests
{
    private static readonly AssistedBiddingCase Urgent = new() { InUrgentNeed = true, FailingToBid = true };

    [Fact(DisplayName = "Band A or B applicants in urgent need who fail to bid may get assisted bids (003 Appendix B 10(vi))")]
    public void Decide_BandBUrgentNotBidding_Allowed()
    {
        var result = AssistedBidding.Decide(Assess(Single().WithAward(BandReasonCode.B5Medical)), Urgent, new ChesterfieldOptions());
        Assert.True(result.MayPlaceAssistedBids);
        Assert.Contains(AssistedBiddingGround.UrgentNeedNotBidding, result.Grounds);
    }

    [Fact(DisplayName = "Band D applicants not bidding do not get assisted bids on that ground (003 Appendix B 10(vi))")]
    public void Decide_BandDNotBidding_NotAllowed()
    {
        var result = AssistedBidding.Decide(Assess(Single()), Urgent, new ChesterfieldOptions());
        Assert.False(result.MayPlaceAssistedBids);
        Assert.Contains(result.Reasons, r => r.RuleId == "CBC.AssistedBid.BandNotCovered");
    }

    [Fact(DisplayName = "Homeless duty and vulnerable instruction are grounds in any band (003 Appendix B 10(vi), 12)")]
    public void Decide_HomelessOrInstructed_Allowed()
    {
        var d = Assess(Single());
        Assert.Equal(AssistedBiddingGround.HomelessDutyOwed, Assert.Single(AssistedBidding.Decide(d, new AssistedBiddingCase { HomelessDutyOwedAndPartnerWorking = true }, new ChesterfieldOptions()).Grounds));
        Assert.Equal(AssistedBiddingGround.VulnerableApplicantInstructed, Assert.Single(AssistedBidding.Decide(d, new AssistedBiddingCase { Vulnerable = true, InstructedUsToBid = true }, new ChesterfieldOptions()).Grounds));
        Assert.False(AssistedBidding.Decide(d, new AssistedBiddingCase { InstructedUsToBid = true }, new ChesterfieldOptions()).MayPlaceAssistedBids);
    }

    [Fact(DisplayName = "Refusing an assisted-bid offer triggers a priority review with a review right (003 Appendix B 10(vi))")]
    public void OnRefusal_AssistedOffer_PriorityReview()
    {
        var decision = AssistedBidding.Decide(Assess(Single()), new AssistedBiddingCase { HomelessDutyOwedAndPartnerWorking = true }, new ChesterfieldOptions());
        var refusal = AssistedBidding.OnRefusal(decision, AsOf);
        Assert.True(refusal.Outcome);
        Assert.Contains("review", refusal.Reasons[0].Text);
    }

    [Fact(DisplayName = "Pending applicants cannot have bids placed for them (003 Appendix B 5(ix))")]
    public void Decide_Pending_NotAllowed()
    {
        var pending = Assess(Single() with { Debt = new HousingDebt { Amount = new Money(200m) } });
        Assert.Equal(RegistrationStatus.Pending, pending.Status);
        Assert.False(AssistedBidding.Decide(pending, new AssistedBiddingCase { HomelessDutyOwedAndPartnerWorking = true }, new ChesterfieldOptions()).MayPlaceAssistedBids);
    }
}

public class DirectLetTests
{
    private static readonly DirectLetRequest Approved = new()
    {
        Ground = DirectLetGround.PublicProtection, ApprovedBySeniorOfficer = new Assessor("S. Senior", "Housing Manager"), LandlordAgrees = true, LocalAuthorityAgrees = true,
    };

    [Fact(DisplayName = "A direct let needs senior approval and both landlord and council to agree (003 Appendix B 9(viii))")]
    public void Decide_Approvals()
    {
        var live = Assess(Single());
        Assert.True(DirectLets.Decide(live, Approved, new ChesterfieldOptions()).Outcome);
        var noSenior = DirectLets.Decide(live, Approved with { ApprovedBySeniorOfficer = null }, new ChesterfieldOptions());
        Assert.False(noSenior.Outcome);
        Assert.Contains(noSenior.Reasons, r => r.RuleId == "CBC.DirectLet.NoSeniorApproval");
        Assert.False(DirectLets.Decide(live, Approved with { LandlordAgrees = false }, new ChesterfieldOptions()).Outcome);
    }

    [Fact(DisplayName = "A pending application cannot receive a direct offer (003 Appendix B 5(ix))")]
    public void Decide_Pending_Refused()
    {
        var pending = Assess(Single() with { Debt = new HousingDebt { Amount = new Money(200m) } });
        var result = DirectLets.Decide(pending, Approved, new ChesterfieldOptions());
        Assert.False(result.Outcome);
        Assert.Contains(result.Reasons, r => r.RuleId == "CBC.DirectLet.NotLive");
        Assert.True(DirectLets.Decide(pending, Approved, new ChesterfieldOptions { DirectLetRequiresLiveApplication = false }).Outcome);
    }

    [Fact(DisplayName = "An unlisted exceptional ground must be described (003 Appendix B 9(viii))")]
    public void Decide_OtherWithoutCircumstances_Refused()
    {
        var live = Assess(Single());
        Assert.False(DirectLets.Decide(live, Approved with { Ground = DirectLetGround.OtherExceptional }, new ChesterfieldOptions()).Outcome);
        Assert.True(DirectLets.Decide(live, Approved with { Ground = DirectLetGround.OtherExceptional, Circumstances = "Fire at neighbouring block" }, new ChesterfieldOptions()).Outcome);
    }
}

public class ReviewProcedureTests
{
    private static readonly LocalAuthorityId Cbc = new("chesterfield");
    private static readonly DateOnly Received = new(2026, 6, 1);

    private static Reviewer Manager(string name, string partner = "chesterfield") => new() { Name = name, Role = ReviewerRole.HousingOptionsManager, Partner = new LocalAuthorityId(partner) };

    private static ReviewRequestCase StageOne(DateOnly requested) => new()
    {
        Decision = ReviewableDecision.BandOrPriorityDate, Stage = ReviewStage.StageOne, DecisionReceivedOn = Received, RequestedOn = requested,
        OriginatingPartner = Cbc, EarlierDecisionMakers = ["O. Original"], StageOneReviewer = Manager("M. Manager"),
    };

    [Fact(DisplayName = "Stage 1 must be asked for within 15 working days; decision in 15 and letter in 5 more (003 Appendix B 13)")]
    public void Decide_StageOneTimetable()
    {
        var deadline = WorkingDays.AddWorkingDays(Received, 15);
        var accepted = ReviewProcedure.Decide(StageOne(deadline), new ChesterfieldOptions());
        Assert.Equal(ReviewRequestOutcome.Accepted, accepted.Outcome);
        Assert.Equal(WorkingDays.AddWorkingDays(deadline, 15), accepted.DecisionDueBy);
        Assert.Equal(WorkingDays.AddWorkingDays(deadline, 20), accepted.LetterDueBy);
        Assert.Equal(ReviewRequestOutcome.OutOfTime, ReviewProcedure.Decide(StageOne(deadline.AddDays(1)), new ChesterfieldOptions()).Outcome);
    }

    [Fact(DisplayName = "The Stage 1 reviewer is a manager not involved in the original decision (003 Appendix B 13; Appendix 4)")]
    public void Decide_StageOneReviewerInvolved_NotValid()
    {
        var involved = ReviewProcedure.Decide(StageOne(Received.AddDays(2)) with { StageOneReviewer = Manager("O. Original") }, new ChesterfieldOptions());
        Assert.Equal(ReviewRequestOutcome.ReviewerNotValid, involved.Outcome);
        var officer = ReviewProcedure.Decide(StageOne(Received.AddDays(2)) with { StageOneReviewer = new Reviewer { Name = "T. Team", Role = ReviewerRole.HousingOptionsTeam, Partner = Cbc } }, new ChesterfieldOptions());
        Assert.Contains(officer.Reasons, r => r.RuleId == "CBC.ReviewRequest.ReviewerNotSenior");
    }

    [Fact(DisplayName = "Stage 2: Co-ordinator reconsideration first; a panel of 3 managers from other partners (003 Appendix B 13; Appendix 6)")]
    public void Decide_StageTwoPanel()
    {
        var request = new ReviewRequestCase
        {
            Decision = ReviewableDecision.NotAcceptedOnRegister, Stage = ReviewStage.StageTwo, DecisionReceivedOn = Received, RequestedOn = Received.AddDays(3),
            OriginatingPartner = Cbc, Reconsideration = ReconsiderationFinding.PolicyAppliedCorrectly, OralHearingRequested = true,
            Panel = [Manager("P1", "high-peak"), Manager("P2", "erewash"), Manager("P3", "amber-valley")],
        };
        var accepted = ReviewProcedure.Decide(request, new ChesterfieldOptions());
        Assert.Equal(ReviewRequestOutcome.Accepted, accepted.Outcome);
        Assert.True(accepted.OralHearing);

        Assert.Contains(ReviewProcedure.Decide(request with { Panel = [Manager("P1", "high-peak"), Manager("P2", "erewash"), Manager("P3")] }, new ChesterfieldOptions()).Reasons,
            r => r.RuleId == "CBC.ReviewRequest.PanelNotIndependent");
        Assert.Contains(ReviewProcedure.Decide(request with { Panel = [Manager("P1", "high-peak"), Manager("P2", "erewash")] }, new ChesterfieldOptions()).Reasons,
            r => r.RuleId == "CBC.ReviewRequest.PanelTooSmall");
        Assert.Equal(ReviewRequestOutcome.ReviewerNotValid, ReviewProcedure.Decide(request with { Reconsideration = null }, new ChesterfieldOptions()).Outcome);
        Assert.Equal(ReviewRequestOutcome.ResolvedAtReconsideration,
            ReviewProcedure.Decide(request with { Reconsideration = ReconsiderationFinding.PolicyNotAppliedCorrectly, RecommendationsAccepted = true, Panel = [] }, new ChesterfieldOptions()).Outcome);
    }

    [Fact(DisplayName = "The policy itself cannot be reviewed; suitability reviews do not hold the home (003 Appendix B 13)")]
    public void Decide_PolicyAndSuitability()
    {
        Assert.Equal(ReviewRequestOutcome.NotReviewable, ReviewProcedure.Decide(StageOne(Received.AddDays(1)) with { Decision = ReviewableDecision.ThePolicyItself }, new ChesterfieldOptions()).Outcome);
        var suitability = ReviewProcedure.Decide(StageOne(Received.AddDays(1)) with { Decision = ReviewableDecision.PropertySuitability }, new ChesterfieldOptions());
        Assert.False(suitability.PropertyHeld);
        Assert.Contains(suitability.Reasons, r => r.RuleId == "CBC.ReviewRequest.PropertyNotHeld");
    }
}

public class MoveOnLocalConnectionTests
{
    private static ChesterfieldApplication MoveOn(bool? priorConnection, bool exceptional = false) =>
        Single().WithAward(BandReasonCode.B1MoveOn) with { MoveOnReadyConfirmed = true, LocalConnectionBeforeSupportedAccommodation = priorConnection, MoveOnExceptionalCircumstances = exceptional };

    [Fact(DisplayName = "B-1 is not awarded without a local connection before entering supported accommodation (003 Appendix B 7(vi) B-1)")]
    public void Assess_NoPriorConnection_NoB1()
    {
        var result = Assess(MoveOn(false));
        Assert.Equal(ChesterfieldBand.D, result.Band);
        Assert.Contains("CBC.Band.B1NoPriorLocalConnection", result.RuleIds());
    }

    [Fact(DisplayName = "B-1 stands with a prior connection, with exceptional circumstances, or with the option off (003 Appendix B 7(vi) B-1)")]
    public void Assess_PriorConnectionOrExceptional_B1()
    {
        Assert.Equal(ChesterfieldBand.B, Assess(MoveOn(true)).Band);
        Assert.Equal(ChesterfieldBand.B, Assess(MoveOn(null)).Band);
        var exceptional = Assess(MoveOn(false, exceptional: true));
        Assert.Equal(ChesterfieldBand.B, exceptional.Band);
        Assert.Contains("CBC.Band.B1ExceptionalCircumstances", exceptional.RuleIds());
        Assert.Equal(ChesterfieldBand.B, Assess(MoveOn(false), o => o with { MoveOnRequiresPriorLocalConnection = false }).Band);
    }
}
