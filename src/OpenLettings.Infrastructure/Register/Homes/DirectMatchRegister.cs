using Microsoft.EntityFrameworkCore;
using OpenLettings.Domain.Validation;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Infrastructure.Register.Access;
using OpenLettings.Infrastructure.Register.Applications;

namespace OpenLettings.Infrastructure.Register.Homes;

/// <summary>What a landlord records when it lets a home by direct match.</summary>
public sealed record DirectMatchInput(Guid? PropertyId, Guid? ApplicationId, DirectMatchReason? Reason, string? Note, DateOnly? TenancyStartDate);

/// <summary>A home let by direct match, as the API shows it (the Management Board's report, 001 §65.3).</summary>
public sealed record DirectMatchView(
    Guid Id,
    Guid PropertyId,
    string PropertyReference,
    Guid LandlordId,
    Guid LocalAuthorityId,
    Guid ApplicationId,
    string ApplicationReference,
    DirectMatchReason Reason,
    string Note,
    Guid LettingId,
    DateOnly TenancyStartDate,
    string ApprovedByUserId,
    DateTimeOffset MatchedAt,
    string Citation);

/// <summary>
/// Lettings outside advertising: a landlord lets a home straight to one household in the exceptional cases the
/// scheme allows (Devon 001 §55.1-55.3: an urgent management move, §65; the best use of a highly adapted home,
/// §56.3; a partner tenant downsizing; and, once advertising has failed, a difficult-to-let home, §54). The match,
/// the letting and the household's move to Housed are one transaction; every match is reportable to the
/// partnership's board (§65.3).
/// </summary>
public sealed class DirectMatchRegister(RegisterWork work)
{
    private static readonly AdvertStatus[] Finished = [AdvertStatus.Let, AdvertStatus.Withdrawn, AdvertStatus.ShortlistExhausted];

    private static readonly ApplicationStatus[] Matchable = [ApplicationStatus.Active, ApplicationStatus.Suspended, ApplicationStatus.Unassigned, ApplicationStatus.Assigned, ApplicationStatus.PendingEnquiries];

    private RegisterDbContext Db => work.Db;

    public async Task<DirectMatchView> CreateAsync(Actor actor, DirectMatchInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<ValidationError>();
        if (input.PropertyId is null)
        {
            errors.Add(new ValidationError("propertyId", "required", "Name the home to let (propertyId)."));
        }
        if (input.ApplicationId is null)
        {
            errors.Add(new ValidationError("applicationId", "required", "Name the household's application (applicationId)."));
        }
        if (input.Reason is null)
        {
            errors.Add(new ValidationError("reason", "required",
                "Give the exceptional reason for not advertising the home: urgentManagementMove, highlyAdapted, downsizing or difficultToLet (001 §55.2-55.3)."));
        }
        if (RegisterText.Check(input.Note, "note", "Record the circumstances that make this an exceptional case (001 §55.1).") is { } noteError)
        {
            errors.Add(noteError);
        }
        if (input.TenancyStartDate is null)
        {
            errors.Add(new ValidationError("tenancyStartDate", "required", "Give the date the tenancy starts."));
        }
        if (errors.Count > 0)
        {
            throw RegisterException.Invalid(errors);
        }
        var propertyId = input.PropertyId!.Value;
        var applicationId = input.ApplicationId!.Value;
        var tenancyStart = input.TenancyStartDate!.Value;

        return await work.RunAsync(async ct =>
        {
            var property = await Db.Properties.AsNoTracking().Include(p => p.Landlord).SingleOrDefaultAsync(p => p.Id == propertyId, ct);
            var partnershipId = property is null ? Guid.Empty : HomesAccess.PartnershipOf(property.Landlord!);
            if (property is null || !HomesAccess.SeesAllOf(actor, property, partnershipId) && !HomesAccess.InPartnership(actor, partnershipId))
            {
                throw RegisterException.NotFound("property", propertyId);
            }
            if (!HomesAccess.ActsForLandlord(actor, property.LandlordId, partnershipId))
            {
                throw RegisterException.Forbidden("forbidden", "Only the landlord's lettings officers (or the partnership's managers) let its homes by direct match (001 §55).");
            }
            // One letting decision per home and per household at a time: parallel matches queue here.
            await Db.LockPropertyAsync(propertyId, ct);
            await Db.LockApplicationAsync(applicationId, ct);
            var application = await Db.Applications.SingleOrDefaultAsync(a => a.Id == applicationId, ct);
            if (application is null || application.PartnershipId != partnershipId)
            {
                throw RegisterException.NotFound("application", applicationId);
            }
            if (!Matchable.Contains(application.Status))
            {
                throw RegisterException.Conflict("application-not-matchable",
                    $"Application {application.Reference} is {application.Status}; only a submitted application still on the register can be matched to a home.",
                    field: "applicationId");
            }
            var finished = Finished;
            var live = await Db.Adverts.AsNoTracking().Where(a => a.PropertyId == propertyId && !finished.Contains(a.Status))
                .Select(a => new { a.Id, a.Status }).FirstOrDefaultAsync(ct);
            if (live is not null)
            {
                throw RegisterException.Conflict("property-advertised",
                    $"The home is advertised (advert {live.Id} is {live.Status}): let it from the advert's shortlist, or withdraw the advert first (001 §53).",
                    field: "propertyId");
            }
            var later = await Db.Lettings.AsNoTracking().Where(l => l.PropertyId == propertyId && l.TenancyStartDate >= tenancyStart)
                .Select(l => (DateOnly?)l.TenancyStartDate).MaxAsync(ct);
            if (later is { } letFrom)
            {
                throw RegisterException.Conflict("already-let", $"The home is already let from {letFrom:d MMMM yyyy}; a home is let once.", field: "propertyId");
            }

            var now = work.Time.GetUtcNow();
            var match = new DirectMatch
            {
                PropertyId = propertyId,
                ApplicationId = applicationId,
                Reason = input.Reason!.Value,
                Note = input.Note!.Trim(),
                ApprovedByUserId = actor.UserId,
                MatchedAt = now,
            };
            var letting = new Letting
            {
                DirectMatchId = match.Id,
                PropertyId = propertyId,
                ApplicationId = applicationId,
                TenancyStartDate = tenancyStart,
                LetAt = now,
                RecordedByUserId = actor.UserId,
            };
            Db.DirectMatches.Add(match);
            Db.Lettings.Add(letting);
            var statusBefore = application.Status;
            application.Status = ApplicationStatus.Housed;
            application.StatusChangedAt = now;
            await Db.SaveChangesAsync(ct);
            // Housed: the household's live bids are withdrawn, so no shortlist waits on them (as for a let from a shortlist).
            var withdrawn = await Db.Bids
                .Where(b => b.ApplicationId == applicationId && (b.Status == BidStatus.Open || b.Status == BidStatus.BidShortlisted))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(b => b.Status, BidStatus.Withdrawn)
                    .SetProperty(b => b.StatusChangedAt, now)
                    .SetProperty(b => b.Version, b => b.Version + 1), ct);
            var citation = Citation(match.Reason);
            await work.AuditAsync(actor, property.LandlordId, "Letting", letting.Id.ToString(), "home.direct-matched", null,
                new { directMatchId = match.Id, lettingId = letting.Id, propertyId, applicationId, match.Reason, tenancyStartDate = tenancyStart, applicationStatus = ApplicationStatus.Housed, applicationStatusBefore = statusBefore, ownBidsWithdrawn = withdrawn },
                $"Let by direct match ({match.Reason}, {citation}): {match.Note}", ct);
            work.Publish("home.let", "letting", letting.Id.ToString(), property.LandlordId, partnershipId, new
            {
                lettingId = letting.Id,
                directMatchId = match.Id,
                propertyId,
                reason = match.Reason,
                tenancyStartDate = tenancyStart,
                applicationId,
                applicationReference = application.Reference,
                applicationStatus = ApplicationStatus.Housed,
            });
            return View(match, property, application.Reference, letting);
        }, cancellationToken);
    }

    public async Task<DirectMatchView> GetAsync(Actor actor, Guid id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var found = await Rows(actor, null).Where(r => r.Match.Id == id).SingleOrDefaultAsync(cancellationToken)
            ?? throw RegisterException.NotFound("direct match", id);
        return View(found.Match, found.Property, found.Reference, found.Letting);
    }

    /// <summary>
    /// The direct matches the actor may see, newest first: a landlord's own, those of homes in a council's area, and
    /// all of the partnership's for its managers and the board (001 §65.3).
    /// </summary>
    public async Task<ResultPage<DirectMatchView>> ListAsync(Actor actor, DirectMatchReason? reason, DateTimeOffset? from, DateTimeOffset? to, int offset, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var query = Rows(actor, reason);
        if (from is { } start)
        {
            query = query.Where(r => r.Match.MatchedAt >= start);
        }
        if (to is { } end)
        {
            query = query.Where(r => r.Match.MatchedAt < end);
        }
        var rows = await query.OrderByDescending(r => r.Match.MatchedAt).ThenByDescending(r => r.Match.Id)
            .Skip(offset).Take(limit + 1).ToListAsync(cancellationToken);
        var more = rows.Count > limit;
        return new ResultPage<DirectMatchView>([.. rows.Take(limit).Select(r => View(r.Match, r.Property, r.Reference, r.Letting))], offset, limit, more ? offset + limit : null);
    }

    private sealed class Row
    {
        public required DirectMatch Match { get; init; }

        public required PropertyRecord Property { get; init; }

        public required string Reference { get; init; }

        public required Letting Letting { get; init; }
    }

    private IQueryable<Row> Rows(Actor actor, DirectMatchReason? reason)
    {
        var staffOf = actor.Memberships.Where(m => m.Role != MembershipRole.Applicant).Select(m => m.OrganisationId).ToArray();
        var managed = actor.ManagedPartnerships.ToArray();
        var matches = Db.DirectMatches.AsNoTracking();
        if (reason is { } r)
        {
            matches = matches.Where(m => m.Reason == r);
        }
        return from m in matches
               join p in Db.Properties on m.PropertyId equals p.Id
               join a in Db.Applications on m.ApplicationId equals a.Id
               join l in Db.Lettings on m.Id equals l.DirectMatchId
               where staffOf.Contains(p.LandlordId) || staffOf.Contains(p.LocalAuthorityId) || managed.Contains(a.PartnershipId)
               select new Row { Match = m, Property = p, Reference = a.Reference, Letting = l };
    }

    private static string Citation(DirectMatchReason reason) => reason switch
    {
        DirectMatchReason.UrgentManagementMove => "001 §55.2, §65",
        DirectMatchReason.HighlyAdapted => "001 §55.3, §56.3",
        DirectMatchReason.Downsizing => "001 §55.3",
        DirectMatchReason.DifficultToLet => "001 §54",
        _ => "001 §55",
    };

    private static DirectMatchView View(DirectMatch match, PropertyRecord property, string reference, Letting letting) => new(
        match.Id, property.Id, property.Reference, property.LandlordId, property.LocalAuthorityId, match.ApplicationId, reference,
        match.Reason, match.Note ?? "", letting.Id, letting.TenancyStartDate, match.ApprovedByUserId, match.MatchedAt, Citation(match.Reason));
}
