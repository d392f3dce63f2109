using OpenLettings.Domain.Common;
using OpenLettings.Domain.Schemes.SwanTransfer;
using static OpenLettings.Domain.Tests.Schemes.SwanTransfer.SwanTestData;

namespace OpenLettings.Domain.Tests.Schemes.SwanTransfer;

public class SwanEligibilityTests
{
    private static SwanEligibility Eligibility(SwanApplication application, SwanOptions? options = null, DateOnly? asOf = null) =>
        Scheme(options).Assess(application, asOf ?? AsOf).Eligibility;

    private static SwanApplication WithOccupancy(SwanOccupancy occupancy, SwanHousingType type = SwanHousingType.GeneralNeeds, DateOnly? since = null)
    {
        var application = Application();
        return application with
        {
            CurrentHome = application.CurrentHome with { Occupancy = occupancy, HousingType = type, OccupiedSince = since ?? application.CurrentHome.OccupiedSince },
        };
    }

    [Theory(DisplayName = "Assured and secure tenants are considered for a transfer (002 §3.1)")]
    [InlineData(SwanOccupancy.AssuredTenant)]
    [InlineData(SwanOccupancy.SecureTenant)]
    public void Assess_AssuredOrSecureTenant_Considered(SwanOccupancy occupancy)
    {
        var result = Eligibility(WithOccupancy(occupancy));
        Assert.True(result.MayRegister);
        Assert.True(result.ConsideredForTransfer);
    }

    [Theory(DisplayName = "Starter and assured shorthold tenants in general needs may register to accrue time but are not considered (002 §3.1)")]
    [InlineData(SwanOccupancy.StarterTenant)]
    [InlineData(SwanOccupancy.AssuredShortholdTenant)]
    public void Assess_StarterOrShortholdTenant_RegisteredNotConsidered(SwanOccupancy occupancy)
    {
        var result = Eligibility(WithOccupancy(occupancy));
        Assert.True(result.MayRegister);
        Assert.False(result.ConsideredForTransfer);
        Assert.Null(result.ConsideredFrom);
        Assert.Contains(result.Reasons, r => r.RuleId == "SWAN.Eligibility.TenancyTypeAccruesTimeOnly" && r.Citation.ToString() == "002 §3.1");
    }

    [Fact(DisplayName = "Starter tenants still accrue time waited from registration (002 §3.1, §4.2)")]
    public void Assess_StarterTenant_WaitingDateIsRegistration()
    {
        var application = WithOccupancy(SwanOccupancy.StarterTenant);
        Assert.Equal(application.RegisteredOn, Scheme().Assess(application, AsOf).WaitingSince);
    }

    [Fact(DisplayName = "A breach before registering stops registration (002 §3.3)")]
    public void Assess_UnremediedBreachBeforeRegistration_MayNotRegister()
    {
        var application = Application() with { Conduct = new SwanConduct { Breaches = [new TenancyBreach { BreachedOn = new DateOnly(2025, 1, 5) }] } };
        var result = Eligibility(application);
        Assert.False(result.MayRegister);
        Assert.False(result.ConsideredForTransfer);
    }

    [Fact(DisplayName = "A breach after registering suspends the application until amended (002 §3.3)")]
    public void Assess_BreachAfterRegistration_Suspended()
    {
        var breach = new TenancyBreach { BreachedOn = new DateOnly(2026, 1, 5) };
        var application = Application() with { Conduct = new SwanConduct { Breaches = [breach] } };
        var result = Eligibility(application);
        Assert.True(result.MayRegister);
        Assert.True(result.Suspended);

        var remedied = application with { Conduct = new SwanConduct { Breaches = [breach with { RemediedOn = new DateOnly(2026, 3, 1) }] } };
        Assert.False(Eligibility(remedied).Suspended);
        Assert.True(Eligibility(remedied).ConsideredForTransfer);
    }

    [Theory(DisplayName = "Any money owed to Swan stops a transfer until cleared (002 §3.3)")]
    [InlineData("rent")]
    [InlineData("recharges")]
    [InlineData("court")]
    [InlineData("hb")]
    public void Assess_AnyDebt_NotConsidered(string kind)
    {
        var penny = new Money(0.01m);
        var debts = kind switch
        {
            "rent" => new SwanDebts { RentArrears = penny },
            "recharges" => new SwanDebts { Recharges = penny },
            "court" => new SwanDebts { CourtCosts = penny },
            _ => new SwanDebts { HousingBenefitOverpayment = penny },
        };
        var result = Eligibility(Application() with { Conduct = new SwanConduct { Debts = debts } });
        Assert.False(result.ConsideredForTransfer);
        Assert.Contains(result.Reasons, r => r.RuleId == "SWAN.Eligibility.DebtsNotCleared");
    }

    [Fact(DisplayName = "A debt tolerance option lets a partnership allow small debts (002 §3.3)")]
    public void Assess_DebtWithinTolerance_Considered()
    {
        var application = Application() with { Conduct = new SwanConduct { Debts = new SwanDebts { RentArrears = new Money(20m) } } };
        Assert.True(Eligibility(application, new SwanOptions { DebtTolerance = new Money(50m) }).ConsideredForTransfer);
    }

    [Fact(DisplayName = "No transfer until 6 months after the last act of anti-social behaviour (002 §3.3)")]
    public void Assess_RecentAntisocialBehaviour_ConsideredFromSixMonthsLater()
    {
        var application = Application() with { Conduct = new SwanConduct { LastAntisocialBehaviourOn = new DateOnly(2026, 2, 10) } };
        var result = Eligibility(application);
        Assert.False(result.ConsideredForTransfer);
        Assert.Equal(new DateOnly(2026, 8, 10), result.ConsideredFrom);
        Assert.True(Eligibility(application, asOf: new DateOnly(2026, 8, 10)).ConsideredForTransfer);
    }

    private static SwanApplication ViolenceManagementMove(SwanApplication application, ManagementMoveGround ground = ManagementMoveGround.DomesticViolencePolicy) =>
        application with { ManagementMove = new ManagementMove { Award = Assessed(ground, new DateOnly(2026, 5, 1)) } };

    [Theory(DisplayName = "Management priority under the DV or Harassment policy lifts the breach, debt and ASB bars (002 §3.3 note)")]
    [InlineData(ManagementMoveGround.DomesticViolencePolicy)]
    [InlineData(ManagementMoveGround.HarassmentPolicy)]
    public void Assess_ViolenceOrHarassmentManagementPriority_BarsLifted(ManagementMoveGround ground)
    {
        var application = ViolenceManagementMove(Application() with
        {
            Conduct = new SwanConduct
            {
                Debts = new SwanDebts { RentArrears = new Money(400m) },
                LastAntisocialBehaviourOn = new DateOnly(2026, 5, 1),
                Breaches = [new TenancyBreach { BreachedOn = new DateOnly(2026, 4, 1) }],
            },
        }, ground);
        var result = Eligibility(application);
        Assert.True(result.ViolenceOrHarassmentException);
        Assert.False(result.Suspended);
        Assert.True(result.ConsideredForTransfer);
    }

    [Fact(DisplayName = "A management move on other grounds does not lift the §3.3 bars (002 §3.3 note)")]
    public void Assess_OtherManagementMove_DebtStillBars()
    {
        var application = ViolenceManagementMove(Application() with { Conduct = new SwanConduct { Debts = new SwanDebts { RentArrears = new Money(400m) } } },
            ManagementMoveGround.OtherManagementReason);
        Assert.False(Eligibility(application).ConsideredForTransfer);
    }

    [Fact(DisplayName = "With the ASB-only scope the exception lifts only the anti-social behaviour wait (002 §3.3 note, option)")]
    public void Assess_ExceptionScopeAsbOnly_DebtStillBars()
    {
        var options = new SwanOptions { ViolenceHarassmentExceptionScope = ExceptionScope.AntisocialBehaviourOnly };
        var withAsb = ViolenceManagementMove(Application() with { Conduct = new SwanConduct { LastAntisocialBehaviourOn = new DateOnly(2026, 5, 1) } });
        Assert.True(Eligibility(withAsb, options).ConsideredForTransfer);
        var withDebt = ViolenceManagementMove(Application() with { Conduct = new SwanConduct { Debts = new SwanDebts { CourtCosts = new Money(90m) } } });
        Assert.False(Eligibility(withDebt, options).ConsideredForTransfer);
    }

    [Fact(DisplayName = "Once management priority is removed after a refusal, the DV exception no longer applies (002 §3.3, §4.3)")]
    public void Assess_ManagementPriorityRemoved_ExceptionGone()
    {
        var application = ViolenceManagementMove(Application() with { Conduct = new SwanConduct { Debts = new SwanDebts { RentArrears = new Money(400m) } } }) with
        {
            Refusals = [new SwanRefusal { Advert = new AdvertId("ADV-9"), RefusedOn = new DateOnly(2026, 5, 10), GoodReason = Assessed(false) }],
        };
        var result = Eligibility(application);
        Assert.False(result.ViolenceOrHarassmentException);
        Assert.False(result.ConsideredForTransfer);
    }

    [Fact(DisplayName = "Independent adults may register only after living in a Swan home for longer than three years (002 §3.5)")]
    public void Assess_IndependentAdult_ThreeYearRule()
    {
        var exactlyThree = WithOccupancy(SwanOccupancy.IndependentAdult, since: AsOf.AddYears(-3));
        Assert.False(Eligibility(exactlyThree).MayRegister);
        var longer = WithOccupancy(SwanOccupancy.IndependentAdult, since: AsOf.AddYears(-3).AddDays(-1));
        Assert.True(Eligibility(longer).MayRegister);
        Assert.True(Eligibility(longer).ConsideredForTransfer);
    }

    [Fact(DisplayName = "Supported housing tenants are considered after one year of their assured shorthold tenancy (002 §3.6)")]
    public void Assess_SupportedHousingShorthold_OneYearRule()
    {
        var application = WithOccupancy(SwanOccupancy.AssuredShortholdTenant, SwanHousingType.Supported, new DateOnly(2025, 9, 1));
        var early = Eligibility(application);
        Assert.True(early.MayRegister);
        Assert.False(early.ConsideredForTransfer);
        Assert.Equal(new DateOnly(2026, 9, 1), early.ConsideredFrom);
        Assert.True(Eligibility(application, asOf: new DateOnly(2026, 9, 1)).ConsideredForTransfer);
    }

    [Fact(DisplayName = "The supported housing period is an option with an effective date (002 §3.6)")]
    public void Assess_SupportedHousingPeriodChangedFromDate_UsesVersionInForce()
    {
        var application = WithOccupancy(SwanOccupancy.AssuredShortholdTenant, SwanHousingType.Supported, new DateOnly(2025, 9, 1));
        var schedule = Options.OptionSchedule<SwanOptions>.Always(new SwanOptions())
            .WithChange(new DateOnly(2026, 4, 1), new SwanOptions { SupportedHousingMinimumTenancyMonths = 6 });
        var scheme = new SwanTransferScheme(schedule);
        Assert.False(scheme.Assess(application, new DateOnly(2026, 3, 31)).Eligibility.ConsideredForTransfer);
        Assert.True(scheme.Assess(application, new DateOnly(2026, 4, 1)).Eligibility.ConsideredForTransfer);
    }

    [Fact(DisplayName = "Someone whose earlier Swan tenancy was breached is not normally considered (002 §3.8)")]
    public void Assess_PreviousTenancyBreached_NotConsidered()
    {
        var application = Application() with { Conduct = new SwanConduct { PreviousSwanTenancyBreached = true } };
        Assert.False(Eligibility(application).ConsideredForTransfer);
        Assert.True(Eligibility(application, new SwanOptions { RefusePreviouslyBreachedTenants = false }).ConsideredForTransfer);
    }

    [Fact(DisplayName = "A vulnerable tenant is considered only with a support package in place (002 §5.3)")]
    public void Assess_VulnerableWithoutSupport_NotConsidered()
    {
        var application = Application() with { Suitability = new SwanSuitabilityFacts { Vulnerable = true } };
        Assert.False(Eligibility(application).ConsideredForTransfer);
        var supported = application with { Suitability = application.Suitability with { SupportPackageInPlace = Assessed(true) } };
        Assert.True(Eligibility(supported).ConsideredForTransfer);
    }

    [Fact(DisplayName = "An interest in a property elsewhere stops an offer (002 §5.5)")]
    public void Assess_InterestInPropertyElsewhere_NotConsidered()
    {
        var application = Application() with { Suitability = new SwanSuitabilityFacts { InterestInPropertyElsewhere = true } };
        var result = Eligibility(application);
        Assert.False(result.ConsideredForTransfer);
        Assert.Contains(result.Reasons, r => r.Citation.ToString() == "002 §5.5");
    }
}
