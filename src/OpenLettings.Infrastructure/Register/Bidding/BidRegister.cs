using Microsoft.EntityFrameworkCore;
using OpenLettings.Infrastructure.Json;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Infrastructure.Register.Access;
using OpenLettings.Infrastructure.Register.Applications;
using OpenLettings.Infrastructure.Register.Homes;
using OpenLettings.Infrastructure.Register.Schemes;

namespace OpenLettings.Infrastructure.Register.Bidding;

/// <summary>A bid placed, with the scheme's answer (it may carry "will be bypassed" warnings).</summary>
public sealed record PlacedBid(Bid Bid, BidCheck Check);

/// <summary>
/// Bids (001 §59): placed by the applicant or by a local authority officer on their behalf (001 §59.2), checked
/// by the scheme, and limited per cycle (Devon: 3, 001 §59.1) even under concurrent requests: every check and the
/// insert run in one transaction that first takes the application's write lock, so one applicant's bids are
/// placed one at a time.
/// </summary>
/// <remarks>
/// A withdrawn bid frees its place in the weekly limit: 001 §59.1 lets an applicant "bid for up to 3 homes each
/// week", and a withdrawn bid (001 §61.49: "The applicant has withdrawn their bid for a property") is no longer a
/// bid for that home. Withdrawing does not allow a second bid for the same advert (one bid per application and advert).
/// </remarks>
public sealed class BidRegister(RegisterWork work)
{
    private RegisterDbContext Db => work.Db;

    public async Task<PlacedBid> PlaceAsync(Actor actor, Guid? applicationId, Guid? advertId, CancellationToken cancellationToken = default)
    {
        if (applicationId is not { } appId)
        {
            throw RegisterException.Invalid("applicationId", "required", "Name the application to bid for (applicationId).");
        }
        if (advertId is not { } advId)
        {
            throw RegisterException.Invalid("advertId", "required", "Name the advert to bid on (advertId).");
        }
        try
        {
            return await work.RunAsync(ct => PlaceOnceAsync(actor, appId, advId, ct), cancellationToken);
        }
        catch (Exception ex) when (DatabaseConflicts.IsUniqueViolation(ex))
        {
            throw AlreadyBid();
        }
    }

    private async Task<PlacedBid> PlaceOnceAsync(Actor actor, Guid applicationId, Guid advertId, CancellationToken ct)
    {
        // First: one applicant's bids are checked and placed one at a time (the limit of 001 §59.1, 001 §61.25).
        await Db.LockApplicationAsync(applicationId, ct);
        var application = await Db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId, ct);
        var placedBy = application is null ? (BidChannelKind?)null : PlacerOf(actor, application);
        if (application is null || placedBy is null)
        {
            if (application is not null && await SeesApplicationAsync(actor, application, ct))
            {
                throw RegisterException.Forbidden("forbidden", "Only the applicant, or an officer of the authority managing the application, may bid for it (001 §59.2).");
            }
            throw RegisterException.NotFound("application", applicationId);
        }
        var advert = await Db.Adverts.AsNoTracking().Include(a => a.Property).Include(a => a.Cycle)
            .SingleOrDefaultAsync(a => a.Id == advertId, ct);
        if (advert is null || !AdvertRegister.CanSee(actor, advert) && placedBy == BidChannelKind.Applicant)
        {
            throw RegisterException.NotFound("advert", advertId);
        }
        var cycle = advert.Cycle!;
        if (cycle.PartnershipId != application.PartnershipId)
        {
            throw RegisterException.Conflict("advert-in-another-partnership", "The advert is in another partnership's scheme than the application.", field: "advertId");
        }
        var now = work.Time.GetUtcNow();
        if (advert.Status != AdvertStatus.BiddingCurrent || now < cycle.OpensAt || now > cycle.ClosesAt)
        {
            throw RegisterException.Conflict("bidding-not-open",
                $"The advert is not open for bids (it is {advert.Status}; bidding runs from {UkTime.Local(cycle.OpensAt):ddd d MMM HH:mm} to {UkTime.Local(cycle.ClosesAt):ddd d MMM HH:mm}, 001 §52.1).",
                field: "advertId");
        }
        if (application.Status != ApplicationStatus.Active)
        {
            throw RegisterException.Conflict("application-not-active",
                $"The application is {application.Status}; only active applications may bid (001 §49.3, §60.4).", field: "applicationId");
        }
        if (application.BiddingSuspended)
        {
            throw RegisterException.Conflict("bidding-suspended", "Bidding is suspended on the application (001 §11.3).", field: "applicationId");
        }

        var related = await Db.Bids.AsNoTracking()
            .Where(b => b.ApplicationId == applicationId
                && (b.CycleId == cycle.Id || b.AdvertId == advertId || b.Status == BidStatus.BidShortlisted || b.Status == BidStatus.BidAccepted))
            .Select(b => new { b.AdvertId, b.CycleId, b.Status, b.PlacedBy })
            .ToListAsync(ct);
        if (related.Any(b => b.Status == BidStatus.BidShortlisted && b.AdvertId != advertId))
        {
            throw RegisterException.Conflict("bid-shortlisted-elsewhere",
                "The applicant is being considered for another home (Bid shortlisted) and cannot bid for further homes until that is settled (001 §61.25).");
        }
        if (related.Any(b => b.AdvertId == advertId))
        {
            throw AlreadyBid();
        }

        var (scheme, settings) = await HomesAccess.SchemeOfAsync(Db, application.PartnershipId, ct);
        var placedAtLocal = UkTime.Local(now);
        var limit = scheme.BidsPerCycle(DateOnly.FromDateTime(placedAtLocal), settings);
        var autobidsCount = scheme.AutobidsCountTowardsLimit(DateOnly.FromDateTime(placedAtLocal), settings);
        var reviews = scheme.Reviews(DateOnly.FromDateTime(placedAtLocal), settings);
        if (!reviews.SuspendBidding.IsEmpty
            && !await Db.Applications.Where(a => a.Id == applicationId).WithoutPendingReviewOf(Db, reviews.SuspendBidding).AnyAsync(ct))
        {
            throw RegisterException.Conflict("review-pending",
                $"A review of the household's {string.Join(" or ", reviews.SuspendBidding)} decision is pending: the household may not bid until it is decided ({reviews.Citation}).",
                field: "applicationId");
        }
        var counted = related.Count(b => b.CycleId == cycle.Id && b.Status != BidStatus.Withdrawn
            && (autobidsCount || b.PlacedBy != BidPlacedBy.Autobid));
        if (counted >= limit)
        {
            throw RegisterException.Conflict("bid-limit-reached",
                $"The application already has {counted} bids in this cycle; the limit is {limit} a week (001 §59.1). Withdraw a bid to bid for another home.");
        }

        var check = scheme.CheckBid(new BidRequestFacts(
            new RegisterApplicationFacts(application.Id, application.Reference, application.FactsJson,
                ShortlistedElsewhere: false,
                AcceptedElsewhere: related.Any(b => b.Status == BidStatus.BidAccepted)),
            new RegisterAdvertFacts(advert.Id, advert.Property!.DetailsJson, advert.CriteriaJson, UkTime.Local(cycle.OpensAt), UkTime.Local(cycle.ClosesAt)),
            placedBy.Value,
            placedAtLocal,
            counted), settings);
        if (!check.Allowed)
        {
            throw RegisterException.Conflict("bid-not-allowed",
                "The scheme does not allow this household to bid for this home: " + string.Join(" ", check.Reasons.Select(r => $"{r.Text} ({r.Citation})")),
                check.Reasons);
        }

        var bid = new Bid
        {
            ApplicationId = application.Id,
            AdvertId = advert.Id,
            CycleId = cycle.Id,
            PlacedBy = placedBy.Value switch
            {
                BidChannelKind.Applicant => BidPlacedBy.Applicant,
                BidChannelKind.Officer => BidPlacedBy.Officer,
                BidChannelKind.Autobid => BidPlacedBy.Autobid,
            },
            PlacedByUserId = actor.UserId,
            PlacedAt = now,
            Status = BidStatus.Open,
            StatusChangedAt = now,
            EligibilityJson = ContractJson.Write(check),
        };
        Db.Bids.Add(bid);
        await work.AuditAsync(actor, actor.ActingFor(application.ManagingAuthorityId), "bid", bid.Id.ToString(), "placed", null, Snapshot(bid),
            check.WillBeBypassed
                ? "Bid placed; the scheme warned the household will be bypassed at shortlisting: " + string.Join(" ", check.Reasons.Select(r => $"{r.RuleId} ({r.Citation})"))
                : $"Bid placed ({counted + 1} of {limit} this cycle, 001 §59.1); the scheme allowed it: " + string.Join(" ", check.Reasons.Select(r => $"{r.RuleId} ({r.Citation})")),
            ct);
        work.Publish("bid.placed", "bid", bid.Id.ToString(), advert.Property.LandlordId, cycle.PartnershipId, Payload(bid, application, check.WillBeBypassed));
        return new PlacedBid(bid, check);
    }

    /// <summary>The applicant (or an officer for them) withdraws an open bid while the cycle is open (001 §61.49 "Withdrawn").</summary>
    public async Task<Bid> WithdrawAsync(Actor actor, Guid id, long? version, CancellationToken cancellationToken = default) =>
        await work.RunAsync(async ct =>
        {
            var found = await Db.Bids.AsNoTracking().Where(b => b.Id == id).Select(b => new { b.ApplicationId }).SingleOrDefaultAsync(ct)
                ?? throw RegisterException.NotFound("bid", id);
            await Db.LockApplicationAsync(found.ApplicationId, ct);
            var bid = await Db.Bids.SingleAsync(b => b.Id == id, ct);
            var application = await Db.Applications.AsNoTracking().SingleAsync(a => a.Id == bid.ApplicationId, ct);
            var advert = await Db.Adverts.AsNoTracking().Include(a => a.Property).Include(a => a.Cycle).SingleAsync(a => a.Id == bid.AdvertId, ct);
            if (PlacerOf(actor, application) is null)
            {
                if (SeesBid(actor, application, advert))
                {
                    throw RegisterException.Forbidden("forbidden", "Only the applicant, or an officer of the authority managing the application, may withdraw a bid.");
                }
                throw RegisterException.NotFound("bid", id);
            }
            RegisterWork.RequireVersion("bid", version, bid.Version);
            if (bid.Status != BidStatus.Open)
            {
                throw RegisterException.Conflict("bid-not-open", $"The bid is {bid.Status}; only an open bid can be withdrawn (001 §61.49).");
            }
            var now = work.Time.GetUtcNow();
            var cycle = advert.Cycle!;
            if (cycle.State != LettingCycleState.Open || now > cycle.ClosesAt)
            {
                throw RegisterException.Conflict("cycle-closed", "The letting cycle has closed; bids can be withdrawn only while it is open (001 §52.1).");
            }
            var before = Snapshot(bid);
            bid.Status = BidStatus.Withdrawn;
            bid.StatusChangedAt = now;
            await work.AuditAsync(actor, actor.ActingFor(application.ManagingAuthorityId), "bid", bid.Id.ToString(), "withdrawn", before, Snapshot(bid),
                "The bid was withdrawn while the cycle was open (001 §61.49); it no longer counts towards the weekly limit (001 §59.1).", ct);
            work.Publish("bid.withdrawn", "bid", bid.Id.ToString(), advert.Property!.LandlordId, cycle.PartnershipId, Payload(bid, application, false));
            return bid;
        }, cancellationToken);

    /// <summary>A bid the actor may see (the applicant, the managing authority, the advert's landlord, managers).</summary>
    public async Task<Bid> GetAsync(Actor actor, Guid id, CancellationToken cancellationToken = default)
    {
        var bid = await Db.Bids.AsNoTracking()
            .Include(b => b.Application)
            .Include(b => b.Advert).ThenInclude(a => a!.Property)
            .Include(b => b.Advert).ThenInclude(a => a!.Cycle)
            .SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (bid is null || !SeesBid(actor, bid.Application!, bid.Advert!))
        {
            throw RegisterException.NotFound("bid", id);
        }
        return bid;
    }

    /// <summary>Bids of the caller's own applications, newest first.</summary>
    public Task<List<Bid>> MineAsync(Actor actor, int limit, int offset, CancellationToken cancellationToken = default) =>
        WithAdverts(Db.Bids.AsNoTracking().Where(b => b.Application!.ApplicantUserId == actor.UserId))
            .OrderByDescending(b => b.PlacedAt).ThenBy(b => b.Id).Skip(offset).Take(limit).ToListAsync(cancellationToken);

    /// <summary>An application's bids: for the applicant, officers of the managing authority and managers.</summary>
    public async Task<(HousingApplication Application, List<Bid> Bids)> ForApplicationAsync(Actor actor, Guid applicationId, int limit, int offset, CancellationToken cancellationToken = default)
    {
        var application = await Db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application is null || !ReadsApplicationBids(actor, application))
        {
            if (application is not null && await SeesApplicationAsync(actor, application, cancellationToken))
            {
                throw RegisterException.Forbidden("forbidden", "A landlord sees the bids on its own adverts (GET /adverts/{id}/bids), not an application's other bids.");
            }
            throw RegisterException.NotFound("application", applicationId);
        }
        var bids = await WithAdverts(Db.Bids.AsNoTracking().Where(b => b.ApplicationId == applicationId))
            .OrderByDescending(b => b.PlacedAt).ThenBy(b => b.Id).Skip(offset).Take(limit).ToListAsync(cancellationToken);
        return (application, bids);
    }

    /// <summary>An advert's bids, in the order placed, with the count by status: for the landlord, the home's authority and managers.</summary>
    public async Task<(Advert Advert, Dictionary<BidStatus, int> Counts, List<Bid> Bids)> ForAdvertAsync(Actor actor, Guid advertId, int limit, int offset, CancellationToken cancellationToken = default)
    {
        var advert = await Db.Adverts.AsNoTracking().Include(a => a.Property).Include(a => a.Cycle)
            .SingleOrDefaultAsync(a => a.Id == advertId, cancellationToken);
        if (advert is null || !AdvertRegister.CanSee(actor, advert))
        {
            throw RegisterException.NotFound("advert", advertId);
        }
        if (!HomesAccess.SeesAllOf(actor, advert.Property!, advert.Cycle!.PartnershipId))
        {
            throw RegisterException.Forbidden("forbidden", "Only the landlord, officers of the home's local authority and the partnership's managers see an advert's bids.");
        }
        var counts = await Db.Bids.AsNoTracking().Where(b => b.AdvertId == advertId)
            .GroupBy(b => b.Status).Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);
        var bids = await Db.Bids.AsNoTracking().Include(b => b.Application).Where(b => b.AdvertId == advertId)
            .OrderBy(b => b.PlacedAt).ThenBy(b => b.Id).Skip(offset).Take(limit).ToListAsync(cancellationToken);
        return (advert, counts, bids);
    }

    private static IQueryable<Bid> WithAdverts(IQueryable<Bid> bids) => bids
        .Include(b => b.Application)
        .Include(b => b.Advert).ThenInclude(a => a!.Property)
        .Include(b => b.Advert).ThenInclude(a => a!.Cycle);

    /// <summary>How the actor would place a bid for the application, or null when they may not (001 §59.2).</summary>
    private static BidChannelKind? PlacerOf(Actor actor, HousingApplication application)
    {
        if (application.ApplicantUserId is { } owner && owner == actor.UserId)
        {
            return BidChannelKind.Applicant;
        }
        if (HomesAccess.Holds(actor, MembershipRole.LocalAuthorityOfficer, application.ManagingAuthorityId) || HomesAccess.Manages(actor, application.PartnershipId))
        {
            return BidChannelKind.Officer;
        }
        return null;
    }

    private static bool ReadsApplicationBids(Actor actor, HousingApplication application) =>
        application.ApplicantUserId == actor.UserId
        || HomesAccess.WorksFor(actor, application.ManagingAuthorityId)
        || HomesAccess.Manages(actor, application.PartnershipId);

    private static bool SeesBid(Actor actor, HousingApplication application, Advert advert) =>
        ReadsApplicationBids(actor, application) || HomesAccess.WorksFor(actor, advert.Property!.LandlordId);

    /// <summary>Whether the actor can see the application at all (so a refusal is 403 rather than 404): its readers, and landlords it bid with (001 §61.6).</summary>
    private async Task<bool> SeesApplicationAsync(Actor actor, HousingApplication application, CancellationToken ct)
    {
        if (ReadsApplicationBids(actor, application))
        {
            return true;
        }
        var landlords = actor.Memberships.Where(m => m.Role is MembershipRole.LandlordOfficer or MembershipRole.PartnerSystem)
            .Select(m => m.OrganisationId).ToList();
        return landlords.Count > 0 && await Db.Bids.AsNoTracking()
            .AnyAsync(b => b.ApplicationId == application.Id && landlords.Contains(b.Advert!.Property!.LandlordId), ct);
    }

    private static RegisterException AlreadyBid() =>
        RegisterException.Conflict("already-bid", "The application has already bid for this home (one bid per application and advert; a withdrawn bid cannot be placed again).", field: "advertId");

    private static object Snapshot(Bid b) => new { b.Id, b.ApplicationId, b.AdvertId, b.CycleId, b.PlacedBy, b.PlacedByUserId, b.Status, b.StatusChangedAt };

    private static object Payload(Bid bid, HousingApplication application, bool willBeBypassed) => new
    {
        bidId = bid.Id,
        applicationId = application.Id,
        applicationReference = application.Reference,
        advertId = bid.AdvertId,
        cycleId = bid.CycleId,
        placedBy = bid.PlacedBy,
        status = bid.Status,
        willBeBypassed,
    };
}
