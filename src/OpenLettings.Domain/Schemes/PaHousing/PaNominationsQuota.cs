using System.Collections.Immutable;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Explanations;

namespace OpenLettings.Domain.Schemes.PaHousing;

/// <summary>One home let, for the nominations quota report (004 §3.2).</summary>
public sealed record PaLetting
{
    public required AdvertId Advert { get; init; }

    public required LocalAuthorityId LocalAuthority { get; init; }

    public required DateOnly LetOn { get; init; }

    /// <summary>Let to a household nominated by the local authority from its register.</summary>
    public required bool ToNominee { get; init; }

    /// <summary>At one of the limited sites or schemes where 100% nominations apply.</summary>
    public bool FullNominationsScheme { get; init; }
}

/// <summary>Actual nominations against the agreement in one local authority over a period (004 §3.2, §4.5).</summary>
/// <param name="LocalAuthority">The authority whose agreement is checked.</param>
/// <param name="SubRegion">Its sub-region (Appendix 1), when known.</param>
/// <param name="Lettings">Homes let in the period.</param>
/// <param name="ToNominees">Of those, homes let to nominees.</param>
/// <param name="RequiredNominations">Lettings that had to go to nominees (each letting's share at the percentage then in force, rounded up).</param>
/// <param name="Met">The agreement was met.</param>
/// <param name="Shortfall">Nominated lettings missing to meet the agreement; 0 when met.</param>
/// <param name="Reasons">The percentages applied and the outcome.</param>
public sealed record PaQuotaReport(LocalAuthorityId LocalAuthority, SubRegion? SubRegion, int Lettings, int ToNominees, int RequiredNominations,
    bool Met, int Shortfall, ImmutableArray<Reason> Reasons);

/// <summary>Checks lettings against the nominations agreements (004 §3.2), allowing for redevelopment reductions (004 §4.5).</summary>
public static class PaNominationsQuota
{
    /// <summary>The percentage of homes owed to nominations for one letting, with why.</summary>
    public static (decimal Percent, Reason Reason) PercentFor(PaLetting letting, PaHousingOptions options)
    {
        if (letting.FullNominationsScheme)
        {
            return (options.FullNominationsPercent, Pa.Reason("Quota.FullNominations", "3.2",
                $"At this site {options.FullNominationsPercent}% nominations apply.", Pa.Fact("advert", letting.Advert.Value)));
        }

        var programme = options.RedevelopmentProgrammes.FirstOrDefault(p => p.ReducedNominationsPercent is not null
            && p.LocalAuthorities.Contains(letting.LocalAuthority) && p.ActiveOn(letting.LetOn));
        if (programme is { ReducedNominationsPercent: { } reduced })
        {
            return (reduced, Pa.Reason("Quota.RedevelopmentReduction", "4.5",
                $"While redevelopment programme {programme.Id} runs, the share of homes offered for nominations in {letting.LocalAuthority} is temporarily {reduced}%.",
                Pa.Fact("programme", programme.Id), Pa.Fact("percent", reduced)));
        }

        if (options.SubRegionFor(letting.LocalAuthority) is { } region)
        {
            var percent = options.For(region).NominationsPercent;
            return (percent, Pa.Reason("Quota.Agreement", "3.2",
                $"In {Pa.Region(region)} the nominations agreement requires {percent}% of available homes to be offered to the local authority.",
                Pa.Fact("sub-region", region), Pa.Fact("percent", percent)));
        }

        return (0m, Pa.Reason("Quota.UnknownArea", "Appendix 1", $"{letting.LocalAuthority} is not in any PA Housing sub-region, so no nominations agreement is known.",
            Pa.Fact("local authority", letting.LocalAuthority)));
    }

    /// <summary>One report per local authority for lettings made from <paramref name="from"/> to <paramref name="to"/> inclusive.</summary>
    public static ImmutableArray<PaQuotaReport> Check(IEnumerable<PaLetting> lettings, DateOnly from, DateOnly to, PaHousingOptions options) =>
    [
        .. lettings.Where(l => l.LetOn >= from && l.LetOn <= to)
            .GroupBy(l => l.LocalAuthority)
            .OrderBy(g => g.Key.Value, StringComparer.Ordinal)
            .Select(g => Report(g.Key, [.. g], from, to, options)),
    ];

    private static PaQuotaReport Report(LocalAuthorityId authority, List<PaLetting> lettings, DateOnly from, DateOnly to, PaHousingOptions options)
    {
        var reasons = new List<Reason>();
        var share = 0m;
        foreach (var group in lettings.Select(l => PercentFor(l, options)).GroupBy(p => p.Reason.RuleId + p.Percent))
        {
            reasons.Add(group.First().Reason.With(Pa.Fact("lettings", group.Count())));
            share += group.Sum(p => p.Percent) / 100m;
        }

        var required = (int)Math.Ceiling(share);
        var nominated = lettings.Count(l => l.ToNominee);
        var shortfall = Math.Max(0, required - nominated);
        var met = shortfall == 0;
        reasons.Add(Pa.Reason(met ? "Quota.Met" : "Quota.NotMet", "3.2", met
            ? $"{nominated} of {lettings.Count} homes let in {authority} from {from:d MMMM yyyy} to {to:d MMMM yyyy} went to nominees; at least {required} were due, so the agreement was met."
            : $"{nominated} of {lettings.Count} homes let in {authority} from {from:d MMMM yyyy} to {to:d MMMM yyyy} went to nominees; at least {required} were due, {shortfall} short.",
            Pa.Fact("lettings", lettings.Count), Pa.Fact("to nominees", nominated), Pa.Fact("required", required)));
        return new PaQuotaReport(authority, options.SubRegionFor(authority), lettings.Count, nominated, required, met, shortfall, [.. reasons]);
    }
}
