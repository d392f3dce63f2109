using OpenLettings.Domain.Common;
using OpenLettings.Domain.Options;
using OpenLettings.Domain.Schemes.PaHousing;
using static OpenLettings.Domain.Tests.Schemes.PaHousing.PaTestData;

namespace OpenLettings.Domain.Tests.Schemes.PaHousing;

public class PaEvictionTests
{
    private static PaEligibilityDecision Evicted(PreviousEviction eviction, PaHousingOptions? options = null) =>
        (options is null ? Scheme : new PaHousingScheme(OptionSchedule<PaHousingOptions>.Always(options)))
            .Assess(Application() with { PreviousEvictions = [eviction] }, AsOf).Eligibility;

    [Fact(DisplayName = "Evicted for anti-social behaviour: ineligible for 10 years (004 §4.2)")]
    public void Assess_AsbEvictionNineYearsAgo_BarredUntilTenYears()
    {
        var evictedOn = AsOf.AddYears(-9);
        var decision = Evicted(new PreviousEviction { Ground = EvictionGround.AntisocialBehaviour, EvictedOn = evictedOn });
        Assert.False(decision.Eligible);
        Assert.Equal(evictedOn.AddYears(10), decision.BarredUntil);
        Assert.Equal("PA.Eviction.AntisocialBehaviour", decision.Failures.Single().RuleId);
    }

    [Fact(DisplayName = "After 10 years, an ASB eviction is still subject to risk assessment (004 §4.2)")]
    public void Assess_AsbEvictionElevenYearsAgo_NeedsRiskAssessment()
    {
        var eviction = new PreviousEviction { Ground = EvictionGround.AntisocialBehaviour, EvictedOn = AsOf.AddYears(-11) };
        Assert.Equal("PA.Eviction.AntisocialBehaviourRiskAssessment", Evicted(eviction).Failures.Single().RuleId);
        Assert.True(Evicted(eviction with { RiskAssessment = Decided(true) }).Eligible);
        Assert.True(Evicted(eviction, new PaHousingOptions { AntisocialBehaviourNeedsRiskAssessment = false }).Eligible);
    }

    [Theory(DisplayName = "Evicted for rent arrears: 5 years plus repayment of the debt (004 §4.2)")]
    [InlineData(4, 0, false)]
    [InlineData(6, 250, false)]
    [InlineData(6, 0, true)]
    public void Assess_ArrearsEviction_FiveYearsAndRepayment(int yearsAgo, decimal owed, bool eligible)
    {
        var decision = Evicted(new PreviousEviction { Ground = EvictionGround.RentArrears, EvictedOn = AsOf.AddYears(-yearsAgo), DebtOutstanding = new Money(owed) });
        Assert.Equal(eligible, decision.Eligible);
    }

    [Fact(DisplayName = "Evicted for tenancy fraud: permanently ineligible (004 §4.2)")]
    public void Assess_FraudEvictionLongAgo_StillIneligible()
    {
        var eviction = new PreviousEviction { Ground = EvictionGround.TenancyFraud, EvictedOn = AsOf.AddYears(-30) };
        var decision = Evicted(eviction);
        Assert.False(decision.Eligible);
        Assert.Null(decision.BarredUntil);
        Assert.Contains("permanently", decision.Failures.Single().Text, StringComparison.Ordinal);
        Assert.True(Evicted(eviction, new PaHousingOptions { TenancyFraudEvictionYears = 20 }).Eligible);
    }

    [Fact(DisplayName = "The ASB period is an option (004 §4.2)")]
    public void Assess_AsbPeriodShortened_AppliesNewPeriod()
    {
        var eviction = new PreviousEviction { Ground = EvictionGround.AntisocialBehaviour, EvictedOn = AsOf.AddYears(-9), RiskAssessment = Decided(true) };
        Assert.True(Evicted(eviction, new PaHousingOptions { AntisocialBehaviourEvictionYears = 8 }).Eligible);
    }
}
