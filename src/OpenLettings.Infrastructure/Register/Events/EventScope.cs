using System.Collections.Immutable;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Infrastructure.Register.Access;

namespace OpenLettings.Infrastructure.Register.Events;

/// <summary>
/// Which outbox events a reader may see: every event of the partnerships it reads whole (<see cref="Partnerships"/>,
/// matched on <see cref="OutboxMessage.PartnershipId"/>) and the events that concern its own organisations
/// (<see cref="Organisations"/>, matched on <see cref="OutboxMessage.OrganisationId"/>).
/// </summary>
public sealed record EventScope(ImmutableArray<Guid> Partnerships, ImmutableArray<Guid> Organisations)
{
    public bool IsEmpty => Partnerships.IsEmpty && Organisations.IsEmpty;

    /// <summary>
    /// What a signed-in actor may read: managers, and partner systems of the partnership organisation itself, read
    /// every event of the partnership; officers (local authority or landlord) and partner systems of a council or a
    /// landlord read the events whose organisation is theirs; applicants read none (the scope is empty).
    /// </summary>
    public static EventScope For(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var partnerships = actor.ManagedPartnerships
            .Concat(actor.Memberships
                .Where(m => m.Role == MembershipRole.PartnerSystem && m.Kind == OrganisationKind.Partnership)
                .Select(m => m.OrganisationId))
            .Distinct()
            .ToImmutableArray();
        var organisations = actor.Memberships
            .Where(m => m.Role != MembershipRole.Applicant && m.Kind != OrganisationKind.Partnership)
            .Select(m => m.OrganisationId)
            .Distinct()
            .ToImmutableArray();
        return new EventScope(partnerships, organisations);
    }

    /// <summary>What a webhook subscription of <paramref name="organisation"/> receives: the same rule as the feed for its partner system.</summary>
    public static EventScope For(Organisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return organisation.Kind == OrganisationKind.Partnership
            ? new EventScope([organisation.Id], [])
            : new EventScope([], [organisation.Id]);
    }
}
