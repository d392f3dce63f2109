using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpenLettings.Infrastructure.Json;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Infrastructure.Register.Access;
using OpenLettings.Infrastructure.Register.Schemes;

namespace OpenLettings.Infrastructure.Register.Homes;

/// <summary>
/// Adverts of homes in weekly letting cycles (001 §52): the landlord enters the advert before the landlord
/// deadline (Monday 17:00, 001 §52.5); an officer of the home's local authority verifies it before the
/// verification deadline (Tuesday 14:00, 001 §52.8), when it becomes "Bidding not started"; the cycle job opens it
/// for bids ("Bidding current") when the cycle opens. The landlord may withdraw it (001 §52.6, §53).
/// </summary>
public sealed class AdvertRegister(RegisterWork work)
{
    private RegisterDbContext Db => work.Db;

    public async Task<Advert> CreateAsync(Actor actor, Guid? propertyId, Guid? cycleId, JsonElement? criteria, CancellationToken cancellationToken = default)
    {
        if (propertyId is not { } homeId)
        {
            throw RegisterException.Invalid("propertyId", "required", "Name the home to advertise (propertyId).");
        }
        if (cycleId is not { } lettingCycleId)
        {
            throw RegisterException.Invalid("cycleId", "required", "Name the letting cycle to advertise in (cycleId).");
        }
        var criteriaJson = CriteriaJson(criteria);
        return await work.RunAsync(async ct =>
        {
            var property = await Db.Properties.AsNoTracking().Include(p => p.Landlord).Include(p => p.LocalAuthority)
                .SingleOrDefaultAsync(p => p.Id == homeId, ct);
            if (property is null || !HomesAccess.InPartnership(actor, HomesAccess.PartnershipOf(property.Landlord!)))
            {
                throw RegisterException.NotFound("home", homeId);
            }
            var partnershipId = HomesAccess.PartnershipOf(property.Landlord!);
            if (!HomesAccess.ActsForLandlord(actor, property.LandlordId, partnershipId))
            {
                throw RegisterException.Forbidden("forbidden", "Only the landlord's lettings officers may advertise its homes (001 §52.3).");
            }
            var cycle = await Db.LettingCycles.AsNoTracking().SingleOrDefaultAsync(c => c.Id == lettingCycleId && c.PartnershipId == partnershipId, ct)
                ?? throw RegisterException.NotFound("letting cycle", lettingCycleId);
            var now = work.Time.GetUtcNow();
            if (cycle.State != LettingCycleState.Scheduled || now >= cycle.LandlordDeadlineAt)
            {
                throw RegisterException.Conflict("landlord-deadline-passed",
                    $"Adverts for this cycle had to be entered by {UkTime.Local(cycle.LandlordDeadlineAt):dddd d MMMM yyyy HH:mm} (001 §52.5); advertise the home in a later cycle.",
                    field: "cycleId");
            }
            var (scheme, _) = await HomesAccess.SchemeOfAsync(Db, partnershipId, ct);
            try
            {
                var errors = scheme.ValidateAdvertCriteria(criteriaJson);
                if (!errors.IsEmpty)
                {
                    throw RegisterException.Invalid(errors);
                }
            }
            catch (ContractException ex)
            {
                // The criteria set something the register supplies (id, property, bidding window).
                throw RegisterException.Invalid("$.criteria" + ex.Field.TrimStart('$'), ex.Rule, ex.Message);
            }
            if (await Db.Adverts.AnyAsync(a => a.PropertyId == homeId && a.CycleId == lettingCycleId && a.Status != AdvertStatus.Withdrawn, ct))
            {
                throw RegisterException.Conflict("already-advertised", "The home already has an advert in this cycle; withdraw it first to advertise it again (001 §52.6).", field: "propertyId");
            }
            var advert = new Advert
            {
                PropertyId = homeId,
                CycleId = lettingCycleId,
                Status = AdvertStatus.AwaitingVerification,
                CriteriaJson = criteriaJson,
            };
            Db.Adverts.Add(advert);
            await work.AuditAsync(actor, property.LandlordId, "advert", advert.Id.ToString(), "created", null, Snapshot(advert),
                "The landlord entered the advert before the landlord deadline (001 §52.5); it waits for the local authority's check (001 §52.8).", ct);
            work.Publish("advert.created", "advert", advert.Id.ToString(), property.LandlordId, partnershipId, Payload(advert, property, cycle));
            return advert;
        }, cancellationToken);
    }

    /// <summary>The home's local authority confirms the advert (001 §52.8): "Bidding not started" until the cycle opens.</summary>
    public async Task<Advert> VerifyAsync(Actor actor, Guid id, long? version, CancellationToken cancellationToken = default) =>
        await work.RunAsync(async ct =>
        {
            var (advert, property, cycle, partnershipId) = await LoadForChangeAsync(actor, id, ct);
            if (!HomesAccess.Holds(actor, MembershipRole.LocalAuthorityOfficer, property.LocalAuthorityId) && !HomesAccess.Manages(actor, partnershipId))
            {
                throw RegisterException.Forbidden("forbidden", "Only an officer of the local authority where the home is may verify its advert (001 §52.8).");
            }
            RegisterWork.RequireVersion("advert", version, advert.Version);
            if (advert.Status != AdvertStatus.AwaitingVerification)
            {
                throw RegisterException.Conflict("advert-not-awaiting-verification", $"The advert is {advert.Status}, not awaiting verification.");
            }
            var now = work.Time.GetUtcNow();
            if (now >= cycle.VerificationDeadlineAt)
            {
                throw RegisterException.Conflict("verification-deadline-passed",
                    $"Adverts for this cycle had to be verified by {UkTime.Local(cycle.VerificationDeadlineAt):dddd d MMMM yyyy HH:mm} (001 §52.8).");
            }
            var before = Snapshot(advert);
            advert.Status = AdvertStatus.BiddingNotStarted;
            advert.VerifiedByUserId = actor.UserId;
            advert.VerifiedAt = now;
            await work.AuditAsync(actor, actor.ActingFor(property.LocalAuthorityId), "advert", advert.Id.ToString(), "verified", before, Snapshot(advert),
                "The local authority checked the advert's local conditions and confirmed the bidding dates (001 §52.8).", ct);
            work.Publish("advert.verified", "advert", advert.Id.ToString(), property.LandlordId, partnershipId, Payload(advert, property, cycle));
            return advert;
        }, cancellationToken);

    /// <summary>The landlord withdraws the advert (001 §52.6, §53); bids on it stay as they are for the landlord to contact (001 §53.1-53.2).</summary>
    public async Task<Advert> WithdrawAsync(Actor actor, Guid id, long? version, string? reason, CancellationToken cancellationToken = default) =>
        await work.RunAsync(async ct =>
        {
            var (advert, property, cycle, partnershipId) = await LoadForChangeAsync(actor, id, ct);
            if (!HomesAccess.ActsForLandlord(actor, property.LandlordId, partnershipId))
            {
                throw RegisterException.Forbidden("forbidden", "Only the landlord's lettings officers may withdraw its adverts (001 §53).");
            }
            RegisterWork.RequireVersion("advert", version, advert.Version);
            if (advert.Status is AdvertStatus.Let or AdvertStatus.Withdrawn)
            {
                throw RegisterException.Conflict("advert-not-withdrawable", $"The advert is {advert.Status} and cannot be withdrawn.");
            }
            var before = Snapshot(advert);
            advert.Status = AdvertStatus.Withdrawn;
            await work.AuditAsync(actor, property.LandlordId, "advert", advert.Id.ToString(), "withdrawn", before, Snapshot(advert),
                string.IsNullOrWhiteSpace(reason) ? "The landlord withdrew the advert (001 §52.6, §53)." : $"The landlord withdrew the advert (001 §52.6, §53): {reason.Trim()}", ct);
            work.Publish("advert.withdrawn", "advert", advert.Id.ToString(), property.LandlordId, partnershipId, Payload(advert, property, cycle));
            return advert;
        }, cancellationToken);

    /// <summary>An advert the actor may see, with its home and cycle.</summary>
    public async Task<Advert> GetAsync(Actor actor, Guid id, CancellationToken cancellationToken = default)
    {
        var advert = await Db.Adverts.AsNoTracking()
            .Include(a => a.Property).ThenInclude(p => p!.Landlord)
            .Include(a => a.Property).ThenInclude(p => p!.LocalAuthority)
            .Include(a => a.Cycle)
            .SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (advert is null || !CanSee(actor, advert))
        {
            throw RegisterException.NotFound("advert", id);
        }
        return advert;
    }

    /// <summary>Adverts the actor may see: open adverts for everyone, every advert for the landlord, the home's authority and managers.</summary>
    public async Task<List<Advert>> ListAsync(Actor actor, Guid? cycleId, AdvertStatus? status, int limit, int offset, CancellationToken cancellationToken = default)
    {
        var staffOf = actor.Memberships.Where(m => m.Role != MembershipRole.Applicant).Select(m => m.OrganisationId).Distinct().ToList();
        var managed = actor.ManagedPartnerships.ToList();
        var query = Db.Adverts.AsNoTracking()
            .Include(a => a.Property).ThenInclude(p => p!.Landlord)
            .Include(a => a.Property).ThenInclude(p => p!.LocalAuthority)
            .Include(a => a.Cycle)
            .Where(a => a.Status == AdvertStatus.BiddingCurrent
                || staffOf.Contains(a.Property!.LandlordId)
                || staffOf.Contains(a.Property!.LocalAuthorityId)
                || managed.Contains(a.Cycle!.PartnershipId));
        if (cycleId is { } cycle)
        {
            query = query.Where(a => a.CycleId == cycle);
        }
        if (status is { } wanted)
        {
            query = query.Where(a => a.Status == wanted);
        }
        return await query.OrderBy(a => a.Id).Skip(offset).Take(limit).ToListAsync(cancellationToken);
    }

    /// <summary>Everyone signed in sees adverts open for bids; the landlord, the home's authority and managers see all of them.</summary>
    public static bool CanSee(Actor actor, Advert advert) =>
        advert.Status == AdvertStatus.BiddingCurrent || HomesAccess.SeesAllOf(actor, advert.Property!, advert.Cycle!.PartnershipId);

    /// <summary>The scheme's advert contract: the stored criteria plus the id, the home and the bidding window (UK local times).</summary>
    public static string Compose(Advert advert) =>
        RegisterSchemes.ComposeAdvert(advert.CriteriaJson, advert.Id, advert.Property!.DetailsJson,
            UkTime.Local(advert.Cycle!.OpensAt), UkTime.Local(advert.Cycle.ClosesAt));

    private async Task<(Advert Advert, PropertyRecord Property, LettingCycle Cycle, Guid PartnershipId)> LoadForChangeAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var advert = await Db.Adverts.SingleOrDefaultAsync(a => a.Id == id, ct) ?? throw RegisterException.NotFound("advert", id);
        var property = await Db.Properties.AsNoTracking().SingleAsync(p => p.Id == advert.PropertyId, ct);
        var cycle = await Db.LettingCycles.AsNoTracking().SingleAsync(c => c.Id == advert.CycleId, ct);
        var visible = advert.Status == AdvertStatus.BiddingCurrent || HomesAccess.SeesAllOf(actor, property, cycle.PartnershipId);
        if (!visible)
        {
            throw RegisterException.NotFound("advert", id);
        }
        return (advert, property, cycle, cycle.PartnershipId);
    }

    private static string CriteriaJson(JsonElement? criteria)
    {
        if (criteria is not { ValueKind: JsonValueKind.Object } element)
        {
            throw RegisterException.Invalid("$.criteria", "required", "The advert's criteria are required, as an object ({} for none).");
        }
        return JsonNode.Parse(element.GetRawText())!.ToJsonString();
    }

    private static object Snapshot(Advert a) => new
    {
        a.Id,
        a.PropertyId,
        a.CycleId,
        a.Status,
        criteria = JsonDocument.Parse(a.CriteriaJson).RootElement,
        a.VerifiedByUserId,
        a.VerifiedAt,
    };

    private static object Payload(Advert advert, PropertyRecord property, LettingCycle cycle) => new
    {
        advertId = advert.Id,
        propertyId = property.Id,
        propertyReference = property.Reference,
        cycleId = cycle.Id,
        status = advert.Status,
        bedrooms = property.Bedrooms,
        type = property.Type,
    };
}
