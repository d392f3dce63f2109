using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Infrastructure.Register.Homes;
using OpenLettings.Web.Api;

namespace OpenLettings.Web.Features.Homes;

/// <summary>
/// The homes endpoints under /api/v1: properties (landlords' homes), adverts in letting cycles (001 §52) and direct
/// matches (<see cref="DirectMatchesEndpoints"/>, 001 §55).
/// </summary>
public static class HomesEndpoints
{
    public static IServiceCollection AddHomesFeature(this IServiceCollection services)
    {
        services.AddScoped<PropertyRegister>();
        services.AddScoped<AdvertRegister>();
        services.AddScoped<DirectMatchRegister>();
        return services;
    }

    public static RouteGroupBuilder MapHomes(this RouteGroupBuilder api)
    {
        MapProperties(api);
        MapAdverts(api);
        api.MapDirectMatches();
        return api;
    }

    private static void MapProperties(RouteGroupBuilder api)
    {
        api.MapPost("/properties", async (CreatePropertyRequest body, HttpContext http, PropertyRegister homes, CancellationToken ct) =>
            {
                var actor = await http.ActorAsync();
                var created = await homes.CreateAsync(actor, body.Landlord,
                    new PropertyInput(body.Reference, body.AddressLine, body.Postcode, body.LocalAuthority, body.Details), ct);
                var home = await homes.GetAsync(actor, created.Id, ct);
                return TypedResults.Created($"{ApiRoutes.Prefix}/properties/{home.Id}", PropertyResponse.From(home));
            })
            .WithTags("Homes")
            .WithSummary("Add a home (a landlord's lettings officer, for their landlord; 001 §52.3, §56.6).")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status409Conflict);

        api.MapGet("/properties/{id:guid}", async (Guid id, HttpContext http, PropertyRegister homes, CancellationToken ct) =>
                TypedResults.Ok(PropertyResponse.From(await homes.GetAsync(await http.ActorAsync(), id, ct))))
            .WithTags("Homes")
            .WithSummary("Read a home (members of its partnership).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/properties", async (HttpContext http, PropertyRegister homes, string? landlord, int? limit, int? offset, CancellationToken ct) =>
            {
                var (size, skip) = HomesAccess.Page(limit, offset);
                var rows = await homes.ListAsync(await http.ActorAsync(), landlord, size + 1, skip, ct);
                return TypedResults.Ok(ListPage<PropertyResponse>.Of(rows, skip, size, PropertyResponse.From));
            })
            .WithTags("Homes")
            .WithSummary("List homes: a landlord's officers see their landlord's; other partnership members see the partnership's (?landlord= to narrow).")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapPut("/properties/{id:guid}", async (Guid id, UpdatePropertyRequest body, HttpContext http, PropertyRegister homes, CancellationToken ct) =>
            {
                var actor = await http.ActorAsync();
                await homes.UpdateAsync(actor, id,
                    new PropertyInput(body.Reference, body.AddressLine, body.Postcode, body.LocalAuthority, body.Details), body.Version, ct);
                return TypedResults.Ok(PropertyResponse.From(await homes.GetAsync(actor, id, ct)));
            })
            .WithTags("Homes")
            .WithSummary("Change a home's details (the landlord's officers; send the version you read).")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status412PreconditionFailed);
    }

    private static void MapAdverts(RouteGroupBuilder api)
    {
        api.MapPost("/adverts", async (CreateAdvertRequest body, HttpContext http, AdvertRegister adverts, CancellationToken ct) =>
            {
                var actor = await http.ActorAsync();
                var created = await adverts.CreateAsync(actor, body.PropertyId, body.CycleId, body.Criteria, ct);
                var advert = await adverts.GetAsync(actor, created.Id, ct);
                return TypedResults.Created($"{ApiRoutes.Prefix}/adverts/{advert.Id}", AdvertResponse.From(advert));
            })
            .WithTags("Adverts")
            .WithSummary("Advertise a home in a letting cycle before the landlord deadline (001 §52.5); it then awaits the local authority's check (001 §52.8).")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        api.MapPost("/adverts/{id:guid}/verify", async (Guid id, VerifyAdvertRequest body, HttpContext http, AdvertRegister adverts, CancellationToken ct) =>
            {
                var actor = await http.ActorAsync();
                await adverts.VerifyAsync(actor, id, body.Version, ct);
                return TypedResults.Ok(AdvertResponse.From(await adverts.GetAsync(actor, id, ct)));
            })
            .WithTags("Adverts")
            .WithSummary("Verify an advert (an officer of the home's local authority, before the verification deadline; 001 §52.8): Bidding not started.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);

        api.MapPost("/adverts/{id:guid}/withdraw", async (Guid id, WithdrawAdvertRequest body, HttpContext http, AdvertRegister adverts, CancellationToken ct) =>
            {
                var actor = await http.ActorAsync();
                await adverts.WithdrawAsync(actor, id, body.Version, body.Reason, ct);
                return TypedResults.Ok(AdvertResponse.From(await adverts.GetAsync(actor, id, ct)));
            })
            .WithTags("Adverts")
            .WithSummary("Withdraw an advert (the landlord; 001 §52.6, §53).")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);

        api.MapGet("/adverts/{id:guid}", async (Guid id, HttpContext http, AdvertRegister adverts, CancellationToken ct) =>
                TypedResults.Ok(AdvertResponse.From(await adverts.GetAsync(await http.ActorAsync(), id, ct))))
            .WithTags("Adverts")
            .WithSummary("Read an advert with its composed scheme advert and bidding window (open adverts: everyone; others: the landlord, the home's authority, managers).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/adverts", async (HttpContext http, AdvertRegister adverts, Guid? cycle, string? status, int? limit, int? offset, CancellationToken ct) =>
            {
                var (size, skip) = HomesAccess.Page(limit, offset);
                var wanted = QueryValues.Enum<AdvertStatus>(status, "status");
                var rows = await adverts.ListAsync(await http.ActorAsync(), cycle, wanted, size + 1, skip, ct);
                return TypedResults.Ok(ListPage<AdvertResponse>.Of(rows, skip, size, AdvertResponse.From));
            })
            .WithTags("Adverts")
            .WithSummary("List adverts (?cycle=&status=): applicants see adverts open for bids; landlords and officers see theirs in every state.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }
}
