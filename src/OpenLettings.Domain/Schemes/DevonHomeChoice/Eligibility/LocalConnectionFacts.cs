using System.Collections.Immutable;
using OpenLettings.Domain.Common;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Eligibility;

/// <summary>Why someone lived at an address, which decides whether the stay counts as residence (001 §40.6, §40.11, §11.6).</summary>
public enum ResidenceKind
{
    /// <summary>Residence out of choice: counts (001 §40.6).</summary>
    ByChoice,
    /// <summary>Based and living there as a member of the Armed Forces: counts (001 §40.6, §40.13).</summary>
    ServicePosting,
    /// <summary>A drug or alcohol rehabilitation stay: counts only if an officer accepts it (001 §40.11).</summary>
    Rehabilitation,
    /// <summary>In prison: never counts (001 §11.6).</summary>
    Prison,
    /// <summary>Any other stay not out of choice (e.g. placed there): does not count (001 §40.6).</summary>
    NotByChoice,
}

/// <summary>One entry of the address history (001 §2.9, §40.24).</summary>
public sealed record ResidencePeriod
{
    /// <summary>The local authority area; a Devon partner's code or another council's.</summary>
    public required LocalAuthorityId Authority { get; init; }

    public required DateOnly From { get; init; }

    /// <summary>The last day lived there; null while still living there.</summary>
    public DateOnly? To { get; init; }

    public ResidenceKind Kind { get; init; } = ResidenceKind.ByChoice;

    /// <summary>For a rehabilitation stay: an officer accepted it gives a connection (e.g. Devon chosen to live in afterwards, 001 §40.11).</summary>
    public AssessedFact<bool>? RehabilitationConnectionAccepted { get; init; }
}

/// <summary>The kind of work, which decides how hours are tested (001 §40.7, fn 9).</summary>
public enum EmploymentKind
{
    /// <summary>Permanent work with a contract of hours.</summary>
    Permanent,
    /// <summary>Casual work: does not count (001 §40.7).</summary>
    Casual,
    /// <summary>Assessed on average hours from payslips (001 §40 fn 9).</summary>
    SelfEmployed,
    /// <summary>Assessed on average hours from payslips (001 §40 fn 9).</summary>
    ZeroHours,
}

/// <summary>A job held by the applicant or joint applicant (001 §40.7).</summary>
public sealed record Employment
{
    /// <summary>Where the work is.</summary>
    public required LocalAuthorityId Authority { get; init; }

    public required EmploymentKind Kind { get; init; }

    public required DateOnly From { get; init; }

    /// <summary>The last day worked; null while still working there.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Contracted hours a week (permanent work).</summary>
    public decimal ContractHoursPerWeek { get; init; }

    /// <summary>For self-employed or zero-hours work: the assessed average hours a week over the last 6 months, from 6 or 12 months of payslips (001 §40 fn 9).</summary>
    public AssessedFact<decimal>? AssessedAverageHoursPerWeek { get; init; }

    /// <summary>Evidence of the work has been provided; required before processing (001 §40.10, §40.25).</summary>
    public bool Evidenced { get; init; }
}

/// <summary>Relationships that give a family connection (001 §40.8).</summary>
public enum FamilyRelationship
{
    Parent,
    AdultChild,
    Sibling,
    /// <summary>Another relative: counts only in exceptional circumstances (001 §40.8).</summary>
    OtherRelative,
}

/// <summary>A relative of the applicant or a household member living in Devon (001 §40.8).</summary>
public sealed record FamilyConnection
{
    public required FamilyRelationship Relationship { get; init; }

    /// <summary>Where the relative lives now.</summary>
    public required LocalAuthorityId Authority { get; init; }

    /// <summary>Since when the relative has lived in Devon without a break.</summary>
    public required DateOnly ResidentInDevonSince { get; init; }

    /// <summary>For another relative: an officer accepted exceptional circumstances (001 §40.8).</summary>
    public AssessedFact<string>? ExceptionalCircumstancesAccepted { get; init; }

    /// <summary>Evidence of the connection has been provided; required before processing (001 §40.10, §40.25).</summary>
    public bool Evidenced { get; init; }
}

/// <summary>A placement under s22A Children Act 1989 (001 §40.19).</summary>
public sealed record CarePlacement(LocalAuthorityId District, DateOnly From, DateOnly To);

/// <summary>The applicant is a Care Experienced Young Person (001 §40.19-40.20, fn 10: aged 18-24, looked after at least 13 weeks since 14).</summary>
public sealed record CareExperience
{
    /// <summary>The children's services authority that looked after them (e.g. <see cref="CareAuthorities.DevonCounty"/>, Plymouth, Torbay, or another council).</summary>
    public required LocalAuthorityId LookedAfterBy { get; init; }

    /// <summary>Placements in other districts (001 §40.19).</summary>
    public ImmutableArray<CarePlacement> Placements { get; init; } = [];
}

/// <summary>Children's services authorities named in the manual that are not housing partners.</summary>
public static class CareAuthorities
{
    /// <summary>Devon County Council (children's services for the eight district council areas, 001 §40.20).</summary>
    public static readonly LocalAuthorityId DevonCounty = new("devon-county");
}

/// <summary>Reasons the local connection to Devon is not applied (001 §40.3, §40.12-40.18, §40.30).</summary>
public enum LocalConnectionExemption
{
    /// <summary>Accepted as statutorily homeless by a Devon authority with the connection requirement waived (001 §40.3).</summary>
    HomelessWithConnectionWaived,
    /// <summary>From outside Devon, fleeing domestic abuse, living at application in a Devon refuge or similar emergency accommodation (001 §40.3).</summary>
    FleeingDomesticAbuseInDevonRefuge,
    /// <summary>Fleeing domestic abuse and would be at risk where they have a connection (001 §40.3).</summary>
    FleeingDomesticAbuseAtRiskWhereConnected,
    /// <summary>Needs to move to Devon to give or receive support, and hardship would follow otherwise (001 §40.3).</summary>
    GiveOrReceiveSupport,
    /// <summary>Health or support needs only available in Devon (001 §40.3, §40.9).</summary>
    SpecialCircumstances,
    /// <summary>No local connection to any district in the UK: deemed connected to Devon (001 §40.3).</summary>
    NoConnectionAnywhereInUk,
    /// <summary>A member or former member of the Armed Forces (001 §40.14 (a)).</summary>
    ArmedForcesMemberOrFormer,
    /// <summary>A bereaved spouse or civil partner leaving Services Family Accommodation after a service-attributable death: only while applying from it (001 §40.14 (b), §40.15).</summary>
    BereavedSpouseLeavingServicesFamilyAccommodation,
    /// <summary>A serving or former Reserve who must move because of a service-attributable injury or condition: always (001 §40.14 (c), §40.15).</summary>
    InjuredReservist,
    /// <summary>A divorced or separated spouse or civil partner required to leave MoD accommodation (001 §40.16).</summary>
    DivorcedOrSeparatedSpouseLeavingMoDAccommodation,
    /// <summary>Right to Move: a social tenant in England with reasonable preference for hardship who works, or has an offer of work, here (001 §40.18).</summary>
    RightToMove,
    /// <summary>Needs to move for work (001 §40.30).</summary>
    MovingForWork,
}

/// <summary>Facts for local connection to Devon and to each authority (001 §40, §63.14).</summary>
public sealed record LocalConnectionFacts
{
    /// <summary>The address history, most recent last or in any order (001 §40.24).</summary>
    public ImmutableArray<ResidencePeriod> AddressHistory { get; init; } = [];

    /// <summary>Work of the applicant or joint applicant (001 §40.7).</summary>
    public ImmutableArray<Employment> Employment { get; init; } = [];

    /// <summary>Relatives living in Devon (001 §40.8).</summary>
    public ImmutableArray<FamilyConnection> Family { get; init; } = [];

    /// <summary>Special circumstances for moving to Devon accepted by an officer (001 §40.9), with the authorities they point to if any.</summary>
    public AssessedFact<string>? SpecialCircumstances { get; init; }

    /// <summary>The applicant is a Care Experienced Young Person (001 §40.19-40.20).</summary>
    public CareExperience? CareExperience { get; init; }

    /// <summary>Exemptions an officer has accepted (001 §40.3, §40.12-40.18, §40.30).</summary>
    public ImmutableArray<AssessedFact<LocalConnectionExemption>> Exemptions { get; init; } = [];

    /// <summary>The household is fleeing domestic abuse: excluded from advert local connection requirements except s106 (001 §61.19).</summary>
    public bool FleeingDomesticAbuse { get; init; }
}
