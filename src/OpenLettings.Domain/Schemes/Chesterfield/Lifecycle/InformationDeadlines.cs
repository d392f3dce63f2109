using System.Collections.Immutable;
using System.Globalization;
using OpenLettings.Domain.Calendar;
using OpenLettings.Domain.Explanations;

namespace OpenLettings.Domain.Schemes.Chesterfield;

/// <summary>Which information request a deadline belongs to (ambiguity register item 9: three different deadlines).</summary>
public enum InformationRequestKind
{
    /// <summary>Information needed to validate a new application: 20 working days (003 Appendix B 5(v)).</summary>
    Validation,
    /// <summary>Information requested while an application is pending: 28 days, unless there is good reason (003 Appendix B 5(ix)).</summary>
    Pending,
}

/// <summary>One request for information and what happened to it.</summary>
public sealed record InformationRequest
{
    public required InformationRequestKind Kind { get; init; }

    /// <summary>The date the applicant was told what to provide.</summary>
    public required DateOnly RequestedOn { get; init; }

    /// <summary>The date the information arrived; null if it has not.</summary>
    public DateOnly? ProvidedOn { get; init; }

    /// <summary>An officer accepted a good reason for the delay (counts for pending requests only).</summary>
    public bool GoodReasonForDelay { get; init; }
}

/// <summary>Where an information request stands.</summary>
public enum InformationRequestStatus
{
    /// <summary>Not yet provided; the deadline has not passed.</summary>
    Awaiting,
    /// <summary>Provided by the deadline.</summary>
    Provided,
    /// <summary>Late or missing, but a good reason was accepted: the application stays pending.</summary>
    GoodReasonAccepted,
    /// <summary>Not provided by the deadline: the application is removed.</summary>
    Removed,
}

/// <summary>The outcome of an information request on a date.</summary>
public sealed record InformationDeadlineDecision
{
    public required InformationRequestStatus Status { get; init; }

    /// <summary>The last day to provide the information.</summary>
    public required DateOnly Deadline { get; init; }

    public DateOnly? RemovedOn { get; init; }

    /// <summary>A removal is explained in writing and can be reviewed (003 Appendix B 5(viii), 13).</summary>
    public bool RightToReview => Status == InformationRequestStatus.Removed;

    public ImmutableArray<Reason> Reasons { get; init; } = [];
}

/// <summary>
/// The information deadlines that remove an application: 20 working days to validate (003 Appendix B 5(v)) and
/// 28 days for a pending application (5(ix)). The 2-week rule that moves the priority date (5(x)) is in
/// <see cref="PriorityDates"/>.
/// </summary>
public static class InformationDeadlines
{
    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The deadline for a request: working days (England and Wales) for validation, calendar days for pending.</summary>
    public static DateOnly DeadlineFor(InformationRequest request, ChesterfieldOptions options) => request.Kind switch
    {
        InformationRequestKind.Validation => WorkingDays.AddWorkingDays(request.RequestedOn, options.ValidationInformationWorkingDays),
        InformationRequestKind.Pending => AnnualReview.CalendarDeadline(request.RequestedOn, options.PendingInformationDays, options),
    };

    /// <summary>Decides the state of <paramref name="request"/> on <paramref name="asOf"/>.</summary>
    public static InformationDeadlineDecision Decide(InformationRequest request, ChesterfieldOptions options, DateOnly asOf)
    {
        var deadline = DeadlineFor(request, options);
        var (cite, period) = request.Kind switch
        {
            InformationRequestKind.Validation => (ChesterfieldCitations.Policy("5(v)"), $"{options.ValidationInformationWorkingDays} working days"),
            InformationRequestKind.Pending => (ChesterfieldCitations.Policy("5(ix)"), $"{options.PendingInformationDays} days"),
        };
        var facts = new[] { new Fact("requested on", D(request.RequestedOn)), new Fact("deadline", D(deadline)) };

        if (request.ProvidedOn is { } provided && provided <= asOf && provided <= deadline)
        {
            return new InformationDeadlineDecision
            {
                Status = InformationRequestStatus.Provided, Deadline = deadline,
                Reasons = [new Reason("CBC.Information.Provided", cite, $"You provided the information we asked for on {D(provided)}, within {period}.").With(facts)],
            };
        }

        if (asOf <= deadline)
        {
            return new InformationDeadlineDecision
            {
                Status = InformationRequestStatus.Awaiting, Deadline = deadline,
                Reasons = [new Reason("CBC.Information.Awaiting", cite,
                    $"Your application is pending until you provide the information we asked for on {D(request.RequestedOn)}. If it is not provided by {D(deadline)} ({period}), your application will be removed.").With(facts)],
            };
        }

        if (request.Kind == InformationRequestKind.Pending && request.GoodReasonForDelay)
        {
            return new InformationDeadlineDecision
            {
                Status = InformationRequestStatus.GoodReasonAccepted, Deadline = deadline,
                Reasons = [new Reason("CBC.Information.GoodReason", cite,
                    $"The information was not provided by {D(deadline)}, but we accepted there was a good reason, so your application stays pending and is not removed.").With(facts)],
            };
        }

        var removedOn = deadline.AddDays(1);
        var text = $"The information we asked for on {D(request.RequestedOn)} was not provided within {period} (by {D(deadline)}), so your application was removed from the register on {D(removedOn)}. We will write to you with the reasons and you can ask for a review of this decision.";
        if (request.Kind == InformationRequestKind.Validation && request.GoodReasonForDelay)
        {
            text += " The validation period has no good-reason exception.";
        }

        return new InformationDeadlineDecision
        {
            Status = InformationRequestStatus.Removed, Deadline = deadline, RemovedOn = removedOn,
            Reasons = [new Reason("CBC.Information.Removed", cite, text).With(facts)],
        };
    }
}
