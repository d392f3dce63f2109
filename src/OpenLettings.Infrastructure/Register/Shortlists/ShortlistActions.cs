using Microsoft.EntityFrameworkCore;
using OpenLettings.Domain.Explanations;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Infrastructure.Register.Access;

namespace OpenLettings.Infrastructure.Register.Shortlists;

/// <summary>Who may see and work an advert's shortlist.</summary>
/// <param name="AdvertId">The advert.</param>
/// <param name="LandlordId">The home's landlord: its officers work the shortlist (001 §61.3).</param>
/// <param name="LocalAuthorityId">The authority the home is in: its officers may read the shortlist.</param>
/// <param name="PartnershipId">The partnership: its managers may do anything.</param>
/// <param name="SchemeId">The partnership's scheme (for its bypass reasons).</param>
public sealed record ShortlistScope(Guid AdvertId, Guid LandlordId, Guid LocalAuthorityId, Guid PartnershipId, string? SchemeId)
{
    /// <summary>Landlord officers and partner systems of the landlord, the authority's officers and the partnership's managers.</summary>
    public bool CanRead(Actor actor) => CanAct(actor)
        || actor.Memberships.Any(m => (m.OrganisationId == LandlordId && m.Role == MembershipRole.PartnerSystem)
            || (m.OrganisationId == LocalAuthorityId && m.Role == MembershipRole.LocalAuthorityOfficer));

    /// <summary>The landlord's officers and the partnership's managers.</summary>
    public bool CanAct(Actor actor) =>
        actor.OrganisationsAs(MembershipRole.LandlordOfficer).Contains(LandlordId) || actor.ManagedPartnerships.Contains(PartnershipId);

    /// <summary>Reads the scope of an advert, or null when there is no such advert.</summary>
    public static Task<ShortlistScope?> ForAdvertAsync(RegisterDbContext db, Guid advertId, CancellationToken cancellationToken) =>
        db.Adverts.AsNoTracking().Where(a => a.Id == advertId)
            .Select(a => new ShortlistScope(a.Id, a.Property!.LandlordId, a.Property.LocalAuthorityId, a.Cycle!.PartnershipId, a.Cycle.Partnership!.SchemeId))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>The scope, or 404 when the actor cannot see the shortlist, or 403 when they may read but not act.</summary>
    public static async Task<ShortlistScope> RequireAsync(RegisterDbContext db, Actor actor, Guid advertId, bool act, CancellationToken cancellationToken)
    {
        var scope = await ForAdvertAsync(db, advertId, cancellationToken);
        if (scope is null || !scope.CanRead(actor))
        {
            throw RegisterException.NotFound("advert", advertId);
        }
        if (act && !scope.CanAct(actor))
        {
            throw RegisterException.Forbidden("forbidden",
                "Only the landlord's officers (or the partnership's managers) work a shortlist; you may read it (001 §61.3).");
        }
        return scope;
    }
}

/// <summary>Bypass a bidder with a catalogued reason (001 §61.9, §61.24).</summary>
public sealed record BypassCommand(long? Version, string? ReasonCode, string? Note);

/// <summary>Make a formal offer; the applicant is asked to decide by <see cref="RespondBy"/> (normally 24 hours, 001 §61.45).</summary>
public sealed record OfferCommand(long? Version, DateTimeOffset? RespondBy);

/// <summary>Record a refusal (001 §62.1); <see cref="Reasonable"/> is the managing authority's finding, if made (001 §62.3).</summary>
public sealed record RefuseCommand(long? Version, RefusalStage? Stage, string? Reason, bool? Reasonable);

/// <summary>Let the home (001 §61.47).</summary>
public sealed record LetCommand(long? Version, DateOnly? TenancyStartDate);

/// <summary>
/// The landlord's work on a shortlist (001 §61, §62): bypass, set a bidder to Bid shortlisted, offer, record an
/// acceptance or a refusal, let. Each action runs in one transaction under the advert's row lock (so two officers,
/// or twenty requests, act on one home one at a time), checks the entry's version, changes the bid states of
/// 001 §61.49, and writes an audit entry with the reason and an outbox event.
/// </summary>
public sealed class ShortlistActions(RegisterDbContext db, RegisterWork work)
{
    private const int MaxNote = 4000;

    /// <summary>Bypasses a bidder with a reason from the scheme's catalogue (001 §61.9, §61.24, §61.35).</summary>
    public Task BypassAsync(Actor actor, Guid shortlistId, Guid entryId, BypassCommand command, CancellationToken cancellationToken) =>
        ActAsync(actor, shortlistId, entryId, async (context, ct) =>
        {
            var reason = BypassCatalogue.Find(context.Scope.SchemeId, command.ReasonCode);
            if (reason is null)
            {
                throw RegisterException.Invalid("reasonCode", string.IsNullOrWhiteSpace(command.ReasonCode) ? "required" : "unknown-bypass-reason",
                    $"A bypass needs a reason from the scheme's catalogue (001 §61.9): {string.Join(", ", BypassCatalogue.For(context.Scope.SchemeId).Select(r => r.Code))}.");
            }
            RequireNote(command.Note, "note", required: false);
            var entry = context.Entry;
            if (entry.Bypassed)
            {
                throw RegisterException.Conflict("already-bypassed", $"This bidder was already bypassed ({entry.BypassReasonCode}).");
            }
            RequireBid(entry.Bid!, "bypass", BidStatus.Open, BidStatus.BidShortlisted, BidStatus.BidAccepted);
            RegisterWork.RequireVersion("shortlist entry", command.Version, entry.Version);

            var before = Snapshot(context);
            var now = work.Time.GetUtcNow();
            entry.Bypassed = true;
            entry.BypassReasonCode = reason.Code;
            entry.BypassNote = command.Note;
            entry.BypassedByUserId = actor.UserId;
            entry.BypassedAt = now;
            if (entry.Bid!.Status is BidStatus.BidShortlisted or BidStatus.BidAccepted)
            {
                // They were being considered and are passed over: free to be considered elsewhere (001 §61.25).
                SetBid(entry.Bid, BidStatus.PropertyOfferedToOthers, now);
                await WithdrawOpenOffersAsync(entry.Bid.Id, ct);
            }
            await MarkExhaustedIfNoneLeftAsync(context, ct);
            await work.AuditAsync(actor, context.Scope.LandlordId, "ShortlistEntry", entry.Id.ToString(), "shortlist.bypassed", before, Snapshot(context),
                $"{reason.Code} ({reason.Citation}): {reason.Description}.{(string.IsNullOrWhiteSpace(command.Note) ? "" : " " + command.Note)}", ct);
            Publish(context, "shortlist.bypassed", "shortlistEntry", entry.Id, new { bypassReasonCode = reason.Code });
        }, cancellationToken);

    /// <summary>Sets the bidder to Bid shortlisted: the landlord is contacting them (001 §61.22-61.25).</summary>
    public Task ShortlistAsync(Actor actor, Guid shortlistId, Guid entryId, long? version, CancellationToken cancellationToken) =>
        ActAsync(actor, shortlistId, entryId, async (context, ct) =>
        {
            var entry = context.Entry;
            if (entry.Bypassed)
            {
                throw RegisterException.Conflict("entry-bypassed", $"This bidder was bypassed ({entry.BypassReasonCode}); they cannot be shortlisted for this home.");
            }
            RequireBid(entry.Bid!, "shortlist", BidStatus.Open);
            var above = await db.ShortlistEntries.AsNoTracking()
                .Where(e => e.ShortlistId == entry.ShortlistId && e.Position < entry.Position && !e.Bypassed
                    && e.Bid!.Status != BidStatus.PropertyOfferedToOthers && e.Bid.Status != BidStatus.Withdrawn)
                .OrderBy(e => e.Position).Select(e => (int?)e.Position).FirstOrDefaultAsync(ct);
            if (above is { } position)
            {
                throw RegisterException.Conflict("higher-applicant-not-considered",
                    $"The bidder at position {position} has not been considered and bypassed; work down the shortlist in order (001 §61.9).",
                    [new Reason("DHC.Shortlist.InOrder", Citation.Devon("61.9"), "A shortlister may move down the list only after considering and bypassing everyone above.")]);
            }
            var elsewhere = await db.Bids.AsNoTracking()
                .AnyAsync(b => b.ApplicationId == entry.ApplicationId && b.AdvertId != context.Scope.AdvertId
                    && (b.Status == BidStatus.BidShortlisted || b.Status == BidStatus.BidAccepted), ct);
            if (elsewhere)
            {
                throw RegisterException.Conflict("considered-elsewhere",
                    "The applicant is being considered for another home; they must choose one before being considered for this one (001 §61.25).",
                    [new Reason("DHC.Shortlist.OneHomeAtATime", Citation.Devon("61.25"), "Applicants cannot be considered for more than one home at a time.")]);
            }
            RegisterWork.RequireVersion("shortlist entry", version, entry.Version);

            var before = Snapshot(context);
            SetBid(entry.Bid!, BidStatus.BidShortlisted, work.Time.GetUtcNow());
            Touch(entry);
            await work.AuditAsync(actor, context.Scope.LandlordId, "Bid", entry.BidId.ToString(), "bid.shortlisted", before, Snapshot(context),
                "Highest eligible bidder set to Bid shortlisted; the landlord contacts them within 3 working days (001 §61.22).", ct);
            Publish(context, "bid.shortlisted", "bid", entry.BidId, new { });
        }, cancellationToken);

    /// <summary>Makes a formal offer to a shortlisted bidder (001 §61.42-61.45).</summary>
    public Task OfferAsync(Actor actor, Guid shortlistId, Guid entryId, OfferCommand command, CancellationToken cancellationToken) =>
        ActAsync(actor, shortlistId, entryId, async (context, ct) =>
        {
            var now = work.Time.GetUtcNow();
            if (command.RespondBy is not { } respondBy)
            {
                throw RegisterException.Invalid("respondBy", "required", "Give the time the applicant must decide by (normally within 24 hours, 001 §61.45).");
            }
            if (respondBy <= now)
            {
                throw RegisterException.Invalid("respondBy", "in-the-past", "The time to decide by must be in the future (001 §61.45).");
            }
            var entry = context.Entry;
            if (entry.Bypassed)
            {
                throw RegisterException.Conflict("entry-bypassed", "This bidder was bypassed; they cannot be offered this home.");
            }
            RequireBid(entry.Bid!, "offer", BidStatus.BidShortlisted, BidStatus.BidAccepted);
            if (await db.Offers.AnyAsync(o => o.AdvertId == context.Scope.AdvertId && (o.Status == OfferStatus.Made || o.Status == OfferStatus.Accepted), ct))
            {
                throw RegisterException.Conflict("offer-outstanding", "This home already has an offer that is waiting for an answer or was accepted.");
            }
            RegisterWork.RequireVersion("shortlist entry", command.Version, entry.Version);

            var before = Snapshot(context);
            var offer = new Offer
            {
                AdvertId = context.Scope.AdvertId,
                ApplicationId = entry.ApplicationId,
                BidId = entry.BidId,
                OfferedAt = now,
                RespondBy = respondBy,
                Status = OfferStatus.Made,
                OfferedByUserId = actor.UserId,
            };
            db.Offers.Add(offer);
            Touch(entry);
            await work.AuditAsync(actor, context.Scope.LandlordId, "Offer", offer.Id.ToString(), "offer.made", before, new { offerId = offer.Id, respondBy, status = OfferStatus.Made },
                "Formal offer after verification; the applicant normally decides within 24 hours (001 §61.13, §61.45).", ct);
            Publish(context, "offer.made", "offer", offer.Id, new { offerId = offer.Id, respondBy, offerStatus = OfferStatus.Made });
        }, cancellationToken);

    /// <summary>Records the applicant's acceptance of the offer: bid Bid Accepted (001 §61.29, §61.49).</summary>
    public Task AcceptAsync(Actor actor, Guid shortlistId, Guid entryId, long? version, CancellationToken cancellationToken) =>
        ActAsync(actor, shortlistId, entryId, async (context, ct) =>
        {
            var entry = context.Entry;
            var offer = await OpenOfferAsync(entry.BidId, ct)
                ?? throw RegisterException.Conflict("no-offer", "There is no offer waiting for an answer on this bid; make an offer first.");
            RegisterWork.RequireVersion("shortlist entry", version, entry.Version);

            var before = Snapshot(context);
            var now = work.Time.GetUtcNow();
            offer.Status = OfferStatus.Accepted;
            SetBid(entry.Bid!, BidStatus.BidAccepted, now);
            Touch(entry);
            await work.AuditAsync(actor, context.Scope.LandlordId, "Offer", offer.Id.ToString(), "offer.accepted", before, Snapshot(context),
                "The applicant accepted the offer (001 §61.29, §61.49: Bid Accepted).", ct);
            Publish(context, "offer.accepted", "offer", offer.Id, new { offerId = offer.Id, offerStatus = OfferStatus.Accepted });
        }, cancellationToken);

    /// <summary>Records a refusal (001 §62.1): the offer is refused and the home goes to the next bidder (001 §62.2).</summary>
    public Task RefuseAsync(Actor actor, Guid shortlistId, Guid entryId, RefuseCommand command, CancellationToken cancellationToken) =>
        ActAsync(actor, shortlistId, entryId, async (context, ct) =>
        {
            if (command.Stage is not { } stage)
            {
                throw RegisterException.Invalid("stage", "required",
                    "Say how the home was refused: noResponse, noShowAtViewing, declinedMatch or declinedFormalOffer (001 §62.1).");
            }
            RequireNote(command.Reason, "reason", required: false);
            var entry = context.Entry;
            RequireBid(entry.Bid!, "refuse", BidStatus.BidShortlisted, BidStatus.BidAccepted);
            var offer = await OpenOfferAsync(entry.BidId, ct);
            if (stage == RefusalStage.DeclinedFormalOffer && offer is null)
            {
                throw RegisterException.Conflict("no-offer", "A formal offer can be declined only once it is made (001 §62.1).", field: "stage");
            }
            RegisterWork.RequireVersion("shortlist entry", command.Version, entry.Version);

            var before = Snapshot(context);
            var now = work.Time.GetUtcNow();
            var refusal = new Refusal
            {
                AdvertId = context.Scope.AdvertId,
                ApplicationId = entry.ApplicationId,
                OfferId = offer?.Id,
                Stage = stage,
                Reason = command.Reason,
                Reasonable = command.Reasonable,
                RecordedByUserId = actor.UserId,
                RecordedAt = now,
            };
            db.Refusals.Add(refusal);
            if (offer is not null)
            {
                offer.Status = OfferStatus.Refused;
            }
            SetBid(entry.Bid!, BidStatus.PropertyOfferedToOthers, now);
            Touch(entry);
            await MarkExhaustedIfNoneLeftAsync(context, ct);
            await work.AuditAsync(actor, context.Scope.LandlordId, "Refusal", refusal.Id.ToString(), "offer.refused", before, Snapshot(context),
                $"Refusal ({stage}, 001 §62.1){(command.Reasonable is { } r ? $"; found {(r ? "reasonable" : "unreasonable")} (001 §62.3)" : "")}. {command.Reason}".TrimEnd(), ct);
            Publish(context, "offer.refused", "refusal", refusal.Id, new { refusalId = refusal.Id, offerId = offer?.Id, stage, reasonable = command.Reasonable });
        }, cancellationToken);

    /// <summary>
    /// Lets the home (001 §61.47): one letting per advert; the bid Bid Let, the advert Let, the application Housed, and
    /// every other live bid on the advert Property Offered to Others (001 §61.49).
    /// </summary>
    public Task LetAsync(Actor actor, Guid shortlistId, Guid entryId, LetCommand command, CancellationToken cancellationToken) =>
        ActAsync(actor, shortlistId, entryId, async (context, ct) =>
        {
            if (command.TenancyStartDate is not { } tenancyStart)
            {
                throw RegisterException.Invalid("tenancyStartDate", "required", "Give the date the tenancy starts.");
            }
            var entry = context.Entry;
            if (context.Advert.Status == AdvertStatus.Let || await db.Lettings.AnyAsync(l => l.AdvertId == context.Scope.AdvertId, ct))
            {
                throw AlreadyLet();
            }
            RequireBid(entry.Bid!, "let", BidStatus.BidAccepted);
            RegisterWork.RequireVersion("shortlist entry", command.Version, entry.Version);

            var before = Snapshot(context);
            var now = work.Time.GetUtcNow();
            var offer = await db.Offers.Where(o => o.BidId == entry.BidId && o.Status == OfferStatus.Accepted)
                .OrderByDescending(o => o.OfferedAt).FirstOrDefaultAsync(ct);
            var application = await db.Applications.SingleAsync(a => a.Id == entry.ApplicationId, ct);
            var letting = new Letting
            {
                AdvertId = context.Scope.AdvertId,
                PropertyId = context.Advert.PropertyId,
                ApplicationId = entry.ApplicationId,
                OfferId = offer?.Id,
                TenancyStartDate = tenancyStart,
                LetAt = now,
                RecordedByUserId = actor.UserId,
            };
            db.Lettings.Add(letting);
            SetBid(entry.Bid!, BidStatus.BidLet, now);
            context.Advert.Status = AdvertStatus.Let;
            var applicationBefore = application.Status;
            application.Status = ApplicationStatus.Housed;
            application.StatusChangedAt = now;
            Touch(entry);
            await db.SaveChangesAsync(ct);
            var others = await db.Bids
                .Where(b => b.AdvertId == context.Scope.AdvertId && b.Id != entry.BidId
                    && (b.Status == BidStatus.Open || b.Status == BidStatus.BidShortlisted || b.Status == BidStatus.BidAccepted))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(b => b.Status, BidStatus.PropertyOfferedToOthers)
                    .SetProperty(b => b.StatusChangedAt, now)
                    .SetProperty(b => b.Version, b => b.Version + 1), ct);
            // Housed: the household's live bids for other homes are withdrawn, so no other shortlist waits on them.
            var ownWithdrawn = await db.Bids
                .Where(b => b.ApplicationId == entry.ApplicationId && b.AdvertId != context.Scope.AdvertId
                    && (b.Status == BidStatus.Open || b.Status == BidStatus.BidShortlisted))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(b => b.Status, BidStatus.Withdrawn)
                    .SetProperty(b => b.StatusChangedAt, now)
                    .SetProperty(b => b.Version, b => b.Version + 1), ct);
            await work.AuditAsync(actor, context.Scope.LandlordId, "Letting", letting.Id.ToString(), "home.let", before,
                new { lettingId = letting.Id, tenancyStartDate = tenancyStart, bidStatus = BidStatus.BidLet, advertStatus = AdvertStatus.Let, applicationStatus = ApplicationStatus.Housed, applicationStatusBefore = applicationBefore, otherBidsLost = others, ownOtherBidsWithdrawn = ownWithdrawn },
                "The applicant accepted the formal offer: Bid Let and Housed; everyone else's bid is Property Offered to Others (001 §61.47, §61.49); the household's bids for other homes are withdrawn.", ct);
            Publish(context, "home.let", "letting", letting.Id, new { lettingId = letting.Id, propertyId = context.Advert.PropertyId, tenancyStartDate = tenancyStart, applicationStatus = ApplicationStatus.Housed });
        }, cancellationToken);

    private static RegisterException AlreadyLet() =>
        RegisterException.Conflict("already-let", "This home has already been let; a home is let once.");

    private async Task ActAsync(Actor actor, Guid shortlistId, Guid entryId, Func<EntryContext, CancellationToken, Task> action, CancellationToken cancellationToken)
    {
        try
        {
            await work.RunAsync(async ct =>
            {
                var advertId = await db.Shortlists.AsNoTracking().Where(s => s.Id == shortlistId).Select(s => (Guid?)s.AdvertId).SingleOrDefaultAsync(ct)
                    ?? throw RegisterException.NotFound("shortlist", shortlistId);
                var scope = await ShortlistScope.ForAdvertAsync(db, advertId, ct);
                if (scope is null || !scope.CanRead(actor))
                {
                    throw RegisterException.NotFound("shortlist", shortlistId);
                }
                if (!scope.CanAct(actor))
                {
                    throw RegisterException.Forbidden("forbidden",
                        "Only the landlord's officers (or the partnership's managers) work a shortlist; you may read it (001 §61.3, §61.6).");
                }
                await db.LockAdvertAsync(advertId, ct);
                var entry = await db.ShortlistEntries.Include(e => e.Bid)
                    .SingleOrDefaultAsync(e => e.Id == entryId && e.ShortlistId == shortlistId, ct)
                    ?? throw RegisterException.NotFound("shortlist entry", entryId);
                var advert = await db.Adverts.SingleAsync(a => a.Id == advertId, ct);
                var reference = await db.Applications.AsNoTracking().Where(a => a.Id == entry.ApplicationId).Select(a => a.Reference).SingleAsync(ct);
                await action(new EntryContext(scope, advert, entry, reference), ct);
                return true;
            }, cancellationToken);
        }
        catch (DbUpdateException ex) when (DatabaseConflicts.IsUniqueViolation(ex))
        {
            throw AlreadyLet(); // the one unique row an action adds is the letting of the advert
        }
    }

    private static void RequireBid(Bid bid, string action, params BidStatus[] allowed)
    {
        if (!allowed.Contains(bid.Status))
        {
            throw RegisterException.Conflict("bid-state",
                $"The bid is {bid.Status}; to {action} it must be {string.Join(" or ", allowed)} (001 §61.49).");
        }
    }

    private static void RequireNote(string? text, string field, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(text))
        {
            throw RegisterException.Invalid(field, "required", $"'{field}' is required.");
        }
        if (text is { Length: > MaxNote })
        {
            throw RegisterException.Invalid(field, "too-long", $"'{field}' is limited to {MaxNote} characters.");
        }
    }

    private static void SetBid(Bid bid, BidStatus status, DateTimeOffset now)
    {
        bid.Status = status;
        bid.StatusChangedAt = now;
    }

    /// <summary>Marks the entry changed so its version moves on with every action on it.</summary>
    private void Touch(ShortlistEntry entry) => db.Entry(entry).State = EntityState.Modified;

    private Task<Offer?> OpenOfferAsync(Guid bidId, CancellationToken ct) =>
        db.Offers.Where(o => o.BidId == bidId && o.Status == OfferStatus.Made).OrderByDescending(o => o.OfferedAt).FirstOrDefaultAsync(ct);

    private async Task WithdrawOpenOffersAsync(Guid bidId, CancellationToken ct)
    {
        foreach (var offer in await db.Offers.Where(o => o.BidId == bidId && o.Status == OfferStatus.Made).ToListAsync(ct))
        {
            offer.Status = OfferStatus.Withdrawn;
        }
    }

    /// <summary>When every bidder has been bypassed or has lost the home, the shortlist is exhausted (001 §61.13).</summary>
    private async Task MarkExhaustedIfNoneLeftAsync(EntryContext context, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        var left = await db.ShortlistEntries.AnyAsync(e => e.ShortlistId == context.Entry.ShortlistId && !e.Bypassed
            && (e.Bid!.Status == BidStatus.Open || e.Bid.Status == BidStatus.BidShortlisted || e.Bid.Status == BidStatus.BidAccepted), ct);
        if (!left && context.Advert.Status == AdvertStatus.Shortlisting)
        {
            context.Advert.Status = AdvertStatus.ShortlistExhausted;
        }
    }

    private void Publish(EntryContext context, string type, string entityType, Guid entityId, object details)
    {
        var entry = context.Entry;
        work.Publish(type, entityType, entityId.ToString(), context.Scope.LandlordId, context.Scope.PartnershipId, new
        {
            shortlistId = entry.ShortlistId,
            entryId = entry.Id,
            advertId = context.Scope.AdvertId,
            bidId = entry.BidId,
            applicationId = entry.ApplicationId,
            applicationReference = context.Reference,
            position = entry.Position,
            bidStatus = entry.Bid!.Status,
            bypassed = entry.Bypassed,
            advertStatus = context.Advert.Status,
            details,
        });
    }

    private static object Snapshot(EntryContext context) => new
    {
        position = context.Entry.Position,
        applicationReference = context.Reference,
        bidStatus = context.Entry.Bid!.Status,
        bypassed = context.Entry.Bypassed,
        bypassReasonCode = context.Entry.BypassReasonCode,
        advertStatus = context.Advert.Status,
    };

    private sealed record EntryContext(ShortlistScope Scope, Advert Advert, ShortlistEntry Entry, string Reference);
}
