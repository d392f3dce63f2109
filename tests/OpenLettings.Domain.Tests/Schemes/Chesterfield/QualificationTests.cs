using OpenLettings.Domain.Common;
using OpenLettings.Domain.Options;
using OpenLettings.Domain.Schemes.Chesterfield;
using static OpenLettings.Domain.Tests.Schemes.Chesterfield.ChesterfieldTestData;

namespace OpenLettings.Domain.Tests.Schemes.Chesterfield;

public class QualificationTests
{
    private static ChesterfieldApplication AgedOn(int years, int extraDays = 10) =>
        Single() with { Household = new() { Members = [MainApplicant(AsOf.AddYears(-years).AddDays(-extraDays))] } };

    [Fact(DisplayName = "Applicants under 16 do not qualify (003 Appendix B 5(viii))")]
    public void Assess_Aged15_NotQualifying()
    {
        var result = Assess(AgedOn(15));
        Assert.Equal(RegistrationStatus.NotQualifying, result.Status);
        Assert.Contains("CBC.Qualify.TooYoung", result.RuleIds());
    }

    [Fact(DisplayName = "A 16 year old is pending while capability is assessed (003 Appendix B 5(iv))")]
    public void Assess_Aged16NoAssessment_Pending()
    {
        var result = Assess(AgedOn(16));
        Assert.Equal(RegistrationStatus.Pending, result.Status);
        Assert.Contains("CBC.Qualify.MinorPending", result.RuleIds());
    }

    [Fact(DisplayName = "A 17 year old not capable stays pending until 18 (003 Appendix B 5(iv))")]
    public void Assess_Aged17NotCapable_PendingUntil18()
    {
        var app = AgedOn(17) with { MinorAssessment = new MinorApplicantAssessment { CapableOfManagingTenancy = false } };
        var result = Assess(app);
        Assert.Equal(RegistrationStatus.Pending, result.Status);
        Assert.Equal(AsOf.AddYears(1).AddDays(-10), result.Qualification.BarredUntil);
    }

    [Fact(DisplayName = "A 16 year old assessed capable is live (003 Appendix B 5(iv))")]
    public void Assess_Aged16Capable_Live()
    {
        var app = AgedOn(16) with { MinorAssessment = new MinorApplicantAssessment { CapableOfManagingTenancy = true } };
        Assert.Equal(RegistrationStatus.Live, Assess(app).Status);
    }

    [Theory(DisplayName = "A 16/17 year old not capable is live under one of the four exceptions (003 Appendix B 5(iv))")]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Assess_MinorWithException_Live(int which)
    {
        var minor = new MinorApplicantAssessment
        {
            CapableOfManagingTenancy = false,
            SocialCarePriorityNomination = which == 0,
            AccreditedSupportProviderMoveOn = which == 1,
            MoveOnSupportPackageInPlace = which == 2,
            AcceptedHomeless = which == 3,
        };
        Assert.Equal(RegistrationStatus.Live, Assess(AgedOn(17) with { MinorAssessment = minor }).Status);
    }

    [Fact(DisplayName = "At 18 no capability assessment is needed (003 Appendix B 5(iv))")]
    public void Assess_Aged18_Live() => Assert.Equal(RegistrationStatus.Live, Assess(AgedOn(18)).Status);

    [Fact(DisplayName = "Tenancy debt of exactly £1,000 does not qualify: '£1,000 or more' (003 Appendix B 5(viii)(c))")]
    public void Assess_Debt1000_NotQualifying()
    {
        var app = Single() with { Debt = new HousingDebt { Amount = new Money(1000m), PaymentPlanInPlace = true, WeeksOfRegularPayments = 40 } };
        var result = Assess(app);
        Assert.Equal(RegistrationStatus.NotQualifying, result.Status);
        Assert.Contains("CBC.Qualify.ArrearsOverLimit", result.RuleIds());
    }

    [Fact(DisplayName = "With the 'over £1,000' reading, exactly £1,000 falls to the payment-record rule (003 Appendix A; ambiguity 6)")]
    public void Assess_Debt1000AboveComparison_PaymentRecordRule()
    {
        var app = Single() with { Debt = new HousingDebt { Amount = new Money(1000m), PaymentPlanInPlace = true, WeeksOfRegularPayments = 16 } };
        Assert.Equal(RegistrationStatus.Live, Assess(app, o => o with { ArrearsComparison = ThresholdComparison.Above }).Status);
    }

    [Fact(DisplayName = "Debt under £1,000 with a plan and 16 weeks of payments qualifies (003 Appendix B 5(viii)(c))")]
    public void Assess_DebtUnderLimitWith16Weeks_Live()
    {
        var app = Single() with { Debt = new HousingDebt { Amount = new Money(999.99m), PaymentPlanInPlace = true, WeeksOfRegularPayments = 16 } };
        Assert.Equal(RegistrationStatus.Live, Assess(app).Status);
    }

    [Fact(DisplayName = "Debt under £1,000 with only 15 weeks of payments is deferred (pending) (003 Appendix B 5(viii)(c); Appendix A)")]
    public void Assess_DebtUnderLimitWith15Weeks_Pending()
    {
        var app = Single() with { Debt = new HousingDebt { Amount = new Money(400m), PaymentPlanInPlace = true, WeeksOfRegularPayments = 15 } };
        var result = Assess(app);
        Assert.Equal(RegistrationStatus.Pending, result.Status);
        Assert.Contains("CBC.Qualify.ArrearsNoRecord", result.RuleIds());
        Assert.Equal(RegistrationStatus.NotQualifying, Assess(app, o => o with { ArrearsWithoutRecord = ArrearsDeferralOutcome.NotQualifying }).Status);
    }

    [Fact(DisplayName = "The 16-week record is an option (003 Appendix B 5(viii)(c))")]
    public void Assess_PaymentWeeksOption_Respected()
    {
        var app = Single() with { Debt = new HousingDebt { Amount = new Money(400m), PaymentPlanInPlace = true, WeeksOfRegularPayments = 10 } };
        Assert.Equal(RegistrationStatus.Live, Assess(app, o => o with { MinimumPaymentRecordWeeks = 8 }).Status);
    }

    [Fact(DisplayName = "Debt of £1,000 or more qualifies when moving is the only way to stop arrears growing (003 Appendix B 5(viii)(c))")]
    public void Assess_DebtMoveOnlyWay_Live()
    {
        var app = Single() with { Debt = new HousingDebt { Amount = new Money(2500m), MoveIsOnlyWayToStopArrears = true } };
        var result = Assess(app);
        Assert.Equal(RegistrationStatus.Live, result.Status);
        Assert.Contains("CBC.Qualify.ArrearsMoveOnlyWay", result.RuleIds());
    }

    [Fact(DisplayName = "Unacceptable behaviour bars registration for 12 months from the decision (003 Appendix B 5(viii)(c))")]
    public void Assess_BehaviourWithin12Months_NotQualifying()
    {
        var decided = new DateOnly(2025, 6, 2);
        var app = Single() with { Exclusions = [new ExclusionDecision { Ground = ExclusionGround.UnacceptableBehaviour, DecidedOn = decided }] };
        var result = Assess(app);
        Assert.Equal(RegistrationStatus.NotQualifying, result.Status);
        Assert.Equal(new DateOnly(2026, 6, 2), result.Qualification.BarredUntil);
        Assert.Equal(RegistrationStatus.Live, Assess(app, asOf: new DateOnly(2026, 6, 2)).Status);
    }

    [Fact(DisplayName = "A further exclusion decision renews the bar (003 Appendix B 5(viii)(c))")]
    public void Assess_BehaviourRenewed_StillNotQualifying()
    {
        var app = Single() with
        {
            Exclusions =
            [
                new ExclusionDecision { Ground = ExclusionGround.UnacceptableBehaviour, DecidedOn = new DateOnly(2024, 1, 1) },
                new ExclusionDecision { Ground = ExclusionGround.UnacceptableBehaviour, DecidedOn = new DateOnly(2026, 1, 10) },
            ],
        };
        Assert.Equal(RegistrationStatus.NotQualifying, Assess(app).Status);
    }

    [Fact(DisplayName = "A lifted exclusion no longer bars (003 Appendix B 5(viii)(c))")]
    public void Assess_BehaviourLifted_Live()
    {
        var app = Single() with { Exclusions = [new ExclusionDecision { Ground = ExclusionGround.UnacceptableBehaviour, DecidedOn = new DateOnly(2026, 1, 1), LiftedOn = new DateOnly(2026, 5, 1) }] };
        Assert.Equal(RegistrationStatus.Live, Assess(app).Status);
    }

    [Fact(DisplayName = "The behaviour bar length is an option (003 Appendix B 5(viii)(c))")]
    public void Assess_BehaviourBarOption_Shorter()
    {
        var app = Single() with { Exclusions = [new ExclusionDecision { Ground = ExclusionGround.UnacceptableBehaviour, DecidedOn = new DateOnly(2025, 10, 1) }] };
        Assert.Equal(RegistrationStatus.NotQualifying, Assess(app).Status);
        Assert.Equal(RegistrationStatus.Live, Assess(app, o => o with { BehaviourBarMonths = 6 }).Status);
    }

    [Fact(DisplayName = "False information bars for up to 12 months (003 Appendix B 5(viii)(d)(iii))")]
    public void Assess_FalseInformation_BarredForGivenMonths()
    {
        var app = Single() with { Exclusions = [new ExclusionDecision { Ground = ExclusionGround.FalseInformation, DecidedOn = new DateOnly(2026, 3, 1), Months = 6 }] };
        Assert.Equal(RegistrationStatus.NotQualifying, Assess(app).Status);
        Assert.Equal(RegistrationStatus.Live, Assess(app, asOf: new DateOnly(2026, 9, 1)).Status);
    }

    [Fact(DisplayName = "Owner-occupiers without exceptional circumstances do not qualify (003 Appendix B 5(viii)(b))")]
    public void Assess_OwnerNoExceptionalCircumstances_NotQualifying()
    {
        var app = Single().WithHome(ChesterfieldTenure.OwnerOccupier, 2) with { Resources = new ChesterfieldResources { OwnsHome = true, PropertyValue = new Money(60000m) } };
        var result = Assess(app);
        Assert.Equal(RegistrationStatus.NotQualifying, result.Status);
        Assert.Contains("CBC.Qualify.OwnerNotExceptional", result.RuleIds());
    }

    [Fact(DisplayName = "Owner-occupiers with an accepted exceptional circumstance qualify, in D-3 (003 Appendix B 5(viii)(b), 7(viii))")]
    public void Assess_OwnerExceptional_LiveBandD3()
    {
        var app = Single().WithHome(ChesterfieldTenure.OwnerOccupier, 2) with
        {
            Resources = new ChesterfieldResources { OwnsHome = true, ExceptionalCircumstance = OwnerExceptionalCircumstance.LowLevelSupportEligibleForExtracare, PropertyValue = new Money(60000m) },
        };
        var result = Assess(app);
        Assert.Equal(RegistrationStatus.Live, result.Status);
        Assert.Contains(BandReasonCode.D3OwnerOccupier, result.Banding.ReasonCodes);
    }

    [Fact(DisplayName = "Under the consultation's test an owner qualifies with any housing need (003 Appendix A 'Owner occupiers')")]
    public void Assess_OwnerHousingNeedTest_QualifiesWithNeed()
    {
        var owner = Single().WithHome(ChesterfieldTenure.OwnerOccupier, 2) with { Resources = new ChesterfieldResources { OwnsHome = true } };
        static ChesterfieldOptions Need(ChesterfieldOptions o) => o with { OwnerOccupiers = OwnerOccupierTest.HousingNeed };
        Assert.Equal(RegistrationStatus.NotQualifying, Assess(owner, Need).Status);
        Assert.Equal(RegistrationStatus.Live, Assess(owner.WithAward(BandReasonCode.C4MediumMedical), Need).Status);
    }

    [Fact(DisplayName = "Rehoused within 2 years of the tenancy start: does not qualify (003 Appendix B 5(viii))")]
    public void Assess_RehousedWithinTwoYears_NotQualifying()
    {
        var app = Single() with { RehousedThroughHomeOptionsOn = new DateOnly(2025, 1, 1) };
        var result = Assess(app);
        Assert.Equal(RegistrationStatus.NotQualifying, result.Status);
        Assert.Equal(new DateOnly(2027, 1, 1), result.Qualification.BarredUntil);
    }

    [Theory(DisplayName = "Rehoused within 2 years: qualifies if the criteria for band A, B or C are met (003 Appendix B 5(viii))")]
    [InlineData(BandReasonCode.A1UrgentMedical)]
    [InlineData(BandReasonCode.BPlus1MainDuty)]
    [InlineData(BandReasonCode.B5Medical)]
    [InlineData(BandReasonCode.C5MediumSocial)]
    public void Assess_RehousedWithBandNeed_Live(BandReasonCode code)
    {
        var app = (Single() with { RehousedThroughHomeOptionsOn = new DateOnly(2025, 1, 1) }).WithAward(code);
        var result = Assess(app);
        Assert.Equal(RegistrationStatus.Live, result.Status);
        Assert.Contains("CBC.Qualify.RehousedButNeed", result.RuleIds());
    }

    [Fact(DisplayName = "Rehoused more than 2 years ago: qualifies (003 Appendix B 5(viii))")]
    public void Assess_RehousedOverTwoYearsAgo_Live() =>
        Assert.Equal(RegistrationStatus.Live, Assess(Single() with { RehousedThroughHomeOptionsOn = new DateOnly(2024, 6, 1) }).Status);

    [Fact(DisplayName = "Chesterfield's register is open to all: failing the residency requirement does not bar (003 §3.13-3.14)")]
    public void Assess_NoResidency_StillLive()
    {
        var result = Assess(Single().OutOfArea());
        Assert.Equal(RegistrationStatus.Live, result.Status);
        Assert.False(result.Residency.MeetsRequirement);
        Assert.Contains("CBC.Residency.NotMet", result.RuleIds());
    }

    [Fact(DisplayName = "With the partnership's rule, no residency and no exemption does not qualify (003 Appendix B 5(viii)(a))")]
    public void Assess_NoResidencyWithBar_NotQualifying() =>
        Assert.Equal(RegistrationStatus.NotQualifying, Assess(Single().OutOfArea(), o => o with { LocalResidencyIsQualificationBar = true }).Status);

    [Theory(DisplayName = "Exemption classes meet the partnership's bar (003 Appendix B 5(viii)(a))")]
    [InlineData(ResidencyExemption.ArmedForcesServing)]
    [InlineData(ResidencyExemption.ArmedForcesBereavedPartner)]
    [InlineData(ResidencyExemption.InjuredReservist)]
    [InlineData(ResidencyExemption.RightToMove)]
    [InlineData(ResidencyExemption.CareLeaverSection23C)]
    [InlineData(ResidencyExemption.CareLeaverSection22A)]
    [InlineData(ResidencyExemption.TemporarilyAwayFleeingViolence)]
    [InlineData(ResidencyExemption.NormallyResidentTemporarilyAway)]
    [InlineData(ResidencyExemption.RefugeResident)]
    [InlineData(ResidencyExemption.FleeingViolenceFromElsewhere)]
    public void Assess_ExemptionWithBar_Live(ResidencyExemption exemption)
    {
        var app = Single() with { Residency = new ChesterfieldResidency { Exemptions = [exemption] } };
        Assert.Equal(RegistrationStatus.Live, Assess(app, o => o with { LocalResidencyIsQualificationBar = true }).Status);
    }

    [Fact(DisplayName = "An option change applies from its effective date (003 §2.4, §3.23 'reviewed annually')")]
    public void Assess_ScheduledEquityLimitChange_AppliesFromDate()
    {
        var schedule = OptionSchedule<ChesterfieldOptions>.Always(new ChesterfieldOptions())
            .WithChange(new DateOnly(2026, 4, 1), new ChesterfieldOptions { EquityLimit = new Money(90000m) });
        var scheme = new ChesterfieldScheme(schedule);
        var app = Single() with { Resources = new ChesterfieldResources { SavingsAndInvestments = new Money(80000m) } };
        Assert.True(scheme.Assess(app, new DateOnly(2026, 3, 31)).Equity.AtOrAboveLimit);
        var after = scheme.Assess(app, AsOf);
        Assert.False(after.Equity.AtOrAboveLimit);
        Assert.Contains(after.Reasons[0].Facts, f => f.Value == "from 2026-04-01");
    }
}

public class PendingStatusTests
{
    [Fact(DisplayName = "B-1 move-on is deferred until the provider confirms readiness; the date is the Band B award (003 Appendix B 7(vi) B-1)")]
    public void Assess_MoveOnNotConfirmed_PendingWithAwardDate()
    {
        var awarded = new DateOnly(2026, 2, 10);
        var app = Single().WithAward(BandReasonCode.B1MoveOn, awarded);
        var pending = Assess(app);
        Assert.Equal(RegistrationStatus.Pending, pending.Status);
        Assert.Equal(awarded, pending.PriorityDate);
        var live = Assess(app with { MoveOnReadyConfirmed = true });
        Assert.Equal(RegistrationStatus.Live, live.Status);
        Assert.Equal(awarded, live.PriorityDate);
    }

    [Fact(DisplayName = "In prison without a release date: pending, accruing time (003 Appendix B 5(v), 5(ix))")]
    public void Assess_NoReleaseDate_Pending() =>
        Assert.Equal(RegistrationStatus.Pending, Assess(Single() with { InInstitutionWithoutReleaseDate = true }).Status);

    [Fact(DisplayName = "Not ready to move: pending, accruing time (003 Appendix B 5(ix))")]
    public void Assess_NotReadyToMove_PendingKeepsDate()
    {
        var result = Assess(Single() with { NotReadyToMove = true });
        Assert.Equal(RegistrationStatus.Pending, result.Status);
        Assert.Equal(AppliedOn, result.PriorityDate);
    }
}

public class EligibilityTests
{
    [Fact(DisplayName = "Persons subject to immigration control are ineligible unless already social tenants or in a prescribed class (003 Appendix B 5(vii))")]
    public void Assess_ImmigrationControl_Ineligible()
    {
        var app = Single() with { Eligibility = new ChesterfieldEligibility { SubjectToImmigrationControl = true } };
        Assert.Equal(RegistrationStatus.Ineligible, Assess(app).Status);
        Assert.Equal(RegistrationStatus.Live, Assess(app with { Eligibility = app.Eligibility with { ExistingSocialTenantOrPrescribedClass = true } }).Status);
    }

    [Fact(DisplayName = "Failing the habitual residence test or having no right to reside is ineligible (003 Appendix B 5(vii))")]
    public void Assess_HabitualResidenceOrRightToReside_Ineligible()
    {
        Assert.Equal(RegistrationStatus.Ineligible, Assess(Single() with { Eligibility = new ChesterfieldEligibility { FailedHabitualResidenceTest = true } }).Status);
        Assert.Equal(RegistrationStatus.Ineligible, Assess(Single() with { Eligibility = new ChesterfieldEligibility { NoRightToReside = true } }).Status);
    }

    [Fact(DisplayName = "Ineligible applicants cannot bid (003 Appendix B 5(vii), 10(i))")]
    public void Shortlist_Ineligible_Excluded()
    {
        var app = Single() with { Eligibility = new ChesterfieldEligibility { NoRightToReside = true } };
        var result = ChesterfieldScheme.Default().Shortlist(Advert(), [Bid("x", app)], AsOf);
        Assert.Equal(ExclusionKind.CannotBid, Assert.Single(result.Excluded).Kind);
    }
}
