using OpenLettings.Domain.Common;
using OpenLettings.Domain.Schemes.DevonHomeChoice;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Shortlisting;

namespace OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.Shortlisting;

public class CrossBorderQuotaTests
{
    private static readonly LocalAuthorityId Exeter = DevonAuthorities.Exeter;
    private static readonly DateOnly AsOf = new(2026, 6, 15);
    private static readonly DateOnly InWindow = new(2026, 3, 10);

    private static CrossBorderLet Let(LocalAuthorityId? from, LocalAuthorityId to, bool connected, DateOnly? on = null, CrossBorderExclusion? exclusion = null) =>
        new() { From = from, To = to, LetOn = on ?? InWindow, ConnectedToNewAuthority = connected, Exclusion = exclusion };

    /// <summary>100 lets into Exeter, all by connected local households.</summary>
    private static List<CrossBorderLet> HundredLocalLets() =>
        [.. Enumerable.Range(0, 100).Select(_ => Let(Exeter, Exeter, connected: true))];

    private static CrossBorderQuotaDecision Assess(IEnumerable<CrossBorderLet> lets, CrossBorderOptions? options = null) =>
        CrossBorderQuota.Assess(Exeter, lets, options ?? new CrossBorderOptions(), AsOf);

    [Fact(DisplayName = "C = A − B at 2% of lets applies the label (001 §63.3-63.4)")]
    public void Assess_BalanceAtTwoPercent_LabelApplies()
    {
        var lets = HundredLocalLets();
        lets.RemoveRange(0, 3);
        lets.Add(Let(DevonAuthorities.Torbay, Exeter, connected: false));
        lets.Add(Let(null, Exeter, connected: false));
        lets.Add(Let(DevonAuthorities.MidDevon, Exeter, connected: false));
        lets.Add(Let(Exeter, DevonAuthorities.Torbay, connected: false));

        var decision = Assess(lets);
        Assert.Equal(3, decision.MovedInWithoutConnection);
        Assert.Equal(1, decision.MovedOutWithoutConnection);
        Assert.Equal(2, decision.Balance);
        Assert.Equal(100, decision.Lets);
        Assert.True(decision.LabelApplies);
        Assert.Equal("001 §63.4", decision.Reasons.Single().Citation.ToString());
    }

    [Fact(DisplayName = "Option: at exactly 2% the label does not apply when the comparison is 'above' (001 §63.12; ambiguity 14)")]
    public void Assess_AtThresholdAboveOption_NoLabel()
    {
        var lets = HundredLocalLets();
        lets.RemoveRange(0, 2);
        lets.Add(Let(DevonAuthorities.Torbay, Exeter, connected: false));
        lets.Add(Let(DevonAuthorities.Torbay, Exeter, connected: false));

        Assert.True(Assess(lets).LabelApplies);
        Assert.False(Assess(lets, new CrossBorderOptions { Comparison = ThresholdComparison.Above }).LabelApplies);
    }

    [Fact(DisplayName = "Below 2% the label is removed (001 §63.5)")]
    public void Assess_BelowThreshold_NoLabel()
    {
        var lets = HundredLocalLets();
        lets.RemoveAt(0);
        lets.Add(Let(DevonAuthorities.Torbay, Exeter, connected: false));
        var decision = Assess(lets);
        Assert.False(decision.LabelApplies);
        Assert.Equal("001 §63.5", decision.Reasons.Single().Citation.ToString());
    }

    [Fact(DisplayName = "The §63.6 groups are left out of A and B (001 §63.6)")]
    public void Assess_ExcludedGroups_NotCounted()
    {
        var lets = HundredLocalLets();
        lets.RemoveRange(0, 4);
        lets.Add(Let(DevonAuthorities.Torbay, Exeter, false, exclusion: CrossBorderExclusion.PartnerLandlordTenant));
        lets.Add(Let(null, Exeter, false, exclusion: CrossBorderExclusion.SocialTenantMovingForWork));
        lets.Add(Let(DevonAuthorities.Torbay, Exeter, false, exclusion: CrossBorderExclusion.FleeingDomesticAbuse));
        lets.Add(Let(null, Exeter, false, exclusion: CrossBorderExclusion.LeftArmedForces));

        var decision = Assess(lets);
        Assert.Equal(0, decision.MovedInWithoutConnection);
        Assert.Equal(100, decision.Lets);
        Assert.Equal(96, Assess(lets, new CrossBorderOptions { ExcludedGroupsCountAsLets = false }).Lets);
    }

    [Fact(DisplayName = "The window is the 12 whole months before the month of calculation (001 §63.4, '62.13')")]
    public void Assess_WindowIsPreviousTwelveWholeMonths()
    {
        var lets = HundredLocalLets();
        lets.Add(Let(DevonAuthorities.Torbay, Exeter, false, new DateOnly(2026, 6, 2)));
        lets.Add(Let(DevonAuthorities.Torbay, Exeter, false, new DateOnly(2025, 5, 31)));
        lets.Add(Let(DevonAuthorities.Torbay, Exeter, false, new DateOnly(2025, 6, 1)));
        lets.Add(Let(DevonAuthorities.Torbay, Exeter, false, new DateOnly(2026, 5, 31)));

        var decision = Assess(lets);
        Assert.Equal(new DateOnly(2025, 6, 1), decision.WindowStart);
        Assert.Equal(new DateOnly(2026, 5, 31), decision.WindowEnd);
        Assert.Equal(2, decision.MovedInWithoutConnection);
        Assert.Equal(102, decision.Lets);
    }

    [Fact(DisplayName = "Moves out of another authority do not count as Exeter's B (001 §63.3)")]
    public void Assess_OtherAuthoritiesMoves_Ignored()
    {
        var decision = Assess([Let(DevonAuthorities.Torbay, DevonAuthorities.Plymouth, false), Let(Exeter, Exeter, true)]);
        Assert.Equal(0, decision.MovedOutWithoutConnection);
        Assert.Equal(1, decision.Lets);
    }

    [Fact(DisplayName = "No lets in the window gives no label (001 §63.4)")]
    public void Assess_NoLets_NoLabel()
    {
        var decision = Assess([Let(Exeter, DevonAuthorities.Torbay, false)]);
        Assert.Equal(-1, decision.Balance);
        Assert.False(decision.LabelApplies);
    }

    [Fact(DisplayName = "The threshold percentage is an option (001 §63.4 [CONFIG])")]
    public void Assess_ThresholdOption()
    {
        var lets = HundredLocalLets();
        lets.RemoveAt(0);
        lets.Add(Let(DevonAuthorities.Torbay, Exeter, connected: false));
        Assert.True(Assess(lets, new CrossBorderOptions { ThresholdPercent = 1m }).LabelApplies);
    }
}
