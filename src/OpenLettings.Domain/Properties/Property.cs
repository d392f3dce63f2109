using System.Collections.Immutable;
using OpenLettings.Domain.Common;

namespace OpenLettings.Domain.Properties;

/// <summary>
/// Mobility and accessibility categories, for both a household's assessed need and a home's design
/// (001 §15.3, §56.5). Ordered from least to most accessible.
/// </summary>
public enum MobilityCategory
{
    /// <summary>No severe mobility issues / a home with more than 3 steps.</summary>
    GeneralNeeds,
    /// <summary>Can manage up to 3 steps / a home with at most 3 external steps.</summary>
    MaxThreeSteps,
    /// <summary>Cannot use steps without help / a home with level or ramped access.</summary>
    StepFree,
    /// <summary>Needs, or is, fully wheelchair accessible into and throughout.</summary>
    WheelchairAccessible,
}

/// <summary>How much a home has been adapted (001 §17.14-17.15, §57).</summary>
public enum AdaptationLevel
{
    None,
    Minor,
    Major,
    Extensive,
}

/// <summary>Adaptations a home has, or a household needs (001 §15.6, §39.4).</summary>
public enum Adaptation
{
    LevelAccessShower,
    WetRoom,
    StairLift,
    ThroughFloorLift,
    Ramp,
    WidenedDoors,
    CeilingHoist,
    AdaptedKitchen,
    GroundFloorBedroom,
    GroundFloorBathroom,
    GrabRails,
}

/// <summary>The built form of a home.</summary>
public enum PropertyType
{
    House,
    Flat,
    Maisonette,
    Bungalow,
    Bedsit,
}

/// <summary>A home that a landlord lets through the scheme.</summary>
public sealed record Property
{
    public required PropertyId Id { get; init; }

    public required LandlordId Landlord { get; init; }

    /// <summary>The local authority area the home is in.</summary>
    public required LocalAuthorityId LocalAuthority { get; init; }

    /// <summary>The town, village or parish, used for area-scoped priority and autobid areas (001 §36.3, §60.4).</summary>
    public string Locality { get; init; } = "";

    public string? Street { get; init; }

    public string? Development { get; init; }

    public required PropertyType Type { get; init; }

    public required int Bedrooms { get; init; }

    /// <summary>The most people the home may house (001 §14.10-14.12).</summary>
    public int? MaxOccupants { get; init; }

    /// <summary>A 3-bedroom home designed for 5 people (001 §14.9).</summary>
    public bool ThreeBedFivePerson { get; init; }

    public MobilityCategory Mobility { get; init; } = MobilityCategory.GeneralNeeds;

    public AdaptationLevel AdaptationLevel { get; init; } = AdaptationLevel.None;

    public ImmutableArray<Adaptation> Adaptations { get; init; } = [];

    /// <summary>Sheltered housing (001 §60.4).</summary>
    public bool Sheltered { get; init; }

    /// <summary>Designated for older persons (001 §48.26).</summary>
    public bool OlderPersons { get; init; }

    public bool PetsAllowed { get; init; }

    public bool SharedOwnership { get; init; }
}
