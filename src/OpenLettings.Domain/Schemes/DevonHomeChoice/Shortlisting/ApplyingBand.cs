using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Properties;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Bidding;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Shortlisting;

/// <summary>
/// The band that orders a bid: the highest of the bidder's awards whose scope covers the home (001 §23.5,
/// §36.3, §39.4, §39.32, §48.26, §61.1).
/// </summary>
public static class ApplyingBand
{
    /// <summary>The highest award covering <paramref name="property"/>, or null when none does.</summary>
    public static BandAward? For(Bidder bidder, Property property)
    {
        BandAward? best = null;
        foreach (var award in bidder.Awards)
        {
            if (award.Scope.Covers(property) && (best is null || award.Band.IsHigherThan(best.Band)))
            {
                best = award;
            }
        }

        return best;
    }

    /// <summary>Why the band applies, mentioning any higher award that does not hold for this home.</summary>
    public static Reason Explain(Bidder bidder, Property property, BandAward applying)
    {
        var notCovering = bidder.Awards.Where(a => !a.Scope.Covers(property) && a.Band.IsHigherThan(applying.Band)).ToList();
        var text = $"For this home your priority is {applying.Band.Describe()}.";
        if (notCovering.Count > 0)
        {
            text += " " + string.Join(" ", notCovering.Select(a => $"Your {a.Band.Describe()} priority holds only for {a.Scope.Describe()}, so it does not apply here."));
        }

        return new Reason("DHC.Shortlist.ApplyingBand", Citation.Devon("61.1"), text)
            .With(new Fact("band", applying.Band.ToString()), new Fact("band reason", applying.Reason.ToString()), new Fact("award scope", applying.Scope.Describe()));
    }

    /// <summary>True when the band that applies is Band A for fleeing domestic abuse, violence or harassment (001 §17.12).</summary>
    public static bool IsBandADomesticAbuse(BandAward? applying) =>
        applying is { Band: Band.A, Reason: BandReason.A_DomesticAbuseOrViolence };
}
