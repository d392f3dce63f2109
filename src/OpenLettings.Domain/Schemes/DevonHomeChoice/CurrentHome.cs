using System.Collections.Immutable;
using OpenLettings.Domain.Common;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice;

/// <summary>How the household occupies where it lives now (001 §29.2, current accommodation).</summary>
public enum Tenure
{
    OwnerOccupier,
    SharedOwnership,
    PrivateRented,
    /// <summary>A tenant of a Devon Home Choice partner landlord (council or housing association).</summary>
    PartnerLandlordTenant,
    /// <summary>A social tenant of a landlord that is not a partner (for example outside Devon).</summary>
    OtherSocialTenant,
    /// <summary>Staying with family or friends (001 §22.2, §30.3, §34.1).</summary>
    LivingWithFamilyOrFriends,
    Lodger,
    TiedAccommodation,
    /// <summary>Temporary accommodation provided by a local authority (001 §17.11, §22.4, §30.4).</summary>
    TemporaryAccommodation,
    /// <summary>Supported accommodation (001 §26).</summary>
    SupportedAccommodation,
    Refuge,
    Prison,
    /// <summary>No fixed abode or sofa-surfing (001 §34.1, §22.2).</summary>
    NoFixedAbode,
    RoughSleeping,
    /// <summary>A caravan, boat, bus or similar (001 §38.8).</summary>
    CaravanBoatOrBus,
    ServicesFamilyAccommodation,
    HospitalOrCareHome,
}

/// <summary>Where the household lives now, as verified by the managing authority.</summary>
public sealed record CurrentHome
{
    public required Tenure Tenure { get; init; }

    /// <summary>The household lives in one of the ten Devon authorities' areas.</summary>
    public required bool LivesInDevon { get; init; }

    /// <summary>The local authority area of the current home (a Devon partner, or another council's code).</summary>
    public LocalAuthorityId? LocalAuthority { get; init; }

    /// <summary>The town, village or parish.</summary>
    public string Locality { get; init; } = "";

    /// <summary>Bedrooms for the household's exclusive use at its permanent address (001 §30.1).</summary>
    public int BedroomsForExclusiveUse { get; init; }

    /// <summary>A bedsit (one room for living and sleeping, 001 §30.8).</summary>
    public bool IsBedsit { get; init; }

    /// <summary>Shares a toilet, bath or shower, or kitchen with people not on the application (001 §35).</summary>
    public bool SharesFacilities { get; init; }

    /// <summary>For family or friends: the stay is short-term rather than settled (001 §22.2, §30.3).</summary>
    public bool StayIsShortTerm { get; init; }

    /// <summary>For family or friends: the household is declared there for Council Tax (001 §34.1).</summary>
    public bool DeclaredForCouncilTax { get; init; }

    /// <summary>When the household moved in.</summary>
    public DateOnly? MovedInOn { get; init; }

    /// <summary>For supported accommodation: the accommodation is self-contained (001 §26.7-26.8).</summary>
    public bool SelfContained { get; init; }

    /// <summary>
    /// Rooms an RP or Environmental Health has confirmed are too small for two, with the number of people
    /// sleeping in each (001 §22.3, §30.7).
    /// </summary>
    public ImmutableArray<int> OccupantsOfRoomsConfirmedTooSmall { get; init; } = [];

    /// <summary>The current home is an extensively adapted "high need" home (001 §28.2).</summary>
    public bool ExtensivelyAdapted { get; init; }

    /// <summary>For partner-landlord tenants: the tenancy's start date (001 §23.2).</summary>
    public DateOnly? TenancyStartedOn { get; init; }

    /// <summary>For partner-landlord tenants: the landlord.</summary>
    public LandlordId? Landlord { get; init; }
}
