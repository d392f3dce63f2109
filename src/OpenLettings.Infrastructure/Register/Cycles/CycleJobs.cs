using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenLettings.Infrastructure.Json;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Infrastructure.Register.Access;
using OpenLettings.Infrastructure.Register.Applications;
using OpenLettings.Infrastructure.Register.Schemes;
using RegisterBid = OpenLettings.Infrastructure.Persistence.Entities.Bid;

namespace OpenLettings.Infrastructure.Register.Cycles;

/// <summary>
/// The weekly letting cycle jobs (001 §52, §60, §61): schedule each partnership's cycles, open the ones due (publish
/// verified adverts, place autobids) and close the ones due (build every advert's shortlist).
/// </summary>
/// <remarks>
/// <para>Built for a national register (20,000 adverts and millions of bids a cycle): adverts and applications are read
/// in keyset batches, never a whole table; each advert's shortlist is built from one query of its bids (with each
/// bidder's "shortlisted or accepted elsewhere" state as a correlated sub-query, not a query per bidder).</para>
/// <para>Idempotent and safe with several nodes: each job holds a lease (<see cref="JobLeaseStore"/>,
/// <c>cycle-open:{id}</c> / <c>cycle-close:{id}</c>); every step re-checks state inside its own transaction under the
/// advert's or application's row lock; a shortlist is unique per advert and a bid per application and advert; and each
/// state change of the cycle is a compare-and-set on its state, so that its event is published once. A run stopped at
/// any point leaves only whole steps behind, and the next run carries on from there.</para>
/// </remarks>
public sealed class CycleJobs(RegisterDbContext db, RegisterWork work, JobLeaseStore leases, ICycleJobObserver observer, CycleJobOptions options)
{
    private static readonly Actor System = Actor.System;

    /// <summary>
    /// Creates each partnership's current cycle (the one open at <paramref name="now"/>, or the next to open) and the one
    /// after it, unless a cycle already covers that week. Returns how many were created.
    /// </summary>
    public async Task<int> EnsureCyclesAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var partnerships = await db.Organisations.AsNoTracking()
            .Where(o => o.Kind == OrganisationKind.Partnership)
            .OrderBy(o => o.Id)
            .Select(o => new { o.Id, o.SettingsJson })
            .ToListAsync(cancellationToken);
        var created = 0;
        foreach (var partnership in partnerships)
        {
            var timetable = PartnershipSettings.Read(partnership.SettingsJson).Cycle;
            var current = CycleSchedule.ContainingOrAfter(timetable, now);
            foreach (var times in new[] { current, CycleSchedule.Following(timetable, current) })
            {
                if (await CreateCycleAsync(partnership.Id, times, cancellationToken))
                {
                    created++;
                }
            }
        }
        return created;
    }

    /// <summary>Opens every scheduled cycle whose opening time has come.</summary>
    public async Task<IReadOnlyList<CycleJobResult>> OpenDueAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var due = await db.LettingCycles.AsNoTracking()
            .Where(c => c.State == LettingCycleState.Scheduled && c.OpensAt <= now)
            .OrderBy(c => c.OpensAt).Select(c => c.Id)
            .ToListAsync(cancellationToken);
        var results = new List<CycleJobResult>();
        foreach (var id in due)
        {
            results.Add(await OpenAsync(id, now, cancellationToken));
        }
        return results;
    }

    /// <summary>Closes every open (or part-closed) cycle whose closing time has passed.</summary>
    public async Task<IReadOnlyList<CycleJobResult>> CloseDueAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var due = await db.LettingCycles.AsNoTracking()
            .Where(c => (c.State == LettingCycleState.Open || c.State == LettingCycleState.Closing) && c.ClosesAt < now)
            .OrderBy(c => c.ClosesAt).Select(c => c.Id)
            .ToListAsync(cancellationToken);
        var results = new List<CycleJobResult>();
        foreach (var id in due)
        {
            results.Add(await CloseAsync(id, now, cancellationToken));
        }
        return results;
    }

    /// <summary>
    /// Opens one cycle: publishes its verified adverts (Bidding not started → Bidding current, 001 §52.8), places
    /// autobids (001 §60), then marks it open. Not before its opening time.
    /// </summary>
    public async Task<CycleJobResult> OpenAsync(Guid cycleId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var cycle = await db.LettingCycles.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cycleId, cancellationToken);
        if (cycle is null)
        {
            return new CycleJobResult(cycleId, CycleJobOutcome.NotFound);
        }
        if (cycle.State != LettingCycleState.Scheduled)
        {
            return new CycleJobResult(cycleId, CycleJobOutcome.WrongState);
        }
        if (cycle.OpensAt > now)
        {
            return new CycleJobResult(cycleId, CycleJobOutcome.NotDue);
        }

        await using var lease = await LeaseAsync($"cycle-open:{cycleId}", cancellationToken);
        if (lease is null)
        {
            return new CycleJobResult(cycleId, CycleJobOutcome.Busy);
        }
        var partnership = await PartnershipAsync(cycle.PartnershipId, cancellationToken);
        var published = await PublishAdvertsAsync(cycle, lease, cancellationToken);
        var bids = await PlaceAutobidsAsync(cycle, partnership, now, lease, cancellationToken);
        await work.RunAsync(async ct =>
        {
            var changed = await db.LettingCycles
                .Where(c => c.Id == cycleId && c.State == LettingCycleState.Scheduled)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(c => c.State, LettingCycleState.Open)
                    .SetProperty(c => c.OpenedAt, now)
                    .SetProperty(c => c.Version, c => c.Version + 1), ct);
            if (changed == 1)
            {
                await work.AuditAsync(System, cycle.PartnershipId, "LettingCycle", cycleId.ToString(), "cycle.opened",
                    new { state = LettingCycleState.Scheduled }, new { state = LettingCycleState.Open, openedAt = now, advertsPublished = published, autobidsPlaced = bids },
                    "The cycle's opening time came: verified adverts published and autobids placed (001 §52, §60).", ct);
                work.Publish("cycle.opened", "cycle", cycleId.ToString(), cycle.PartnershipId, cycle.PartnershipId,
                    new { cycleId, opensAt = cycle.OpensAt, closesAt = cycle.ClosesAt, state = LettingCycleState.Open });
            }
            return changed;
        }, cancellationToken);
        return new CycleJobResult(cycleId, CycleJobOutcome.Done, published, bids);
    }

    /// <summary>
    /// Closes one cycle: marks it closing, builds the shortlist of every advert still taking bids, each in its own
    /// transaction (001 §61.1), then marks it closed. Not before its closing time. Resumes a close that stopped part way.
    /// </summary>
    public async Task<CycleJobResult> CloseAsync(Guid cycleId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var cycle = await db.LettingCycles.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cycleId, cancellationToken);
        if (cycle is null)
        {
            return new CycleJobResult(cycleId, CycleJobOutcome.NotFound);
        }
        if (cycle.State is LettingCycleState.Scheduled or LettingCycleState.Closed)
        {
            return new CycleJobResult(cycleId, CycleJobOutcome.WrongState);
        }
        if (cycle.ClosesAt >= now)
        {
            return new CycleJobResult(cycleId, CycleJobOutcome.NotDue);
        }

        await using var lease = await LeaseAsync($"cycle-close:{cycleId}", cancellationToken);
        if (lease is null)
        {
            return new CycleJobResult(cycleId, CycleJobOutcome.Busy);
        }
        var partnership = await PartnershipAsync(cycle.PartnershipId, cancellationToken);

        await work.RunAsync(async ct =>
        {
            var changed = await db.LettingCycles
                .Where(c => c.Id == cycleId && c.State == LettingCycleState.Open)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(c => c.State, LettingCycleState.Closing)
                    .SetProperty(c => c.Version, c => c.Version + 1), ct);
            if (changed == 1)
            {
                await work.AuditAsync(System, cycle.PartnershipId, "LettingCycle", cycleId.ToString(), "cycle.closing",
                    new { state = LettingCycleState.Open }, new { state = LettingCycleState.Closing },
                    "The cycle's closing time passed: no more bids; shortlists are being built (001 §52, §61.1).", ct);
            }
            return changed;
        }, cancellationToken);

        var asOf = DateOnly.FromDateTime(UkTime.Local(cycle.ClosesAt));
        var shortlisted = 0;
        var after = Guid.Empty;
        while (true)
        {
            var batch = await db.Adverts.AsNoTracking()
                .Where(a => a.CycleId == cycleId && a.Status == AdvertStatus.BiddingCurrent && a.Id.CompareTo(after) > 0
                    && !db.Shortlists.Any(s => s.AdvertId == a.Id))
                .OrderBy(a => a.Id).Select(a => a.Id).Take(options.AdvertBatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }
            foreach (var advertId in batch)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await lease.KeepAsync(cancellationToken);
                if (await BuildShortlistAsync(cycle, advertId, partnership, asOf, now, cancellationToken))
                {
                    shortlisted++;
                    await observer.ShortlistCommittedAsync(cycleId, advertId, cancellationToken);
                }
            }
            after = batch[^1];
        }

        await work.RunAsync(async ct =>
        {
            if (await db.Adverts.AnyAsync(a => a.CycleId == cycleId && a.Status == AdvertStatus.BiddingCurrent, ct))
            {
                return 0; // an advert was added while closing; the next run shortlists it
            }
            var changed = await db.LettingCycles
                .Where(c => c.Id == cycleId && c.State == LettingCycleState.Closing)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(c => c.State, LettingCycleState.Closed)
                    .SetProperty(c => c.ClosedAt, now)
                    .SetProperty(c => c.Version, c => c.Version + 1), ct);
            if (changed == 1)
            {
                var shortlists = await db.Shortlists.CountAsync(s => s.Advert!.CycleId == cycleId, ct);
                await work.AuditAsync(System, cycle.PartnershipId, "LettingCycle", cycleId.ToString(), "cycle.closed",
                    new { state = LettingCycleState.Closing }, new { state = LettingCycleState.Closed, closedAt = now, shortlists },
                    "Every advert of the cycle has its shortlist (001 §61.1).", ct);
                work.Publish("cycle.closed", "cycle", cycleId.ToString(), cycle.PartnershipId, cycle.PartnershipId,
                    new { cycleId, opensAt = cycle.OpensAt, closesAt = cycle.ClosesAt, state = LettingCycleState.Closed, shortlists });
            }
            return changed;
        }, cancellationToken);
        return new CycleJobResult(cycleId, CycleJobOutcome.Done, shortlisted);
    }

    private async Task<bool> CreateCycleAsync(Guid partnershipId, CycleTimes times, CancellationToken cancellationToken)
    {
        var covered = await db.LettingCycles.AsNoTracking().AnyAsync(c => c.PartnershipId == partnershipId
            && c.OpensAt <= times.ClosesAt && c.ClosesAt >= times.OpensAt, cancellationToken);
        if (covered)
        {
            return false;
        }
        try
        {
            await work.RunAsync(async ct =>
            {
                var cycle = new LettingCycle
                {
                    PartnershipId = partnershipId,
                    OpensAt = times.OpensAt,
                    ClosesAt = times.ClosesAt,
                    LandlordDeadlineAt = times.LandlordDeadlineAt,
                    VerificationDeadlineAt = times.VerificationDeadlineAt,
                    State = LettingCycleState.Scheduled,
                };
                db.LettingCycles.Add(cycle);
                await work.AuditAsync(System, partnershipId, "LettingCycle", cycle.Id.ToString(), "cycle.scheduled", null,
                    new { cycle.OpensAt, cycle.ClosesAt, cycle.LandlordDeadlineAt, cycle.VerificationDeadlineAt },
                    "The partnership's weekly cycle timetable (001 §52).", ct);
                return cycle.Id;
            }, cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (DatabaseConflicts.IsUniqueViolation(ex))
        {
            return false; // another node created it: (PartnershipId, OpensAt) is unique
        }
    }

    private async Task<int> PublishAdvertsAsync(LettingCycle cycle, Lease lease, CancellationToken cancellationToken)
    {
        var published = 0;
        while (true)
        {
            await lease.KeepAsync(cancellationToken);
            var count = await work.RunAsync(async ct =>
            {
                var adverts = await db.Adverts
                    .Where(a => a.CycleId == cycle.Id && a.Status == AdvertStatus.BiddingNotStarted)
                    .OrderBy(a => a.Id).Take(options.AdvertBatchSize)
                    .Select(a => new { Advert = a, a.Property!.LandlordId, a.Property.Reference })
                    .ToListAsync(ct);
                foreach (var item in adverts)
                {
                    item.Advert.Status = AdvertStatus.BiddingCurrent;
                    await work.AuditAsync(System, item.LandlordId, "Advert", item.Advert.Id.ToString(), "advert.published",
                        new { status = AdvertStatus.BiddingNotStarted }, new { status = AdvertStatus.BiddingCurrent },
                        "Verified advert published when its cycle opened (001 §52.8).", ct);
                    work.Publish("advert.published", "advert", item.Advert.Id.ToString(), item.LandlordId, cycle.PartnershipId,
                        new { advertId = item.Advert.Id, propertyId = item.Advert.PropertyId, propertyReference = item.Reference, cycleId = cycle.Id, status = AdvertStatus.BiddingCurrent });
                }
                return adverts.Count;
            }, cancellationToken);
            published += count;
            if (count < options.AdvertBatchSize)
            {
                return published;
            }
        }
    }

    /// <summary>
    /// Places an autobid for every active autobid application (not suspended, not restricted at the applicant's request,
    /// 001 §72) on every matching advert (001 §60.4), as far as the
    /// scheme's bid check (eligibility and the bid limit, 001 §59.1) allows. Adverts and applications are read in
    /// batches; each application's bids go in one transaction under its row lock, re-counting its bids this cycle, so
    /// that concurrent bids by the applicant or an officer never push it past the limit and a rerun places nothing twice.
    /// </summary>
    private async Task<int> PlaceAutobidsAsync(LettingCycle cycle, PartnershipContext partnership, DateTimeOffset now, Lease lease, CancellationToken cancellationToken)
    {
        var placedAt = now <= cycle.ClosesAt ? now : cycle.OpensAt;
        var placedAtLocal = UkTime.Local(placedAt);
        var asOf = DateOnly.FromDateTime(placedAtLocal);
        var opensLocal = UkTime.Local(cycle.OpensAt);
        var closesLocal = UkTime.Local(cycle.ClosesAt);
        var placed = 0;

        var afterAdvert = Guid.Empty;
        while (true)
        {
            var adverts = await db.Adverts.AsNoTracking()
                .Where(a => a.CycleId == cycle.Id && a.Status == AdvertStatus.BiddingCurrent && a.Id.CompareTo(afterAdvert) > 0)
                .OrderBy(a => a.Id).Take(options.AdvertBatchSize)
                .Select(a => new { a.Id, a.Property!.LandlordId, a.Property.DetailsJson, a.CriteriaJson })
                .ToListAsync(cancellationToken);
            if (adverts.Count == 0)
            {
                return placed;
            }
            afterAdvert = adverts[^1].Id;
            var advertFacts = adverts.Select(a => (a.Id, a.LandlordId, Facts: new RegisterAdvertFacts(a.Id, a.DetailsJson, a.CriteriaJson, opensLocal, closesLocal))).ToList();
            var advertIds = adverts.Select(a => a.Id).ToList();
            var round = partnership.Scheme.BeginAutobids([.. advertFacts.Select(a => a.Facts)], asOf, partnership.Settings);
            // 001 §77.8: a household waiting for a review of its bedroom need is suspended from bidding, autobids too.
            var suspendingReviews = partnership.Scheme.Reviews(asOf, partnership.Settings).SuspendBidding;

            var afterApplication = Guid.Empty;
            while (true)
            {
                await lease.KeepAsync(cancellationToken);
                var applications = await db.Applications.AsNoTracking()
                    .Where(a => a.PartnershipId == cycle.PartnershipId && a.Status == ApplicationStatus.Active && a.Autobid
                        && !a.BiddingSuspended && !a.Restricted && a.Id.CompareTo(afterApplication) > 0)
                    .WithoutPendingReviewOf(db, suspendingReviews)
                    .OrderBy(a => a.Id).Take(options.ApplicationBatchSize)
                    .Select(a => new
                    {
                        a.Id,
                        a.Reference,
                        a.FactsJson,
                        Shortlisted = db.Bids.Any(b => b.ApplicationId == a.Id && b.Status == BidStatus.BidShortlisted),
                        Accepted = db.Bids.Any(b => b.ApplicationId == a.Id && b.Status == BidStatus.BidAccepted),
                    })
                    .ToListAsync(cancellationToken);
                if (applications.Count == 0)
                {
                    break;
                }
                afterApplication = applications[^1].Id;
                var applicationIds = applications.Select(a => a.Id).ToList();
                var existing = (await db.Bids.AsNoTracking()
                    .Where(b => b.CycleId == cycle.Id && applicationIds.Contains(b.ApplicationId) && advertIds.Contains(b.AdvertId))
                    .Select(b => new { b.ApplicationId, b.AdvertId })
                    .ToListAsync(cancellationToken)).Select(b => (b.ApplicationId, b.AdvertId)).ToHashSet();

                foreach (var application in applications)
                {
                    var facts = new RegisterApplicationFacts(application.Id, application.Reference, application.FactsJson, application.Shortlisted, application.Accepted);
                    var matching = round.Matching(facts).Select(a => a.AdvertId).ToHashSet();
                    var matches = advertFacts
                        .Where(a => matching.Contains(a.Id) && !existing.Contains((application.Id, a.Id)))
                        .ToList();
                    if (matches.Count == 0)
                    {
                        continue;
                    }
                    placed += await work.RunAsync(async ct =>
                    {
                        await db.LockApplicationAsync(application.Id, ct);
                        var still = await db.Applications.AsNoTracking()
                            .Where(a => a.Id == application.Id && a.Status == ApplicationStatus.Active && a.Autobid && !a.BiddingSuspended && !a.Restricted)
                            .WithoutPendingReviewOf(db, suspendingReviews)
                            .AnyAsync(ct);
                        if (!still)
                        {
                            return 0;
                        }
                        var bidOn = (await db.Bids.AsNoTracking()
                            .Where(b => b.ApplicationId == application.Id && b.CycleId == cycle.Id)
                            .Select(b => new { b.AdvertId, b.Status })
                            .ToListAsync(ct));
                        var count = bidOn.Count(b => b.Status != BidStatus.Withdrawn);
                        var added = 0;
                        foreach (var match in matches.Where(m => bidOn.All(b => b.AdvertId != m.Id)))
                        {
                            var check = partnership.Scheme.CheckBid(
                                new BidRequestFacts(facts, match.Facts, BidChannelKind.Autobid, placedAtLocal, count), partnership.Settings);
                            if (!check.Allowed)
                            {
                                continue;
                            }
                            var bid = new RegisterBid
                            {
                                ApplicationId = application.Id,
                                AdvertId = match.Id,
                                CycleId = cycle.Id,
                                PlacedBy = BidPlacedBy.Autobid,
                                PlacedAt = placedAt,
                                Status = BidStatus.Open,
                                StatusChangedAt = placedAt,
                                EligibilityJson = JsonSerializer.Serialize(new { check.Allowed, check.WillBeBypassed, check.Reasons }, ContractJson.Options),
                            };
                            db.Bids.Add(bid);
                            await work.AuditAsync(System, match.LandlordId, "Bid", bid.Id.ToString(), "bid.placed", null,
                                new { bid.Id, advertId = match.Id, applicationReference = application.Reference, placedBy = BidPlacedBy.Autobid, status = BidStatus.Open, check.WillBeBypassed },
                                "Autobid: the home matches the applicant's autobid options and they are eligible for it (001 §60.4).", ct);
                            work.Publish("bid.placed", "bid", bid.Id.ToString(), match.LandlordId, cycle.PartnershipId,
                                new { bidId = bid.Id, advertId = match.Id, cycleId = cycle.Id, applicationId = application.Id, applicationReference = application.Reference, placedBy = BidPlacedBy.Autobid, status = BidStatus.Open });
                            count++;
                            added++;
                        }
                        return added;
                    }, cancellationToken);
                }
            }
        }
    }

    /// <summary>Builds one advert's shortlist in one transaction under the advert's lock; false when it is already built (or the advert moved on).</summary>
    private async Task<bool> BuildShortlistAsync(LettingCycle cycle, Guid advertId, PartnershipContext partnership, DateOnly asOf, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            return await work.RunAsync(async ct =>
            {
                await db.LockAdvertAsync(advertId, ct);
                var advert = await db.Adverts.Include(a => a.Property).SingleAsync(a => a.Id == advertId, ct);
                if (advert.Status != AdvertStatus.BiddingCurrent || await db.Shortlists.AnyAsync(s => s.AdvertId == advertId, ct))
                {
                    return false;
                }
                var bids = await db.Bids.AsNoTracking()
                    .Where(b => b.AdvertId == advertId && b.Status != BidStatus.Withdrawn)
                    .OrderBy(b => b.PlacedAt).ThenBy(b => b.Id)
                    .Select(b => new
                    {
                        b.Id,
                        b.PlacedBy,
                        b.PlacedAt,
                        b.ApplicationId,
                        b.Application!.Reference,
                        b.Application.FactsJson,
                        Shortlisted = db.Bids.Any(o => o.ApplicationId == b.ApplicationId && o.AdvertId != advertId && o.Status == BidStatus.BidShortlisted),
                        Accepted = db.Bids.Any(o => o.ApplicationId == b.ApplicationId && o.AdvertId != advertId && o.Status == BidStatus.BidAccepted),
                    })
                    .ToListAsync(ct);
                var property = advert.Property!;
                var facts = new RegisterAdvertFacts(advertId, property.DetailsJson, advert.CriteriaJson, UkTime.Local(cycle.OpensAt), UkTime.Local(cycle.ClosesAt));
                var candidates = bids.Select(b => new ShortlistCandidate(b.Id, Channel(b.PlacedBy), UkTime.Local(b.PlacedAt),
                    new RegisterApplicationFacts(b.ApplicationId, b.Reference, b.FactsJson, b.Shortlisted, b.Accepted))).ToList();
                var built = partnership.Scheme.Shortlist(facts, candidates, asOf, partnership.Settings);

                var byBid = bids.ToDictionary(b => b.Id);
                var shortlist = new Shortlist { AdvertId = advertId, BuiltAt = now };
                foreach (var entry in built.Entries)
                {
                    var bid = byBid[entry.BidId];
                    shortlist.Entries.Add(new ShortlistEntry
                    {
                        ShortlistId = shortlist.Id,
                        BidId = entry.BidId,
                        ApplicationId = bid.ApplicationId,
                        Position = entry.Position,
                        PriorityJson = entry.PriorityJson,
                        Bypassed = entry.BypassCode is not null,
                        BypassReasonCode = entry.BypassCode,
                        BypassNote = entry.BypassText,
                        BypassedByUserId = null,
                        BypassedAt = entry.BypassCode is null ? null : now,
                    });
                }
                db.Shortlists.Add(shortlist);
                advert.Status = AdvertStatus.Shortlisting;

                var positions = built.Entries.Select(e => new
                {
                    position = e.Position,
                    bidId = e.BidId,
                    applicationReference = byBid[e.BidId].Reference,
                    band = ShortlistPriority.Band(e.PriorityJson),
                    bypassed = e.BypassCode is not null,
                    bypassReasonCode = e.BypassCode,
                }).ToList();
                await work.AuditAsync(System, property.LandlordId, "Shortlist", shortlist.Id.ToString(), "shortlist.built",
                    new { advertStatus = AdvertStatus.BiddingCurrent }, new { advertId, advertStatus = AdvertStatus.Shortlisting, entries = positions },
                    "Bidders ordered by band, then band start date, with the scheme's bypasses, when the cycle closed (001 §61.1, §61.9).", ct);
                work.Publish("shortlist.built", "shortlist", shortlist.Id.ToString(), property.LandlordId, cycle.PartnershipId,
                    new { shortlistId = shortlist.Id, advertId, cycleId = cycle.Id, propertyId = property.Id, entries = positions });
                return true;
            }, cancellationToken);
        }
        catch (DbUpdateException ex) when (DatabaseConflicts.IsUniqueViolation(ex))
        {
            return false; // another node built it first: one shortlist per advert
        }
    }

    private static BidChannelKind Channel(BidPlacedBy placedBy) => placedBy switch
    {
        BidPlacedBy.Applicant => BidChannelKind.Applicant,
        BidPlacedBy.Officer => BidChannelKind.Officer,
        BidPlacedBy.Autobid => BidChannelKind.Autobid,
    };

    private async Task<PartnershipContext> PartnershipAsync(Guid partnershipId, CancellationToken cancellationToken)
    {
        var partnership = await db.Organisations.AsNoTracking()
            .Where(o => o.Id == partnershipId)
            .Select(o => new { o.SchemeId, o.SettingsJson })
            .SingleAsync(cancellationToken);
        var scheme = RegisterSchemes.Find(partnership.SchemeId)
            ?? throw new InvalidOperationException($"Partnership {partnershipId} runs scheme '{partnership.SchemeId}', which this register does not know.");
        return new PartnershipContext(scheme, PartnershipSettings.Read(partnership.SettingsJson));
    }

    private async Task<Lease?> LeaseAsync(string name, CancellationToken cancellationToken)
    {
        var holder = $"{options.Node}:{Environment.ProcessId}:{Guid.NewGuid():N}";
        if (options.Lease <= TimeSpan.Zero)
        {
            return new Lease(null, work.Time, name, holder, options.Lease);
        }
        return await leases.TryAcquireAsync(name, holder, options.Lease, cancellationToken)
            ? new Lease(leases, work.Time, name, holder, options.Lease)
            : null;
    }

    private sealed record PartnershipContext(IRegisterScheme Scheme, PartnershipSettings Settings);

    /// <summary>A held lease: renewed as the job works, released at the end. Without a store (lease length 0) it guards nothing.</summary>
    private sealed class Lease(JobLeaseStore? store, TimeProvider time, string name, string holder, TimeSpan duration) : IAsyncDisposable
    {
        private DateTimeOffset _renewed = time.GetUtcNow();

        /// <summary>Renews the lease once a third of it has passed; stops the job if another node has taken it over.</summary>
        public async Task KeepAsync(CancellationToken cancellationToken)
        {
            var now = time.GetUtcNow();
            if (store is null || now - _renewed < duration / 3)
            {
                return;
            }
            if (!await store.TryAcquireAsync(name, holder, duration, cancellationToken))
            {
                throw new OperationCanceledException($"The lease '{name}' passed to another node; it carries on from here.");
            }
            _renewed = now;
        }

        public async ValueTask DisposeAsync()
        {
            if (store is not null)
            {
                await store.ReleaseAsync(name, holder, CancellationToken.None);
            }
        }
    }
}

/// <summary>Reads a stored shortlist position's priority JSON.</summary>
public static class ShortlistPriority
{
    /// <summary>The band in a position's priority JSON (Devon stores <c>band</c>), or null when the scheme has none.</summary>
    public static string? Band(string priorityJson)
    {
        using var document = JsonDocument.Parse(priorityJson);
        return document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("band", out var band) && band.ValueKind == JsonValueKind.String
            ? band.GetString()
            : null;
    }
}
