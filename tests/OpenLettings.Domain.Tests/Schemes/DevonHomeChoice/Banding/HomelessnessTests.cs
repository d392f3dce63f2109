using OpenLettings.Domain.Common;
using OpenLettings.Domain.Schemes.DevonHomeChoice;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;
using static OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.Banding.BandingTestData;

namespace OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.Banding;

public class HomelessnessTests
{
    private static DevonApplication Homeless(HomelessnessCase h) => App().WithNeeds(n => n with { Homelessness = h });

    [Fact(DisplayName = "Statutorily homeless, private renting not appropriate: Band B (001 §20.1)")]
    public void Assess_MainDutyPrsNotAppropriate_BandB()
    {
        Assert.Equal(BandReason.B_StatutorilyHomeless, Assess(Homeless(MainDuty())).General!.Reason);
    }

    [Fact(DisplayName = "Statutorily homeless, private renting appropriate: Band D (001 §20.3, §34.1)")]
    public void Assess_MainDutyPrsAppropriate_BandD()
    {
        Assert.Equal(BandReason.D_NoPermanentHomePrsAppropriate, Assess(Homeless(MainDuty(prsAppropriate: true))).General!.Reason);
    }

    [Fact(DisplayName = "Armed forces (ii): Band B regardless of the private-rented test (001 §20.7)")]
    public void Assess_MainDutyPrsAppropriateArmedForces_BandB()
    {
        var app = Homeless(MainDuty(prsAppropriate: true)).WithNeeds(n => n with { ArmedForces = ArmedForcesCategory.FormerRegular });
        Assert.Equal(BandReason.B_StatutorilyHomeless, Assess(app).General!.Reason);
    }

    [Fact(DisplayName = "A homelessness duty owed outside Devon gives no homeless band (001 §20.1)")]
    public void Assess_DutyOwedOutsideDevon_NoHomelessBand()
    {
        var app = EastDevonApp().WithNeeds(n => n with { Homelessness = MainDuty() with { OwedBy = new LocalAuthorityId("cornwall") } });
        Assert.Equal(Band.E, Assess(app).General!.Band);
    }

    [Fact(DisplayName = "HRA Qualifying: Band B, reviewed within 4 weeks (001 §21.3, §21.13)")]
    public void Assess_HraQualifying_BandBFourWeekReview()
    {
        var accepted = Assessed(true, AsOf.AddDays(-3));
        var app = Homeless(new HomelessnessCase
        {
            Stage = HomelessnessStage.Prevention,
            OwedBy = DevonAuthorities.Exeter,
            PreventionDutyFrom = new DateOnly(2026, 5, 1),
            PrivateRentedAppropriate = Assessed(false),
            HraQualifyingAccepted = accepted,
        });
        var decision = Assess(app);
        Assert.Equal(BandReason.B_HraQualifying, decision.General!.Reason);
        Assert.Equal(accepted.AssessedOn.AddDays(28), decision.General.ReviewDue);
    }

    [Fact(DisplayName = "Owed prevention or relief duty without HRA Qualifying acceptance: Band D (001 §21.4, §34.1)")]
    public void Assess_PreventionNotHraQualifying_BandD()
    {
        var app = Homeless(new HomelessnessCase { Stage = HomelessnessStage.Relief, OwedBy = DevonAuthorities.Exeter, ReliefDutyFrom = new DateOnly(2026, 5, 1), PrivateRentedAppropriate = Assessed(true) });
        Assert.Equal(BandReason.D_HraDutyPrsAppropriate, Assess(app).General!.Reason);
    }

    [Fact(DisplayName = "Not cooperating with the Personalised Plan: Band D (001 §21.5)")]
    public void Assess_HraNotCooperating_BandD()
    {
        var app = Homeless(new HomelessnessCase
        {
            Stage = HomelessnessStage.Prevention,
            OwedBy = DevonAuthorities.Exeter,
            PreventionDutyFrom = new DateOnly(2026, 5, 1),
            PrivateRentedAppropriate = Assessed(false),
            HraQualifyingAccepted = Assessed(true),
            NotCooperatingWithPersonalisedPlan = Assessed(true),
        });
        var decision = Assess(app);
        Assert.Equal(BandReason.D_HraDutyPrsAppropriate, decision.General!.Reason);
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.Banding.D.HraNotCooperating");
    }

    [Fact(DisplayName = "Applied as homeless, under investigation: Band D (001 §34.2)")]
    public void Assess_UnderInvestigation_BandD()
    {
        var app = Homeless(new HomelessnessCase { Stage = HomelessnessStage.UnderInvestigation, OwedBy = DevonAuthorities.Exeter });
        Assert.Equal(BandReason.D_HomelessInvestigation, Assess(app).General!.Reason);
    }

    [Fact(DisplayName = "Under investigation with a medium health need: Band C (001 §34.2)")]
    public void Assess_UnderInvestigationWithMediumHealthNeed_BandC()
    {
        var app = Homeless(new HomelessnessCase { Stage = HomelessnessStage.UnderInvestigation, OwedBy = DevonAuthorities.Exeter })
            .WithNeeds(n => n with { HealthWellbeing = HealthWellbeing(HealthWellbeingLevel.Medium) });
        Assert.Equal(BandReason.C_HealthWellbeingMedium, Assess(app).General!.Reason);
    }

    [Fact(DisplayName = "Duty discharged after refusing a reasonable offer: Band D (001 §64.8)")]
    public void Assess_DutyDischarged_BandD()
    {
        var app = Homeless(MainDuty() with { Stage = HomelessnessStage.DutyDischarged });
        Assert.Equal(BandReason.D_HomelessDutyDischarged, Assess(app).General!.Reason);
    }

    [Fact(DisplayName = "Duty discharge overturned on review: homeless band restored (001 §64.9)")]
    public void Assess_DutyDischargeOverturned_BandB()
    {
        var app = Homeless(MainDuty() with { Stage = HomelessnessStage.DutyDischarged, ReviewFoundRefusalReasonable = true });
        Assert.Equal(BandReason.B_StatutorilyHomeless, Assess(app).General!.Reason);
    }
}
