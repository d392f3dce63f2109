using OpenLettings.Domain.Common;
using OpenLettings.Domain.Schemes.Chesterfield;
using static OpenLettings.Domain.Tests.Schemes.Chesterfield.ChesterfieldTestData;

namespace OpenLettings.Domain.Tests.Schemes.Chesterfield;

public class ResidencyTests
{
    private static LocalResidencyDecision Residency(ChesterfieldResidency r, Func<ChesterfieldOptions, ChesterfieldOptions>? change = null) =>
        LocalResidency.Assess(Single() with { Residency = r }, change is null ? new ChesterfieldOptions() : change(new ChesterfieldOptions()), AsOf);

    [Fact(DisplayName = "Living in Chesterfield meets the requirement with no minimum period (003 Appendix A 'Local residency')")]
    public void Assess_MovedInLastWeek_MeetsRequirementButNoConnection()
    {
        var result = Residency(new ChesterfieldResidency { LivingInChesterfieldSince = AsOf.AddDays(-7) });
        Assert.True(result.MeetsRequirement);
        Assert.False(result.LocalConnectionToChesterfield);
    }

    [Fact(DisplayName = "Six months' continuous residence gives a local connection (003 Appendix B 6(i))")]
    public void Assess_SixMonthsResidence_LocalConnection() =>
        Assert.True(Residency(new ChesterfieldResidency { LivingInChesterfieldSince = AsOf.AddMonths(-6) }).LocalConnectionToChesterfield);

    [Fact(DisplayName = "Living there only because of prison or hospital does not count (003 Appendix B 5(viii)(a))")]
    public void Assess_PrisonOnly_NotMet() =>
        Assert.False(Residency(new ChesterfieldResidency { LivingInChesterfieldSince = new DateOnly(2020, 1, 1), ResidentOnlyBecauseOfPrisonOrHospital = true }).MeetsRequirement);

    [Theory(DisplayName = "Three of the last five years meets the requirement (003 Appendix A; Appendix B 5(viii)(a))")]
    [InlineData(36, true)]
    [InlineData(35, false)]
    public void Assess_PastResidence_ThreeOfFiveYears(int months, bool meets) =>
        Assert.Equal(meets, Residency(new ChesterfieldResidency { MonthsInChesterfieldWithinLastFiveYears = months }).MeetsRequirement);

    [Theory(DisplayName = "Six months' permanent employment in Chesterfield meets the requirement (003 Appendix A)")]
    [InlineData(6, true)]
    [InlineData(5, false)]
    public void Assess_Employment_SixMonths(int months, bool meets) =>
        Assert.Equal(meets, Residency(new ChesterfieldResidency { PermanentlyEmployedInChesterfieldSince = AsOf.AddMonths(-months) }).MeetsRequirement);

    [Fact(DisplayName = "Support: the person must have lived in Chesterfield 5 years, not 6 months (003 Appendix A; ambiguity 3)")]
    public void Assess_SupportFourYears_NotMetUnlessPartnershipOption()
    {
        var r = new ChesterfieldResidency { SupportPersonInChesterfieldSince = AsOf.AddYears(-4) };
        Assert.False(Residency(r).MeetsRequirement);
        Assert.True(Residency(r, o => o with { SupportPersonResidenceMonths = 6 }).MeetsRequirement);
        Assert.True(Residency(new ChesterfieldResidency { SupportPersonInChesterfieldSince = AsOf.AddYears(-5) }).MeetsRequirement);
    }

    [Fact(DisplayName = "A family connection meets the requirement when the relative has lived there 6 months (003 Appendix A; Appendix B 5(viii)(a))")]
    public void Assess_FamilyConnection_SixMonths()
    {
        Assert.True(Residency(new ChesterfieldResidency { FamilyMemberInChesterfieldSince = AsOf.AddMonths(-6) }).MeetsRequirement);
        Assert.False(Residency(new ChesterfieldResidency { FamilyMemberInChesterfieldSince = AsOf.AddMonths(-5) }).MeetsRequirement);
    }

    [Fact(DisplayName = "A learning disability with a need for Chesterfield services meets the requirement (003 Appendix A)")]
    public void Assess_LearningDisability_Meets() =>
        Assert.True(Residency(new ChesterfieldResidency { LearningDisabilityNeedToAccessServices = true }).MeetsRequirement);

    [Fact(DisplayName = "Armed forces exemption applies within 5 years of leaving (003 Appendix B 5(viii)(a))")]
    public void Assess_FormerForces_WithinFiveYears()
    {
        Assert.True(Residency(new ChesterfieldResidency { Exemptions = [ResidencyExemption.ArmedForcesFormer], LeftRegularForcesOn = AsOf.AddYears(-4) }).Exempt);
        Assert.False(Residency(new ChesterfieldResidency { Exemptions = [ResidencyExemption.ArmedForcesFormer], LeftRegularForcesOn = AsOf.AddYears(-6) }).Exempt);
    }

    [Fact(DisplayName = "Low-demand sheltered exemption is for applicants aged 50+ (003 Appendix B 5(viii)(a))")]
    public void Assess_LowDemand_Aged50()
    {
        var options = new ChesterfieldOptions();
        var young = Single() with { Residency = new ChesterfieldResidency { Exemptions = [ResidencyExemption.LowDemandShelteredFiftyPlus] } };
        var old = young with { Household = new() { Members = [MainApplicant(new DateOnly(1970, 1, 1))] } };
        Assert.False(LocalResidency.Assess(young, options, AsOf).Exempt);
        Assert.True(LocalResidency.Assess(old, options, AsOf).Exempt);
    }

    [Fact(DisplayName = "Care leavers and refuge residents get a local connection; armed-forces exemption does not (003 Appendix B 6(i))")]
    public void Assess_ConnectionGivingClasses()
    {
        Assert.True(Residency(new ChesterfieldResidency { Exemptions = [ResidencyExemption.CareLeaverSection23C] }).LocalConnectionToChesterfield);
        Assert.True(Residency(new ChesterfieldResidency { Exemptions = [ResidencyExemption.RefugeResident] }).LocalConnectionToChesterfield);
        Assert.False(Residency(new ChesterfieldResidency { Exemptions = [ResidencyExemption.ArmedForcesServing] }).LocalConnectionToChesterfield);
    }

    [Fact(DisplayName = "Tier for a Chesterfield home: residency → 1, partner connection → 2, none → 3 (003 Appendix B 6(ii); §3.14)")]
    public void TierFor_ChesterfieldHome_ThreeTiers()
    {
        var options = new ChesterfieldOptions();
        var district = new LocalAuthorityId("chesterfield");
        LocalConnectionTier Tier(ChesterfieldApplication app) => LocalResidency.TierFor(LocalResidency.Assess(app, options, AsOf), app, district, options).Tier;

        Assert.Equal(LocalConnectionTier.OwnDistrict, Tier(Single()));
        Assert.Equal(LocalConnectionTier.PartnerDistrict, Tier(Single() with { Residency = new ChesterfieldResidency { ConnectedPartnerDistricts = [new LocalAuthorityId("erewash")] } }));
        Assert.Equal(LocalConnectionTier.None, Tier(Single().OutOfArea()));
    }

    [Fact(DisplayName = "With the local-connection test for tier 1, a new resident is not in tier 1 (003 Appendix B 6(i); ambiguity 1)")]
    public void TierFor_NewResidentLocalConnectionTest_NotTierOne()
    {
        var options = new ChesterfieldOptions { TierOneTest = ChesterfieldTierOneTest.LocalConnection };
        var app = Single() with { Residency = new ChesterfieldResidency { LivingInChesterfieldSince = AsOf.AddMonths(-2) } };
        var residency = LocalResidency.Assess(app, options, AsOf);
        Assert.Equal(LocalConnectionTier.None, LocalResidency.TierFor(residency, app, options.HomeDistrict, options).Tier);
        Assert.Equal(LocalConnectionTier.OwnDistrict, LocalResidency.TierFor(residency, app, options.HomeDistrict, new ChesterfieldOptions()).Tier);
    }

    [Fact(DisplayName = "For a partner district's home, a Chesterfield resident is tier 2 (003 Appendix B 6(ii))")]
    public void TierFor_PartnerHome_ChesterfieldResidentTierTwo()
    {
        var options = new ChesterfieldOptions();
        var app = Single();
        var residency = LocalResidency.Assess(app, options, AsOf);
        Assert.Equal(LocalConnectionTier.PartnerDistrict, LocalResidency.TierFor(residency, app, new LocalAuthorityId("high-peak"), options).Tier);
    }
}
