using Microsoft.EntityFrameworkCore;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Infrastructure.Register.Access;
using OpenLettings.Infrastructure.Register.Schemes;

namespace OpenLettings.Infrastructure.Register.Homes;

/// <summary>
/// Who may see and change homes, adverts and bids (the brief's roles): a landlord's officers own its homes and
/// adverts; a local authority's officers verify adverts of homes in their area (001 §52.8) and act for their
/// applicants (001 §59.2); managers of the partnership may do everything in it; partner systems read their
/// organisation's data; everyone signed in may read adverts that are open for bids.
/// </summary>
public static class HomesAccess
{
    /// <summary>The actor holds <paramref name="role"/> in <paramref name="organisationId"/>.</summary>
    public static bool Holds(Actor actor, MembershipRole role, Guid organisationId) =>
        actor.Memberships.Any(m => m.Role == role && m.OrganisationId == organisationId);

    /// <summary>A manager of the partnership.</summary>
    public static bool Manages(Actor actor, Guid partnershipId) => actor.ManagedPartnerships.Contains(partnershipId);

    /// <summary>Staff or a partner system of the organisation (reads everything the organisation owns).</summary>
    public static bool WorksFor(Actor actor, Guid organisationId) =>
        actor.Memberships.Any(m => m.OrganisationId == organisationId && m.Role != MembershipRole.Applicant);

    /// <summary>Any organisation role in the partnership: partnership members read its homes.</summary>
    public static bool InPartnership(Actor actor, Guid partnershipId) =>
        actor.Memberships.Any(m => m.Role != MembershipRole.Applicant && m.Partnership == partnershipId);

    /// <summary>May change the landlord's homes and adverts (its lettings officers, or a manager of the partnership).</summary>
    public static bool ActsForLandlord(Actor actor, Guid landlordId, Guid partnershipId) =>
        Holds(actor, MembershipRole.LandlordOfficer, landlordId) || Manages(actor, partnershipId);

    /// <summary>Sees every advert of the home whatever its status: the landlord, the home's local authority, the partnership's managers.</summary>
    public static bool SeesAllOf(Actor actor, PropertyRecord property, Guid partnershipId) =>
        WorksFor(actor, property.LandlordId) || WorksFor(actor, property.LocalAuthorityId) || Manages(actor, partnershipId);

    /// <summary>The partnership the landlord belongs to (a landlord outside any partnership is its own).</summary>
    public static Guid PartnershipOf(Organisation landlord) => landlord.PartnershipId ?? landlord.Id;

    /// <summary>The partnership's scheme and settings.</summary>
    public static async Task<(IRegisterScheme Scheme, PartnershipSettings Settings)> SchemeOfAsync(RegisterDbContext db, Guid partnershipId, CancellationToken cancellationToken)
    {
        var partnership = await db.Organisations.AsNoTracking()
            .Where(o => o.Id == partnershipId)
            .Select(o => new { o.SchemeId, o.SettingsJson })
            .SingleOrDefaultAsync(cancellationToken);
        var scheme = RegisterSchemes.Find(partnership?.SchemeId)
            ?? throw RegisterException.Conflict("no-scheme", "The partnership runs no allocation scheme the register knows, so homes cannot be advertised or bid for.");
        return (scheme, PartnershipSettings.Read(partnership?.SettingsJson));
    }

    /// <summary>Checks a page size and offset (default 50, at most 500).</summary>
    public static (int Limit, int Offset) Page(int? limit, int? offset)
    {
        var size = limit ?? 50;
        if (size is < 1 or > 500)
        {
            throw RegisterException.Invalid("limit", "range", "limit must be between 1 and 500.");
        }
        var skip = offset ?? 0;
        if (skip < 0)
        {
            throw RegisterException.Invalid("offset", "range", "offset must be 0 or more.");
        }
        return (size, skip);
    }
}
