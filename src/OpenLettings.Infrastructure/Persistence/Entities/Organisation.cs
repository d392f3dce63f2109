namespace OpenLettings.Infrastructure.Persistence.Entities;

/// <summary>A local authority, landlord or partnership.</summary>
public sealed class Organisation : VersionedEntity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>A short lower-case code, unique in the register (e.g. <c>exeter</c>), the same as the domain's authority and landlord ids.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public OrganisationKind Kind { get; set; }

    /// <summary>For a partnership, the allocation scheme it runs (e.g. <c>devon-home-choice</c>); null for others.</summary>
    public string? SchemeId { get; set; }

    /// <summary>The partnership a local authority or landlord belongs to, if any.</summary>
    public Guid? PartnershipId { get; set; }

    public Organisation? Partnership { get; set; }

    /// <summary>
    /// For a partnership: its settings as JSON (letting cycle timetable, bids per cycle, the scheme's option
    /// changes); see <c>PartnershipSettings</c>. Null means the scheme's defaults.
    /// </summary>
    public string? SettingsJson { get; set; }
}

/// <summary>A user's role in an organisation. A user may hold several roles in several organisations.</summary>
public sealed class OrganisationMembership : VersionedEntity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The identity system's user id (or a partner system's client id).</summary>
    public required string UserId { get; set; }

    public Guid OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public MembershipRole Role { get; set; }

    public DateTimeOffset GrantedAt { get; set; }

    /// <summary>When the membership ended, or null while it holds.</summary>
    public DateTimeOffset? RevokedAt { get; set; }
}
