using OpenLettings.Domain.Options;
using OpenLettings.Domain.Schemes.PaHousing;
using static OpenLettings.Domain.Tests.Schemes.PaHousing.PaTestData;

namespace OpenLettings.Domain.Tests.Schemes.PaHousing;

public class PaQualificationTests
{
    [Theory(DisplayName = "Direct applicants for general needs only in the Midlands (004 §4.5)")]
    [InlineData(SubRegion.Midlands, true)]
    [InlineData(SubRegion.London, false)]
    [InlineData(SubRegion.SouthEast, false)]
    public void Assess_DirectGeneralNeeds_MidlandsOnly(SubRegion region, bool qualifies)
    {
        var result = Assess(Application().WithNeeds(PaNeed.MedicalNeed).In(region));
        Assert.Equal(qualifies, result.Qualification.Qualifies);
        Assert.Equal(qualifies, result.MayBid);
        if (!qualifies)
        {
            Assert.Equal("PA.Qualification.DirectGeneralNeeds", Assert.Single(result.Qualification.Failures).RuleId);
        }
    }

    [Theory(DisplayName = "Direct applicants for Independent Living: Midlands and London, and Richmond only in the South East (004 §4.5)")]
    [InlineData("nottingham", true)]
    [InlineData("lambeth", true)]
    [InlineData("richmond-upon-thames", true)]
    [InlineData("woking", false)]
    public void Assess_DirectIndependentLiving_ByBorough(string authority, bool qualifies)
    {
        var app = Application(Applicant(67)) with { SeekingIndependentLiving = true, LocalAuthority = new(authority) };
        Assert.Equal(qualifies, Assess(app).Qualification.Qualifies);
    }

    [Theory(DisplayName = "Independent Living is for applicants aged 55 or over (004 §4.3)")]
    [InlineData(54, false)]
    [InlineData(55, true)]
    public void Assess_IndependentLivingAge_FiftyFive(int age, bool qualifies)
    {
        var app = Application(Applicant(age)).WithNeeds(PaNeed.MedicalNeed) with { SeekingIndependentLiving = true };
        var result = Assess(app);
        Assert.Equal(qualifies, result.Qualification.Qualifies);
        Assert.Equal(!qualifies, result.Qualification.Failures.Any(r => r.RuleId == "PA.Qualification.IndependentLivingAge"));
    }

    [Fact(DisplayName = "Key workers may join in every sub-region (004 §4.5, §6.2)")]
    public void Assess_KeyWorkerInSouthEast_Qualifies() =>
        Assert.True(Assess((Application() with { Route = PaRoute.KeyWorker }).In(SubRegion.SouthEast)).Qualification.Qualifies);

    [Fact(DisplayName = "Only tenants with an identified housing need may transfer (004 §1.3)")]
    public void Assess_TransferWithoutNeed_DoesNotQualify()
    {
        var result = Assess(Transfer().In(SubRegion.London));
        Assert.True(result.Eligibility.Eligible);
        Assert.False(result.Qualification.Qualifies);
        Assert.Contains("mutual exchange", Assert.Single(result.Qualification.Failures).Text, StringComparison.Ordinal);
        Assert.True(Assess(Transfer().WithNeeds(PaNeed.MedicalNeed).In(SubRegion.London)).Qualification.Qualifies);
    }

    [Fact(DisplayName = "A nominee qualifies by nomination without a PA Housing band (004 §3.2)")]
    public void Assess_NomineeWithoutBand_Qualifies()
    {
        var result = Assess((Application() with { Route = PaRoute.LocalAuthorityNomination }).In(SubRegion.SouthEast));
        Assert.Null(result.Banding.Band);
        Assert.True(result.Qualification.Qualifies);
        Assert.True(result.MayBid);
    }

    [Fact(DisplayName = "A register closed to new applicants applies to those registering while it is closed (004 §4.5)")]
    public void Assess_RegisterClosed_NewApplicantsOnly()
    {
        var closed = new PaHousingOptions { Midlands = PaSubRegionOptions.MidlandsDefaults with { RegisterOpen = false } };
        var scheme = new PaHousingScheme(OptionSchedule<PaHousingOptions>.Always(new PaHousingOptions()).WithChange(new DateOnly(2026, 1, 1), closed));
        var existing = Application().WithNeeds(PaNeed.MedicalNeed);
        var late = existing with { RegisteredAt = new DateTime(2026, 2, 1, 9, 0, 0) };
        Assert.True(scheme.Assess(existing, AsOf).Qualification.Qualifies);
        var result = scheme.Assess(late, AsOf);
        Assert.False(result.Qualification.Qualifies);
        Assert.Equal("PA.Qualification.RegisterOpen", Assert.Single(result.Qualification.Failures).RuleId);
    }
}
