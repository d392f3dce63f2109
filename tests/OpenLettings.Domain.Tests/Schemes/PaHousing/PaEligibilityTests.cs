using OpenLettings.Domain.Common;
using OpenLettings.Domain.Options;
using OpenLettings.Domain.Schemes.PaHousing;
using static OpenLettings.Domain.Tests.Schemes.PaHousing.PaTestData;

namespace OpenLettings.Domain.Tests.Schemes.PaHousing;

public class PaEligibilityTests
{
    private static PaEligibilityDecision Eligibility(PaHousingApplication app, PaHousingOptions? options = null) =>
        (options is null ? Scheme : new PaHousingScheme(OptionSchedule<PaHousingOptions>.Always(options))).Assess(app, AsOf).Eligibility;

    private static bool Fails(PaEligibilityDecision decision, string rule) => decision.Failures.Any(r => r.RuleId == "PA.Eligibility." + rule);

    private static PaHousingApplication WithIncome(PaHousingApplication app, decimal employment, decimal benefits = 0m) =>
        app with { Finances = app.Finances with { Income = [new(IncomeKind.Employment, new Money(employment)), new(IncomeKind.WelfareBenefit, new Money(benefits))] } };

    [Fact(DisplayName = "A default applicant is eligible (004 §4.1)")]
    public void Assess_DefaultApplicant_IsEligible()
    {
        var decision = Eligibility(Application());
        Assert.True(decision.Eligible);
        Assert.Empty(decision.Failures);
    }

    [Theory(DisplayName = "16-18 year olds only in exceptional circumstances (004 §4.1)")]
    [InlineData(17, false, false)]
    [InlineData(18, false, false)]
    [InlineData(17, true, true)]
    [InlineData(19, false, true)]
    public void Assess_YoungApplicant_NeedsExceptionalCircumstances(int age, bool exceptional, bool eligible)
    {
        var app = Application(Applicant(age)) with
        {
            Approvals = new PaApprovals { YoungApplicantExceptionalCircumstances = exceptional ? Decided(true) : null },
        };
        var decision = Eligibility(app);
        Assert.Equal(eligible, decision.Eligible);
        Assert.Equal(!eligible, Fails(decision, "YoungApplicant"));
    }

    [Fact(DisplayName = "Nobody under 16 holds a tenancy, even with exceptional circumstances (004 §4.1)")]
    public void Assess_Under16_IsIneligible()
    {
        var app = Application(Applicant(15)) with { Approvals = new PaApprovals { YoungApplicantExceptionalCircumstances = Decided(true) } };
        Assert.True(Fails(Eligibility(app), "UnderMinimumAge"));
    }

    [Theory(DisplayName = "Right to Rent: checked by the nominating authority, by PA Housing for direct applicants (004 §4.1, §4.4)")]
    [InlineData(PaRoute.DirectApplicant, RightToRentStatus.NotChecked, false)]
    [InlineData(PaRoute.DirectApplicant, RightToRentStatus.Confirmed, true)]
    [InlineData(PaRoute.LocalAuthorityNomination, RightToRentStatus.NotChecked, true)]
    [InlineData(PaRoute.LocalAuthorityNomination, RightToRentStatus.NoRightToRent, false)]
    [InlineData(PaRoute.KeyWorker, RightToRentStatus.NotChecked, false)]
    public void Assess_RightToRent_DependsOnRoute(PaRoute route, RightToRentStatus status, bool eligible)
    {
        var decision = Eligibility(Application() with { Route = route, RightToRent = status });
        Assert.Equal(eligible, !Fails(decision, "RightToRent"));
    }

    [Theory(DisplayName = "Household income threshold £50,000, welfare benefits excluded (004 §4.1)")]
    [InlineData(50_000, 0, true)]
    [InlineData(50_000.01, 0, false)]
    [InlineData(45_000, 20_000, true)]
    public void Assess_IncomeThreshold_ExcludesWelfareBenefits(decimal employment, decimal benefits, bool eligible)
    {
        var decision = Eligibility(WithIncome(Application(), employment, benefits));
        Assert.Equal(eligible, decision.Eligible);
        if (!eligible)
        {
            var reason = decision.Failures.Single(r => r.RuleId == "PA.Eligibility.FinancialThresholds");
            Assert.Equal("004 §4.1", reason.Citation.ToString());
        }
    }

    [Theory(DisplayName = "Savings of £20,000: over the Midlands' £16,000, within London's and the South East's £30,000 (004 §4.1)")]
    [InlineData(SubRegion.Midlands, false)]
    [InlineData(SubRegion.London, true)]
    [InlineData(SubRegion.SouthEast, true)]
    public void Assess_SameSavingsDifferentSubRegions_TreatedDifferently(SubRegion region, bool eligible)
    {
        var app = Application().In(region) with { Finances = new PaFinances { Savings = new Money(20_000m) } };
        if (region != SubRegion.Midlands)
        {
            app = app with { Route = PaRoute.KeyWorker };
        }

        Assert.Equal(eligible, !Fails(Eligibility(app), "FinancialThresholds"));
    }

    [Fact(DisplayName = "Savings and assets over £30,000 in London are above the threshold (004 §4.1)")]
    public void Assess_LondonSavingsPlusAssetsOver30000_IsIneligible()
    {
        var app = Application().In(SubRegion.London) with { Route = PaRoute.KeyWorker, Finances = new PaFinances { Savings = new Money(20_000m), AssetValue = new Money(10_000.01m) } };
        Assert.True(Fails(Eligibility(app), "FinancialThresholds"));
        var separately = new PaHousingOptions { CombineSavingsAndAssets = false };
        Assert.False(Fails(Eligibility(app, separately), "FinancialThresholds"));
    }

    [Fact(DisplayName = "Above the thresholds only with the Executive Director of Operations' approval (004 §4.1)")]
    public void Assess_AboveThresholdsWithApproval_IsEligible()
    {
        var app = WithIncome(Application(), 60_000m) with { Approvals = new PaApprovals { AboveFinancialThresholds = Decided(true) } };
        var decision = Eligibility(app);
        Assert.True(decision.Eligible);
        Assert.Contains(decision.Reasons.Single(r => r.RuleId == "PA.Eligibility.FinancialThresholds").Facts, f => f.Name == "decided by");
    }

    [Fact(DisplayName = "Local authority thresholds are adopted for transferring households (004 §4.1)")]
    public void Assess_LocalAuthorityThreshold_AppliesToTransfersOnly()
    {
        var options = new PaHousingOptions
        {
            LocalAuthorityThresholds = new PaHousingOptions().LocalAuthorityThresholds.Add(Nottingham, new LocalFinancialThresholds { Income = new Money(40_000m) }),
        };
        Assert.True(Fails(Eligibility(WithIncome(Transfer(), 45_000m), options), "FinancialThresholds"));
        Assert.False(Fails(Eligibility(WithIncome(Application(), 45_000m), options), "FinancialThresholds"));
    }

    [Fact(DisplayName = "Nominees' finances are for the nominating authority unless the option says otherwise (004 §4.1)")]
    public void Assess_NomineeAboveThreshold_EligibleByDefault()
    {
        var app = WithIncome(Application(), 70_000m) with { Route = PaRoute.LocalAuthorityNomination };
        Assert.True(Eligibility(app).Eligible);
        Assert.True(Fails(Eligibility(app, new PaHousingOptions { FinancialThresholdsApplyToNominations = true }), "FinancialThresholds"));
    }

    [Fact(DisplayName = "Undisclosed savings found later are fraud (004 §4.1)")]
    public void Assess_UndisclosedResources_IsIneligible() =>
        Assert.True(Fails(Eligibility(Application() with { Finances = new PaFinances { UndisclosedResourcesFound = true } }), "UndisclosedResources"));

    [Fact(DisplayName = "Owner occupiers are not usually eligible (004 §4.1)")]
    public void Assess_OwnerOccupierGeneralNeeds_IsIneligible()
    {
        var app = Application(Applicant(70)) with { CurrentHome = new PaCurrentHome { Tenure = PaTenure.OwnerOccupier, Bedrooms = 2 } };
        Assert.True(Fails(Eligibility(app), "OwnerOccupier"));
    }

    [Theory(DisplayName = "Owner occupiers for Independent Living: evidenced need and equity within the sub-region's asset threshold (004 §4.1)")]
    [InlineData(SubRegion.Midlands, false)]
    [InlineData(SubRegion.London, true)]
    public void Assess_OwnerOccupierIndependentLiving_DependsOnSubRegionAssetThreshold(SubRegion region, bool eligible)
    {
        var app = Application(Applicant(70)).In(region) with
        {
            SeekingIndependentLiving = true,
            CurrentHome = new PaCurrentHome { Tenure = PaTenure.OwnerOccupier, Bedrooms = 2 },
            Finances = new PaFinances { AssetValue = new Money(25_000m) },
            Approvals = new PaApprovals { OwnerOccupierIndependentLivingNeed = Decided(true) },
        };
        var decision = Eligibility(app);
        Assert.Equal(eligible, !Fails(decision, "OwnerOccupier"));
        Assert.Equal(eligible, decision.Eligible);
    }

    [Theory(DisplayName = "Tenants must have lived in their home 12 months before transferring (004 §4.1)")]
    [InlineData(11, false)]
    [InlineData(12, true)]
    public void Assess_TransferMonthsInHome_Twelve(int months, bool eligible)
    {
        var app = Transfer();
        app = app with { CurrentHome = app.CurrentHome with { TenancyStartDate = AsOf.AddMonths(-months) } };
        var decision = Eligibility(app);
        Assert.Equal(eligible, !Fails(decision, "TwelveMonthsInHome"));
    }

    [Fact(DisplayName = "No transfer within 12 months of a mutual exchange unless a sudden unforeseen change (004 §6.4)")]
    public void Assess_TransferAfterRecentMutualExchange_NeedsSuddenChange()
    {
        var app = Transfer();
        app = app with { CurrentHome = app.CurrentHome with { TenancyStartDate = AsOf.AddMonths(-4), MovedInByMutualExchange = true } };
        Assert.False(Fails(Eligibility(app), "TwelveMonthsInHome"));
        Assert.True(Fails(Eligibility(app), "MutualExchangeTwelveMonths"));
        var changed = app with { Approvals = new PaApprovals { SuddenUnforeseenChange = Decided(true) } };
        Assert.False(Fails(Eligibility(changed), "MutualExchangeTwelveMonths"));
    }

    [Fact(DisplayName = "Transfer: starter period, inspection, rechargeable debt (004 §4.1)")]
    public void Assess_TransferConditions_EachBars()
    {
        var app = Transfer();
        Assert.True(Fails(Eligibility(app with { CurrentHome = app.CurrentHome with { StarterPeriodCompleted = false } }), "StarterPeriod"));
        Assert.True(Fails(Eligibility(app with { CurrentHome = app.CurrentHome with { PreTransferInspection = null } }), "PreTransferInspection"));
        Assert.True(Fails(Eligibility(app with { CurrentHome = app.CurrentHome with { PreTransferInspection = Decided(false) } }), "PreTransferInspection"));
        Assert.True(Fails(Eligibility(app with { CurrentHome = app.CurrentHome with { RechargeableWorksDebt = new Money(50m) } }), "RechargeableDebt"));
    }

    [Fact(DisplayName = "Key worker tenants may not transfer (004 §6.2)")]
    public void Assess_KeyWorkerTenancyTransfer_IsIneligible()
    {
        var app = Transfer();
        Assert.True(Fails(Eligibility(app with { CurrentHome = app.CurrentHome with { KeyWorkerTenancy = true } }), "KeyWorkerTenancy"));
    }

    [Theory(DisplayName = "Arrears guidance: up to £500 cleared or 3 months' plan; £501-£1,000 6 months; over £1,000 exceptional (004 §4.1)")]
    [InlineData(400, 3, true)]
    [InlineData(400, 2, false)]
    [InlineData(500, 3, true)]
    [InlineData(800, 5, false)]
    [InlineData(800, 6, true)]
    [InlineData(1_000, 6, true)]
    [InlineData(1_200, 24, false)]
    public void Assess_TransferWithArrears_FollowsGuidanceTiers(decimal arrears, int months, bool eligible)
    {
        var app = Transfer();
        app = app with { CurrentHome = app.CurrentHome with { RentArrears = new Money(arrears), MonthsKeptToRepaymentPlan = months } };
        Assert.Equal(eligible, !Fails(Eligibility(app), "RentArrears"));
    }

    [Theory(DisplayName = "The Head of Income and Inclusion's discretion decides over the guidance (004 §4.1)")]
    [InlineData(1_200, 0, true)]
    [InlineData(300, 12, false)]
    public void Assess_ArrearsDiscretion_Overrides(decimal arrears, int months, bool discretion)
    {
        var app = Transfer();
        app = app with
        {
            CurrentHome = app.CurrentHome with { RentArrears = new Money(arrears), MonthsKeptToRepaymentPlan = months },
            Approvals = new PaApprovals { ArrearsDiscretion = Decided(discretion) },
        };
        Assert.Equal(discretion, !Fails(Eligibility(app), "RentArrears"));
    }

    [Fact(DisplayName = "Threats to staff bar an applicant unless the Executive Director authorises (004 §4.1)")]
    public void Assess_ThreatsToStaff_BarUnlessAuthorised()
    {
        var app = Application() with { Conduct = new PaConduct { ThreatenedStaff = true } };
        Assert.True(Fails(Eligibility(app), "ThreatsToStaff"));
        var authorised = app with { Conduct = app.Conduct with { ThreatsAuthorisation = Decided(true) } };
        Assert.True(Eligibility(authorised).Eligible);
    }

    [Theory(DisplayName = "Fraud, deception and Schedule 2 breaches bar an applicant (004 §4.1, §6.5, §7.1)")]
    [InlineData("TenancyByDeception")]
    [InlineData("Schedule2Breach")]
    [InlineData("FalseInformation")]
    [InlineData("FormerEmployeeConviction")]
    [InlineData("DismissedEmployee")]
    public void Assess_BarringConduct_IsIneligible(string rule)
    {
        var conduct = rule switch
        {
            "TenancyByDeception" => new PaConduct { ObtainedTenancyByPaymentOrDeception = true },
            "Schedule2Breach" => new PaConduct { BreachGivingPossessionGround = true },
            "FalseInformation" => new PaConduct { FalseOrMisleadingInformation = true },
            "FormerEmployeeConviction" => new PaConduct { FormerEmployeeWithRelatedConviction = true },
            _ => new PaConduct { DismissedByPaHousing = true },
        };
        Assert.True(Fails(Eligibility(Application() with { Conduct = conduct }), rule));
    }

    [Fact(DisplayName = "Intentional worsening by mutual exchange bars a transfer (004 §4.11)")]
    public void Assess_WorsenedByMutualExchange_IsIneligible()
    {
        var decision = Eligibility(Transfer() with { WorsenedByMutualExchange = Decided(true) });
        Assert.True(Fails(decision, "WorsenedByMutualExchange"));
        Assert.Equal("004 §4.11", decision.Failures.Single(r => r.RuleId.EndsWith("WorsenedByMutualExchange", StringComparison.Ordinal)).Citation.ToString());
    }

    [Fact(DisplayName = "A scheduled change to the income threshold applies from its date (004 §4.1)")]
    public void Assess_IncomeThresholdScheduledChange_AppliesFromEffectiveDate()
    {
        var schedule = OptionSchedule<PaHousingOptions>.Always(new PaHousingOptions())
            .WithChange(new DateOnly(2026, 9, 1), new PaHousingOptions { IncomeThreshold = new Money(60_000m) });
        var scheme = new PaHousingScheme(schedule);
        var app = WithIncome(Application(), 55_000m);
        Assert.False(scheme.Assess(app, AsOf).Eligibility.Eligible);
        Assert.True(scheme.Assess(app, new DateOnly(2026, 9, 1)).Eligibility.Eligible);
    }

    [Fact(DisplayName = "An ineligible decision gives the 21-day appeal deadline (004 §4.12)")]
    public void Assess_Ineligible_HasAppealDeadline()
    {
        var result = Assess(Application() with { Conduct = new PaConduct { ThreatenedStaff = true } });
        Assert.Equal(AsOf.AddDays(21), result.AppealBy);
        Assert.Null(Assess(Application().WithNeeds(PaNeed.MedicalNeed)).AppealBy);
    }
}
