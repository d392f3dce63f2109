using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Infrastructure.Register.Access;

namespace OpenLettings.Infrastructure.Register.Applications;

/// <summary>
/// Who may see an application, as a query filter other areas can reuse, and what a caller who can see one may do.
/// </summary>
/// <remarks>
/// Visible to: the applicant (<see cref="HousingApplication.ApplicantUserId"/>); officers of the managing authority;
/// managers of the partnership; landlord officers whose landlord has an advert the application bid on (they read,
/// never amend: 001 §61.6); partner systems of the managing authority, of such a landlord or of the partnership.
/// Anything else is "not found", so that existence does not leak.
/// </remarks>
public static class ApplicationAccess
{
    /// <summary>The applications <paramref name="actor"/> may read.</summary>
    public static IQueryable<HousingApplication> VisibleTo(this IQueryable<HousingApplication> applications, RegisterDbContext db, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(actor);
        var userId = actor.UserId;
        Guid[] authorities =
        [
            .. actor.OrganisationsAs(MembershipRole.LocalAuthorityOfficer),
            .. actor.OrganisationsAs(MembershipRole.PartnerSystem, OrganisationKind.LocalAuthority),
        ];
        Guid[] partnerships =
        [
            .. actor.ManagedPartnerships,
            .. actor.OrganisationsAs(MembershipRole.PartnerSystem, OrganisationKind.Partnership),
        ];
        Guid[] landlords =
        [
            .. actor.OrganisationsAs(MembershipRole.LandlordOfficer),
            .. actor.OrganisationsAs(MembershipRole.PartnerSystem, OrganisationKind.Landlord),
        ];

        if (landlords.Length == 0)
        {
            return applications.Where(a => a.ApplicantUserId == userId
                || authorities.Contains(a.ManagingAuthorityId)
                || partnerships.Contains(a.PartnershipId));
        }
        return applications.Where(a => a.ApplicantUserId == userId
            || authorities.Contains(a.ManagingAuthorityId)
            || partnerships.Contains(a.PartnershipId)
            || db.Bids.Any(b => b.ApplicationId == a.Id && landlords.Contains(b.Advert!.Property!.LandlordId)));
    }

    /// <summary>What <paramref name="actor"/> may do with an application they can see.</summary>
    public static ApplicationRights RightsOver(this Actor actor, HousingApplication application)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(application);
        return new ApplicationRights(
            IsApplicant: application.ApplicantUserId is { } owner && owner == actor.UserId,
            IsOfficer: actor.HasIn(application.ManagingAuthorityId, MembershipRole.LocalAuthorityOfficer),
            IsManager: actor.Manages(application.PartnershipId),
            IsLandlordOfficer: actor.Has(MembershipRole.LandlordOfficer));
    }
}

/// <summary>The roles a caller holds over one application they can see.</summary>
/// <param name="IsApplicant">It is their own application.</param>
/// <param name="IsOfficer">An officer of the managing authority.</param>
/// <param name="IsManager">A manager of the partnership.</param>
/// <param name="IsLandlordOfficer">A landlord officer (who sees it because it bid on their landlord's advert).</param>
public sealed record ApplicationRights(bool IsApplicant, bool IsOfficer, bool IsManager, bool IsLandlordOfficer)
{
    /// <summary>An officer of the managing authority or a manager: may amend, assess, override and keep notes.</summary>
    public bool IsCaseworker => IsOfficer || IsManager;

    /// <summary>May see personal identifiers (NI numbers): the applicant and caseworkers, not landlords or partner systems.</summary>
    public bool SeesIdentifiers => IsApplicant || IsCaseworker;

    /// <summary>
    /// Refuses an amendment unless a caseworker, or the applicant while the application is a draft (after
    /// submission the applicant reports changes to their council, who amend it: 409 <c>application-submitted</c>).
    /// Landlord officers never amend (001 §61.6): 403 <c>landlord-read-only</c>.
    /// </summary>
    public void RequireAmend(HousingApplication application)
    {
        ArgumentNullException.ThrowIfNull(application);
        if (IsCaseworker)
        {
            return;
        }
        if (IsApplicant)
        {
            if (application.Status != ApplicationStatus.Draft)
            {
                throw RegisterException.Conflict("application-submitted",
                    $"Application {application.Reference} has been submitted: tell your council about the change of circumstances and they will update it.");
            }
            return;
        }
        throw Refusal();
    }

    /// <summary>Refuses anything but a caseworker (assess, override, notes, alerts).</summary>
    public void RequireCaseworker(string what)
    {
        if (!IsCaseworker)
        {
            throw IsLandlordOfficer && !IsApplicant
                ? Refusal()
                : RegisterException.Forbidden("forbidden", $"Only an officer of the managing authority or a partnership manager may {what}.");
        }
    }

    private RegisterException Refusal() => IsLandlordOfficer
        ? RegisterException.Forbidden("landlord-read-only",
            "Landlords can read an application but never amend it; tell the managing local authority about any change (001 §61.6).")
        : RegisterException.Forbidden("forbidden", "You can read this application but not change it.");
}
