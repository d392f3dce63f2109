using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Infrastructure.Register;
using OpenLettings.Infrastructure.Register.Access;
using OpenLettings.Infrastructure.Register.Cycles;
using OpenLettings.Infrastructure.Register.Shortlists;
using OpenLettings.Web.Api;

namespace OpenLettings.Web.Features.Shortlists;

/// <summary>
/// The shortlists endpoints under /api/v1 (001 §61-62). The landlord's officers work their homes' shortlists, the
/// partnership's managers may do anything, the local authority's officers (of the home's area) and the landlord's
/// partner systems may read. Bidders appear by application reference only, never by name (001 §61.6: the landlord
/// reads an application through the applications API).
/// </summary>
public static class ShortlistsEndpoints
{
    private const string Tag = "Shortlists";

    public static IServiceCollection AddShortlistsFeature(this IServiceCollection services)
    {
        services.AddScoped<ShortlistActions>();
        return services;
    }

    public static RouteGroupBuilder MapShortlists(this RouteGroupBuilder api)
    {
        api.MapGet("/adverts/{id:guid}/shortlist", GetAsync)
            .WithTags(Tag).WithSummary("An advert's shortlist in order: band, band start, the priority reasons, bypasses, bid status (001 §61.1).")
            .Produces<ShortlistResponse>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/shortlists/bypass-reasons", ReasonsAsync)
            .WithTags(Tag).WithSummary("The bypass reasons your partnership's scheme allows (001 §61.9, §61.24).")
            .Produces<IReadOnlyList<BypassReasonEntry>>();

        var entries = api.MapGroup("/shortlists/{id:guid}/entries/{entryId:guid}").WithTags(Tag);
        entries.MapPost("/bypass", (Guid id, Guid entryId, BypassRequest request, HttpContext http, ShortlistActions actions) =>
                ActAsync(http, id, entryId, (actor, ct) => actions.BypassAsync(actor, id, entryId, new BypassCommand(request.Version, request.ReasonCode, request.Note), ct)))
            .WithSummary("Bypass a bidder with a reason from the scheme's catalogue and a note (001 §61.9, §61.24, §61.35).")
            .Produces<ShortlistEntryResponse>().ProducesEntryProblems();
        entries.MapPost("/shortlist", (Guid id, Guid entryId, VersionRequest request, HttpContext http, ShortlistActions actions) =>
                ActAsync(http, id, entryId, (actor, ct) => actions.ShortlistAsync(actor, id, entryId, request.Version, ct)))
            .WithSummary("Set the bidder to Bid shortlisted: they are being considered and contacted (001 §61.22-61.25).")
            .Produces<ShortlistEntryResponse>().ProducesEntryProblems();
        entries.MapPost("/offer", (Guid id, Guid entryId, OfferRequest request, HttpContext http, ShortlistActions actions) =>
                ActAsync(http, id, entryId, (actor, ct) => actions.OfferAsync(actor, id, entryId, new OfferCommand(request.Version, request.RespondBy), ct)))
            .WithSummary("Make a formal offer, to be answered by respondBy (normally 24 hours, 001 §61.45).")
            .Produces<ShortlistEntryResponse>().ProducesEntryProblems();
        entries.MapPost("/accept", (Guid id, Guid entryId, VersionRequest request, HttpContext http, ShortlistActions actions) =>
                ActAsync(http, id, entryId, (actor, ct) => actions.AcceptAsync(actor, id, entryId, request.Version, ct)))
            .WithSummary("Record that the applicant accepted the offer: Bid Accepted (001 §61.29, §61.49).")
            .Produces<ShortlistEntryResponse>().ProducesEntryProblems();
        entries.MapPost("/refuse", (Guid id, Guid entryId, RefuseRequest request, HttpContext http, ShortlistActions actions) =>
                ActAsync(http, id, entryId, (actor, ct) => actions.RefuseAsync(actor, id, entryId, new RefuseCommand(request.Version, request.Stage, request.Reason, request.Reasonable), ct)))
            .WithSummary("Record a refusal (no response, no show, declined match or formal offer, 001 §62.1); the bid becomes Property Offered to Others.")
            .Produces<ShortlistEntryResponse>().ProducesEntryProblems();
        entries.MapPost("/let", (Guid id, Guid entryId, LetRequest request, HttpContext http, ShortlistActions actions) =>
                ActAsync(http, id, entryId, (actor, ct) => actions.LetAsync(actor, id, entryId, new LetCommand(request.Version, request.TenancyStartDate), ct)))
            .WithSummary("Let the home: Bid Let, application Housed, everyone else Property Offered to Others (001 §61.47); 409 already-let the second time.")
            .Produces<ShortlistEntryResponse>().ProducesEntryProblems();
        return api;
    }

    private static RouteHandlerBuilder ProducesEntryProblems(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status412PreconditionFailed);

    private static async Task<IResult> ActAsync(HttpContext http, Guid shortlistId, Guid entryId, Func<Actor, CancellationToken, Task> action)
    {
        var actor = await http.ActorAsync();
        await action(actor, http.RequestAborted);
        var db = http.RequestServices.GetRequiredService<RegisterDbContext>();
        var entry = await Project(db, db.ShortlistEntries.Where(e => e.Id == entryId && e.ShortlistId == shortlistId)).SingleAsync(http.RequestAborted);
        return Results.Ok(ShortlistEntryResponse.From(entry));
    }

    private static async Task<IResult> GetAsync(Guid id, HttpContext http, RegisterDbContext db, int? limit, int? offset)
    {
        if (limit is < 1 or > 500)
        {
            throw RegisterException.Invalid("limit", "out-of-range", "'limit' must be between 1 and 500 (default 50).");
        }
        if (offset is < 0)
        {
            throw RegisterException.Invalid("offset", "out-of-range", "'offset' must not be negative.");
        }
        var take = limit ?? 50;
        var skip = offset ?? 0;
        var actor = await http.ActorAsync();
        await ShortlistScope.RequireAsync(db, actor, id, act: false, http.RequestAborted);
        var shortlist = await db.Shortlists.AsNoTracking()
            .Where(s => s.AdvertId == id)
            .Select(s => new { s.Id, s.AdvertId, AdvertStatus = s.Advert!.Status, s.BuiltAt, s.Version, Total = s.Entries.Count })
            .SingleOrDefaultAsync(http.RequestAborted)
            ?? throw new RegisterException(RegisterFailure.NotFound, "not-found", "This advert has no shortlist yet: it is built when its cycle closes (001 §61.1).");
        var rows = await Project(db, db.ShortlistEntries
                .Where(e => e.ShortlistId == shortlist.Id && e.Position > skip)
                .OrderBy(e => e.Position).Take(take))
            .ToListAsync(http.RequestAborted);
        return Results.Ok(new ShortlistResponse(shortlist.Id, shortlist.AdvertId, shortlist.AdvertStatus, shortlist.BuiltAt, shortlist.Version, shortlist.Total,
            [.. rows.OrderBy(r => r.Position).Select(ShortlistEntryResponse.From)], skip + take < shortlist.Total ? skip + take : null));
    }

    private static async Task<IResult> ReasonsAsync(HttpContext http, RegisterDbContext db)
    {
        var actor = await http.ActorAsync();
        var partnerships = actor.Partnerships.ToList();
        var schemes = await db.Organisations.AsNoTracking()
            .Where(o => partnerships.Contains(o.Id)).Select(o => o.SchemeId).Distinct()
            .ToListAsync(http.RequestAborted);
        return Results.Ok(schemes.SelectMany(s => BypassCatalogue.For(s)).Distinct().ToList());
    }

    /// <summary>Entries with their reference, bid and latest offer: one query for a page, no query per entry.</summary>
    private static IQueryable<EntryRow> Project(RegisterDbContext db, IQueryable<ShortlistEntry> entries) =>
        entries.AsNoTracking().Select(e => new EntryRow(
            e.Id, e.ShortlistId, e.Version, e.Position, e.BidId, e.ApplicationId,
            db.Applications.Where(a => a.Id == e.ApplicationId).Select(a => a.Reference).First(),
            e.PriorityJson, e.Bypassed, e.BypassReasonCode, e.BypassNote, e.BypassedByUserId, e.BypassedAt,
            e.Bid!.Status, e.Bid.PlacedBy, e.Bid.PlacedAt,
            db.Offers.Where(o => o.BidId == e.BidId).OrderByDescending(o => o.OfferedAt)
                .Select(o => new OfferSummary(o.Id, o.Status, o.OfferedAt, o.RespondBy)).FirstOrDefault()));
}

internal sealed record EntryRow(
    Guid Id, Guid ShortlistId, long Version, int Position, Guid BidId, Guid ApplicationId, string Reference,
    string PriorityJson, bool Bypassed, string? BypassReasonCode, string? BypassNote, string? BypassedByUserId, DateTimeOffset? BypassedAt,
    BidStatus BidStatus, BidPlacedBy PlacedBy, DateTimeOffset PlacedAt, OfferSummary? Offer);

/// <summary>The latest offer made on a bid.</summary>
public sealed record OfferSummary(Guid Id, OfferStatus Status, DateTimeOffset OfferedAt, DateTimeOffset RespondBy);

/// <summary>An advert's shortlist (a page of its entries, by position).</summary>
public sealed record ShortlistResponse(
    Guid Id,
    Guid AdvertId,
    AdvertStatus AdvertStatus,
    DateTimeOffset BuiltAt,
    long Version,
    int Total,
    IReadOnlyList<ShortlistEntryResponse> Entries,
    int? NextOffset);

/// <summary>
/// One position on a shortlist: the bidder's application reference (never a name), band and band start for this home,
/// the scheme's priority key and reasons (<see cref="Priority"/>), any bypass, the bid's status (001 §61.49) and the
/// latest offer. <see cref="Version"/> is required by every action on the entry.
/// </summary>
public sealed record ShortlistEntryResponse(
    Guid Id,
    Guid ShortlistId,
    long Version,
    int Position,
    Guid BidId,
    Guid ApplicationId,
    string ApplicationReference,
    string? Band,
    DateTime? BandStart,
    JsonElement Priority,
    bool Bypassed,
    string? BypassReasonCode,
    string? BypassNote,
    string? BypassedByUserId,
    DateTimeOffset? BypassedAt,
    BidStatus BidStatus,
    BidPlacedBy PlacedBy,
    DateTimeOffset PlacedAt,
    OfferSummary? Offer)
{
    internal static ShortlistEntryResponse From(EntryRow row)
    {
        using var document = JsonDocument.Parse(row.PriorityJson);
        var priority = document.RootElement.Clone();
        DateTime? bandStart = priority.ValueKind == JsonValueKind.Object && priority.TryGetProperty("bandStart", out var start)
            && start.ValueKind == JsonValueKind.String && start.TryGetDateTime(out var parsed) ? parsed : null;
        return new(row.Id, row.ShortlistId, row.Version, row.Position, row.BidId, row.ApplicationId, row.Reference,
            ShortlistPriority.Band(row.PriorityJson), bandStart, priority, row.Bypassed, row.BypassReasonCode, row.BypassNote,
            row.BypassedByUserId, row.BypassedAt, row.BidStatus, row.PlacedBy, row.PlacedAt, row.Offer);
    }
}

/// <summary>A bypass: a reason code from the scheme's catalogue (see <c>GET /shortlists/bypass-reasons</c>) and a note.</summary>
public sealed record BypassRequest(long? Version = null, string? ReasonCode = null, string? Note = null);

/// <summary>A formal offer and when the applicant must answer by.</summary>
public sealed record OfferRequest(long? Version = null, DateTimeOffset? RespondBy = null);

/// <summary>A refusal: how (001 §62.1), why, and whether the managing authority found it reasonable (001 §62.3), if decided.</summary>
public sealed record RefuseRequest(long? Version = null, RefusalStage? Stage = null, string? Reason = null, bool? Reasonable = null);

/// <summary>A letting and its tenancy start date.</summary>
public sealed record LetRequest(long? Version = null, DateOnly? TenancyStartDate = null);
