using Microsoft.AspNetCore.Mvc;
using OpenLettings.Infrastructure.Register.Applications;
using OpenLettings.Web.Api;

namespace OpenLettings.Web.Features.Applications;

/// <summary>Decisions: assess, override with a reason, history.</summary>
public static class DecisionsEndpoints
{
    public static void MapDecisions(this RouteGroupBuilder applications)
    {
        applications.MapPost("/{id:guid}/assess", async (Guid id, [FromBody] VersionRequest? body, HttpContext http, DecisionService service) =>
                Results.Ok(await service.AssessAsync(await http.ActorAsync(), id, body?.Version, http.RequestAborted)))
            .WithSummary("Assess the application with the partnership's scheme as of today (UK): eligibility, qualification, bedroom need, band and band start date, with the reasons.")
            .WithDescription("Status: not eligible or not qualifying → rejected; enquiries running → pendingEnquiries; banded and may bid → active; banded but bidding suspended → suspended.")
            .Produces<DecisionOutcome>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);

        applications.MapGet("/{id:guid}/decisions", async (Guid id, HttpContext http, DecisionService service, bool? explain, int? offset, int? limit) =>
            {
                var (from, size) = ListQuery.Paging(offset, limit);
                return Results.Ok(await service.HistoryAsync(await http.ActorAsync(), id, explain ?? false, from, size, http.RequestAborted));
            })
            .WithSummary("The application's decision history, newest first (?explain=true adds the scheme's full explanation).")
            .Produces<ResultPage<DecisionView>>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        applications.MapPost("/{id:guid}/decisions/override", async (Guid id, OverrideDecisionRequest body, HttpContext http, DecisionService service) =>
                Results.Ok(await service.OverrideAsync(await http.ActorAsync(), id, body.Version, body.Band, body.BandStartAt, body.Reason, http.RequestAborted)))
            .WithSummary("Override the band and/or band start date with a reason (at least 10 characters); recorded as an override.")
            .Produces<DecisionOutcome>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);
    }
}
