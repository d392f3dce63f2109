using Microsoft.EntityFrameworkCore;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Infrastructure.Register.Access;
using OpenLettings.Infrastructure.Register.Homes;
using OpenLettings.Infrastructure.Register.Schemes;

namespace OpenLettings.Infrastructure.Register.Applications;

/// <summary>
/// Reviews of the local authority's decisions on an application (Devon: 001 §77; the timetable comes from the
/// scheme's <see cref="IRegisterScheme.Reviews"/>). The applicant asks (or an officer records a written request);
/// an officer acknowledges it; a caseworker who played no part in the decision decides it, with reasons (§77.7).
/// While a review the scheme names is pending (Devon: bedroom need, §77.8) the household may not bid.
/// </summary>
/// <remarks>
/// Reviews of a bypass or of a decision not to allocate go to the landlord that decided (001 §77.4, §61.38) and are
/// not held here. An overturned decision is put right with a new assessment or an override that cites the review.
/// </remarks>
public sealed class ReviewService(RegisterWork work, ApplicationService applications)
{
    /// <summary>Review states in which the review is still to be decided.</summary>
    internal static readonly ReviewStatus[] Pending = [ReviewStatus.Requested, ReviewStatus.InProgress];

    /// <summary>Subjects the local authority reviews; each of the first four is a stored decision.</summary>
    private static readonly IReadOnlyDictionary<ReviewSubject, DecisionKind?> Reviewable = new Dictionary<ReviewSubject, DecisionKind?>
    {
        [ReviewSubject.Eligibility] = DecisionKind.Eligibility,
        [ReviewSubject.Qualification] = DecisionKind.Qualification,
        [ReviewSubject.BedroomNeed] = DecisionKind.BedroomNeed,
        [ReviewSubject.Band] = DecisionKind.Band,
        [ReviewSubject.Suspension] = null,
        [ReviewSubject.Cancellation] = null,
    };

    private RegisterDbContext Db => work.Db;

    /// <summary>
    /// Asks for a review: by the applicant, or by a caseworker recording a written request. A review of a stored
    /// decision names it (<paramref name="decisionId"/>) or reviews the one in force, and must be asked for within the
    /// scheme's window of that decision (001 §77.2).
    /// </summary>
    public async Task<ReviewView> RequestAsync(Actor actor, Guid id, ReviewSubject? subject, Guid? decisionId, string? grounds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return await work.RunAsync(async ct =>
        {
            var (entity, rights) = await applications.LoadForChangeAsync(actor, id, ct);
            if (!rights.IsApplicant)
            {
                rights.RequireCaseworker("ask for a review on the applicant's behalf");
            }
            var what = subject ?? throw RegisterException.Invalid("subject", "required", "Say which decision to review (subject).");
            if (!Reviewable.TryGetValue(what, out var kind))
            {
                throw RegisterException.Invalid("subject", "landlord-review",
                    $"A review of a {what} decision is asked of the landlord that decided it, not the local authority (001 §77.4, §61.38).");
            }
            var text = RegisterText.Require(grounds, "grounds",
                "Say which section of the policy was applied incorrectly (001 §77.3); new evidence is a change of circumstances, not a review.");
            if (entity.Status == ApplicationStatus.Draft)
            {
                throw RegisterException.Conflict("application-draft", $"Application {entity.Reference} is a draft: there is no decision to review yet.");
            }
            // One pending review per subject, even when two requests arrive together.
            await Db.LockApplicationAsync(id, ct);
            var pending = Pending;
            if (await Db.Reviews.AnyAsync(r => r.ApplicationId == id && r.Subject == what && pending.Contains(r.Status), ct))
            {
                throw RegisterException.Conflict("review-pending", $"A review of the {what} decision is already waiting to be decided.", field: "subject");
            }

            var now = work.Time.GetUtcNow();
            var (scheme, settings) = await HomesAccess.SchemeOfAsync(Db, entity.PartnershipId, ct);
            var rules = scheme.Reviews(UkTime.Today(work.Time), settings);
            var decision = kind is { } k ? await DecisionUnderReviewAsync(id, k, decisionId, ct) : null;
            if (decision is null && decisionId is not null)
            {
                throw RegisterException.Invalid("decisionId", "not-applicable", $"A review of a {what} is not of a stored decision: leave decisionId out.");
            }
            if (decision is not null && rules.RequestWindowDays is { } window && now > decision.DecidedAt.AddDays(window))
            {
                throw RegisterException.Conflict("review-window-closed",
                    $"The {what} decision was made on {UkTime.Local(decision.DecidedAt):d MMMM yyyy}; a review must be asked for within {window} days of it ({rules.Citation}).",
                    field: "decisionId");
            }

            var review = new Review
            {
                ApplicationId = id,
                DecisionId = decision?.Id,
                Subject = what,
                Status = ReviewStatus.Requested,
                RequestedAt = now,
                RequestedByUserId = actor.UserId,
                DueBy = now.AddDays(rules.DecideDays),
                Grounds = text,
            };
            Db.Reviews.Add(review);
            var suspends = rules.SuspendBidding.Contains(what);
            await work.AuditAsync(actor, entity.ManagingAuthorityId, "application", id.ToString(), "application.review-requested",
                null, new { reviewId = review.Id, subject = what, decisionId = decision?.Id, review.DueBy },
                $"Review of the {what} decision requested; to be decided by {UkTime.Local(review.DueBy):d MMMM yyyy} ({rules.Citation})"
                + (suspends ? "; the household may not bid until it is decided." : "."), ct);
            Publish(entity, "review-requested", review);
            return ToView(review, rules, now);
        }, cancellationToken);
    }

    /// <summary>An officer acknowledges the request (001 §77.7: within 7 days).</summary>
    public Task<ReviewView> AcknowledgeAsync(Actor actor, Guid id, Guid reviewId, long? version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, id, reviewId, version, "acknowledge a review", (review, rules, now, _) =>
        {
            if (review.Status != ReviewStatus.Requested)
            {
                throw RegisterException.Conflict("review-not-requested", $"The review is {review.Status}; only a new request is acknowledged.");
            }
            review.Status = ReviewStatus.InProgress;
            review.AcknowledgedAt = now;
            var late = now > review.RequestedAt.AddDays(rules.AcknowledgeDays) ? $" (after the {rules.AcknowledgeDays} days the scheme allows)" : "";
            return Task.FromResult(("application.review-acknowledged", "review-acknowledged", $"Review of the {review.Subject} decision acknowledged{late} ({rules.Citation})."));
        }, cancellationToken);

    /// <summary>
    /// Decides a review: <see cref="ReviewStatus.Upheld"/> (the decision stands) or <see cref="ReviewStatus.Overturned"/>,
    /// with the reasons the applicant is told in writing (001 §77.7), by a caseworker who played no part in the decision.
    /// </summary>
    public Task<ReviewView> DecideAsync(Actor actor, Guid id, Guid reviewId, ReviewStatus? outcome, string? reasons, long? version, CancellationToken cancellationToken = default)
    {
        if (outcome is not (ReviewStatus.Upheld or ReviewStatus.Overturned))
        {
            throw RegisterException.Invalid("outcome", "one-of", "The outcome is upheld (the decision stands) or overturned.");
        }
        var text = RegisterText.Require(reasons, "reasons", "Give the reasons for the outcome: the applicant is told them in writing (001 §77.7).");
        return ChangeAsync(actor, id, reviewId, version, "decide a review", async (review, rules, now, ct) =>
        {
            RequireOpen(review);
            if (review.DecisionId is { } decided && await Db.Decisions.AsNoTracking().AnyAsync(d => d.Id == decided && d.DecidedByUserId == actor.UserId, ct))
            {
                throw RegisterException.Forbidden("reviewer-involved",
                    "The review is carried out by an officer who played no part in the original decision (001 §77.7); you made it.");
            }
            review.Status = outcome.Value;
            review.Outcome = text;
            review.DecidedByUserId = actor.UserId;
            review.DecidedAt = now;
            var late = now > review.DueBy ? $", after the {rules.DecideDays} days the scheme allows" : "";
            return ("application.review-decided", "review-decided",
                $"Review of the {review.Subject} decision {outcome.Value.ToString().ToLowerInvariant()}{late} ({rules.Citation}): {text}");
        }, cancellationToken);
    }

    /// <summary>The applicant (or a caseworker for them) withdraws a review that is not yet decided.</summary>
    public async Task<ReviewView> WithdrawAsync(Actor actor, Guid id, Guid reviewId, long? version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return await ChangeAsync(actor, id, reviewId, version, null, (review, rules, now, _) =>
        {
            RequireOpen(review);
            review.Status = ReviewStatus.Withdrawn;
            review.DecidedAt = now;
            return Task.FromResult(("application.review-withdrawn", "review-withdrawn", $"Review of the {review.Subject} decision withdrawn."));
        }, cancellationToken);
    }

    /// <summary>The application's reviews, newest first: the applicant and caseworkers.</summary>
    public async Task<IReadOnlyList<ReviewView>> ListAsync(Actor actor, Guid id, CancellationToken cancellationToken = default)
    {
        var (application, rules) = await ReadableAsync(actor, id, cancellationToken);
        // An application has a handful of reviews: one page.
        var rows = await Db.Reviews.AsNoTracking().Where(r => r.ApplicationId == id)
            .OrderByDescending(r => r.RequestedAt).ThenByDescending(r => r.Id).Take(500).ToListAsync(cancellationToken);
        var now = work.Time.GetUtcNow();
        return [.. rows.Select(r => ToView(r, rules, now))];
    }

    /// <summary>One review of the application.</summary>
    public async Task<ReviewView> GetAsync(Actor actor, Guid id, Guid reviewId, CancellationToken cancellationToken = default)
    {
        var (_, rules) = await ReadableAsync(actor, id, cancellationToken);
        var review = await Db.Reviews.AsNoTracking().SingleOrDefaultAsync(r => r.Id == reviewId && r.ApplicationId == id, cancellationToken)
            ?? throw RegisterException.NotFound("review", reviewId);
        return ToView(review, rules, work.Time.GetUtcNow());
    }

    private async Task<ReviewView> ChangeAsync(Actor actor, Guid id, Guid reviewId, long? version, string? caseworkerOnly,
        Func<Review, ReviewRules, DateTimeOffset, CancellationToken, Task<(string Action, string Change, string Reason)>> apply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return await work.RunAsync(async ct =>
        {
            var (entity, rights) = await applications.LoadForChangeAsync(actor, id, ct);
            if (caseworkerOnly is not null || !rights.IsApplicant)
            {
                rights.RequireCaseworker(caseworkerOnly ?? "withdraw a review on the applicant's behalf");
            }
            var review = await Db.Reviews.SingleOrDefaultAsync(r => r.Id == reviewId && r.ApplicationId == id, ct)
                ?? throw RegisterException.NotFound("review", reviewId);
            RegisterWork.RequireVersion("review", version, review.Version);
            var (scheme, settings) = await HomesAccess.SchemeOfAsync(Db, entity.PartnershipId, ct);
            var rules = scheme.Reviews(UkTime.Today(work.Time), settings);
            var now = work.Time.GetUtcNow();
            var before = AuditState(review);
            var (action, change, reason) = await apply(review, rules, now, ct);
            await work.AuditAsync(actor, entity.ManagingAuthorityId, "application", id.ToString(), action, before, AuditState(review), reason, ct);
            Publish(entity, change, review);
            return ToView(review, rules, now);
        }, cancellationToken);
    }

    private async Task<(HousingApplication Application, ReviewRules Rules)> ReadableAsync(Actor actor, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var application = await Db.Applications.AsNoTracking().VisibleTo(Db, actor).SingleOrDefaultAsync(a => a.Id == id, ct)
            ?? throw RegisterException.NotFound("application", id);
        var rights = actor.RightsOver(application);
        if (!rights.IsApplicant && !rights.IsCaseworker)
        {
            throw RegisterException.Forbidden("forbidden", "Reviews are between the applicant and their local authority: only they read them.");
        }
        var (scheme, settings) = await HomesAccess.SchemeOfAsync(Db, application.PartnershipId, ct);
        return (application, scheme.Reviews(UkTime.Today(work.Time), settings));
    }

    private async Task<DecisionRecord?> DecisionUnderReviewAsync(Guid id, DecisionKind kind, Guid? decisionId, CancellationToken ct)
    {
        if (decisionId is { } named)
        {
            var decision = await Db.Decisions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == named && d.ApplicationId == id, ct)
                ?? throw RegisterException.NotFound("decision", named);
            if (decision.Kind != kind)
            {
                throw RegisterException.Invalid("decisionId", "subject-mismatch", $"Decision {named} is a {decision.Kind} decision, not {kind}.");
            }
            return decision;
        }
        return await Db.Decisions.AsNoTracking().Where(d => d.ApplicationId == id && d.Kind == kind && d.SupersededAt == null)
            .OrderByDescending(d => d.DecidedAt).FirstOrDefaultAsync(ct)
            ?? throw RegisterException.Conflict("no-decision", $"There is no {kind} decision on the application to review yet.", field: "subject");
    }

    private static void RequireOpen(Review review)
    {
        if (!Pending.Contains(review.Status))
        {
            throw RegisterException.Conflict("review-closed", $"The review is {review.Status} and can no longer change.");
        }
    }

    private void Publish(HousingApplication entity, string change, Review review) =>
        work.Publish("application.updated", "application", entity.Id.ToString(), entity.ManagingAuthorityId, entity.PartnershipId,
            new { applicationId = entity.Id, reference = entity.Reference, status = entity.Status, change, reviewId = review.Id, subject = review.Subject, reviewStatus = review.Status });

    private static object AuditState(Review review) => new { reviewId = review.Id, review.Subject, review.Status, review.DecisionId, review.DueBy, review.AcknowledgedAt, review.DecidedAt };

    private static ReviewView ToView(Review review, ReviewRules rules, DateTimeOffset now)
    {
        var pending = Pending.Contains(review.Status);
        return new ReviewView(
            review.Id, review.ApplicationId, review.Subject, review.Status, review.DecisionId, review.Grounds ?? "",
            review.RequestedByUserId, review.RequestedAt,
            review.RequestedAt.AddDays(rules.AcknowledgeDays), review.AcknowledgedAt,
            review.DueBy, pending && now > review.DueBy,
            pending && rules.SuspendBidding.Contains(review.Subject),
            review.Outcome, review.DecidedByUserId, review.DecidedAt,
            review.Status is ReviewStatus.Upheld or ReviewStatus.Overturned
                ? "If you are unhappy with the review decision, you may seek advice from a solicitor or Citizens Advice (001 §77.9)."
                : null,
            rules.Citation, review.Version);
    }
}

/// <summary>Applications filtered by pending reviews.</summary>
public static class PendingReviews
{
    /// <summary>
    /// The applications with no pending review of a subject in <paramref name="subjects"/>: those whose household may
    /// bid (Devon: a review of bedroom need suspends bidding, 001 §77.8).
    /// </summary>
    public static IQueryable<HousingApplication> WithoutPendingReviewOf(this IQueryable<HousingApplication> applications, RegisterDbContext db, IReadOnlyCollection<ReviewSubject> subjects)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(subjects);
        if (subjects.Count == 0)
        {
            return applications;
        }
        var pending = ReviewService.Pending;
        var listed = subjects.ToArray();
        return applications.Where(a => !db.Reviews.Any(r => r.ApplicationId == a.Id && pending.Contains(r.Status) && listed.Contains(r.Subject)));
    }
}
