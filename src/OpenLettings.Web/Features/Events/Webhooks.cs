using System.Collections.Immutable;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenLettings.Domain.Validation;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Infrastructure.Register;
using OpenLettings.Infrastructure.Register.Access;
using OpenLettings.Infrastructure.Register.Events;
using OpenLettings.Web.Api;

namespace OpenLettings.Web.Features.Events;

/// <summary>A request to receive events by webhook.</summary>
/// <param name="Url">Where to POST each event: an absolute http or https URL.</param>
/// <param name="EventTypes">Only these event types (empty or absent: every type).</param>
/// <param name="OrganisationId">The organisation subscribing; needed only when you are a partner system or manager of several.</param>
public sealed record CreateWebhookRequest(string? Url, IReadOnlyList<string>? EventTypes = null, Guid? OrganisationId = null);

/// <summary>A webhook subscription (never its secret).</summary>
public sealed record WebhookResponse(
    Guid Id,
    Guid OrganisationId,
    string Url,
    IReadOnlyList<string> EventTypes,
    bool Active,
    long Cursor,
    int FailedAttempts,
    DateTimeOffset? NextAttemptAt,
    string? LastError,
    DateTimeOffset CreatedAt,
    long Version)
{
    public static WebhookResponse From(WebhookSubscription s) => new(s.Id, s.OrganisationId, s.Url, Infrastructure.Register.Events.EventTypes.Parse(s.EventTypes),
        s.Active, s.Cursor, s.FailedAttempts, s.NextAttemptAt, s.LastError, s.CreatedAt, s.Version);
}

/// <summary>A new subscription and its signing secret, shown this once.</summary>
public sealed record CreatedWebhookResponse(WebhookResponse Webhook, string Secret);

/// <summary>A page of subscriptions.</summary>
public sealed record WebhookList(IReadOnlyList<WebhookResponse> Webhooks, int? NextOffset);

/// <summary>
/// <c>/api/v1/webhooks</c>: partner systems and managers subscribe their organisation to the event feed by webhook.
/// Deliveries carry <c>OpenLettings-Event-Id</c>, <c>OpenLettings-Event-Type</c> and
/// <c>OpenLettings-Signature: t=&lt;unix&gt;,v1=&lt;hex HMAC-SHA256 of "t.body"&gt;</c>.
/// </summary>
public static class Webhooks
{
    private static readonly MembershipRole[] SubscriberRoles = [MembershipRole.PartnerSystem, MembershipRole.Manager];

    public static void MapWebhooks(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/webhooks").WithTags("Events");
        group.MapPost("", CreateAsync)
            .WithSummary("Subscribe an organisation to its events by webhook; returns the signing secret once.")
            .Produces<CreatedWebhookResponse>(StatusCodes.Status201Created)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden);
        group.MapGet("", ListAsync)
            .WithSummary("The webhook subscriptions of your organisations.")
            .Produces<WebhookList>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden);
        group.MapGet("/{id:guid}", GetAsync)
            .WithSummary("One webhook subscription, with its delivery state (cursor, failures, next attempt).")
            .Produces<WebhookResponse>()
            .ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        group.MapDelete("/{id:guid}", DeleteAsync)
            .WithSummary("Stop a webhook (it is deactivated, not erased).")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> CreateAsync(HttpContext http, CreateWebhookRequest request, RegisterWork work, CancellationToken cancellationToken)
    {
        var actor = await http.ActorAsync();
        var manageable = await ManageableAsync(actor, work.Db, cancellationToken);
        var types = Validate(request);
        var own = actor.Memberships.Where(m => SubscriberRoles.Contains(m.Role)).Select(m => m.OrganisationId).Distinct().ToList();
        var organisationId = request.OrganisationId ?? (own.Count == 1
            ? own[0]
            : throw RegisterException.Invalid("organisationId", "required",
                "You are a partner system or manager of several organisations: say which one subscribes."));
        if (!manageable.Contains(organisationId))
        {
            throw RegisterException.Forbidden("forbidden", "Only a partner system or a manager of the organisation may subscribe it to webhooks.");
        }

        var secret = WebhookSignature.NewSecret();
        var subscription = await work.RunAsync(async ct =>
        {
            var created = new WebhookSubscription
            {
                OrganisationId = organisationId,
                Url = request.Url!,
                Secret = secret,
                EventTypes = string.Join(',', types),
                CreatedAt = work.Time.GetUtcNow(),
                CreatedByUserId = actor.UserId,
            };
            work.Db.WebhookSubscriptions.Add(created);
            await work.AuditAsync(actor, organisationId, nameof(WebhookSubscription), created.Id.ToString(), "webhook.created", null,
                new { created.Url, EventTypes = types }, "A partner system subscribed to its events by webhook.", ct);
            return created;
        }, cancellationToken);
        return Results.Created($"{ApiRoutes.Prefix}/webhooks/{subscription.Id}", new CreatedWebhookResponse(WebhookResponse.From(subscription), secret));
    }

    private static async Task<IResult> ListAsync(HttpContext http, RegisterDbContext db,
        [FromQuery] int? limit, [FromQuery] int? offset, CancellationToken cancellationToken)
    {
        var take = limit ?? 50;
        if (take is < 1 or > 500)
        {
            throw RegisterException.Invalid("limit", "range", "'limit' must be from 1 to 500.");
        }
        var skip = offset ?? 0;
        if (skip < 0)
        {
            throw RegisterException.Invalid("offset", "range", "'offset' must not be negative.");
        }
        var actor = await http.ActorAsync();
        var manageable = (await ManageableAsync(actor, db, cancellationToken)).ToArray();
        var page = await db.WebhookSubscriptions.AsNoTracking()
            .Where(s => manageable.Contains(s.OrganisationId))
            .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id)
            .Skip(skip).Take(take + 1)
            .ToListAsync(cancellationToken);
        return Results.Ok(new WebhookList([.. page.Take(take).Select(WebhookResponse.From)], page.Count > take ? skip + take : null));
    }

    private static async Task<IResult> GetAsync(Guid id, HttpContext http, RegisterDbContext db, CancellationToken cancellationToken)
    {
        var actor = await http.ActorAsync();
        var subscription = await FindAsync(actor, db, id, cancellationToken);
        return Results.Ok(WebhookResponse.From(subscription));
    }

    private static async Task<IResult> DeleteAsync(Guid id, HttpContext http, RegisterWork work, CancellationToken cancellationToken)
    {
        var actor = await http.ActorAsync();
        await FindAsync(actor, work.Db, id, cancellationToken);
        await work.RunAsync(async ct =>
        {
            var subscription = await work.Db.WebhookSubscriptions.SingleAsync(s => s.Id == id, ct);
            if (!subscription.Active)
            {
                return 0;
            }
            subscription.Active = false;
            await work.AuditAsync(actor, subscription.OrganisationId, nameof(WebhookSubscription), id.ToString(), "webhook.deactivated",
                new { Active = true }, new { Active = false }, "Deactivated by a partner system or manager of the organisation.", ct);
            return 1;
        }, cancellationToken);
        return Results.NoContent();
    }

    /// <summary>A subscription the caller may manage: 403 without a subscriber role at all, 404 when it is not theirs.</summary>
    private static async Task<WebhookSubscription> FindAsync(Actor actor, RegisterDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var manageable = await ManageableAsync(actor, db, cancellationToken);
        var subscription = await db.WebhookSubscriptions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (subscription is null || !manageable.Contains(subscription.OrganisationId))
        {
            throw RegisterException.NotFound("webhook", id);
        }
        return subscription;
    }

    /// <summary>
    /// The organisations whose webhooks the caller manages: where they are a partner system or a manager, and for a
    /// partnership's manager every organisation in the partnership. Anyone else is refused (403).
    /// </summary>
    private static async Task<IReadOnlySet<Guid>> ManageableAsync(Actor actor, RegisterDbContext db, CancellationToken cancellationToken)
    {
        var direct = actor.Memberships.Where(m => SubscriberRoles.Contains(m.Role)).Select(m => m.OrganisationId).ToHashSet();
        if (direct.Count == 0)
        {
            throw RegisterException.Forbidden("forbidden", "Webhooks are managed by an organisation's partner systems and the partnership's managers.");
        }
        var managed = actor.ManagedPartnerships.ToArray();
        if (managed.Length > 0)
        {
            var members = await db.Organisations.AsNoTracking()
                .Where(o => o.PartnershipId != null && managed.Contains(o.PartnershipId.Value))
                .Select(o => o.Id)
                .ToListAsync(cancellationToken);
            direct.UnionWith(members);
            direct.UnionWith(managed);
        }
        return direct;
    }

    private static ImmutableArray<string> Validate(CreateWebhookRequest request)
    {
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(request.Url))
        {
            errors.Add(new ValidationError("url", "required", "Give the URL to POST events to."));
        }
        else if (!Uri.TryCreate(request.Url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
                 || request.Url.Length > 2000)
        {
            errors.Add(new ValidationError("url", "absolute-http-url", "'url' must be an absolute http or https URL (at most 2,000 characters)."));
        }
        var types = request.EventTypes ?? [];
        for (var i = 0; i < types.Count; i++)
        {
            if (!EventTypes.IsKnown(types[i]))
            {
                errors.Add(new ValidationError($"eventTypes[{i}]", "known-event-type",
                    $"'{types[i]}' is not an event type; use one of: {string.Join(", ", EventTypes.All)}."));
            }
        }
        if (errors.Count > 0)
        {
            throw RegisterException.Invalid(errors);
        }
        return [.. types.Distinct(StringComparer.Ordinal)];
    }
}
