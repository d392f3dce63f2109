using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using OpenLettings.Infrastructure.Register;
using OpenLettings.Infrastructure.Register.Events;
using OpenLettings.Web.Api;

namespace OpenLettings.Web.Features.Events;

/// <summary>A page of the event feed.</summary>
/// <param name="Events">The events, in position order.</param>
/// <param name="Next">The cursor to send as <c>after</c> for the next page (the same cursor when there was nothing new).</param>
public sealed record EventPage(IReadOnlyList<FeedEvent> Events, string Next);

/// <summary><c>GET /api/v1/events?after=&amp;limit=</c>: the outbox events the caller may read, after a cursor.</summary>
public static class ReadEvents
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    public static void MapReadEvents(this RouteGroupBuilder api) =>
        api.MapGet("/events", HandleAsync)
            .WithTags("Events")
            .WithSummary("The event feed: state changes you may read, in order, after a cursor.")
            .WithDescription("Managers and the partnership's partner systems read every event of the partnership; officers and the partner " +
                "systems of a council or landlord read the events of their organisation; applicants may not read the feed. Keep `next` " +
                "and send it back as `after`. Delivery is at least once: drop an event whose `id` you have seen. Events appear once " +
                "they are a couple of seconds old, so that a cursor never moves past one still being committed.")
            .Produces<EventPage>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden);

    private static async Task<IResult> HandleAsync(HttpContext http, EventFeed feed,
        [FromQuery] string? after, [FromQuery] string? limit, CancellationToken cancellationToken)
    {
        var cursor = ParseCursor(after);
        var take = ParseLimit(limit);
        var actor = await http.ActorAsync();
        var scope = EventScope.For(actor);
        if (scope.IsEmpty)
        {
            throw RegisterException.Forbidden("forbidden",
                "The event feed is for partnership managers, officers and partner systems; an applicant's own updates are on their application.");
        }
        var messages = await feed.ReadAsync(scope, cursor, take, cancellationToken);
        var next = messages.Count > 0 ? messages[^1].Position : cursor;
        return Results.Ok(new EventPage([.. messages.Select(FeedEvent.From)], next.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>The cursor is the position of the last event read, as a string; empty for the start.</summary>
    private static long ParseCursor(string? after)
    {
        if (string.IsNullOrEmpty(after))
        {
            return 0;
        }
        if (!long.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out var position))
        {
            throw RegisterException.Invalid("after", "cursor",
                "'after' must be a cursor from a previous page's 'next' (leave it out to start at the beginning).");
        }
        return position;
    }

    private static int ParseLimit(string? limit)
    {
        if (string.IsNullOrEmpty(limit))
        {
            return DefaultLimit;
        }
        if (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value is < 1 or > MaxLimit)
        {
            throw RegisterException.Invalid("limit", "range", $"'limit' must be a whole number from 1 to {MaxLimit}.");
        }
        return value;
    }
}
