using OpenLettings.Domain.Common;
using OpenLettings.Domain.Schemes.PaHousing;
using static OpenLettings.Domain.Tests.Schemes.PaHousing.PaTestData;

namespace OpenLettings.Domain.Tests.Schemes.PaHousing;

public class PaSubRegionTests
{
    [Theory(DisplayName = "Appendix 1 maps each borough to its sub-region (004 Appendix 1)")]
    [InlineData("nottingham", SubRegion.Midlands)]
    [InlineData("newark-and-sherwood", SubRegion.Midlands)]
    [InlineData("wellingborough", SubRegion.Midlands)]
    [InlineData("croydon", SubRegion.London)]
    [InlineData("tower-hamlets", SubRegion.London)]
    [InlineData("richmond-upon-thames", SubRegion.SouthEast)]
    [InlineData("hounslow", SubRegion.SouthEast)]
    [InlineData("watford", SubRegion.SouthEast)]
    public void SubRegionFor_Appendix1Borough_ReturnsItsSubRegion(string authority, SubRegion expected) =>
        Assert.Equal(expected, new PaHousingOptions().SubRegionFor(new LocalAuthorityId(authority)));

    [Fact(DisplayName = "Appendix 1 lists 30 Midlands, 20 London and 15 South East boroughs (004 Appendix 1)")]
    public void Appendix1_Counts_MatchTheTable()
    {
        var map = PaSubRegions.Appendix1;
        Assert.Equal(65, map.Count);
        Assert.Equal(30, map.Values.Count(r => r == SubRegion.Midlands));
        Assert.Equal(20, map.Values.Count(r => r == SubRegion.London));
        Assert.Equal(15, map.Values.Count(r => r == SubRegion.SouthEast));
    }

    [Fact(DisplayName = "An authority outside Appendix 1 cannot be assessed and is explained (004 Appendix 1)")]
    public void Assess_UnknownAuthority_IsNotEligibleWithReason()
    {
        var result = Assess(Application() with { LocalAuthority = new LocalAuthorityId("exeter") });
        Assert.Null(result.SubRegion);
        Assert.False(result.Eligibility.Eligible);
        Assert.False(result.MayBid);
        Assert.Equal("PA.Scheme.UnknownArea", Assert.Single(result.Explanation).RuleId);
    }

    [Fact(DisplayName = "The sub-region lookup is an option a partnership can change (004 Appendix 1)")]
    public void SubRegionOf_Overridden_MovesBoroughToAnotherSubRegion()
    {
        var options = new PaHousingOptions { SubRegionOf = PaSubRegions.Appendix1.SetItem(new LocalAuthorityId("watford"), SubRegion.London) };
        Assert.Equal(SubRegion.London, options.SubRegionFor(new LocalAuthorityId("watford")));
    }

    [Fact(DisplayName = "Assessment explanation starts with the sub-region and the options in force (004 Appendix 1)")]
    public void Assess_KnownAuthority_ExplainsSubRegionFirst()
    {
        var result = Assess(Application().In(SubRegion.London));
        Assert.Equal(SubRegion.London, result.SubRegion);
        var first = result.Explanation[0];
        Assert.Equal("PA.Scheme.SubRegion", first.RuleId);
        Assert.Equal("004 Appendix 1", first.Citation.ToString());
        Assert.Contains(first.Facts, f => f.Name == "options in force" && f.Value == "defaults");
    }

    [Fact(DisplayName = "The descriptor names the scheme pa-housing and lists its options (004)")]
    public void Descriptor_IdAndOptions_ArePaHousing()
    {
        Assert.Equal("pa-housing", PaHousingScheme.Descriptor.Id);
        Assert.Contains(PaHousingScheme.Descriptor.Options, o => o.Name == "incomeThreshold" && o.DefaultValue == "£50,000.00");
        Assert.Contains(PaHousingScheme.Descriptor.Options, o => o.Name == "midlands.savingsOrAssetThreshold" && o.DefaultValue == "£16,000.00");
    }
}
