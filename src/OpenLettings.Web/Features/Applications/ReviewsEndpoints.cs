using OpenLettings.Infrastructure.Register.Applications;
using OpenLettings.Web.Api;

namespace OpenLettings.Web.Features.Applications;

/// <summary>Reviews of decisions (001 §77): ask, acknowledge, decide, withdraw, read.</summary>
public static class ReviewsEndpoints
{
    public static void MapReviews(this RouteGroupBuilder applications)
    {
        applications.MapPost("/{id:guid}/reviews", async (Guid id, RequestReviewRequest body, HttpContext http, ReviewService service) =>
            {
                var review = await service.RequestAsync(await http.ActorAsync(), id, body.Subject, body.DecisionId, body.Grounds, http.RequestAborted);
                return Results.Created($"{ApiRoutes.Prefix}/applications/{id}/reviews/{review.Id}", review);
            })
            .WithSummary("Ask for a review of a decision (001 §77): the applicant, or a caseworker recording a written request; within the scheme's window (Devon: 21 days, §77.2).")
            .Produces<ReviewView>(StatusCodes.Status201Created)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        applications.MapGet("/{id:guid}/reviews", async (Guid id, HttpContext http, ReviewService service) =>
                Results.Ok(await service.ListAsync(await http.ActorAsync(), id, http.RequestAborted)))
            .WithSummary("The application's reviews, newest first, with their deadlines (the applicant and caseworkers).")
            .Produces<IReadOnlyList<ReviewView>>()
            .ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);

        applications.MapGet("/{id:guid}/reviews/{reviewId:guid}", async (Guid id, Guid reviewId, HttpContext http, ReviewService service) =>
                Results.Ok(await service.GetAsync(await http.ActorAsync(), id, reviewId, http.RequestAborted)))
            .WithSummary("One review.")
            .Produces<ReviewView>()
            .ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);

        applications.MapPost("/{id:guid}/reviews/{reviewId:guid}/acknowledge", async (Guid id, Guid reviewId, VersionRequest body, HttpContext http, ReviewService service) =>
                Results.Ok(await service.AcknowledgeAsync(await http.ActorAsync(), id, reviewId, body.Version, http.RequestAborted)))
            .WithSummary("Acknowledge a review request (caseworkers; 001 §77.7: within 7 days).")
            .Produces<ReviewView>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);

        applications.MapPost("/{id:guid}/reviews/{reviewId:guid}/decide", async (Guid id, Guid reviewId, DecideReviewRequest body, HttpContext http, ReviewService service) =>
                Results.Ok(await service.DecideAsync(await http.ActorAsync(), id, reviewId, body.Outcome, body.Reasons, body.Version, http.RequestAborted)))
            .WithSummary("Decide a review: upheld or overturned, with reasons, by a caseworker who played no part in the decision (001 §77.7).")
            .Produces<ReviewView>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);

        applications.MapPost("/{id:guid}/reviews/{reviewId:guid}/withdraw", async (Guid id, Guid reviewId, VersionRequest body, HttpContext http, ReviewService service) =>
                Results.Ok(await service.WithdrawAsync(await http.ActorAsync(), id, reviewId, body.Version, http.RequestAborted)))
            .WithSummary("Withdraw a review that is not yet decided (the applicant, or a caseworker for them).")
            .Produces<ReviewView>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);
    }
}
