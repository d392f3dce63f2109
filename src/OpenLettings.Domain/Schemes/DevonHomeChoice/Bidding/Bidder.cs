using System.Collections.Immutable;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Households;
using OpenLettings.Domain.Properties;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Bedrooms;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Bidding;

/// <summary>
/// A snapshot of what bidding and shortlisting need to know about an applicant (catalogue §29.6 "snapshot at
/// cycle close"): the results of banding and bedroom need, connections, duties and status flags. Built by the
/// scheme facade from a <see cref="DevonApplication"/> and the other decisions.
/// </summary>
public sealed record Bidder
{
    public required HousingApplicationId Application { get; init; }

    public required LocalAuthorityId ManagingAuthority { get; init; }

    public required Household Household { get; init; }

    /// <summary>Every band award: the general one and any scoped to some homes (001 §23.5, §36.3, §39.4, §48.26).</summary>
    public required ImmutableArray<BandAward> Awards { get; init; }

    /// <summary>The band start date and time (001 §43.1-43.2).</summary>
    public required DateTime BandStart { get; init; }

    public required BedroomNeed BedroomNeed { get; init; }

    /// <summary>The assessed mobility category (001 §15.3).</summary>
    public MobilityCategory Mobility { get; init; } = MobilityCategory.GeneralNeeds;

    /// <summary>Adaptations the household needs (001 §15.6).</summary>
    public ImmutableArray<Adaptation> AdaptationsNeeded { get; init; } = [];

    /// <summary>
    /// An adaptations alert with funding confirmed (granted or own funds), so the household is not skipped
    /// automatically for homes that could be adapted (001 §15.6).
    /// </summary>
    public bool AdaptationFundingConfirmed { get; init; }

    /// <summary>Authorities the household has a local connection to (001 §61.14-61.19, §63.14).</summary>
    public ImmutableArray<LocalAuthorityId> ConnectedAuthorities { get; init; } = [];

    /// <summary>Localities the household is connected to for Section 106 purposes, as verified by the landlord (001 §61.17).</summary>
    public ImmutableArray<string> ConnectedLocalities { get; init; } = [];

    /// <summary>Assessed (through a homelessness application or otherwise) as fleeing domestic abuse (001 §61.19-61.20, §63.6).</summary>
    public bool FleeingDomesticAbuse { get; init; }

    /// <summary>
    /// For a Band B, C or D household fleeing domestic abuse: the local allocation policy connection condition is
    /// set aside, decided case by case on risk, location and social housing density (001 §61.20).
    /// </summary>
    public AssessedFact<bool>? DomesticAbuseLocalPolicyOverride { get; init; }

    /// <summary>The authority owing the household a homeless duty, if any (001 §20, §61.20).</summary>
    public LocalAuthorityId? HomelessDutyOwedBy { get; init; }

    /// <summary>Owed the s193 main housing duty (001 §14.11).</summary>
    public bool OwedMainHousingDuty { get; init; }

    /// <summary>Tenure of the current home (partner-landlord tenants: 001 §14.16, §63.6).</summary>
    public Tenure CurrentTenure { get; init; } = Tenure.PrivateRented;

    /// <summary>An existing social tenant outside Devon who needs to move to Devon for work (001 §63.6).</summary>
    public bool SocialTenantMovingToDevonForWork { get; init; }

    /// <summary>Has left the UK armed forces (001 §63.6).</summary>
    public bool LeftArmedForces { get; init; }

    /// <summary>A household of non-family members (001 §2.4).</summary>
    public bool NonFamilyHousehold { get; init; }

    /// <summary>Keeps a pet other than an assistance dog (001 §45, §60.4).</summary>
    public bool HasPets { get; init; }

    /// <summary>Authorities recorded as unsafe for the household (001 §17.29-17.31).</summary>
    public ImmutableArray<LocalAuthorityId> UnsafeAuthorities { get; init; } = [];

    /// <summary>Localities recorded as unsafe for the household (001 §17.29).</summary>
    public ImmutableArray<string> UnsafeLocalities { get; init; } = [];

    /// <summary>The application is Active (001 §60.4).</summary>
    public bool Active { get; init; } = true;

    /// <summary>Bidding is suspended (e.g. a prison sentence over 13 weeks, 001 §11.3).</summary>
    public bool BiddingSuspended { get; init; }

    /// <summary>Currently Bid shortlisted for another home: no bidding (001 §61.25).</summary>
    public bool BidShortlistedElsewhere { get; init; }

    /// <summary>Bid Accepted (or later) on another home: bypassed on other shortlists (001 §61.25).</summary>
    public bool BidAcceptedElsewhere { get; init; }

    /// <summary>The autobid set-up, if any (001 §60).</summary>
    public AutobidPreferences? Autobid { get; init; }

    /// <summary>True for a tenant of a Devon Home Choice partner landlord.</summary>
    public bool IsPartnerLandlordTenant => CurrentTenure == Tenure.PartnerLandlordTenant;

    /// <summary>Members who count towards occupancy: residents and evidenced unborn children (001 §14.5, §14.13).</summary>
    public int HouseholdSize => Household.Members.Count(m => m.PrimarilyResident && (m.Role != MemberRole.Unborn || m.PregnancyEvidenced));

    /// <summary>True when the household is connected to any of the condition's authorities or localities.</summary>
    public bool IsConnectedTo(LocalConnectionCondition condition) =>
        condition.Authorities.Any(ConnectedAuthorities.Contains)
        || condition.Localities.Any(l => ConnectedLocalities.Any(c => string.Equals(c, l, StringComparison.OrdinalIgnoreCase)));
}

/// <summary>Builds a <see cref="Bidder"/> from an application and the results of banding and bedroom need.</summary>
public static class Bidders
{
    /// <summary>
    /// The facts an application itself holds (household, managing authority, mobility, adaptations, pets, tenure,
    /// autobid set-up); set connections, duties and status flags with <c>with { … }</c>.
    /// </summary>
    public static Bidder FromApplication(DevonApplication application, ImmutableArray<BandAward> awards, DateTime bandStart, BedroomNeed bedroomNeed) => new()
    {
        Application = application.Id,
        ManagingAuthority = application.ManagingAuthority,
        Household = application.Household,
        Awards = awards,
        BandStart = bandStart,
        BedroomNeed = bedroomNeed,
        Mobility = application.Mobility,
        AdaptationsNeeded = application.AdaptationsNeeded,
        HasPets = application.HasPets,
        CurrentTenure = application.CurrentHome.Tenure,
        Autobid = application.Autobid,
    };
}
