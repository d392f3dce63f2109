using OpenLettings.Domain.Schemes.DevonHomeChoice.Shortlisting;

namespace OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.Shortlisting;

public class BypassReasonTests
{
    [Fact(DisplayName = "Every bypass reason has a unique catalogue code, a citation and a description (001 §61.9, §61.35)")]
    public void Catalogue_EveryReasonComplete()
    {
        var all = Enum.GetValues<BypassReason>();
        Assert.Equal(all.Length, all.Select(r => r.Code()).Distinct().Count());
        Assert.All(all, r =>
        {
            Assert.StartsWith("BP-", r.Code(), StringComparison.Ordinal);
            Assert.Equal("001", r.Cite().Seed);
            Assert.False(string.IsNullOrWhiteSpace(r.Describe()));
        });
    }

    [Theory(DisplayName = "Catalogue codes and sections match spec 20.2 (001 §58.18, §60.8, §61.25, §64.7)")]
    [InlineData(BypassReason.LettingPlanCriteria, "BP-LLP", "001 §58.18")]
    [InlineData(BypassReason.AutobidCriteria, "BP-AUTOBID-CRITERIA", "001 §60.8")]
    [InlineData(BypassReason.AcceptedElsewhere, "BP-ACCEPTED-ELSEWHERE", "001 §61.25")]
    [InlineData(BypassReason.HomelessAuthorityNoResponse, "BP-HOMELESS-LA", "001 §64.7")]
    public void Catalogue_KnownEntries(BypassReason reason, string code, string citation)
    {
        Assert.Equal(code, reason.Code());
        Assert.Equal(citation, reason.Cite().ToString());
    }
}
