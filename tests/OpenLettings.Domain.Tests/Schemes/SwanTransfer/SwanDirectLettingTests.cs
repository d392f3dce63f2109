using System.Collections.Immutable;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Properties;
using OpenLettings.Domain.Schemes.SwanTransfer;
using static OpenLettings.Domain.Tests.Schemes.SwanTransfer.SwanTestData;

namespace OpenLettings.Domain.Tests.Schemes.SwanTransfer;

public class SwanDirectLettingTests
{
    private static DirectLettingApproval By(SwanRole role, DateOnly? on = null) => new() { Name = "J. Manager", Role = role, ApprovedOn = on ?? AsOf.AddDays(-1) };

    private static DirectLettingRequest Request(DirectLettingGround ground) => new()
    {
        Property = new PropertyId("P-9"),
        Applicant = new HousingApplicationId("SWAN-0001"),
        Ground = ground,
        RequestedOn = AsOf.AddDays(-5),
        RecordedReason = "Recorded by the lettings officer.",
        Approval = By(SwanRole.HeadOfAllocationsAndLettings),
    };

    [Fact(DisplayName = "A management transfer is let directly when management priority is held and a Housing Manager approves (002 §2.2, §4.3)")]
    public void Decide_ManagementPriorityHeld_Permitted()
    {
        var request = Request(DirectLettingGround.ManagementPriority) with { ManagementPriority = ManagementPriorityStatus.Held, Approval = By(SwanRole.HousingManager) };
        var decision = Scheme().DecideDirectLetting(request, AsOf);
        Assert.Equal(DirectLettingOutcome.Permitted, decision.Outcome);
        Assert.True(decision.MayLetDirectly);
        Assert.All(decision.Reasons, r => Assert.Equal("002 §2.2", r.Citation.ToString()));
        Assert.Contains(decision.Reasons, r => r.RuleId == "SWAN.DirectLetting.ReasonRecorded");
    }

    [Fact(DisplayName = "The facade takes management priority and bedrooms freed from the application and the home (002 §2.2, §4.3)")]
    public void DecideDirectLetting_FromApplication()
    {
        var scheme = Scheme();
        var downsizer = Application([.. Couple()]).WithHome(3, PropertyType.House);
        var betterUse = scheme.DecideDirectLetting(Request(DirectLettingGround.BetterUseOfStock), downsizer, Home("P-9", 1), AsOf);
        Assert.Equal(DirectLettingOutcome.Permitted, betterUse.Outcome);
        Assert.Contains(betterUse.Reasons, r => r.Facts.Contains(new Fact("bedroomsReleased", "2")));
        var sameSize = scheme.DecideDirectLetting(Request(DirectLettingGround.BetterUseOfStock), downsizer, Home("P-9", 3), AsOf);
        Assert.Equal(DirectLettingOutcome.GroundNotMet, sameSize.Outcome);

        var managementMove = new ManagementMove { Award = Assessed(ManagementMoveGround.OtherManagementReason) };
        var held = scheme.DecideDirectLetting(Request(DirectLettingGround.ManagementPriority) with { Approval = By(SwanRole.HousingManager) },
            Application() with { ManagementMove = managementMove }, Home("P-9", 1), AsOf);
        Assert.Equal(DirectLettingOutcome.Permitted, held.Outcome);
        Assert.Equal(DirectLettingOutcome.GroundNotMet, scheme.DecideDirectLetting(Request(DirectLettingGround.ManagementPriority), Application(), Home("P-9", 1), AsOf).Outcome);
    }

    [Fact(DisplayName = "Management priority that was removed does not qualify for a direct letting (002 §2.2, §4.3)")]
    public void Decide_ManagementPriorityRemoved_GroundNotMet()
    {
        var decision = Scheme().DecideDirectLetting(Request(DirectLettingGround.ManagementPriority) with { ManagementPriority = ManagementPriorityStatus.Removed }, AsOf);
        Assert.Equal(DirectLettingOutcome.GroundNotMet, decision.Outcome);
        Assert.Contains(decision.Reasons, r => r.RuleId == "SWAN.DirectLetting.ManagementPriorityNotHeld");
    }

    [Theory(DisplayName = "Low demand needs adverts without a suitable bid first, as CBL is used wherever possible (002 §2.2)")]
    [InlineData(0, DirectLettingOutcome.GroundNotMet)]
    [InlineData(1, DirectLettingOutcome.Permitted)]
    public void Decide_LowDemand_NeedsUnsuccessfulAdvert(int adverts, DirectLettingOutcome expected)
    {
        var decision = Scheme().DecideDirectLetting(Request(DirectLettingGround.LowDemand) with { UnsuccessfulAdverts = adverts }, AsOf);
        Assert.Equal(expected, decision.Outcome);
    }

    [Fact(DisplayName = "The low demand threshold is an option (002 §2.2)")]
    public void Decide_LowDemandOption_Raised()
    {
        var scheme = Scheme(new SwanOptions { DirectLettings = new DirectLettingOptions { LowDemandMinimumUnsuccessfulAdverts = 3 } });
        Assert.Equal(DirectLettingOutcome.GroundNotMet, scheme.DecideDirectLetting(Request(DirectLettingGround.LowDemand) with { UnsuccessfulAdverts = 2 }, AsOf).Outcome);
    }

    [Theory(DisplayName = "Better use of stock needs a move that frees at least one bedroom (002 §2.2)")]
    [InlineData(0, DirectLettingOutcome.GroundNotMet)]
    [InlineData(2, DirectLettingOutcome.Permitted)]
    public void Decide_BetterUse_BedroomsReleased(int released, DirectLettingOutcome expected) =>
        Assert.Equal(expected, Scheme().DecideDirectLetting(Request(DirectLettingGround.BetterUseOfStock) with { BedroomsReleased = released }, AsOf).Outcome);

    [Fact(DisplayName = "A National Witness Mobility Service offer needs the referral reference (002 §2.2)")]
    public void Decide_Witness_NeedsReferral()
    {
        Assert.Equal(DirectLettingOutcome.GroundNotMet, Scheme().DecideDirectLetting(Request(DirectLettingGround.WitnessMobility), AsOf).Outcome);
        var ok = Scheme().DecideDirectLetting(Request(DirectLettingGround.WitnessMobility) with { WitnessMobilityReference = "NWMS-77" }, AsOf);
        Assert.Equal(DirectLettingOutcome.Permitted, ok.Outcome);
        Assert.Contains(ok.Reasons, r => r.Facts.Any(f => f.Value == "NWMS-77"));
    }

    [Fact(DisplayName = "Sustainability of an area needs the plan the letting contributes to (002 §2.2)")]
    public void Decide_Sustainability_NeedsPlan()
    {
        Assert.Equal(DirectLettingOutcome.GroundNotMet, Scheme().DecideDirectLetting(Request(DirectLettingGround.AreaSustainability), AsOf).Outcome);
        Assert.True(Scheme().DecideDirectLetting(Request(DirectLettingGround.AreaSustainability) with { SustainabilityPlanReference = "Estate plan 2026" }, AsOf).MayLetDirectly);
    }

    [Fact(DisplayName = "A direct letting without a recorded reason is not permitted (002 §2.2)")]
    public void Decide_NoReason_NotPermitted()
    {
        var decision = Scheme().DecideDirectLetting(Request(DirectLettingGround.BetterUseOfStock) with { BedroomsReleased = 2, RecordedReason = " " }, AsOf);
        Assert.Equal(DirectLettingOutcome.NoReasonRecorded, decision.Outcome);
    }

    [Fact(DisplayName = "Approval by someone less senior than the ground needs is not enough (002 §2.2)")]
    public void Decide_JuniorApprover_NotAuthorised()
    {
        var decision = Scheme().DecideDirectLetting(Request(DirectLettingGround.BetterUseOfStock) with { BedroomsReleased = 2, Approval = By(SwanRole.HousingManager) }, AsOf);
        Assert.Equal(DirectLettingOutcome.ApproverNotAuthorised, decision.Outcome);
        Assert.Contains("Head of Allocations and Lettings", decision.Reasons.Single(r => r.RuleId == "SWAN.DirectLetting.ApproverNotAuthorised").Text);
    }

    [Fact(DisplayName = "Who approves each exception is an option (002 §2.2)")]
    public void Decide_ApproverOption_Lowered()
    {
        var options = new SwanOptions
        {
            DirectLettings = new DirectLettingOptions { Approvers = ImmutableDictionary<DirectLettingGround, SwanRole>.Empty.Add(DirectLettingGround.BetterUseOfStock, SwanRole.LettingsTeamLeader) },
        };
        var decision = Scheme(options).DecideDirectLetting(Request(DirectLettingGround.BetterUseOfStock) with { BedroomsReleased = 2, Approval = By(SwanRole.LettingsTeamLeader) }, AsOf);
        Assert.Equal(DirectLettingOutcome.Permitted, decision.Outcome);
    }

    [Fact(DisplayName = "An approval dated after the date asked about is not yet an approval (002 §2.2)")]
    public void Decide_ApprovalInFuture_Awaiting()
    {
        var decision = Scheme().DecideDirectLetting(Request(DirectLettingGround.LowDemand) with { UnsuccessfulAdverts = 2, Approval = By(SwanRole.HeadOfAllocationsAndLettings, AsOf.AddDays(1)) }, AsOf);
        Assert.Equal(DirectLettingOutcome.AwaitingApproval, decision.Outcome);
    }

    [Fact(DisplayName = "A ground the partnership does not use is refused (002 §2.2)")]
    public void Decide_GroundNotInUse()
    {
        var scheme = Scheme(new SwanOptions { DirectLettings = new DirectLettingOptions { Grounds = [DirectLettingGround.ManagementPriority] } });
        Assert.Equal(DirectLettingOutcome.GroundNotInUse, scheme.DecideDirectLetting(Request(DirectLettingGround.LowDemand) with { UnsuccessfulAdverts = 4 }, AsOf).Outcome);
    }

    [Fact(DisplayName = "The nominations report lists direct lettings by council and exception, including those with none recorded (002 §2.1, §2.2)")]
    public void CheckNominations_DirectLettings_Summarised()
    {
        SwanLetting Let(string council, DirectLettingGround? ground) => new()
        {
            Property = new PropertyId($"P-{Guid.NewGuid():N}"),
            LocalAuthority = new LocalAuthorityId(council),
            Type = PropertyType.Flat,
            Bedrooms = 1,
            LetOn = new DateOnly(2026, 6, 1),
            Route = LettingRoute.DirectLetting,
            DirectLettingGround = ground,
        };
        var lettings = new[]
        {
            Let("basildon", DirectLettingGround.LowDemand), Let("basildon", DirectLettingGround.LowDemand), Let("basildon", null),
            Let("thurrock", DirectLettingGround.WitnessMobility),
        };
        var report = Scheme().CheckNominations(lettings, new DateOnly(2026, 4, 1), new DateOnly(2027, 3, 31));
        Assert.Equal(3, report.DirectLettings.Length);
        var lowDemand = report.DirectLettings.Single(d => d.LocalAuthority.Value == "basildon" && d.Ground == DirectLettingGround.LowDemand);
        Assert.Equal(2, lowDemand.Lettings);
        Assert.Equal("002 §2.2", lowDemand.Reason.Citation.ToString());
        Assert.Equal("SWAN.Nominations.DirectLettingGroundMissing", report.DirectLettings.Single(d => d.Ground is null).Reason.RuleId);
        Assert.Equal(4, report.Checks.Sum(c => c.Lettings));
    }
}
