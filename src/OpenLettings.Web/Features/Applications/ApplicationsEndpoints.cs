using OpenLettings.Infrastructure.Register.Applications;
using OpenLettings.Web.Api;

namespace OpenLettings.Web.Features.Applications;

/// <summary>
/// The applications endpoints under /api/v1: create, read, list, replace facts or household, submit; decisions
/// (assess, override, history: <see cref="DecisionsEndpoints"/>); notes and alerts (<see cref="NotesEndpoints"/>); reviews
/// (<see cref="ReviewsEndpoints"/>).
/// </summary>
public static class ApplicationsEndpoints
{
    public const string Tag = "Applications";

    public static IServiceCollection AddApplicationsFeature(this IServiceCollection services)
    {
        services.AddScoped<ApplicationService>();
        services.AddScoped<DecisionService>();
        services.AddScoped<NotesService>();
        services.AddScoped<ReviewService>();
        return services;
    }

    public static RouteGroupBuilder MapApplications(this RouteGroupBuilder api)
    {
        var applications = api.MapGroup("/applications").WithTags(Tag);

        applications.MapPost("/", async (CreateApplicationRequest body, HttpContext http, ApplicationService service) =>
            {
                var created = await service.CreateAsync(await http.ActorAsync(), body.Authority, body.Application, body.Household, http.RequestAborted);
                return Results.Created($"{ApiRoutes.Prefix}/applications/{created.Id}", created);
            })
            .WithSummary("Create an application: an applicant their own, a local authority officer one for their authority (on the applicant's behalf).")
            .WithDescription("Validated against the partnership's scheme; errors name JSON paths under $.application and $.household. Status Draft; version snapshot #1.")
            .Produces<ApplicationView>(StatusCodes.Status201Created)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status409Conflict);

        applications.MapGet("/", async (HttpContext http, ApplicationService service, string? status, int? offset, int? limit) =>
            {
                var (from, size) = ListQuery.Paging(offset, limit);
                return Results.Ok(await service.ListAsync(await http.ActorAsync(), ListQuery.Status(status), from, size, http.RequestAborted));
            })
            .WithSummary("List the applications you can see (officer: your authority's; applicant: your own; landlord officer: those that bid on your adverts; manager: the partnership's), oldest first.")
            .Produces<ResultPage<ApplicationSummary>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        applications.MapGet("/{id:guid}", async (Guid id, HttpContext http, ApplicationService service) =>
                Results.Ok(await service.GetAsync(await http.ActorAsync(), id, http.RequestAborted)))
            .WithSummary("Read an application: facts, household with names, status, current decisions and version.")
            .Produces<ApplicationView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        applications.MapPut("/{id:guid}", async (Guid id, UpdateApplicationRequest body, HttpContext http, ApplicationService service) =>
                Results.Ok(await service.UpdateFactsAsync(await http.ActorAsync(), id, body.Version, body.Application, body.Reason, http.RequestAborted)))
            .WithSummary("Replace an application's facts (version required). Landlords may not (001 §61.6); applicants only while it is a draft.")
            .Produces<ApplicationView>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);

        applications.MapPut("/{id:guid}/household", async (Guid id, ReplaceHouseholdRequest body, HttpContext http, ApplicationService service) =>
                Results.Ok(await service.ReplaceHouseholdAsync(await http.ActorAsync(), id, body.Version, body.Members, body.Reason, http.RequestAborted)))
            .WithSummary("Replace the household: names and NI numbers, and each member's facts merged into household.members (version required).")
            .Produces<ApplicationView>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);

        applications.MapPost("/{id:guid}/submit", async (Guid id, VersionRequest body, HttpContext http, ApplicationService service) =>
                Results.Ok(await service.SubmitAsync(await http.ActorAsync(), id, body.Version, http.RequestAborted)))
            .WithSummary("Submit a draft application: Draft → Unassigned (001 §50.4).")
            .Produces<ApplicationView>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);

        applications.MapDecisions();
        applications.MapNotes();
        applications.MapReviews();
        return api;
    }
}
