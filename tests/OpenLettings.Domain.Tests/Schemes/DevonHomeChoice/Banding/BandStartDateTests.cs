using OpenLettings.Domain.Schemes.DevonHomeChoice;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Bedrooms;
using static OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.Banding.BandingTestData;

namespace OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.Banding;

/// <summary>Band start dates (001 §43, §11, §19.5, §26.6, §28.2, §37.2, §51.43).</summary>
public class BandStartDateTests
{
    private static readonly DateTime Registered = new(2025, 1, 10, 9, 30, 0);
    private static readonly BandingInputs LackingOne = Inputs(NeedOf(2, 1, Overcrowding.LackingOneBedroom));

    private static DevonApplication WithHistory(DevonApplication app, params PastBandAward[] awards) =>
        app with { History = app.History with { Awards = [.. awards] } };

    /// <summary>Records a decision as the current award, ending the previous one (what the register does after each assessment).</summary>
    private static DevonApplication Record(DevonApplication app, BandDecision decision, DateOnly on, DateOnly? notifiedOn = null)
    {
        var awards = app.History.Awards;
        if (!awards.IsEmpty)
        {
            awards = awards.SetItem(awards.Length - 1, awards[^1] with { To = on, ChangeNotifiedOn = notifiedOn ?? on });
        }

        var general = decision.General!;
        return app with { History = app.History with { Awards = awards.Add(new PastBandAward(general.Band, general.Reason, decision.BandStartDate!.Value, on)) } };
    }

    [Fact(DisplayName = "Default: the date the application and all evidence were received (001 §43.3)")]
    public void Assess_NewApplication_EvidenceCompletedAt()
    {
        var decision = Assess(App(), LackingOne);
        Assert.Equal(Registered, decision.BandStartDate);
        Assert.Equal(Registered, decision.General!.BandStartDate);
    }

    [Fact(DisplayName = "Moving up: reset to when the higher-need evidence was received, by default (001 §43.5, ambiguity 9)")]
    public void Assess_MovedUp_ResetToEvidenceReceived()
    {
        var app = WithHistory(App(), Past(Band.C, BandReason.C_LackingOneBedroom, Registered, new DateOnly(2025, 1, 10)))
            .WithNeeds(n => n with
            {
                HealthWellbeing = HealthWellbeing(HealthWellbeingLevel.High),
                CircumstancesChangedAt = new DateTime(2026, 3, 1, 0, 0, 0),
                ChangeEvidenceReceivedAt = new DateTime(2026, 4, 3, 10, 15, 0),
            });
        Assert.Equal(new DateTime(2026, 4, 3, 10, 15, 0), Assess(app, LackingOne).BandStartDate);
    }

    [Fact(DisplayName = "Moving up with the NeedArose option: reset to when the need arose (001 §43.5, ambiguity 9)")]
    public void Assess_MovedUpNeedAroseOption_ResetToNeedArose()
    {
        var app = WithHistory(App(), Past(Band.C, BandReason.C_LackingOneBedroom, Registered, new DateOnly(2025, 1, 10)))
            .WithNeeds(n => n with
            {
                HealthWellbeing = HealthWellbeing(HealthWellbeingLevel.High),
                CircumstancesChangedAt = new DateTime(2026, 3, 1, 8, 0, 0),
                ChangeEvidenceReceivedAt = new DateTime(2026, 4, 3, 10, 15, 0),
            });
        var options = new DevonOptions { Banding = new BandingOptions { MoveUpBasis = MoveUpBandStartBasis.NeedArose } };
        Assert.Equal(new DateTime(2026, 3, 1, 8, 0, 0), Assess(app, LackingOne, options).BandStartDate);
    }

    [Fact(DisplayName = "Scenario: C, up to B, back down to C with the change notified within 56 days: reverts to the C date (001 §43.5-43.6)")]
    public void Assess_UpThenDownWithin56Days_RevertsToEarlierDate()
    {
        var app = App();
        var first = Assess(app, LackingOne, asOf: new DateOnly(2025, 2, 1));
        Assert.Equal(Band.C, first.General!.Band);
        app = Record(app, first, new DateOnly(2025, 2, 1));

        var hw = HealthWellbeing(HealthWellbeingLevel.High, new DateOnly(2026, 1, 5));
        app = app.WithNeeds(n => n with { HealthWellbeing = hw, ChangeEvidenceReceivedAt = new DateTime(2026, 1, 5, 14, 0, 0) });
        var second = Assess(app, LackingOne, asOf: new DateOnly(2026, 1, 6));
        Assert.Equal(Band.B, second.General!.Band);
        Assert.Equal(new DateTime(2026, 1, 5, 14, 0, 0), second.BandStartDate);
        app = Record(app, second, new DateOnly(2026, 1, 6));

        // The health need ends on 1 May and is notified on 20 May (19 days).
        app = app.WithNeeds(n => n with { HealthWellbeing = null, ChangeEvidenceReceivedAt = new DateTime(2026, 5, 20, 9, 0, 0) });
        app = app with { History = app.History with { Awards = app.History.Awards.SetItem(1, app.History.Awards[1] with { To = new DateOnly(2026, 5, 1), ChangeNotifiedOn = new DateOnly(2026, 5, 20) }) } };
        var third = Assess(app, LackingOne, asOf: new DateOnly(2026, 5, 21));
        Assert.Equal(Band.C, third.General!.Band);
        Assert.Equal(Registered, third.BandStartDate);
        Assert.Contains(third.Reasons, r => r.RuleId == "DHC.Banding.BSD.RevertWithin56Days");
    }

    [Fact(DisplayName = "Scenario: C, up to B, back down to C notified after 56 days: a new date (001 §43.6)")]
    public void Assess_UpThenDownAfter56Days_NewDate()
    {
        var app = WithHistory(App(),
                Past(Band.C, BandReason.C_LackingOneBedroom, Registered, new DateOnly(2025, 1, 10), new DateOnly(2026, 1, 6)),
                Past(Band.B, BandReason.B_HealthWellbeingHigh, new DateTime(2026, 1, 5, 14, 0, 0), new DateOnly(2026, 1, 6), new DateOnly(2026, 3, 1)) with { ChangeNotifiedOn = new DateOnly(2026, 5, 20) })
            .WithNeeds(n => n with { ChangeEvidenceReceivedAt = new DateTime(2026, 5, 20, 9, 0, 0) });
        var decision = Assess(app, LackingOne, asOf: new DateOnly(2026, 5, 21));
        Assert.Equal(Band.C, decision.General!.Band);
        Assert.Equal(new DateTime(2026, 5, 20, 9, 0, 0), decision.BandStartDate);
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.Banding.BSD.NoRevertLate");
    }

    [Fact(DisplayName = "Moving down when the application was not active throughout: a new date (001 §43.6)")]
    public void Assess_MovedDownNotActiveThroughout_NewDate()
    {
        var app = WithHistory(App(),
            Past(Band.C, BandReason.C_LackingOneBedroom, Registered, new DateOnly(2025, 1, 10), new DateOnly(2026, 1, 6)),
            Past(Band.B, BandReason.B_HealthWellbeingHigh, new DateTime(2026, 1, 5), new DateOnly(2026, 1, 6), new DateOnly(2026, 5, 1)) with { ActiveThroughout = false, ChangeNotifiedOn = new DateOnly(2026, 5, 2) });
        var decision = Assess(app, LackingOne);
        Assert.NotEqual(Registered, decision.BandStartDate);
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.Banding.BSD.NoRevertInactive");
    }

    [Fact(DisplayName = "Scenario: same band, new reason: the date is unchanged (001 §43.7)")]
    public void Assess_SameBandNewReason_Unchanged()
    {
        var bsd = new DateTime(2025, 6, 3, 11, 0, 0);
        var app = WithHistory(App(), Past(Band.B, BandReason.B_SevereOvercrowding, bsd, new DateOnly(2025, 6, 3)))
            .WithNeeds(n => n with { HealthWellbeing = HealthWellbeing(HealthWellbeingLevel.High), ChangeEvidenceReceivedAt = new DateTime(2026, 5, 1) });
        var decision = Assess(app);
        Assert.Equal(BandReason.B_HealthWellbeingHigh, decision.General!.Reason);
        Assert.Equal(bsd, decision.BandStartDate);
    }

    [Fact(DisplayName = "Homeless: the prevention duty date (001 §43.8)")]
    public void Assess_Homeless_PreventionDutyDate() =>
        Assert.Equal(new DateTime(2026, 2, 1), Assess(App().WithNeeds(n => n with { Homelessness = MainDuty() })).BandStartDate);

    [Fact(DisplayName = "Homeless never owed the prevention duty: the relief duty date (001 §43.8)")]
    public void Assess_HomelessNoPrevention_ReliefDutyDate() =>
        Assert.Equal(new DateTime(2026, 3, 1), Assess(App().WithNeeds(n => n with { Homelessness = MainDuty() with { PreventionDutyFrom = null } })).BandStartDate);

    [Fact(DisplayName = "Already in Band B for another need, band unchanged by homelessness: date unchanged (001 §43.11)")]
    public void Assess_AlreadyBandBThenHomeless_Unchanged()
    {
        var bsd = new DateTime(2025, 3, 3, 12, 0, 0);
        var app = WithHistory(App(), Past(Band.B, BandReason.B_HealthWellbeingHigh, bsd, new DateOnly(2025, 3, 3)))
            .WithNeeds(n => n with { Homelessness = MainDuty() });
        var decision = Assess(app);
        Assert.Equal(BandReason.B_StatutorilyHomeless, decision.General!.Reason);
        Assert.Equal(bsd, decision.BandStartDate);
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.Banding.BSD.HomelessSameBand");
    }

    [Fact(DisplayName = "HRA Qualifying Band B, then the full duty accepted: keeps the date (001 §43.12)")]
    public void Assess_HraThenMainDuty_KeepsDate()
    {
        var hraDate = new DateTime(2026, 1, 20);
        var app = WithHistory(App(), Past(Band.B, BandReason.B_HraQualifying, hraDate, new DateOnly(2026, 1, 25)))
            .WithNeeds(n => n with { Homelessness = MainDuty() });
        Assert.Equal(hraDate, Assess(app).BandStartDate);
    }

    [Fact(DisplayName = "Band D during prevention moving up to HRA Qualifying Band B: the prevention duty date (001 §43.9)")]
    public void Assess_HraDutyDToHraQualifyingB_PreventionDate()
    {
        var app = WithHistory(App(), Past(Band.D, BandReason.D_HraDutyPrsAppropriate, new DateTime(2026, 2, 1), new DateOnly(2026, 2, 1)))
            .WithNeeds(n => n with
            {
                Homelessness = new HomelessnessCase
                {
                    Stage = HomelessnessStage.Prevention,
                    OwedBy = DevonAuthorities.Exeter,
                    PreventionDutyFrom = new DateOnly(2026, 2, 1),
                    PrivateRentedAppropriate = Assessed(false),
                    HraQualifyingAccepted = Assessed(true),
                },
            });
        var decision = Assess(app);
        Assert.Equal(BandReason.B_HraQualifying, decision.General!.Reason);
        Assert.Equal(new DateTime(2026, 2, 1), decision.BandStartDate);
    }

    [Fact(DisplayName = "Move-on: the first Devon prevention case when earlier than the supported stay (001 §43.14)")]
    public void Assess_MoveOnPreventionEarlier_PreventionDate()
    {
        var app = App().WithHome(h => h with { Tenure = Tenure.SupportedAccommodation })
            .WithNeeds(n => n with
            {
                MoveOn = Assessed(new MoveOnAssessment { ReadyToMoveOn = true, PrivateRentedAppropriate = false, ContinuousStaySince = new DateOnly(2024, 6, 1) }),
                Homelessness = new HomelessnessCase { Stage = HomelessnessStage.UnderInvestigation, OwedBy = DevonAuthorities.Exeter, FirstDevonPreventionCaseOn = new DateOnly(2023, 11, 15) },
            });
        Assert.Equal(new DateTime(2023, 11, 15), Assess(app).BandStartDate);
    }

    [Fact(DisplayName = "Downsizing from 3 or more bedrooms: 5 extra years on the scoped award (001 §43.17)")]
    public void Assess_DownsizingFromThreeBeds_BackdatedFiveYears()
    {
        var app = App().WithHome(h => h with { Tenure = Tenure.PartnerLandlordTenant, BedroomsForExclusiveUse = 3, TenancyStartedOn = new DateOnly(2015, 1, 1) });
        var scoped = Assert.Single(Assess(app, Inputs(NeedOf(1, 3))).Scoped);
        Assert.Equal(Registered.AddYears(-5), scoped.BandStartDate);
    }

    [Fact(DisplayName = "Downsizing from 2 bedrooms: no backdate (001 §43.17)")]
    public void Assess_DownsizingFromTwoBeds_NoBackdate()
    {
        var app = App().WithHome(h => h with { Tenure = Tenure.PartnerLandlordTenant, BedroomsForExclusiveUse = 2, TenancyStartedOn = new DateOnly(2015, 1, 1) });
        Assert.Equal(Registered, Assert.Single(Assess(app, Inputs(NeedOf(1, 2))).Scoped).BandStartDate);
    }

    [Fact(DisplayName = "Downsizing backdate outside its trial window: no backdate (001 §43.17, ambiguity 25)")]
    public void Assess_DownsizingOutsideTrial_NoBackdate()
    {
        var app = App().WithHome(h => h with { Tenure = Tenure.PartnerLandlordTenant, BedroomsForExclusiveUse = 3, TenancyStartedOn = new DateOnly(2015, 1, 1) });
        var options = new DevonOptions { Banding = new BandingOptions { DownsizingBackdateUntil = AsOf.AddDays(-1) } };
        Assert.Equal(Registered, Assert.Single(Assess(app, Inputs(NeedOf(1, 3)), options).Scoped).BandStartDate);
    }

    [Fact(DisplayName = "A continuing scoped award keeps its recorded date (001 §43.7)")]
    public void Assess_ScopedAwardContinues_KeepsDate()
    {
        var held = new DateTime(2019, 4, 4, 9, 0, 0);
        var app = WithHistory(App().WithHome(h => h with { Tenure = Tenure.PartnerLandlordTenant, BedroomsForExclusiveUse = 3, TenancyStartedOn = new DateOnly(2015, 1, 1) }),
            Past(Band.E, BandReason.E_NoHousingNeed, Registered, new DateOnly(2025, 1, 10)),
            Past(Band.B, BandReason.B_UnderOccupation, held, new DateOnly(2025, 1, 10)) with { Scoped = true });
        Assert.Equal(held, Assert.Single(Assess(app, Inputs(NeedOf(1, 3))).Scoped).BandStartDate);
    }

    [Fact(DisplayName = "Cancelled at renewal and updated within 13 weeks: original date kept (001 §51.43)")]
    public void Assess_RenewalUpdatedWithinGrace_Kept()
    {
        var app = WithHistory(App(), Past(Band.C, BandReason.C_LackingOneBedroom, Registered, new DateOnly(2025, 1, 10)));
        app = app with { History = app.History with { RenewalCancellation = new RenewalCancellation(new DateOnly(2026, 2, 1), new DateOnly(2026, 4, 1)) } };
        Assert.Equal(Registered, Assess(app, LackingOne).BandStartDate);
    }

    [Fact(DisplayName = "Cancelled at renewal and updated after 13 weeks: a new date (001 §51.43)")]
    public void Assess_RenewalUpdatedLate_NewDate()
    {
        var app = WithHistory(App(), Past(Band.C, BandReason.C_LackingOneBedroom, Registered, new DateOnly(2025, 1, 10)));
        app = app with { History = app.History with { RenewalCancellation = new RenewalCancellation(new DateOnly(2026, 1, 1), new DateOnly(2026, 5, 1)) } };
        var decision = Assess(app, LackingOne);
        Assert.Equal(new DateTime(2026, 5, 1), decision.BandStartDate);
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.Banding.BSD.RenewalLapsed");
    }

    [Fact(DisplayName = "Band B is monitored every 3 months (001 §29.1)")]
    public void Assess_BandBWithoutOwnReview_ThreeMonthMonitoring()
    {
        var decision = Assess(App(), Inputs(NeedOf(3, 1, Overcrowding.Severe)));
        Assert.Equal(new DateOnly(2026, 7, 10), decision.General!.ReviewDue);
        Assert.Equal(decision.General.ReviewDue, decision.NextReviewDue);
    }

    [Fact(DisplayName = "Downsizing: the 5 years are added to the current band start date (001 §43.17)")]
    public void Assess_DownsizingWithHistory_FromCurrentBandStartDate()
    {
        var current = new DateTime(2021, 8, 9, 13, 0, 0);
        var app = WithHistory(App().WithHome(h => h with { Tenure = Tenure.PartnerLandlordTenant, BedroomsForExclusiveUse = 4, TenancyStartedOn = new DateOnly(2015, 1, 1) }),
            Past(Band.C, BandReason.C_HealthWellbeingMedium, current, new DateOnly(2021, 8, 9)))
            .WithNeeds(n => n with { HealthWellbeing = HealthWellbeing(HealthWellbeingLevel.Medium) });
        var decision = Assess(app, Inputs(NeedOf(2, 4)));
        Assert.Equal(current, decision.BandStartDate);
        Assert.Equal(current.AddYears(-5), Assert.Single(decision.Scoped).BandStartDate);
    }
}
