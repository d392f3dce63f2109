using OpenLettings.Infrastructure.Register.Applications;
using OpenLettings.Web.Api;

namespace OpenLettings.Web.Features.Applications;

/// <summary>Notes and alerts (001 §61.7).</summary>
public static class NotesEndpoints
{
    public static void MapNotes(this RouteGroupBuilder applications)
    {
        applications.MapPost("/{id:guid}/notes", async (Guid id, AddNoteRequest body, HttpContext http, NotesService service) =>
            {
                var note = await service.AddNoteAsync(await http.ActorAsync(), id, body.Text, http.RequestAborted);
                return Results.Created($"{ApiRoutes.Prefix}/applications/{id}/notes/{note.Id}", note);
            })
            .WithSummary("Add a note to the application (officers of the managing authority and managers; notes are never changed).")
            .Produces<NoteView>(StatusCodes.Status201Created)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);

        applications.MapGet("/{id:guid}/notes", async (Guid id, HttpContext http, NotesService service, int? offset, int? limit) =>
            {
                var (from, size) = ListQuery.Paging(offset, limit);
                return Results.Ok(await service.NotesAsync(await http.ActorAsync(), id, from, size, http.RequestAborted));
            })
            .WithSummary("The application's notes, newest first (officers of the managing authority and managers).")
            .Produces<ResultPage<NoteView>>()
            .ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);

        applications.MapPost("/{id:guid}/alerts", async (Guid id, AddAlertRequest body, HttpContext http, NotesService service) =>
            {
                var alert = await service.AddAlertAsync(await http.ActorAsync(), id, body.Kind, body.Text, http.RequestAborted);
                return Results.Created($"{ApiRoutes.Prefix}/applications/{id}/alerts/{alert.Id}", alert);
            })
            .WithSummary("Add an alert, shown on the bid screens (001 §61.7); officers of the managing authority and managers.")
            .Produces<AlertView>(StatusCodes.Status201Created)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);

        applications.MapGet("/{id:guid}/alerts", async (Guid id, HttpContext http, NotesService service, bool? includeRemoved) =>
                Results.Ok(await service.AlertsAsync(await http.ActorAsync(), id, includeRemoved ?? false, http.RequestAborted)))
            .WithSummary("The application's alerts: anyone who can see the application, including landlord officers whose advert it bid on (001 §61.7).")
            .Produces<IReadOnlyList<AlertView>>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        applications.MapDelete("/{id:guid}/alerts/{alertId:guid}", async (Guid id, Guid alertId, long? version, HttpContext http, NotesService service) =>
                Results.Ok(await service.RemoveAlertAsync(await http.ActorAsync(), id, alertId, version, http.RequestAborted)))
            .WithSummary("Take an alert off (?version= required); it stays in the history with the time it was removed.")
            .Produces<AlertView>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);
    }
}
