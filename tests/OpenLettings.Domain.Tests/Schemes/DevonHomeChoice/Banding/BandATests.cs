using OpenLettings.Domain.Schemes.DevonHomeChoice;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Bedrooms;
using static OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.Banding.BandingTestData;

namespace OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.Banding;

public class BandATests
{
    private static readonly PanelVote[] MajorityAccept = [PanelVote.Accept, PanelVote.Accept, PanelVote.Accept, PanelVote.Reject, PanelVote.Reject];

    [Fact(DisplayName = "DV panel majority accepts: Band A for 4 weeks, unsafe areas recorded (001 §17.5, §17.9, §17.29)")]
    public void Assess_PanelMajorityAccepts_BandAFourWeeks()
    {
        var panel = Panel(MajorityAccept) with { UnsafeAuthorities = [DevonAuthorities.Torbay], UnsafeLocalities = ["Paignton"] };
        var decision = Assess(App().WithNeeds(n => n with { DomesticAbusePanel = panel }));
        Assert.Equal(BandReason.A_DomesticAbuseOrViolence, decision.General!.Reason);
        Assert.Equal(panel.DecidedOn.AddDays(28), decision.General.ReviewDue);
        Assert.Equal(DevonAuthorities.Torbay, Assert.Single(decision.UnsafeAuthorities));
        Assert.Equal("Paignton", Assert.Single(decision.UnsafeLocalities));
        Assert.True(decision.OverridesLocalConnectionPreferences);
    }

    [Fact(DisplayName = "Conditional acceptances whose condition is not met count as rejections (001 §17.24)")]
    public void Assess_ConditionalAcceptancesUnmet_NotBandA()
    {
        var panel = Panel(PanelVote.Accept, PanelVote.Accept, PanelVote.AcceptWithCondition, PanelVote.Reject, PanelVote.Reject);
        var decision = Assess(EastDevonApp().WithNeeds(n => n with { DomesticAbusePanel = panel }));
        Assert.Equal(Band.E, decision.General!.Band);
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.Banding.A.DomesticAbuse.PanelRejected");
    }

    [Fact(DisplayName = "A conditional acceptance whose condition is met counts as an acceptance (001 §17.24)")]
    public void Assess_ConditionalAcceptanceMet_BandA()
    {
        var panel = Panel(PanelVote.Accept, PanelVote.Accept, PanelVote.AcceptWithCondition, PanelVote.Reject, PanelVote.Reject);
        panel = panel with { Votes = panel.Votes.SetItem(2, panel.Votes[2] with { ConditionMet = true }) };
        Assert.Equal(Band.A, Assess(App().WithNeeds(n => n with { DomesticAbusePanel = panel })).General!.Band);
    }

    [Fact(DisplayName = "Band A needs the household to live in Devon (001 §17.3)")]
    public void Assess_PanelAcceptsOutsideDevon_NotBandA()
    {
        var app = EastDevonApp().WithHome(h => h with { LivesInDevon = false }).WithNeeds(n => n with { DomesticAbusePanel = Panel(MajorityAccept) });
        Assert.Equal(Band.E, Assess(app).General!.Band);
    }

    [Fact(DisplayName = "Fleeing DA from outside Devon, considered case by case by a Devon panel: Band A (001 §17.3)")]
    public void Assess_PanelConsidersFromOutsideDevon_BandA()
    {
        var app = App().WithHome(h => h with { LivesInDevon = false })
            .WithNeeds(n => n with { DomesticAbusePanel = Panel(MajorityAccept) with { ConsideredFromOutsideDevon = true } });
        Assert.Equal(Band.A, Assess(app).General!.Band);
    }

    [Fact(DisplayName = "Band A extended in very exceptional circumstances: review on the extension date (001 §17.9-17.10)")]
    public void Assess_BandAExtended_ReviewOnExtension()
    {
        var panel = Panel(MajorityAccept) with { ExtendedUntil = AsOf.AddDays(40) };
        Assert.Equal(AsOf.AddDays(40), Assess(App().WithNeeds(n => n with { DomesticAbusePanel = panel })).General!.ReviewDue);
    }

    [Fact(DisplayName = "Band A placed in temporary accommodation: Band D (001 §17.11)")]
    public void Assess_BandAInTemporaryAccommodation_BandD()
    {
        var app = App().WithHome(h => h with { Tenure = Tenure.TemporaryAccommodation }).WithNeeds(n => n with { DomesticAbusePanel = Panel(MajorityAccept) });
        var decision = Assess(app);
        Assert.Equal(BandReason.D_BandAInTemporaryAccommodation, decision.General!.Reason);
        Assert.Equal(Band.A, decision.General.UnderlyingBand);
    }

    [Fact(DisplayName = "Band A placed in temporary accommodation with another priority band: that band (001 §17.11)")]
    public void Assess_BandAInTemporaryAccommodationWithOtherNeed_OtherBand()
    {
        var app = App().WithHome(h => h with { Tenure = Tenure.TemporaryAccommodation })
            .WithNeeds(n => n with
            {
                DomesticAbusePanel = Panel(MajorityAccept),
                SocialNeed = Assessed(new SocialNeedAssessment(SocialNeedKind.ChildAtRisk) { ApprovedByTwoManagers = true }),
            });
        Assert.Equal(BandReason.B_SocialNeed, Assess(app).General!.Reason);
    }

    [Fact(DisplayName = "Emergency health and wellbeing: Band A, first review at 4 weeks (001 §17.5(1), §17.9, §39.10)")]
    public void Assess_HealthWellbeingEmergency_BandA()
    {
        var fact = HealthWellbeing(HealthWellbeingLevel.Emergency, AsOf.AddDays(-7));
        var decision = Assess(App().WithNeeds(n => n with { HealthWellbeing = fact }));
        Assert.Equal(BandReason.A_HealthWellbeingEmergency, decision.General!.Reason);
        Assert.Equal(fact.AssessedOn.AddDays(28), decision.General.ReviewDue);
    }

    [Fact(DisplayName = "Emergency health and wellbeing after the first 4 weeks: reviewed every 3 months (001 §39.10)")]
    public void Assess_HealthWellbeingEmergencyOld_ThreeMonthlyReview()
    {
        var fact = HealthWellbeing(HealthWellbeingLevel.Emergency, AsOf.AddDays(-40));
        var decision = Assess(App().WithNeeds(n => n with { HealthWellbeing = fact }));
        Assert.Equal(fact.AssessedOn.AddMonths(3), decision.General!.ReviewDue);
    }

    [Fact(DisplayName = "Disrepair Band A needs an EHO recommendation (001 §17.5(2), §38.5)")]
    public void Assess_DisrepairWithoutEho_NotBandA()
    {
        var defect = Assessed(new HousingDefectAssessment { Level = HousingDefectLevel.ProhibitionOrEmergencyAction });
        var decision = Assess(EastDevonApp().WithNeeds(n => n with { HousingDefect = defect }));
        Assert.Equal(Band.E, decision.General!.Band);
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.Banding.Defects.A.NeedsEhoRecommendation");
    }

    [Fact(DisplayName = "Disrepair on an EHO recommendation: Band A (001 §38.5)")]
    public void Assess_DisrepairWithEho_BandA()
    {
        var defect = Assessed(new HousingDefectAssessment { Level = HousingDefectLevel.ProhibitionOrEmergencyAction, RecommendedByEho = true });
        Assert.Equal(BandReason.A_DisrepairEmergency, Assess(App().WithNeeds(n => n with { HousingDefect = defect })).General!.Reason);
    }

    [Fact(DisplayName = "Band A outranks severe overcrowding (001 §17.1)")]
    public void Assess_BandAAndSevereOvercrowding_BandA()
    {
        var decision = Assess(App().WithNeeds(n => n with { DomesticAbusePanel = Panel(MajorityAccept) }), Inputs(NeedOf(3, 1, Overcrowding.Severe)));
        Assert.Equal(Band.A, decision.General!.Band);
    }

    [Fact(DisplayName = "Band A refusing a suitable offer: Band A falls due for review at once (001 §17.40, §62.5)")]
    public void Assess_BandARefusedSuitableOffer_ReviewDueOnRefusal()
    {
        var refusedOn = AsOf.AddDays(-2);
        var decision = Assess(App().WithNeeds(n => n with { DomesticAbusePanel = Panel(MajorityAccept), BandARefusedSuitableOfferOn = refusedOn }));
        Assert.Equal(Band.A, decision.General!.Band);
        Assert.Equal(refusedOn, decision.General.ReviewDue);
        Assert.Contains(decision.General.Reasons, r => r.RuleId == "DHC.Banding.A.RefusedSuitableOffer");
    }
}
