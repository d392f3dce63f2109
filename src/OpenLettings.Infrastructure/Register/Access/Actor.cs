using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;

namespace OpenLettings.Infrastructure.Register.Access;

/// <summary>One organisation role an actor holds.</summary>
public sealed record ActorMembership(Guid OrganisationId, string OrganisationCode, OrganisationKind Kind, MembershipRole Role, Guid? PartnershipId)
{
    /// <summary>The partnership this membership belongs to (the organisation itself for a partnership).</summary>
    public Guid Partnership => Kind == OrganisationKind.Partnership ? OrganisationId : PartnershipId ?? OrganisationId;
}

/// <summary>
/// Who is acting, with every live membership. Every register operation takes one; what it may do comes from
/// its memberships (role and organisation), never from the request.
/// </summary>
public sealed record Actor(string UserId, string DisplayName, ImmutableArray<ActorMembership> Memberships)
{
    /// <summary>The cycle jobs and other work the platform does itself.</summary>
    public static Actor System { get; } = new("system", "OpenLettings", []);

    public bool Has(MembershipRole role) => Memberships.Any(m => m.Role == role);

    /// <summary>Organisations where the actor holds <paramref name="role"/>.</summary>
    public ImmutableArray<Guid> OrganisationsAs(MembershipRole role) =>
        [.. Memberships.Where(m => m.Role == role).Select(m => m.OrganisationId).Distinct()];

    /// <summary>Partnerships the actor manages (a manager of the partnership organisation).</summary>
    public ImmutableArray<Guid> ManagedPartnerships =>
        [.. Memberships.Where(m => m.Role == MembershipRole.Manager).Select(m => m.Partnership).Distinct()];

    /// <summary>Every partnership the actor belongs to in any role.</summary>
    public ImmutableArray<Guid> Partnerships => [.. Memberships.Select(m => m.Partnership).Distinct()];

    /// <summary>True when the actor holds <paramref name="role"/> in <paramref name="organisationId"/>.</summary>
    public bool HasIn(Guid organisationId, MembershipRole role) =>
        Memberships.Any(m => m.OrganisationId == organisationId && m.Role == role);

    /// <summary>True when the actor is a manager of <paramref name="partnershipId"/>.</summary>
    public bool Manages(Guid partnershipId) =>
        Memberships.Any(m => m.Role == MembershipRole.Manager && m.Partnership == partnershipId);

    /// <summary>True when the actor acts for any organisation (a staff or partner-system role), not only as an applicant.</summary>
    public bool IsStaff => Memberships.Any(m => m.Role != MembershipRole.Applicant);

    /// <summary>Organisations of <paramref name="kind"/> where the actor holds <paramref name="role"/>.</summary>
    public ImmutableArray<Guid> OrganisationsAs(MembershipRole role, OrganisationKind kind) =>
        [.. Memberships.Where(m => m.Role == role && m.Kind == kind).Select(m => m.OrganisationId).Distinct()];

    /// <summary>The organisation to record against an action on <paramref name="organisationId"/> (the actor's membership there, else their first).</summary>
    public Guid? ActingFor(Guid? organisationId = null) =>
        Memberships.FirstOrDefault(m => m.OrganisationId == organisationId)?.OrganisationId ?? Memberships.FirstOrDefault()?.OrganisationId;
}

/// <summary>Loads an actor's live memberships.</summary>
public sealed class ActorLoader(RegisterDbContext db)
{
    public async Task<Actor> LoadAsync(string userId, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.DisplayName, u.UserName })
            .SingleOrDefaultAsync(cancellationToken);
        var memberships = await db.Memberships.AsNoTracking()
            .Where(m => m.UserId == userId && m.RevokedAt == null)
            .Select(m => new ActorMembership(m.OrganisationId, m.Organisation!.Code, m.Organisation.Kind, m.Role, m.Organisation.PartnershipId))
            .ToListAsync(cancellationToken);
        return new Actor(userId, user?.DisplayName is { Length: > 0 } name ? name : user?.UserName ?? userId, [.. memberships]);
    }
}
