using Microsoft.EntityFrameworkCore;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Infrastructure.Register;
using OpenLettings.Infrastructure.Register.Cycles;
using OpenLettings.Web.Api;

namespace OpenLettings.Web.Features.Cycles;

/// <summary>The cycles endpoints under /api/v1 and their background jobs.</summary>
public static class CyclesEndpoints
{
    private const string Tag = "Letting cycles";

    public static IServiceCollection AddCyclesFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new CycleJobOptions
        {
            Node = configuration["Jobs:Node"] is { Length: > 0 } node ? node : Environment.MachineName,
            Lease = TimeSpan.FromSeconds(configuration.GetValue("Jobs:CycleLeaseSeconds", 300)),
            AdvertBatchSize = configuration.GetValue("Jobs:AdvertBatchSize", 200),
            ApplicationBatchSize = configuration.GetValue("Jobs:ApplicationBatchSize", 500),
        });
        services.AddSingleton<ICycleJobObserver, NoCycleJobObserver>();
        services.AddScoped<JobLeaseStore>();
        services.AddScoped<CycleJobs>();
        if (configuration.GetValue("Jobs:Enabled", true))
        {
            services.AddHostedService<CycleJobsWorker>();
        }
        return services;
    }

    public static RouteGroupBuilder MapCycles(this RouteGroupBuilder api)
    {
        api.MapGet("/cycles", ListAsync)
            .WithTags(Tag).WithSummary("Your partnership's letting cycles, latest first (paged with limit and offset).")
            .Produces<CycleListResponse>().ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/cycles/current", CurrentAsync)
            .WithTags(Tag).WithSummary("The cycle open now, or the next to open (001 §52).")
            .Produces<CycleResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/cycles/{id:guid}", GetAsync)
            .WithTags(Tag).WithSummary("A cycle: state, times, deadlines, and its advert and bid counts.")
            .Produces<CycleResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/cycles/{id:guid}/open", (Guid id, HttpContext http, RegisterDbContext db, CycleJobs jobs, TimeProvider time) =>
                RunJobAsync(id, open: true, http, db, jobs, time))
            .WithTags(Tag).WithSummary("Managers: open the cycle now (publish verified adverts, place autobids, 001 §52.8, §60); 409 cycle-not-due before its opening time.")
            .Produces<CycleJobResponse>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/cycles/{id:guid}/close", (Guid id, HttpContext http, RegisterDbContext db, CycleJobs jobs, TimeProvider time) =>
                RunJobAsync(id, open: false, http, db, jobs, time))
            .WithTags(Tag).WithSummary("Managers: close the cycle now and build its shortlists (001 §61.1); 409 cycle-not-due before its closing time.")
            .Produces<CycleJobResponse>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPartnershipSettings();
        return api;
    }

    private static async Task<IResult> ListAsync(HttpContext http, RegisterDbContext db, int? limit, int? offset)
    {
        var page = Paging.Read(limit, offset);
        var partnerships = await VisiblePartnershipsAsync(http, db);
        var rows = await db.LettingCycles.AsNoTracking()
            .Where(c => partnerships.Contains(c.PartnershipId))
            .OrderByDescending(c => c.OpensAt).ThenBy(c => c.Id)
            .Skip(page.Offset).Take(page.Limit + 1)
            .ToListAsync(http.RequestAborted);
        var items = rows.Take(page.Limit).Select(c => CycleResponse.From(c, null)).ToList();
        return Results.Ok(new CycleListResponse(items, rows.Count > page.Limit ? page.Offset + page.Limit : null));
    }

    private static async Task<IResult> CurrentAsync(HttpContext http, RegisterDbContext db, TimeProvider time)
    {
        var partnerships = await VisiblePartnershipsAsync(http, db);
        var now = time.GetUtcNow();
        var cycle = await db.LettingCycles.AsNoTracking()
            .Where(c => partnerships.Contains(c.PartnershipId) && c.ClosesAt >= now)
            .OrderBy(c => c.OpensAt)
            .FirstOrDefaultAsync(http.RequestAborted)
            ?? throw new RegisterException(RegisterFailure.NotFound, "not-found", "No letting cycle is open or scheduled for your partnership.");
        return Results.Ok(CycleResponse.From(cycle, await CountsAsync(db, cycle.Id, http.RequestAborted)));
    }

    private static async Task<IResult> GetAsync(Guid id, HttpContext http, RegisterDbContext db)
    {
        var cycle = await VisibleCycleAsync(id, http, db);
        return Results.Ok(CycleResponse.From(cycle, await CountsAsync(db, cycle.Id, http.RequestAborted)));
    }

    private static async Task<IResult> RunJobAsync(Guid id, bool open, HttpContext http, RegisterDbContext db, CycleJobs jobs, TimeProvider time)
    {
        var cycle = await VisibleCycleAsync(id, http, db);
        var actor = await http.ActorAsync();
        if (!actor.ManagedPartnerships.Contains(cycle.PartnershipId))
        {
            throw RegisterException.Forbidden("forbidden", "Only the partnership's managers run cycle jobs by hand.");
        }
        var now = time.GetUtcNow();
        var result = open ? await jobs.OpenAsync(id, now, http.RequestAborted) : await jobs.CloseAsync(id, now, http.RequestAborted);
        switch (result.Outcome)
        {
            case CycleJobOutcome.NotDue:
                throw RegisterException.Conflict("cycle-not-due", open
                    ? $"The cycle opens at {cycle.OpensAt:u}; it cannot be opened before then (001 §52)."
                    : $"The cycle takes bids until {cycle.ClosesAt:u}; it cannot be closed before then (001 §52).");
            case CycleJobOutcome.WrongState:
                throw RegisterException.Conflict("cycle-wrong-state", open
                    ? $"The cycle is {cycle.State}; only a scheduled cycle can be opened."
                    : $"The cycle is {cycle.State}; only an open (or part-closed) cycle can be closed.");
            case CycleJobOutcome.Busy:
                throw RegisterException.Conflict("cycle-job-running", "Another node is running this cycle's job now; read the cycle again shortly.");
            case CycleJobOutcome.NotFound:
                throw RegisterException.NotFound("cycle", id);
            case CycleJobOutcome.Done:
            default:
                break;
        }
        var after = await db.LettingCycles.AsNoTracking().SingleAsync(c => c.Id == id, http.RequestAborted);
        return Results.Ok(new CycleJobResponse(result.Outcome.ToString(), result.Adverts, result.Bids,
            CycleResponse.From(after, await CountsAsync(db, id, http.RequestAborted))));
    }

    private static async Task<LettingCycle> VisibleCycleAsync(Guid id, HttpContext http, RegisterDbContext db)
    {
        var partnerships = await VisiblePartnershipsAsync(http, db);
        return await db.LettingCycles.AsNoTracking()
            .SingleOrDefaultAsync(c => c.Id == id && partnerships.Contains(c.PartnershipId), http.RequestAborted)
            ?? throw RegisterException.NotFound("cycle", id);
    }

    /// <summary>The partnerships whose cycles the caller may see: those they belong to, and an applicant's application's partnership.</summary>
    internal static async Task<List<Guid>> VisiblePartnershipsAsync(HttpContext http, RegisterDbContext db)
    {
        var actor = await http.ActorAsync();
        var partnerships = actor.Partnerships.ToList();
        partnerships.AddRange(await db.Applications.AsNoTracking()
            .Where(a => a.ApplicantUserId == actor.UserId)
            .Select(a => a.PartnershipId).Distinct()
            .ToListAsync(http.RequestAborted));
        return [.. partnerships.Distinct()];
    }

    private static async Task<CycleCounts> CountsAsync(RegisterDbContext db, Guid cycleId, CancellationToken cancellationToken)
    {
        var byStatus = await db.Adverts.AsNoTracking()
            .Where(a => a.CycleId == cycleId)
            .GroupBy(a => a.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var bids = await db.Bids.AsNoTracking().CountAsync(b => b.CycleId == cycleId, cancellationToken);
        var shortlists = await db.Shortlists.AsNoTracking().CountAsync(s => s.Advert!.CycleId == cycleId, cancellationToken);
        return new CycleCounts(
            byStatus.Sum(s => s.Count),
            byStatus.OrderBy(s => s.Status).ToDictionary(s => ApiNames.Camel(s.Status.ToString()), s => s.Count),
            bids,
            shortlists);
    }
}

/// <summary>A letting cycle (001 §52). Instants are UTC; the timetable is in UK local time.</summary>
public sealed record CycleResponse(
    Guid Id,
    Guid PartnershipId,
    LettingCycleState State,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    DateTimeOffset LandlordDeadlineAt,
    DateTimeOffset VerificationDeadlineAt,
    DateTime OpensAtLocal,
    DateTime ClosesAtLocal,
    DateTimeOffset? OpenedAt,
    DateTimeOffset? ClosedAt,
    long Version,
    CycleCounts? Counts)
{
    public static CycleResponse From(LettingCycle c, CycleCounts? counts) => new(
        c.Id, c.PartnershipId, c.State, c.OpensAt, c.ClosesAt, c.LandlordDeadlineAt, c.VerificationDeadlineAt,
        UkTime.Local(c.OpensAt), UkTime.Local(c.ClosesAt), c.OpenedAt, c.ClosedAt, c.Version, counts);
}

/// <summary>How many adverts (in total and by status), bids and shortlists a cycle has.</summary>
public sealed record CycleCounts(int Adverts, IReadOnlyDictionary<string, int> AdvertsByStatus, int Bids, int Shortlists);

/// <summary>A page of cycles; <see cref="NextOffset"/> is null on the last page.</summary>
public sealed record CycleListResponse(IReadOnlyList<CycleResponse> Items, int? NextOffset);

/// <summary>What a hand-run cycle job did, and the cycle after it.</summary>
public sealed record CycleJobResponse(string Outcome, int Adverts, int Bids, CycleResponse Cycle);

/// <summary>Reads <c>limit</c> (default 50, at most 500) and <c>offset</c>.</summary>
internal readonly record struct Paging(int Limit, int Offset)
{
    public static Paging Read(int? limit, int? offset)
    {
        if (limit is < 1 or > 500)
        {
            throw RegisterException.Invalid("limit", "out-of-range", "'limit' must be between 1 and 500 (default 50).");
        }
        if (offset is < 0)
        {
            throw RegisterException.Invalid("offset", "out-of-range", "'offset' must not be negative.");
        }
        return new Paging(limit ?? 50, offset ?? 0);
    }
}

/// <summary>Enum names as the API writes them.</summary>
internal static class ApiNames
{
    public static string Camel(string name) => string.IsNullOrEmpty(name) ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
