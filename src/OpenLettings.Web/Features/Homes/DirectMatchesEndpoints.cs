using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Infrastructure.Register.Applications;
using OpenLettings.Infrastructure.Register.Homes;
using OpenLettings.Web.Api;

namespace OpenLettings.Web.Features.Homes;

/// <summary><c>POST /direct-matches</c>: the request to let a home by direct match (001 §55).</summary>
public sealed record CreateDirectMatchRequest(Guid? PropertyId = null, Guid? ApplicationId = null, DirectMatchReason? Reason = null, string? Note = null, DateOnly? TenancyStartDate = null);

/// <summary>Direct matches: homes let outside advertising in the exceptional cases the scheme allows (001 §55, §65).</summary>
public static class DirectMatchesEndpoints
{
    public static void MapDirectMatches(this RouteGroupBuilder api)
    {
        api.MapPost("/direct-matches", async (CreateDirectMatchRequest body, HttpContext http, DirectMatchRegister matches) =>
            {
                var match = await matches.CreateAsync(await http.ActorAsync(),
                    new DirectMatchInput(body.PropertyId, body.ApplicationId, body.Reason, body.Note, body.TenancyStartDate), http.RequestAborted);
                return Results.Created($"{ApiRoutes.Prefix}/direct-matches/{match.Id}", match);
            })
            .WithTags("Homes")
            .WithSummary("Let a home by direct match, with the exceptional reason (001 §55.2-55.3, §65): the landlord's officers or managers; the household is housed.")
            .Produces<DirectMatchView>(StatusCodes.Status201Created)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        api.MapGet("/direct-matches", async (HttpContext http, DirectMatchRegister matches, string? reason, DateTimeOffset? from, DateTimeOffset? to, int? offset, int? limit) =>
            {
                var (size, skip) = HomesAccess.Page(limit, offset);
                return Results.Ok(await matches.ListAsync(await http.ActorAsync(), QueryValues.Enum<DirectMatchReason>(reason, "reason"), from, to, skip, size, http.RequestAborted));
            })
            .WithTags("Homes")
            .WithSummary("Direct matches, newest first (?reason=, ?from=, ?to=): a landlord's own, a council's area, the partnership's for managers: the board's report (001 §65.3).")
            .Produces<ResultPage<DirectMatchView>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/direct-matches/{id:guid}", async (Guid id, HttpContext http, DirectMatchRegister matches) =>
                Results.Ok(await matches.GetAsync(await http.ActorAsync(), id, http.RequestAborted)))
            .WithTags("Homes")
            .WithSummary("One direct match.")
            .Produces<DirectMatchView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
