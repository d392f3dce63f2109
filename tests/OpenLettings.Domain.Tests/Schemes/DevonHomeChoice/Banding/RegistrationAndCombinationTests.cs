using OpenLettings.Domain.Schemes.DevonHomeChoice;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Bedrooms;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Eligibility;
using static OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.Banding.BandingTestData;

namespace OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.Banding;

public class RegistrationAndCombinationTests
{
    [Fact(DisplayName = "Not eligible: not banded (001 §5-§7)")]
    public void Assess_NotEligible_NotEligibleOutcome()
    {
        var inputs = Inputs() with { Eligibility = new EligibilityDecision { Eligible = false, JointTenancyPossible = false, Reasons = [] } };
        var decision = Assess(App(), inputs);
        Assert.Equal(RegistrationOutcome.NotEligible, decision.Registration);
        Assert.Null(decision.General);
    }

    [Theory(DisplayName = "Not qualifying or pending enquiries: not banded (001 §8.15, §8.22)")]
    [InlineData(QualificationOutcome.NotQualifying, RegistrationOutcome.NotQualifying)]
    [InlineData(QualificationOutcome.PendingEnquiries, RegistrationOutcome.PendingEnquiries)]
    public void Assess_QualificationGate_MatchingOutcome(QualificationOutcome outcome, RegistrationOutcome expected)
    {
        var inputs = Inputs() with { Qualification = new QualificationDecision { Outcome = outcome, Reasons = [] } };
        Assert.Equal(expected, Assess(App(), inputs).Registration);
    }

    [Fact(DisplayName = "No housing need in Exeter: not registered (001 §8.9, §41.3)")]
    public void Assess_NoNeedInExeter_NotRegistered()
    {
        var decision = Assess(App());
        Assert.Equal(RegistrationOutcome.NotRegistered, decision.Registration);
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.Banding.NotRegistered");
    }

    [Fact(DisplayName = "No housing need in East Devon: Band E (001 §41.1)")]
    public void Assess_NoNeedInEastDevon_BandE()
    {
        var decision = Assess(EastDevonApp());
        Assert.Equal(RegistrationOutcome.Registered, decision.Registration);
        Assert.Equal(BandReason.E_NoHousingNeed, decision.General!.Reason);
    }

    [Fact(DisplayName = "Prison more than 56 days before release in Exeter: not yet (001 §11.5)")]
    public void Assess_PrisonBeforeWindowInExeter_NotYet()
    {
        var release = AsOf.AddDays(100);
        var inputs = Inputs() with { Qualification = new QualificationDecision { Outcome = QualificationOutcome.Qualifies, NotBeforeDate = release.AddDays(-56), Reasons = [] } };
        var decision = Assess(App(), inputs);
        Assert.Equal(RegistrationOutcome.NotYet, decision.Registration);
        Assert.Equal(release.AddDays(-56), decision.NotBefore);
    }

    [Fact(DisplayName = "Prison more than 56 days before release in East Devon: Band E, bidding suspended (001 §11.4)")]
    public void Assess_PrisonBeforeWindowInEastDevon_BandESuspended()
    {
        var inputs = Inputs() with { Qualification = new QualificationDecision { Outcome = QualificationOutcome.Qualifies, NotBeforeDate = AsOf.AddDays(30), Reasons = [] } };
        var app = EastDevonApp().WithNeeds(n => n with { HealthWellbeing = HealthWellbeing(HealthWellbeingLevel.High) });
        var decision = Assess(app, inputs);
        Assert.Equal(BandReason.E_ApplyingFromPrison, decision.General!.Reason);
        Assert.Equal(Band.B, decision.General.UnderlyingBand);
        Assert.True(decision.BiddingSuspended);
    }

    [Fact(DisplayName = "Short custody: previous band and band start date retained (001 §11.1-11.2)")]
    public void Assess_CustodyRetention_KeepsBandAndDate()
    {
        var bsd = new DateTime(2024, 5, 1, 10, 0, 0);
        var app = App() with { History = new BandHistory { Awards = [Past(Band.C, BandReason.C_LackingOneBedroom, bsd, new DateOnly(2024, 5, 1))] } };
        var inputs = Inputs() with { Qualification = new QualificationDecision { Outcome = QualificationOutcome.Qualifies, RetainsPreviousBandAndDate = true, Reasons = [] } };
        var decision = Assess(app, inputs);
        Assert.Equal(Band.C, decision.General!.Band);
        Assert.Equal(bsd, decision.BandStartDate);
    }

    [Fact(DisplayName = "Needs in different bands: the highest wins (001 §34.2, ambiguity 4)")]
    public void Assess_NeedsInDifferentBands_HighestWins()
    {
        var app = App().WithHome(h => h with { SharesFacilities = true })
            .WithNeeds(n => n with { HealthWellbeing = HealthWellbeing(HealthWellbeingLevel.High) });
        var decision = Assess(app, Inputs(NeedOf(2, 1, Overcrowding.LackingOneBedroom)));
        Assert.Equal(BandReason.B_HealthWellbeingHigh, decision.General!.Reason);
        Assert.Equal(2, decision.OtherNeeds.Length);
    }

    [Fact(DisplayName = "Two needs in the same band give no extra priority (001 §42)")]
    public void Assess_TwoNeedsSameBand_OneAwardNoExtraPriority()
    {
        var app = App().WithNeeds(n => n with { HealthWellbeing = HealthWellbeing(HealthWellbeingLevel.High) });
        var decision = Assess(app, Inputs(NeedOf(3, 1, Overcrowding.Severe)));
        Assert.Equal(Band.B, decision.General!.Band);
        Assert.Contains(decision.OtherNeeds, a => a.Band == Band.B);
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.Banding.SameBandNoExtraPriority");
    }

    [Fact(DisplayName = "No local connection with a Band B need: Band D with the underlying band recorded (001 §40.1, §40.28)")]
    public void Assess_NoLocalConnectionWithNeed_BandDUnderlyingB()
    {
        var inputs = Inputs(NeedOf(3, 1, Overcrowding.Severe)) with { LocalConnection = new LocalConnectionDecision { ConnectedToDevon = false, Exempt = false, Reasons = [] } };
        var decision = Assess(App(), inputs);
        Assert.Equal(BandReason.D_NoLocalConnection, decision.General!.Reason);
        Assert.Equal(Band.B, decision.General.UnderlyingBand);
        Assert.Contains(decision.OtherNeeds, a => a.Reason == BandReason.B_SevereOvercrowding);
    }

    [Fact(DisplayName = "No local connection but exempt: banded on need (001 §40.30)")]
    public void Assess_NoLocalConnectionExempt_BandedOnNeed()
    {
        var inputs = Inputs(NeedOf(3, 1, Overcrowding.Severe)) with { LocalConnection = new LocalConnectionDecision { ConnectedToDevon = false, Exempt = true, Reasons = [] } };
        Assert.Equal(BandReason.B_SevereOvercrowding, Assess(App(), inputs).General!.Reason);
    }

    [Fact(DisplayName = "No local connection and no need: Band E where Band E is registered (001 §40.1, §40.29)")]
    public void Assess_NoLocalConnectionNoNeedEastDevon_BandE()
    {
        var inputs = Inputs() with { LocalConnection = new LocalConnectionDecision { ConnectedToDevon = false, Exempt = false, Reasons = [] } };
        Assert.Equal(BandReason.E_NoLocalConnectionNoNeed, Assess(EastDevonApp(), inputs).General!.Reason);
        Assert.Equal(RegistrationOutcome.NotRegistered, Assess(App(), inputs).Registration);
    }

    [Fact(DisplayName = "A sanction sets Band E over a housing need (001 §9, §41)")]
    public void Assess_ActiveSanction_BandE()
    {
        var inputs = Inputs(NeedOf(3, 1, Overcrowding.Severe)) with
        {
            Sanctions = [new Sanction(BandReason.E_IntentionalArrears, []) { WhatWouldChangeIt = "Clear the arrears." }],
        };
        var decision = Assess(EastDevonApp(), inputs);
        Assert.Equal(BandReason.E_IntentionalArrears, decision.General!.Reason);
        Assert.Equal(Band.B, decision.General.UnderlyingBand);
        Assert.Contains("Clear the arrears.", decision.WhatWouldChangeIt);
    }

    [Fact(DisplayName = "A sanction in an authority that does not register Band E: not registered (001 §8.9, §62.6)")]
    public void Assess_SanctionInExeter_NotRegistered()
    {
        var inputs = Inputs(NeedOf(3, 1, Overcrowding.Severe)) with { Sanctions = [new Sanction(BandReason.E_ThreeReasonableRefusals, [])] };
        Assert.Equal(RegistrationOutcome.NotRegistered, Assess(App(), inputs).Registration);
    }

    [Fact(DisplayName = "An ended sanction no longer applies (001 §62.6: 12 months)")]
    public void Assess_ExpiredSanction_BandedOnNeed()
    {
        var inputs = Inputs(NeedOf(3, 1, Overcrowding.Severe)) with
        {
            Sanctions = [new Sanction(BandReason.E_ThreeReasonableRefusals, []) { Until = AsOf }],
        };
        Assert.Equal(Band.B, Assess(App(), inputs).General!.Band);
    }

    [Fact(DisplayName = "Income above the limit: Band E (001 §48.12)")]
    public void Assess_IncomeAboveLimit_BandE()
    {
        var inputs = Inputs(NeedOf(2, 1, Overcrowding.LackingOneBedroom));
        inputs = inputs with { Finances = inputs.Finances with { IncomeAboveLimit = true } };
        var decision = Assess(EastDevonApp(), inputs);
        Assert.Equal(BandReason.E_IncomeAboveLimit, decision.General!.Reason);
        Assert.Equal(Band.C, decision.General.UnderlyingBand);
    }

    [Fact(DisplayName = "Financially exempt: the limits do not apply (001 §48.16)")]
    public void Assess_FinanciallyExempt_BandedOnNeed()
    {
        var inputs = Inputs(NeedOf(2, 1, Overcrowding.LackingOneBedroom));
        inputs = inputs with { Finances = inputs.Finances with { IncomeAboveLimit = true, Exempt = true } };
        Assert.Equal(Band.C, Assess(App(), inputs).General!.Band);
    }

    [Fact(DisplayName = "Capital between the thresholds: banding applies to older persons' housing only (001 §48.26)")]
    public void Assess_CapitalOlderPersonsOnly_ScopedAward()
    {
        var inputs = Inputs(NeedOf(2, 1, Overcrowding.LackingOneBedroom));
        inputs = inputs with { Finances = inputs.Finances with { Capital = CapitalOutcome.OlderPersonsHousingOnly } };
        var decision = Assess(App(), inputs);
        Assert.Equal(RegistrationOutcome.Registered, decision.Registration);
        Assert.Equal(Band.E, decision.General!.Band);
        var scoped = Assert.Single(decision.Scoped);
        Assert.Equal(Band.C, scoped.Band);
        Assert.IsType<AwardScope.OlderPersonsHousingOnly>(scoped.Scope);
        Assert.Equal(Band.C, decision.AwardFor(DevonTestData.Property() with { OlderPersons = true })!.Band);
        Assert.Equal(Band.E, decision.AwardFor(DevonTestData.Property())!.Band);
    }

    [Fact(DisplayName = "Homeless households above the financial limits: Band D, not E (001 §20.3, §34.1)")]
    public void Assess_HomelessAboveLimits_BandD()
    {
        var app = App().WithNeeds(n => n with { Homelessness = MainDuty() });
        var inputs = Inputs();
        inputs = inputs with { Finances = inputs.Finances with { IncomeAboveLimit = true } };
        var decision = Assess(app, inputs);
        Assert.Equal(BandReason.D_NoPermanentHomePrsAppropriate, decision.General!.Reason);
        Assert.Equal(Band.B, decision.General.UnderlyingBand);
    }

    [Fact(DisplayName = "Homeless above the limits with the Band D option off: Band E (001 §48.12)")]
    public void Assess_HomelessAboveLimitsOptionOff_BandE()
    {
        var app = EastDevonApp().WithNeeds(n => n with { Homelessness = MainDuty() });
        var inputs = Inputs();
        inputs = inputs with { Finances = inputs.Finances with { IncomeAboveLimit = true } };
        var options = new DevonOptions { Banding = new BandingOptions { HomelessAboveFinancialLimitsBandD = false } };
        Assert.Equal(BandReason.E_IncomeAboveLimit, Assess(app, inputs, options).General!.Reason);
    }

    [Fact(DisplayName = "A property interest it is reasonable to live in: Band E even when homeless (001 §41.2)")]
    public void Assess_PropertyInterest_BandE()
    {
        var app = EastDevonApp().WithNeeds(n => n with { Homelessness = MainDuty() });
        var inputs = Inputs();
        inputs = inputs with { Finances = inputs.Finances with { ReasonablePropertyInterest = true } };
        Assert.Equal(BandReason.E_PropertyInterest, Assess(app, inputs).General!.Reason);
    }

    [Fact(DisplayName = "No local connection with only a scoped need: Band D for any home (001 §40.28)")]
    public void Assess_NoLocalConnectionScopedNeedOnly_BandD()
    {
        var app = App().WithHome(h => h with { Tenure = Tenure.PartnerLandlordTenant, BedroomsForExclusiveUse = 3, TenancyStartedOn = new DateOnly(2015, 1, 1) });
        var inputs = Inputs(NeedOf(1, 3)) with { LocalConnection = new LocalConnectionDecision { ConnectedToDevon = false, Exempt = false, Reasons = [] } };
        var decision = Assess(app, inputs);
        Assert.Equal(BandReason.D_NoLocalConnection, decision.General!.Reason);
        Assert.Equal(Band.B, decision.General.UnderlyingBand);
        Assert.Empty(decision.Scoped);
    }

    [Fact(DisplayName = "Under-occupier with capital between the thresholds: smaller older persons' homes only (001 §23.5, §48.26)")]
    public void Assess_UnderOccupierOlderPersonsCapital_BothScopes()
    {
        var app = App().WithHome(h => h with { Tenure = Tenure.PartnerLandlordTenant, BedroomsForExclusiveUse = 3, TenancyStartedOn = new DateOnly(2015, 1, 1) });
        var inputs = Inputs(NeedOf(1, 3));
        inputs = inputs with { Finances = inputs.Finances with { Capital = CapitalOutcome.OlderPersonsHousingOnly } };
        var decision = Assess(app, inputs);
        var scoped = Assert.Single(decision.Scoped);
        Assert.IsType<AwardScope.Both>(scoped.Scope);
        Assert.Equal(Band.B, decision.AwardFor(DevonTestData.Property(1) with { OlderPersons = true })!.Band);
        Assert.Equal(Band.E, decision.AwardFor(DevonTestData.Property(1))!.Band);
        Assert.Equal(Band.E, decision.AwardFor(DevonTestData.Property(3) with { OlderPersons = true })!.Band);
    }
}
