using System.Collections.Immutable;
using System.Globalization;
using OpenLettings.Domain.Calendar;
using OpenLettings.Domain.Explanations;

namespace OpenLettings.Domain.Schemes.Chesterfield;

/// <summary>The applicant's answer to a periodic review (003 Appendix B 5(vii)).</summary>
public enum ReviewResponse
{
    /// <summary>No answer received.</summary>
    NoResponse,
    /// <summary>Wishes to stay on the register (any change of circumstances is reported with the answer).</summary>
    WishesToRemain,
    /// <summary>Asks to be removed.</summary>
    WishesToBeRemoved,
}

/// <summary>Exceptional circumstances allowing reinstatement after the reinstatement window (003 Appendix B 5(vii)).</summary>
public enum ReinstatementException
{
    None,
    /// <summary>The applicant was not aware they had been removed.</summary>
    UnawareOfRemoval,
    /// <summary>Removed because of an administrative error.</summary>
    AdministrativeError,
    /// <summary>Other exceptional circumstances accepted by an officer (the list is "may include").</summary>
    OtherExceptional,
}

/// <summary>The facts of one periodic review (officer actions and the applicant's answer are inputs).</summary>
public sealed record AnnualReviewCase
{
    /// <summary>The date the application was last reviewed (the registration date for a first review).</summary>
    public required DateOnly LastReviewedOn { get; init; }

    /// <summary>The applicant's band now (higher bands may be reviewed more often).</summary>
    public ChesterfieldBand Band { get; init; } = ChesterfieldBand.D;

    /// <summary>The date the applicant was contacted for this review; null if not yet contacted.</summary>
    public DateOnly? ContactedOn { get; init; }

    public ReviewResponse Response { get; init; } = ReviewResponse.NoResponse;

    /// <summary>The date the answer was received.</summary>
    public DateOnly? RespondedOn { get; init; }

    /// <summary>The date the applicant asked to be reinstated after removal for non-response.</summary>
    public DateOnly? ReinstatementRequestedOn { get; init; }

    public ReinstatementException Exception { get; init; } = ReinstatementException.None;
}

/// <summary>Where a periodic review stands.</summary>
public enum AnnualReviewStatus
{
    /// <summary>The next review is not yet due.</summary>
    NotDue,
    /// <summary>Due (or overdue) and the applicant has not been contacted; the application stays as it is.</summary>
    DueNotContacted,
    /// <summary>Contacted; the response period has not ended.</summary>
    AwaitingResponse,
    /// <summary>The applicant answered in time and stays on the register.</summary>
    Confirmed,
    /// <summary>Removed at the applicant's request.</summary>
    RemovedAtRequest,
    /// <summary>Removed without further notice for not answering in time.</summary>
    RemovedNoResponse,
    /// <summary>Removed for not answering, then reinstated (within the window or exceptionally).</summary>
    Reinstated,
    /// <summary>Reinstatement asked for too late without exceptional circumstances: a new application is needed.</summary>
    NewApplicationRequired,
}

/// <summary>The outcome of a periodic review on a date, with the dates that matter.</summary>
public sealed record AnnualReviewDecision
{
    public required AnnualReviewStatus Status { get; init; }

    /// <summary>When this review is (or was) due.</summary>
    public required DateOnly ReviewDueOn { get; init; }

    /// <summary>When the next review is due (after a confirmed review or reinstatement).</summary>
    public DateOnly? NextReviewDueOn { get; init; }

    /// <summary>The last day to answer.</summary>
    public DateOnly? ResponseDeadline { get; init; }

    /// <summary>The date of removal.</summary>
    public DateOnly? RemovedOn { get; init; }

    /// <summary>The last day on which the application can be reinstated without exceptional circumstances.</summary>
    public DateOnly? ReinstatementDeadline { get; init; }

    /// <summary>Whether the applicant is still on the register (removal ends it).</summary>
    public bool OnRegister => Status is not (AnnualReviewStatus.RemovedAtRequest or AnnualReviewStatus.RemovedNoResponse or AnnualReviewStatus.NewApplicationRequired);

    /// <summary>Whether written reasons and a review right are owed (not for removal at request or for non-response, 003 Appendix B 5(viii)).</summary>
    public bool RightToReview { get; init; }

    public ImmutableArray<Reason> Reasons { get; init; } = [];
}

/// <summary>Periodic reviews of applications and reinstatement after removal (003 Appendix B 5(vii), 5(viii)).</summary>
public static class AnnualReview
{
    private static Citation Cite => ChesterfieldCitations.Policy("5(vii)");

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The review interval for a band: the higher-band interval if set and the band is a higher band.</summary>
    public static int IntervalMonths(ChesterfieldBand band, ChesterfieldOptions options) =>
        options.HigherBandReviewIntervalMonths is { } higher && options.HigherReviewBands.Contains(band) ? higher : options.ReviewIntervalMonths;

    /// <summary>A calendar-day deadline, moved to the next working day when the option says so.</summary>
    public static DateOnly CalendarDeadline(DateOnly start, int days, ChesterfieldOptions options)
    {
        var deadline = start.AddDays(days);
        if (options.CalendarDeadlinesRollToWorkingDay)
        {
            while (!WorkingDays.IsWorkingDay(deadline))
            {
                deadline = deadline.AddDays(1);
            }
        }

        return deadline;
    }

    /// <summary>Decides the state of a periodic review on <paramref name="asOf"/>.</summary>
    public static AnnualReviewDecision Decide(AnnualReviewCase review, ChesterfieldOptions options, DateOnly asOf)
    {
        var interval = IntervalMonths(review.Band, options);
        var due = review.LastReviewedOn.AddMonths(interval);
        var intervalFact = new Fact("review interval (months)", interval.ToString(CultureInfo.InvariantCulture));

        if (review.ContactedOn is not { } contacted)
        {
            return asOf < due
                ? new AnnualReviewDecision
                {
                    Status = AnnualReviewStatus.NotDue, ReviewDueOn = due, NextReviewDueOn = due,
                    Reasons = [new Reason("CBC.Review.NotDue", Cite, $"Applications are reviewed every {interval} months; your next review is due on {D(due)}.").With(intervalFact)],
                }
                : new AnnualReviewDecision
                {
                    Status = AnnualReviewStatus.DueNotContacted, ReviewDueOn = due,
                    Reasons = [new Reason("CBC.Review.Due", Cite, $"Your application was due for review on {D(due)}. We will contact you to check you wish to stay on the register and your circumstances have not changed.").With(intervalFact)],
                };
        }

        var deadline = CalendarDeadline(contacted, options.ReviewResponseDays, options);
        var deadlineFact = new Fact("response deadline", D(deadline));
        var answeredInTime = review.RespondedOn is { } responded && responded <= deadline;

        if (review.Response == ReviewResponse.WishesToBeRemoved && review.RespondedOn is { } removedAt && removedAt <= asOf)
        {
            return new AnnualReviewDecision
            {
                Status = AnnualReviewStatus.RemovedAtRequest, ReviewDueOn = due, ResponseDeadline = deadline, RemovedOn = removedAt,
                Reasons = [new Reason("CBC.Review.RemovedAtRequest", ChesterfieldCitations.Policy("5(viii)"), $"You asked to be removed from the housing register, so your application was closed on {D(removedAt)}.")],
            };
        }

        if (review.Response == ReviewResponse.WishesToRemain && answeredInTime && review.RespondedOn!.Value <= asOf)
        {
            var next = review.RespondedOn.Value.AddMonths(interval);
            return new AnnualReviewDecision
            {
                Status = AnnualReviewStatus.Confirmed, ReviewDueOn = due, ResponseDeadline = deadline, NextReviewDueOn = next,
                Reasons = [new Reason("CBC.Review.Confirmed", Cite, $"You answered the review on {D(review.RespondedOn.Value)}, within the {options.ReviewResponseDays} days allowed, so you stay on the register. Your next review is due on {D(next)}.").With(deadlineFact)],
            };
        }

        if (asOf <= deadline)
        {
            return new AnnualReviewDecision
            {
                Status = AnnualReviewStatus.AwaitingResponse, ReviewDueOn = due, ResponseDeadline = deadline,
                Reasons = [new Reason("CBC.Review.Awaiting", Cite, $"We contacted you on {D(contacted)} to review your application. If you do not answer by {D(deadline)} your application will be removed without further notice.").With(deadlineFact)],
            };
        }

        // Not answered in time: removed the day after the deadline, without further notice and without a review right (5(viii)).
        var removedOn = deadline.AddDays(1);
        var reinstateBy = removedOn.AddMonths(options.ReinstatementMonths);
        var removed = new Reason("CBC.Review.RemovedNoResponse", Cite,
                $"You did not answer the review by {D(deadline)} ({options.ReviewResponseDays} days after we contacted you on {D(contacted)}), so your application was removed on {D(removedOn)} without further notice. It can be reinstated if you ask by {D(reinstateBy)}.")
            .With(deadlineFact, new Fact("reinstatement deadline", D(reinstateBy)));

        // A late answer wishing to stay is treated as a request for reinstatement.
        var request = review.ReinstatementRequestedOn
            ?? (review.Response == ReviewResponse.WishesToRemain && review.RespondedOn is { } late && late > deadline ? late : null);
        if (request is not { } requested || requested > asOf)
        {
            return new AnnualReviewDecision
            {
                Status = AnnualReviewStatus.RemovedNoResponse, ReviewDueOn = due, ResponseDeadline = deadline, RemovedOn = removedOn, ReinstatementDeadline = reinstateBy,
                Reasons = [removed],
            };
        }

        var requestFact = new Fact("reinstatement requested", D(requested));
        if (requested <= reinstateBy || review.Exception != ReinstatementException.None)
        {
            var within = requested <= reinstateBy;
            var next = requested.AddMonths(interval);
            return new AnnualReviewDecision
            {
                Status = AnnualReviewStatus.Reinstated, ReviewDueOn = due, ResponseDeadline = deadline, RemovedOn = removedOn, ReinstatementDeadline = reinstateBy, NextReviewDueOn = next,
                Reasons =
                [
                    removed,
                    new Reason(within ? "CBC.Review.Reinstated" : "CBC.Review.ReinstatedExceptionally", Cite,
                        within
                            ? $"You asked on {D(requested)}, within {options.ReinstatementMonths} months of removal, so your application is reinstated with its band and priority date."
                            : $"You asked on {D(requested)}, more than {options.ReinstatementMonths} months after removal, but exceptional circumstances apply ({review.Exception}), so your application is reinstated with its band and priority date.")
                        .With(requestFact, new Fact("exception", review.Exception.ToString())),
                ],
            };
        }

        return new AnnualReviewDecision
        {
            Status = AnnualReviewStatus.NewApplicationRequired, ReviewDueOn = due, ResponseDeadline = deadline, RemovedOn = removedOn, ReinstatementDeadline = reinstateBy,
            RightToReview = true,
            Reasons =
            [
                removed,
                new Reason("CBC.Review.ReinstatementRefused", Cite,
                        $"You asked to be reinstated on {D(requested)}, after {D(reinstateBy)} ({options.ReinstatementMonths} months after removal), and no exceptional circumstances (such as not knowing you had been removed, or an administrative error) apply, so you need to make a new application. You can ask for a review of this decision.")
                    .With(requestFact),
            ],
        };
    }
}
