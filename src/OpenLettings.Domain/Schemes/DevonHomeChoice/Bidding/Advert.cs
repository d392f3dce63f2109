using System.Collections.Immutable;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Properties;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Bidding;

/// <summary>Where a local connection condition on an advert comes from (001 §40.21, §58, §61.15-61.20, §63).</summary>
public enum LocalConnectionSource
{
    /// <summary>A Section 106 planning agreement. Nobody overrides it, not even Band A fleeing DV (001 §17.12, §61.19-61.20, §63.7).</summary>
    Section106,
    /// <summary>A local allocation (lettings) policy / LAP (001 §58, §61.20).</summary>
    LocalAllocationPolicy,
    /// <summary>The cross-border label of an authority at or over its 2% limit: always a preference (001 §63.4).</summary>
    CrossBorder,
}

/// <summary>A requirement filters bidders out (bypass); a preference orders connected bidders first (001 §63.4, catalogue 20.1).</summary>
public enum LocalConnectionStrength
{
    Requirement,
    Preference,
}

/// <summary>
/// A local connection requirement or preference on an advert: bidders connected to one of the authorities, or
/// to one of the localities (a Section 106 parish), meet it.
/// </summary>
public sealed record LocalConnectionCondition(LocalConnectionSource Source, LocalConnectionStrength Strength)
{
    public ImmutableArray<LocalAuthorityId> Authorities { get; init; } = [];

    public ImmutableArray<string> Localities { get; init; } = [];

    /// <summary>A Section 106 requirement for a connection to the named localities (001 §61.17, §63.7).</summary>
    public static LocalConnectionCondition Section106Requirement(params string[] localities) =>
        new(LocalConnectionSource.Section106, LocalConnectionStrength.Requirement) { Localities = [.. localities] };

    /// <summary>The cross-border label: preference for applicants connected to <paramref name="authority"/> (001 §63.4).</summary>
    public static LocalConnectionCondition CrossBorderPreference(LocalAuthorityId authority) =>
        new(LocalConnectionSource.CrossBorder, LocalConnectionStrength.Preference) { Authorities = [authority] };

    /// <summary>A local allocation policy connection condition (001 §58, §61.15).</summary>
    public static LocalConnectionCondition LocalAllocationPolicy(LocalConnectionStrength strength, params LocalAuthorityId[] authorities) =>
        new(LocalConnectionSource.LocalAllocationPolicy, strength) { Authorities = [.. authorities] };

    /// <summary>A plain-English description of the condition.</summary>
    public string Describe()
    {
        var places = string.Join(", ", Authorities.Select(a => a.Value).Concat(Localities));
        var kind = Source switch
        {
            LocalConnectionSource.Section106 => "Section 106",
            LocalConnectionSource.LocalAllocationPolicy => "local allocation policy",
            LocalConnectionSource.CrossBorder => "cross-border (2%)",
        };
        var strength = Strength == LocalConnectionStrength.Requirement ? "requirement" : "preference";
        return $"{kind} local connection {strength} for {places}";
    }
}

/// <summary>Whether the criteria come from a Local Lettings Plan or a Sensitive Let (001 §58).</summary>
public enum LettingPlanKind
{
    LocalLettingsPlan,
    SensitiveLet,
}

/// <summary>
/// Local Lettings Plan or Sensitive Let criteria (001 §58.3, §58.9, §58.18-58.21): bidders who do not meet them
/// are bypassed; a preferred household size may put some bidders first regardless of band.
/// </summary>
public sealed record LettingPlanCriteria(LettingPlanKind Kind)
{
    /// <summary>The most children (members under 18) a household may have (e.g. to manage child density, 001 §58.3).</summary>
    public int? MaxChildren { get; init; }

    /// <summary>Every member must be at least this age (e.g. no young children in a block, 001 §58.9).</summary>
    public int? MinimumMemberAge { get; init; }

    /// <summary>Household sizes considered first, irrespective of band (the home may be let below maximum occupancy, 001 §58.20).</summary>
    public ImmutableArray<int> PreferredHouseholdSizes { get; init; } = [];

    /// <summary>Where to read the plan (001 §58.14, §58.16).</summary>
    public string? PolicyReference { get; init; }
}

/// <summary>
/// Groups a charitable landlord may be restricted to by its objects (for example an almshouse charity for older
/// people, or a housing association for the armed forces community): a landlord's own criterion shown on the
/// advert (001 §61.9(b)).
/// </summary>
public enum CharitableObject
{
    /// <summary>Older people: the main or joint applicant has reached the landlord's age (<see cref="LandlordPolicy.OlderPersonAge"/>).</summary>
    OlderPeople,
    /// <summary>Serving or former members of the armed forces and their families.</summary>
    ArmedForcesCommunity,
    /// <summary>People with a disability: an assessed mobility need or adaptations needed.</summary>
    PeopleWithDisabilities,
    /// <summary>Young people: the main applicant is under the landlord's age (<see cref="LandlordPolicy.YoungPersonMaximumAge"/>).</summary>
    YoungPeople,
}

/// <summary>Landlord letting-policy differences shown on the advert (001 §2.4, §5.2, §14.15, §23.7, §61.9).</summary>
public sealed record LandlordPolicy
{
    /// <summary>
    /// The landlord lets only to households within one of these charitable objects; empty for no restriction
    /// (001 §61.9(b): bypasses may come from the landlord's policy, shown in the advert).
    /// </summary>
    public ImmutableArray<CharitableObject> CharitableObjects { get; init; } = [];

    /// <summary>The age from which applicants count as older people for <see cref="CharitableObject.OlderPeople"/>. Default 55.</summary>
    public int OlderPersonAge { get; init; } = 55;

    /// <summary>The age up to which applicants count as young people for <see cref="CharitableObject.YoungPeople"/>. Default 25.</summary>
    public int YoungPersonMaximumAge { get; init; } = 25;

    /// <summary>No tenancies to applicants under 18 (001 §5.2).</summary>
    public bool NoUnder18s { get; init; }

    /// <summary>No tenancies to households of non-family members (001 §2.4).</summary>
    public bool NoNonFamilyHouseholds { get; init; }

    /// <summary>The home may not be let to a household that would under-occupy it (001 §14.16 "where agreed by the new landlord").</summary>
    public bool NoUnderOccupation { get; init; }
}

/// <summary>
/// One advertisement of a home in one weekly cycle (001 §52, catalogue §29.5): the home, the bidding window,
/// restrictions (who may bid) and preferences (who is considered first).
/// </summary>
public sealed record Advert
{
    public required AdvertId Id { get; init; }

    public required Property Property { get; init; }

    /// <summary>Bidding opens (normally Wednesday 00:00, 001 §52.1).</summary>
    public required DateTime BiddingOpens { get; init; }

    /// <summary>Bidding closes (normally Monday 23:59, 001 §52.1).</summary>
    public required DateTime BiddingCloses { get; init; }

    /// <summary>"Allocation Property Type": order the shortlist by mobility group first (001 §56.11-56.16).</summary>
    public bool OrderByMobilityCategory { get; init; }

    /// <summary>The advert states a preference for applicants whose mobility need the home meets (001 §56.9, §57.2). Accessible and adapted homes always do.</summary>
    public bool MobilityPreference { get; init; }

    /// <summary>Local connection requirements and preferences (001 §61.14-61.20, §63.4).</summary>
    public ImmutableArray<LocalConnectionCondition> LocalConnection { get; init; } = [];

    /// <summary>Preference for applicants owed a homeless duty by this authority (001 §61.20).</summary>
    public LocalAuthorityId? HomelessDutyPreference { get; init; }

    /// <summary>Local Lettings Plan or Sensitive Let criteria (001 §58.18).</summary>
    public LettingPlanCriteria? LettingPlan { get; init; }

    public LandlordPolicy LandlordPolicy { get; init; } = new();

    /// <summary>Minimum age for sheltered or older persons' housing (001 §60.4, §48.26).</summary>
    public int? MinimumAge { get; init; }

    /// <summary>
    /// When true every member must meet <see cref="MinimumAge"/>; otherwise the main applicant or their
    /// partner or joint applicant must.
    /// </summary>
    public bool MinimumAgeAppliesToEveryMember { get; init; }

    /// <summary>A maximum-occupants restriction on the advert (001 §14.10); overrides the property's own figure.</summary>
    public int? MaxOccupants { get; init; }

    /// <summary>The most people the home may house under this advert.</summary>
    public int? EffectiveMaxOccupants => MaxOccupants ?? Property.MaxOccupants;
}
