using OpenLettings.Domain.Common;
using OpenLettings.Domain.Schemes.DevonHomeChoice;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Eligibility;
using static OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.DevonTestData;

namespace OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.Eligibility;

public class FinancialRulesTests
{
    private static readonly DevonOptions Options = new();

    private static FinancialDecision Assess(FinancialFacts facts, int bedrooms = 1, DevonOptions? options = null, DevonApplication? app = null) =>
        FinancialRules.Assess((app ?? EligibleApplication()) with { Finances = facts }, bedrooms, options ?? Options, AsOf);

    private static FinancialFacts Earning(decimal annual) => new() { Income = [new IncomeItem(IncomeKind.Employment, new Money(annual))] };

    private static FinancialFacts Saving(decimal amount) => new() { Capital = [new CapitalItem(CapitalKind.BankOrBuildingSocietyAccount, new Money(amount))] };

    [Theory(DisplayName = "Published income limits by bedroom need (001 §48.12)")]
    [InlineData(1, 45_250)]
    [InlineData(2, 57_100)]
    [InlineData(3, 68_500)]
    [InlineData(4, 68_500)]
    [InlineData(5, 68_500)]
    public void Assess_IncomeAtLimit_WithinAndOneOverAbove(int bedrooms, int limit)
    {
        var at = Assess(Earning(limit), bedrooms);
        var over = Assess(Earning(limit + 1), bedrooms);

        Assert.False(at.IncomeAboveLimit);
        Assert.Equal(new Money(limit), at.IncomeLimit);
        Assert.True(over.IncomeAboveLimit);
        var sanction = Assert.Single(over.Sanctions);
        Assert.Equal(BandReason.E_IncomeAboveLimit, sanction.Reason);
        Assert.Equal("48.12", sanction.Explanation[0].Citation.Section);
        Assert.NotNull(sanction.WhatWouldChangeIt);
    }

    [Fact(DisplayName = "The 5+ bedroom limit is an option (001 §48.12 ambiguity)")]
    public void Assess_FiveBedLimitOption_Applied()
    {
        var options = Options with { Qualification = Options.Qualification with { IncomeLimits = new IncomeLimitTable { FiveOrMoreBedrooms = new Money(80_000m) } } };

        Assert.False(Assess(Earning(75_000m), 5, options).IncomeAboveLimit);
        Assert.True(Assess(Earning(75_000m), 4, options).IncomeAboveLimit);
    }

    [Fact(DisplayName = "AA, DLA, PIP and war pension are disregarded; other income counts gross (001 §48.8-48.10)")]
    public void Assess_DisabilityBenefitsDisregarded()
    {
        var facts = new FinancialFacts
        {
            Income =
            [
                new IncomeItem(IncomeKind.Employment, new Money(40_000m)),
                new IncomeItem(IncomeKind.Maintenance, new Money(3_000m)),
                new IncomeItem(IncomeKind.PersonalIndependencePayment, new Money(9_000m)),
                new IncomeItem(IncomeKind.DisabilityLivingAllowance, new Money(5_000m)),
                new IncomeItem(IncomeKind.AttendanceAllowance, new Money(5_000m)),
                new IncomeItem(IncomeKind.WarPension, new Money(5_000m)),
            ],
        };

        var decision = Assess(facts);

        Assert.Equal(new Money(43_000m), decision.CountedIncome);
        Assert.False(decision.IncomeAboveLimit);
    }

    [Fact(DisplayName = "An exceptional higher income threshold replaces the table (001 §48.7)")]
    public void Assess_HigherThreshold_Applies()
    {
        var facts = Earning(50_000m) with { HigherIncomeThreshold = Assessed(new Money(60_000m)) };

        var decision = Assess(facts);

        Assert.False(decision.IncomeAboveLimit);
        Assert.Equal(new Money(60_000m), decision.IncomeLimit);
    }

    [Fact(DisplayName = "Capital up to £16,000 is below the threshold (001 §48.25)")]
    public void Assess_Capital16000_Below()
    {
        Assert.Equal(CapitalOutcome.BelowThreshold, Assess(Saving(16_000m)).Capital);
    }

    [Fact(DisplayName = "Capital over £16,000 and 3-bed need: above threshold, Band E (001 §48.25)")]
    public void Assess_Capital16001ThreeBed_Above()
    {
        var decision = Assess(Saving(16_001m), bedrooms: 3);

        Assert.Equal(CapitalOutcome.AboveThreshold, decision.Capital);
        Assert.Equal(BandReason.E_CapitalAboveThreshold, Assert.Single(decision.Sanctions).Reason);
    }

    [Theory(DisplayName = "Between the thresholds: older persons' housing only (001 §48.26)")]
    [InlineData(1, 120_000, CapitalOutcome.OlderPersonsHousingOnly)]
    [InlineData(1, 120_001, CapitalOutcome.AboveThreshold)]
    [InlineData(2, 130_000, CapitalOutcome.OlderPersonsHousingOnly)]
    [InlineData(2, 130_001, CapitalOutcome.AboveThreshold)]
    public void Assess_OlderPersonsThresholds(int bedrooms, int capital, CapitalOutcome expected)
    {
        var decision = Assess(Saving(capital), bedrooms);

        Assert.Equal(expected, decision.Capital);
        if (expected == CapitalOutcome.OlderPersonsHousingOnly)
        {
            Assert.Empty(decision.Sanctions);
            Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.Finance.OlderPersonsHousingOnly" && r.Citation.Section == "48.26");
        }
    }

    [Fact(DisplayName = "Armed Forces injury compensation lump sums are ignored (001 §48.17)")]
    public void Assess_ArmedForcesCompensation_Ignored()
    {
        var facts = new FinancialFacts
        {
            Capital = [new CapitalItem(CapitalKind.ArmedForcesCompensationLumpSum, new Money(200_000m)), new CapitalItem(CapitalKind.NationalSavings, new Money(5_000m))],
        };

        var decision = Assess(facts);

        Assert.Equal(new Money(5_000m), decision.CountedCapital);
        Assert.Equal(CapitalOutcome.BelowThreshold, decision.Capital);
    }

    [Fact(DisplayName = "Unsecured debts are not offset unless exceptional (001 §48.19)")]
    public void Assess_UnsecuredDebts_NotOffset()
    {
        var facts = Saving(20_000m) with { UnsecuredDebts = new Money(10_000m) };

        Assert.Equal(CapitalOutcome.AboveThreshold, Assess(facts, 3).Capital);
        Assert.Equal(CapitalOutcome.BelowThreshold, Assess(facts with { UnsecuredDebtOffsetAccepted = Assessed("court-ordered debt") }, 3).Capital);
    }

    [Fact(DisplayName = "The authority's own finding on capital decides over the guidance (001 §48.14, §48.24)")]
    public void Assess_OfficerFindingCannotResolve_Below()
    {
        var decision = Assess(Saving(30_000m) with { CanResolveOwnHousingNeed = Assessed(false) }, 3);

        Assert.Equal(CapitalOutcome.BelowThreshold, decision.Capital);
    }

    [Fact(DisplayName = "Partner-landlord tenants are exempt from the financial assessment (001 §48.16)")]
    public void Assess_PartnerLandlordTenant_Exempt()
    {
        var app = EligibleApplication() with { CurrentHome = EligibleApplication().CurrentHome with { Tenure = Tenure.PartnerLandlordTenant } };
        var decision = Assess(Earning(100_000m) with { Capital = [new CapitalItem(CapitalKind.StocksSharesOrUnitTrusts, new Money(300_000m))] }, app: app);

        Assert.True(decision.Exempt);
        Assert.False(decision.IncomeAboveLimit);
        Assert.Equal(CapitalOutcome.BelowThreshold, decision.Capital);
        Assert.Empty(decision.Sanctions);
    }

    [Theory(DisplayName = "Mobility or domestic abuse overrides lift the thresholds (001 §48.21)")]
    [InlineData(SpecificNeedOverride.MobilityNeeds)]
    [InlineData(SpecificNeedOverride.DomesticAbuseInaccessibleAssets)]
    public void Assess_SpecificNeedOverride_Exempt(SpecificNeedOverride kind)
    {
        var decision = Assess(Earning(90_000m) with { SpecificNeedOverride = Assessed(kind) });

        Assert.True(decision.Exempt);
        Assert.Empty(decision.Sanctions);
        Assert.Contains(decision.Reasons, r => r.Citation.Section == "48.21");
    }

    [Fact(DisplayName = "An owner it is reasonable to expect to live in their property: Band E (001 §41.2, §48.20)")]
    public void Assess_ReasonableToReside_PropertyInterestSanction()
    {
        var decision = Assess(new FinancialFacts { HasPropertyInterest = true, ReasonableToResideInProperty = Assessed(true) });

        Assert.True(decision.ReasonablePropertyInterest);
        Assert.Equal(BandReason.E_PropertyInterest, Assert.Single(decision.Sanctions).Reason);
    }

    [Fact(DisplayName = "An owner not reasonably able to live there: no property sanction, equity assessed (001 §48.22)")]
    public void Assess_NotReasonableToReside_NoPropertySanction()
    {
        var decision = Assess(new FinancialFacts
        {
            HasPropertyInterest = true,
            ReasonableToResideInProperty = Assessed(false),
            Capital = [new CapitalItem(CapitalKind.PropertyEquity, new Money(100_000m))],
        }, bedrooms: 1);

        Assert.False(decision.ReasonablePropertyInterest);
        Assert.Equal(CapitalOutcome.OlderPersonsHousingOnly, decision.Capital);
    }

    [Fact(DisplayName = "Income limits record the LHA date they were set from (001 §48.11)")]
    public void Assess_Reasons_CarryLhaDate()
    {
        var decision = Assess(Earning(20_000m));

        Assert.Contains(decision.Reasons, r => r.Facts.Any(f => f.Name == "limits set from LHA rates at" && f.Value == "2025-04-01"));
    }
}
