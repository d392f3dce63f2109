using Microsoft.EntityFrameworkCore;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Infrastructure.Register.Access;

namespace OpenLettings.Infrastructure.Register.Applications;

/// <summary>
/// Notes (append-only, the council's case record) and alerts (shown on the bid screens, 001 §61.7) on an application.
/// Caseworkers (officers of the managing authority, partnership managers) write both and read notes; anyone who can
/// see the application reads its alerts, so a landlord officer sees e.g. a risk-to-staff alert on an applicant who bid
/// for their home, but never writes one (001 §61.6).
/// </summary>
public sealed class NotesService(RegisterWork work, ApplicationService applications)
{
    private RegisterDbContext Db => work.Db;

    public async Task<NoteView> AddNoteAsync(Actor actor, Guid id, string? text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return await work.RunAsync(async ct =>
        {
            var (entity, rights) = await applications.LoadForChangeAsync(actor, id, ct);
            rights.RequireCaseworker("add a note");
            var body = RegisterText.Require(text, "text");
            var note = new ApplicationNote
            {
                ApplicationId = id,
                Text = body,
                AuthorUserId = actor.UserId,
                AuthorOrganisationId = actor.ActingFor(entity.ManagingAuthorityId),
                CreatedAt = work.Time.GetUtcNow(),
            };
            Db.Notes.Add(note);
            await work.AuditAsync(actor, entity.ManagingAuthorityId, "application", id.ToString(), "application.note-added",
                null, new { noteId = note.Id }, "Note added.", ct);
            work.Publish("application.updated", "application", id.ToString(), entity.ManagingAuthorityId, entity.PartnershipId,
                new { applicationId = id, reference = entity.Reference, status = entity.Status, change = "note-added", noteId = note.Id });
            return ToView(note);
        }, cancellationToken);
    }

    public async Task<ResultPage<NoteView>> NotesAsync(Actor actor, Guid id, int offset, int limit, CancellationToken cancellationToken = default)
    {
        var application = await VisibleAsync(actor, id, cancellationToken);
        if (!actor.RightsOver(application).IsCaseworker)
        {
            throw RegisterException.Forbidden("forbidden", "Notes are the managing authority's case record: only its officers and partnership managers read them.");
        }
        var rows = await Db.Notes.AsNoTracking().Where(n => n.ApplicationId == id)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Skip(offset).Take(limit + 1).ToListAsync(cancellationToken);
        var more = rows.Count > limit;
        return new ResultPage<NoteView>([.. rows.Take(limit).Select(ToView)], offset, limit, more ? offset + limit : null);
    }

    public async Task<AlertView> AddAlertAsync(Actor actor, Guid id, AlertKind kind, string? text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return await work.RunAsync(async ct =>
        {
            var (entity, rights) = await applications.LoadForChangeAsync(actor, id, ct);
            rights.RequireCaseworker("add an alert");
            var body = RegisterText.Require(text, "text");
            var alert = new ApplicationAlert
            {
                ApplicationId = id,
                Kind = kind,
                Text = body,
                AuthorUserId = actor.UserId,
                CreatedAt = work.Time.GetUtcNow(),
            };
            Db.Alerts.Add(alert);
            await work.AuditAsync(actor, entity.ManagingAuthorityId, "application", id.ToString(), "application.alert-added",
                null, new { alertId = alert.Id, kind }, $"Alert added: {kind}.", ct);
            work.Publish("application.updated", "application", id.ToString(), entity.ManagingAuthorityId, entity.PartnershipId,
                new { applicationId = id, reference = entity.Reference, status = entity.Status, change = "alert-added", alertId = alert.Id, kind });
            return ToView(alert);
        }, cancellationToken);
    }

    /// <summary>The alerts showing (and, with <paramref name="includeRemoved"/>, those taken off), newest first.</summary>
    public async Task<IReadOnlyList<AlertView>> AlertsAsync(Actor actor, Guid id, bool includeRemoved, CancellationToken cancellationToken = default)
    {
        await VisibleAsync(actor, id, cancellationToken);
        var query = Db.Alerts.AsNoTracking().Where(a => a.ApplicationId == id);
        if (!includeRemoved)
        {
            query = query.Where(a => a.RemovedAt == null);
        }
        // An application carries a handful of alerts: one page.
        var rows = await query.OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id).Take(500).ToListAsync(cancellationToken);
        return [.. rows.Select(ToView)];
    }

    /// <summary>Takes an alert off (kept, with <see cref="ApplicationAlert.RemovedAt"/> set).</summary>
    public async Task<AlertView> RemoveAlertAsync(Actor actor, Guid id, Guid alertId, long? version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return await work.RunAsync(async ct =>
        {
            var (entity, rights) = await applications.LoadForChangeAsync(actor, id, ct);
            rights.RequireCaseworker("remove an alert");
            var alert = await Db.Alerts.SingleOrDefaultAsync(a => a.Id == alertId && a.ApplicationId == id, ct)
                ?? throw RegisterException.NotFound("alert", alertId);
            RegisterWork.RequireVersion("alert", version, alert.Version);
            if (alert.RemovedAt is not null)
            {
                throw RegisterException.Conflict("alert-removed", "The alert has already been taken off.");
            }
            alert.RemovedAt = work.Time.GetUtcNow();
            await work.AuditAsync(actor, entity.ManagingAuthorityId, "application", id.ToString(), "application.alert-removed",
                new { alertId, alert.Kind }, null, $"Alert removed: {alert.Kind}.", ct);
            work.Publish("application.updated", "application", id.ToString(), entity.ManagingAuthorityId, entity.PartnershipId,
                new { applicationId = id, reference = entity.Reference, status = entity.Status, change = "alert-removed", alertId, kind = alert.Kind });
            return ToView(alert);
        }, cancellationToken);
    }

    private async Task<HousingApplication> VisibleAsync(Actor actor, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return await Db.Applications.AsNoTracking().VisibleTo(Db, actor).SingleOrDefaultAsync(a => a.Id == id, ct)
            ?? throw RegisterException.NotFound("application", id);
    }

    private static NoteView ToView(ApplicationNote note) => new(note.Id, note.Text, note.AuthorUserId, note.AuthorOrganisationId, note.CreatedAt);

    private static AlertView ToView(ApplicationAlert alert) =>
        new(alert.Id, alert.Kind, alert.Text, alert.AuthorUserId, alert.CreatedAt, alert.RemovedAt, alert.Version);
}
