using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Bidding;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Shortlisting;

/// <summary>How a bidder stands against one local connection condition.</summary>
public enum LocalConnectionStanding
{
    /// <summary>Connected to the area.</summary>
    Connected,
    /// <summary>Not connected, but the condition does not apply to them (exclusion or override).</summary>
    SetAside,
    /// <summary>Not connected and the condition applies.</summary>
    NotMet,
}

/// <summary>
/// Applies a local connection condition to a bidder, with the exclusions of 001 §63.6 and the domestic-abuse and
/// Band A overrides of 001 §17.12, §61.19-61.20 (ambiguity 13: the §61.20 table by default).
/// </summary>
public static class LocalConnectionConditions
{
    /// <summary>The bidder's standing against <paramref name="condition"/>, with the reason.</summary>
    public static (LocalConnectionStanding Standing, Reason Reason) Evaluate(
        LocalConnectionCondition condition, Bidder bidder, BandAward? applying, ShortlistOptions options)
    {
        var facts = new[]
        {
            new Fact("condition", condition.Describe()),
            new Fact("connected authorities", bidder.ConnectedAuthorities.IsEmpty ? "none" : string.Join(", ", bidder.ConnectedAuthorities)),
        };
        if (bidder.IsConnectedTo(condition))
        {
            return (LocalConnectionStanding.Connected, new Reason("DHC.Shortlist.LocalConnection.Connected", Citation.Devon("61.15"),
                $"You have a local connection that meets the advert's {condition.Describe()}.").With(facts));
        }

        var bandADv = ApplyingBand.IsBandADomesticAbuse(applying);
        var allVictims = options.DomesticAbuseLocalConnection == DomesticAbuseLocalConnectionRule.AllVictimsExemptExceptSection106;

        switch (condition.Source)
        {
            case LocalConnectionSource.Section106:
                return NotMet(condition, "61.20",
                    "Section 106 conditions apply to everyone, including households fleeing domestic abuse and Band A.", facts);

            case LocalConnectionSource.CrossBorder:
                if (CrossBorderExclusion(bidder) is { } exclusion)
                {
                    return (LocalConnectionStanding.SetAside, new Reason("DHC.Shortlist.LocalConnection.CrossBorderExcluded", Citation.Devon("63.6"),
                        $"The cross-border local connection preference does not apply to you: {exclusion}.").With(facts));
                }

                if (bandADv || (allVictims && bidder.FleeingDomesticAbuse))
                {
                    return SetAsideForAbuse(condition, bandADv ? "17.12" : "61.19", facts);
                }

                return NotMet(condition, "63.4", "Connected applicants are considered first; others only if none remains.", facts);

            case LocalConnectionSource.LocalAllocationPolicy:
                if (bandADv || (allVictims && bidder.FleeingDomesticAbuse))
                {
                    return SetAsideForAbuse(condition, bandADv ? "61.20" : "61.19", facts);
                }

                if (bidder.FleeingDomesticAbuse && bidder.DomesticAbuseLocalPolicyOverride is { } caseByCase)
                {
                    if (caseByCase.Value)
                    {
                        return (LocalConnectionStanding.SetAside, new Reason("DHC.Shortlist.LocalConnection.DomesticAbuseCaseByCase", Citation.Devon("61.20"),
                            $"{caseByCase.AssessedBy.Name} ({caseByCase.AssessedBy.Role}) decided that, as you are fleeing domestic abuse, the local allocation policy connection condition is set aside for you.")
                            .With(facts).With(new Fact("assessed on", caseByCase.AssessedOn.ToString("yyyy-MM-dd"))));
                    }

                    return NotMet(condition, "61.20",
                        $"{caseByCase.AssessedBy.Name} ({caseByCase.AssessedBy.Role}) decided, case by case, that the local allocation policy condition still applies to you.", facts);
                }

                return NotMet(condition, bidder.FleeingDomesticAbuse ? "61.20" : "61.15",
                    bidder.FleeingDomesticAbuse
                        ? "For Bands B to D, fleeing domestic abuse sets a local allocation policy aside only when an officer decides so case by case, and no such decision is recorded."
                        : "The advert's local allocation policy applies.", facts);

            default:
                throw new ArgumentOutOfRangeException(nameof(condition), condition.Source, "Unknown local connection source.");
        }
    }

    /// <summary>The §63.6 group that excludes the bidder from cross-border restrictions, or null.</summary>
    /// <remarks>001 §63.6.</remarks>
    public static string? CrossBorderExclusion(Bidder bidder) =>
        bidder.IsPartnerLandlordTenant ? "you are a tenant of a Devon Home Choice partner landlord"
        : bidder.SocialTenantMovingToDevonForWork ? "you are a social tenant moving to Devon for work"
        : bidder.FleeingDomesticAbuse ? "you were assessed as fleeing domestic abuse"
        : bidder.LeftArmedForces ? "you have left the UK armed forces"
        : null;

    private static (LocalConnectionStanding, Reason) SetAsideForAbuse(LocalConnectionCondition condition, string section, Fact[] facts) =>
        (LocalConnectionStanding.SetAside, new Reason("DHC.Shortlist.LocalConnection.DomesticAbuseOverride", Citation.Devon(section),
            $"As you are fleeing domestic abuse, violence or harassment, the advert's {condition.Describe()} does not apply to you.").With(facts));

    private static (LocalConnectionStanding, Reason) NotMet(LocalConnectionCondition condition, string section, string why, Fact[] facts) =>
        (LocalConnectionStanding.NotMet, new Reason("DHC.Shortlist.LocalConnection.NotMet", Citation.Devon(section),
            $"You do not have the local connection in the advert's {condition.Describe()}. {why}").With(facts));
}
