using System.Collections.Immutable;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Properties;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Bidding;

/// <summary>
/// Whether an automatic bid is placed for a household on an advert (001 §60.4, §60.8, §20.11). Autobids do not
/// limit what the household may bid for itself (001 §60.6).
/// </summary>
public static class AutobidMatcher
{
    /// <summary>True, with every reason, when an autobid should be placed; false with the reasons that stop it.</summary>
    public static Decision<bool> Matches(Advert advert, Bidder bidder, DevonOptions options, DateOnly asOf)
    {
        var reasons = ImmutableArray.CreateBuilder<Reason>();
        var stops = ImmutableArray.CreateBuilder<Reason>();
        var property = advert.Property;

        if (bidder.Autobid is not { Enabled: true } autobid)
        {
            return new Decision<bool>(false, [new Reason("DHC.Autobid.NotSetUp", Citation.Devon("60.1"), "Automatic bidding is not set up for you.")]);
        }

        if (!bidder.Active || bidder.BiddingSuspended || bidder.BidShortlistedElsewhere)
        {
            stops.Add(new Reason("DHC.Autobid.NotActive", Citation.Devon("60.4"),
                "Autobids are placed only for active applications that may bid (not suspended, and not being considered for another home).")
                .With(new Fact("active", bidder.Active.ToString()), new Fact("bidding suspended", bidder.BiddingSuspended.ToString()), new Fact("bid shortlisted elsewhere", bidder.BidShortlistedElsewhere.ToString())));
        }

        var suitability = HomeSuitability.Assess(advert, bidder, BidChannel.Autobid, options, asOf);
        if (suitability.Findings.IsEmpty)
        {
            reasons.Add(new Reason("DHC.Autobid.Eligible", Citation.Devon("60.4"), "You are eligible for this home."));
        }
        else
        {
            stops.AddRange(suitability.Findings.Select(f => f.Reason));
        }

        var sheltered = autobid.Sheltered switch
        {
            AutobidShelteredChoice.NonShelteredOnly => !property.Sheltered,
            AutobidShelteredChoice.ShelteredOnly => property.Sheltered,
            AutobidShelteredChoice.ShelteredAndNonSheltered => true,
        };
        var shelteredFact = new Fact("sheltered choice", autobid.Sheltered.ToString());
        if (!sheltered)
        {
            stops.Add(new Reason("DHC.Autobid.Sheltered", Citation.Devon("60.4"), property.Sheltered
                ? "This is a sheltered home and your autobid options do not include sheltered homes."
                : "Your autobid options include only sheltered homes.").With(shelteredFact));
        }

        if (!InAreas(autobid, property))
        {
            stops.Add(new Reason("DHC.Autobid.Area", Citation.Devon("60.4"), $"This home in {property.Locality} is not in the areas on your autobid form.")
                .With(new Fact("areas", string.Join(", ", autobid.Authorities.Select(a => a.Value).Concat(autobid.Localities)))));
        }

        if (!MatchesSpecificCriteria(autobid, property))
        {
            stops.Add(new Reason("DHC.Autobid.SpecificCriteria", Citation.Devon("60.8"),
                "This home does not match the property type, street or development on your autobid form."));
        }

        if (bidder.HasPets && !property.PetsAllowed)
        {
            stops.Add(new Reason("DHC.Autobid.Pets", Citation.Devon("60.4"), "You have a pet, so autobids are placed only for homes that allow pets."));
        }

        if (bidder.HomelessDutyOwedBy is { } dutyAuthority && property.LocalAuthority != dutyAuthority)
        {
            stops.Add(new Reason("DHC.Autobid.HomelessDutyArea", Citation.Devon("20.11"),
                $"Automatic bids for households owed a homeless duty are limited to the area of the authority that accepted the duty ({dutyAuthority}).")
                .With(new Fact("home authority", property.LocalAuthority.Value)));
        }

        if (!MobilityMatching.AutobidAllows(bidder.Mobility, property.Mobility))
        {
            stops.Add(new Reason("DHC.Autobid.Mobility", Citation.Devon("60.8"),
                $"Autobids for a household assessed as {HomeSuitability.Describe(bidder.Mobility)} are not placed on {HomeSuitability.Describe(property.Mobility)} homes; you may still bid for it yourself.")
                .With(new Fact("assessed mobility", bidder.Mobility.ToString()), new Fact("home category", property.Mobility.ToString())));
        }

        if (stops.Count > 0)
        {
            return new Decision<bool>(false, stops.ToImmutable());
        }

        reasons.Add(new Reason("DHC.Autobid.Matches", Citation.Devon("60.4"), "This home matches your autobid options, so an automatic bid is placed.").With(shelteredFact));
        return new Decision<bool>(true, reasons.ToImmutable());
    }

    /// <summary>True when the home matches the optional property type, street and development criteria (001 §60.8).</summary>
    public static bool MatchesSpecificCriteria(AutobidPreferences autobid, Property property) =>
        (autobid.PropertyTypes.IsEmpty || autobid.PropertyTypes.Contains(property.Type))
        && (autobid.Streets.IsEmpty || autobid.Streets.Any(s => string.Equals(s, property.Street, StringComparison.OrdinalIgnoreCase)))
        && (autobid.Developments.IsEmpty || autobid.Developments.Any(d => string.Equals(d, property.Development, StringComparison.OrdinalIgnoreCase)));

    private static bool InAreas(AutobidPreferences autobid, Property property) =>
        (autobid.Authorities.IsEmpty && autobid.Localities.IsEmpty)
        || autobid.Authorities.Contains(property.LocalAuthority)
        || autobid.Localities.Any(l => string.Equals(l, property.Locality, StringComparison.OrdinalIgnoreCase));
}
