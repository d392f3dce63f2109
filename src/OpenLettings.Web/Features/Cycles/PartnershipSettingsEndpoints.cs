using Microsoft.EntityFrameworkCore;
using OpenLettings.Infrastructure.Json;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Infrastructure.Register;
using OpenLettings.Infrastructure.Register.Cycles;
using OpenLettings.Infrastructure.Register.Schemes;
using OpenLettings.Web.Api;

namespace OpenLettings.Web.Features.Cycles;

/// <summary>
/// <c>GET</c> and <c>PUT /partnership/settings</c>: the partnership's cycle timetable (001 §52) and its scheme option
/// changes with effective dates. Managers of the partnership only. A changed timetable applies to cycles scheduled after
/// the change; cycles already scheduled keep their times.
/// </summary>
public static class PartnershipSettingsEndpoints
{
    private const string Tag = "Partnership";

    public static RouteGroupBuilder MapPartnershipSettings(this RouteGroupBuilder api)
    {
        api.MapGet("/partnership/settings", GetAsync)
            .WithTags(Tag).WithSummary("Managers: the partnership's cycle timetable and scheme option changes, with their version.")
            .Produces<PartnershipSettingsResponse>().ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapPut("/partnership/settings", PutAsync)
            .WithTags(Tag).WithSummary("Managers: replace the cycle timetable and option changes (version required; bad option names are 400 naming the JSON path).")
            .Produces<PartnershipSettingsResponse>().ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        return api;
    }

    private static async Task<IResult> GetAsync(HttpContext http, RegisterDbContext db, Guid? partnershipId)
    {
        var partnership = await ManagedPartnershipAsync(http, db, partnershipId, track: false);
        return Results.Ok(PartnershipSettingsResponse.From(partnership));
    }

    private static async Task<IResult> PutAsync(HttpContext http, RegisterDbContext db, RegisterWork work, Guid? partnershipId, PartnershipSettingsRequest request)
    {
        var actor = await http.ActorAsync();
        var response = await work.RunAsync(async ct =>
        {
            var partnership = await ManagedPartnershipAsync(http, db, partnershipId, track: true);
            var settings = Validate(partnership, request, UkTime.Today(work.Time));
            RegisterWork.RequireVersion("partnership settings", request.Version, partnership.Version);
            var before = partnership.SettingsJson;
            partnership.SettingsJson = ContractJson.Write(settings);
            await work.AuditAsync(actor, partnership.Id, "Organisation", partnership.Id.ToString(), "partnership.settings-changed",
                before is null ? null : PartnershipSettings.Read(before), settings,
                "Partnership settings changed by a manager: cycle timetable (001 §52) and scheme options.", ct);
            await db.SaveChangesAsync(ct);
            return PartnershipSettingsResponse.From(partnership);
        }, http.RequestAborted);
        return Results.Ok(response);
    }

    private static PartnershipSettings Validate(Organisation partnership, PartnershipSettingsRequest request, DateOnly today)
    {
        if (request.Cycle is null)
        {
            throw RegisterException.Invalid("$.cycle", "required", "Send the cycle timetable (001 §52); GET it first to change only part of it.");
        }
        var errors = CycleSchedule.Validate(request.Cycle);
        if (!errors.IsEmpty)
        {
            throw RegisterException.Invalid(errors);
        }
        var settings = new PartnershipSettings { Cycle = request.Cycle, Options = request.Options };
        if (request.Options is { } options)
        {
            if (options.Scheme != partnership.SchemeId)
            {
                throw RegisterException.Invalid("$.options.scheme", "wrong-scheme",
                    $"The partnership runs '{partnership.SchemeId}'; option changes must be for that scheme.");
            }
            var scheme = RegisterSchemes.Find(partnership.SchemeId)
                ?? throw RegisterException.Invalid("$.options.scheme", "unknown-scheme", $"'{partnership.SchemeId}' is not a scheme this register runs.");
            try
            {
                // Building the option schedule reads every version over the scheme's defaults: unknown names and bad values fail here.
                _ = scheme.BidsPerCycle(today, settings);
            }
            catch (ContractException ex)
            {
                throw RegisterException.Invalid("$.options" + ex.Field.TrimStart('$'), ex.Rule, ex.Message);
            }
        }
        return settings;
    }

    private static async Task<Organisation> ManagedPartnershipAsync(HttpContext http, RegisterDbContext db, Guid? partnershipId, bool track)
    {
        var actor = await http.ActorAsync();
        var managed = actor.ManagedPartnerships;
        if (managed.IsEmpty || (partnershipId is { } wanted && !managed.Contains(wanted)))
        {
            throw RegisterException.Forbidden("forbidden", "Only the partnership's managers read or change its settings.");
        }
        if (partnershipId is null && managed.Length > 1)
        {
            throw RegisterException.Invalid("partnershipId", "required", "You manage several partnerships; say which with ?partnershipId=.");
        }
        var id = partnershipId ?? managed[0];
        var query = track ? db.Organisations : db.Organisations.AsNoTracking();
        return await query.SingleOrDefaultAsync(o => o.Id == id && o.Kind == OrganisationKind.Partnership, http.RequestAborted)
            ?? throw RegisterException.NotFound("partnership", id);
    }
}

/// <summary>New partnership settings: the whole timetable and the whole list of option changes, with the version read.</summary>
public sealed record PartnershipSettingsRequest(long? Version = null, CycleTimetable? Cycle = null, PartnershipConfiguration? Options = null);

/// <summary>A partnership's settings and their version.</summary>
public sealed record PartnershipSettingsResponse(Guid PartnershipId, string? SchemeId, long Version, CycleTimetable Cycle, PartnershipConfiguration? Options)
{
    public static PartnershipSettingsResponse From(Organisation partnership)
    {
        var settings = PartnershipSettings.Read(partnership.SettingsJson);
        return new(partnership.Id, partnership.SchemeId, partnership.Version, settings.Cycle, settings.Options);
    }
}
