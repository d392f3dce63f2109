using System.Collections.Immutable;
using System.Globalization;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Explanations;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Shortlisting;

/// <summary>The groups left out of the cross-border calculation and restrictions (001 §63.6).</summary>
public enum CrossBorderExclusion
{
    /// <summary>A tenant of a Devon Home Choice partner landlord, including Right to Move work moves.</summary>
    PartnerLandlordTenant,
    /// <summary>An existing social tenant outside Devon moving to Devon for work.</summary>
    SocialTenantMovingForWork,
    /// <summary>Assessed through a homelessness application as fleeing domestic abuse.</summary>
    FleeingDomesticAbuse,
    /// <summary>Has left the UK armed forces.</summary>
    LeftArmedForces,
}

/// <summary>
/// One Bid Let, as reported to the Coordinator (001 §63.9-63.11): where the household moved from and to, and
/// whether it had a local connection to the authority it moved into.
/// </summary>
public sealed record CrossBorderLet
{
    /// <summary>The authority of the previous home; null or a non-partner code for a move from outside Devon.</summary>
    public LocalAuthorityId? From { get; init; }

    public required LocalAuthorityId To { get; init; }

    /// <summary>The date the home was set to Bid Let.</summary>
    public required DateOnly LetOn { get; init; }

    /// <summary>The household had a local connection to <see cref="To"/>.</summary>
    public required bool ConnectedToNewAuthority { get; init; }

    /// <summary>A §63.6 group, left out of the counts. Band A domestic-abuse moves are not an exclusion: they are counted (001 §17.12).</summary>
    public CrossBorderExclusion? Exclusion { get; init; }
}

/// <summary>The cross-border position of one authority for one month.</summary>
public sealed record CrossBorderQuotaDecision
{
    public required LocalAuthorityId Authority { get; init; }

    /// <summary>First day of the rolling window.</summary>
    public required DateOnly WindowStart { get; init; }

    /// <summary>Last day of the rolling window.</summary>
    public required DateOnly WindowEnd { get; init; }

    /// <summary>(A) households moving in with no local connection to the authority.</summary>
    public required int MovedInWithoutConnection { get; init; }

    /// <summary>(B) households moving out with no local connection to their new authority.</summary>
    public required int MovedOutWithoutConnection { get; init; }

    /// <summary>(C) = A − B.</summary>
    public int Balance => MovedInWithoutConnection - MovedOutWithoutConnection;

    /// <summary>Homes set to Bid Let in the authority in the window.</summary>
    public required int Lets { get; init; }

    /// <summary>C as a percentage of lets (0 when there were no lets).</summary>
    public required decimal BalancePercent { get; init; }

    /// <summary>Homes in the authority may be labelled with a local connection preference (001 §63.4-63.5).</summary>
    public required bool LabelApplies { get; init; }

    public required ImmutableArray<Reason> Reasons { get; init; }
}

/// <summary>
/// The 2% limit on cross-border moves (001 §63.3-63.6, "62.13"): over the rolling 12 whole months before the
/// month of calculation, A (moved in without a connection) minus B (moved out without a connection to the new
/// authority), against 2% of lets.
/// </summary>
public static class CrossBorderQuota
{
    /// <summary>The position of <paramref name="authority"/> for the month containing <paramref name="asOf"/>.</summary>
    public static CrossBorderQuotaDecision Assess(LocalAuthorityId authority, IEnumerable<CrossBorderLet> lets, CrossBorderOptions options, DateOnly asOf)
    {
        var monthStart = new DateOnly(asOf.Year, asOf.Month, 1);
        var windowStart = monthStart.AddMonths(-options.WindowMonths);
        var windowEnd = monthStart.AddDays(-1);
        var inWindow = lets.Where(l => l.LetOn >= windowStart && l.LetOn <= windowEnd).ToList();

        var a = inWindow.Count(l => l.To == authority && l.From != authority && !l.ConnectedToNewAuthority && l.Exclusion is null);
        var b = inWindow.Count(l => l.From == authority && l.To != authority && !l.ConnectedToNewAuthority && l.Exclusion is null);
        var letsCount = inWindow.Count(l => l.To == authority && (options.ExcludedGroupsCountAsLets || l.Exclusion is null));
        var c = a - b;
        var percent = letsCount == 0 ? 0m : Math.Round(100m * c / letsCount, 2);

        bool applies;
        string comparison;
        if (letsCount == 0)
        {
            applies = false;
            comparison = "there were no lets in the period, so there is no basis for a label";
        }
        else
        {
            var threshold = options.ThresholdPercent * letsCount / 100m;
            applies = options.Comparison == ThresholdComparison.AtLeast ? c >= threshold : c > threshold;
            comparison = options.Comparison == ThresholdComparison.AtLeast
                ? $"the label applies at {options.ThresholdPercent.ToString(CultureInfo.InvariantCulture)}% of lets or more"
                : $"the label applies above {options.ThresholdPercent.ToString(CultureInfo.InvariantCulture)}% of lets";
        }

        var reason = new Reason(
            applies ? "DHC.CrossBorder.LabelApplies" : "DHC.CrossBorder.LabelDoesNotApply",
            Citation.Devon(applies ? "63.4" : "63.5"),
            applies
                ? $"Over the last {options.WindowMonths} months, {c} more households moved into {authority} without a local connection than moved out without one ({percent.ToString(CultureInfo.InvariantCulture)}% of {letsCount} lets), so homes there may be labelled with a preference for people with a local connection."
                : $"Over the last {options.WindowMonths} months the net number of households moving into {authority} without a local connection was {c} ({percent.ToString(CultureInfo.InvariantCulture)}% of {letsCount} lets), so homes there are not labelled with a local connection preference: {comparison}.")
            .With(
                new Fact("window", $"{windowStart:yyyy-MM-dd} to {windowEnd:yyyy-MM-dd}"),
                new Fact("A (moved in without connection)", a.ToString(CultureInfo.InvariantCulture)),
                new Fact("B (moved out without connection)", b.ToString(CultureInfo.InvariantCulture)),
                new Fact("C = A - B", c.ToString(CultureInfo.InvariantCulture)),
                new Fact("lets", letsCount.ToString(CultureInfo.InvariantCulture)),
                new Fact("threshold", $"{options.ThresholdPercent.ToString(CultureInfo.InvariantCulture)}% ({options.Comparison})"),
                new Fact("excluded lets (001 §63.6)", inWindow.Count(l => l.Exclusion is not null && (l.To == authority || l.From == authority)).ToString(CultureInfo.InvariantCulture)));

        return new CrossBorderQuotaDecision
        {
            Authority = authority,
            WindowStart = windowStart,
            WindowEnd = windowEnd,
            MovedInWithoutConnection = a,
            MovedOutWithoutConnection = b,
            Lets = letsCount,
            BalancePercent = percent,
            LabelApplies = applies,
            Reasons = [reason],
        };
    }
}
