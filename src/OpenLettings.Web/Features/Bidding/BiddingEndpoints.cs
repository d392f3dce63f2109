using System.Text.Json;
using OpenLettings.Infrastructure.Register.Bidding;
using OpenLettings.Infrastructure.Register.Homes;
using OpenLettings.Web.Api;
using OpenLettings.Web.Features.Homes;

namespace OpenLettings.Web.Features.Bidding;

/// <summary>The bidding endpoints under /api/v1 (001 §59, §61.25, §61.49).</summary>
public static class BiddingEndpoints
{
    public static IServiceCollection AddBiddingFeature(this IServiceCollection services) => services.AddScoped<BidRegister>();

    public static RouteGroupBuilder MapBidding(this RouteGroupBuilder api)
    {
        api.MapPost("/bids", async (PlaceBidRequest body, HttpContext http, BidRegister bids, CancellationToken ct) =>
            {
                var actor = await http.ActorAsync();
                var placed = await bids.PlaceAsync(actor, body.ApplicationId, body.AdvertId, ct);
                var bid = await bids.GetAsync(actor, placed.Bid.Id, ct);
                return TypedResults.Created($"{ApiRoutes.Prefix}/bids/{bid.Id}", BidResponse.From(bid));
            })
            .WithTags("Bids")
            .WithSummary("Place a bid (the applicant, or an officer of the managing authority for them, 001 §59.2); at most the scheme's bids per cycle (Devon 3, 001 §59.1); none while shortlisted elsewhere (001 §61.25). Send an Idempotency-Key to retry safely.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        api.MapPost("/bids/{id:guid}/withdraw", async (Guid id, WithdrawBidRequest body, HttpContext http, BidRegister bids, CancellationToken ct) =>
            {
                var actor = await http.ActorAsync();
                await bids.WithdrawAsync(actor, id, body.Version, ct);
                return TypedResults.Ok(BidResponse.From(await bids.GetAsync(actor, id, ct)));
            })
            .WithTags("Bids")
            .WithSummary("Withdraw an open bid while the cycle is open (the applicant or an officer for them; 001 §61.49).")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);

        api.MapGet("/bids/{id:guid}", async (Guid id, HttpContext http, BidRegister bids, CancellationToken ct) =>
                TypedResults.Ok(BidResponse.From(await bids.GetAsync(await http.ActorAsync(), id, ct))))
            .WithTags("Bids")
            .WithSummary("Read a bid (the applicant, the managing authority, the advert's landlord, managers).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/bids/mine", async (HttpContext http, BidRegister bids, int? limit, int? offset, CancellationToken ct) =>
            {
                var (size, skip) = HomesAccess.Page(limit, offset);
                var rows = await bids.MineAsync(await http.ActorAsync(), size + 1, skip, ct);
                return TypedResults.Ok(ListPage<BidResponse>.Of(rows, skip, size, BidResponse.From));
            })
            .WithTags("Bids")
            .WithSummary("Your applications' bids, newest first, with the home and each bid's status (001 §61.49).")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/applications/{id:guid}/bids", async (Guid id, HttpContext http, BidRegister bids, int? limit, int? offset, CancellationToken ct) =>
            {
                var (size, skip) = HomesAccess.Page(limit, offset);
                var (application, rows) = await bids.ForApplicationAsync(await http.ActorAsync(), id, size + 1, skip, ct);
                var page = ListPage<BidResponse>.Of(rows, skip, size, BidResponse.From);
                return TypedResults.Ok(new ApplicationBidsResponse(application.Id, application.Reference, page.Items, page.Offset, page.Limit, page.NextOffset));
            })
            .WithTags("Bids")
            .WithSummary("An application's bids (the applicant, officers of the managing authority, managers).")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);

        api.MapGet("/adverts/{id:guid}/bids", async (Guid id, HttpContext http, BidRegister bids, int? limit, int? offset, CancellationToken ct) =>
            {
                var (size, skip) = HomesAccess.Page(limit, offset);
                var (advert, counts, rows) = await bids.ForAdvertAsync(await http.ActorAsync(), id, size + 1, skip, ct);
                var page = ListPage<BidResponse>.Of(rows, skip, size, BidResponse.From);
                return TypedResults.Ok(new AdvertBidsResponse(advert.Id, counts.Values.Sum(),
                    counts.ToDictionary(c => JsonNamingPolicy.CamelCase.ConvertName(c.Key.ToString()), c => c.Value),
                    page.Items, page.Offset, page.Limit, page.NextOffset));
            })
            .WithTags("Bids")
            .WithSummary("An advert's bids with the count by status (the landlord, officers of the home's authority, managers).")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);

        return api;
    }
}
