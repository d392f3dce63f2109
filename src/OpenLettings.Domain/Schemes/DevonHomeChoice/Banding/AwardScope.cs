using System.Collections.Immutable;
using OpenLettings.Domain.Properties;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;

/// <summary>
/// The homes a band award holds for. Most awards hold for any home; some only for some homes, so the band
/// that orders a bid is worked out per advert (001 §23.5, §36.3, §39.4, §39.32, §48.26).
/// </summary>
public abstract record AwardScope
{
    private AwardScope()
    {
    }

    /// <summary>True when the award applies to a bid for <paramref name="property"/>.</summary>
    public abstract bool Covers(Property property);

    /// <summary>A plain-English description of the homes covered.</summary>
    public abstract string Describe();

    /// <summary>The same description, as a property for the JSON contract.</summary>
    public string Description => Describe();

    /// <summary>Every home.</summary>
    public sealed record AnyHome : AwardScope
    {
        public override bool Covers(Property property) => true;
        public override string Describe() => "any home";
    }

    /// <summary>Homes with fewer bedrooms than the current home (under-occupation priority, 001 §23.5).</summary>
    public sealed record SmallerThanCurrentHome(int CurrentBedrooms) : AwardScope
    {
        public override bool Covers(Property property) => property.Bedrooms < CurrentBedrooms;
        public override string Describe() => $"homes with fewer than {CurrentBedrooms} bedrooms";
    }

    /// <summary>Homes in named localities (Teignbridge community contribution, 001 §36.3; support moves, 001 §39.32).</summary>
    public sealed record InLocalities(ImmutableArray<string> Localities) : AwardScope
    {
        public override bool Covers(Property property) =>
            Localities.Any(l => string.Equals(l, property.Locality, StringComparison.OrdinalIgnoreCase));
        public override string Describe() => "homes in " + string.Join(", ", Localities);
    }

    /// <summary>Older persons' housing only (capital between the two thresholds, 001 §48.26).</summary>
    public sealed record OlderPersonsHousingOnly : AwardScope
    {
        public override bool Covers(Property property) => property.OlderPersons || property.Sheltered;
        public override string Describe() => "older persons' housing";
    }

    /// <summary>Homes with the adaptations the household needs (health and wellbeing priority for adaptations, 001 §39.4).</summary>
    public sealed record WithAdaptations(ImmutableArray<Adaptation> Required) : AwardScope
    {
        public override bool Covers(Property property) => Required.All(property.Adaptations.Contains);
        public override string Describe() => "homes with " + string.Join(", ", Required);
    }

    /// <summary>Homes both scopes cover (e.g. an under-occupation award limited to older persons' housing by capital, 001 §23.5, §48.26).</summary>
    public sealed record Both(AwardScope First, AwardScope Second) : AwardScope
    {
        public override bool Covers(Property property) => First.Covers(property) && Second.Covers(property);
        public override string Describe() => First.Describe() + " that are also " + Second.Describe();
    }
}
