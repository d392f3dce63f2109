using System.Collections.Immutable;
using OpenLettings.Domain.Explanations;

namespace OpenLettings.Domain.Schemes.Chesterfield;

/// <summary>The refusal count and any sanction in force.</summary>
public sealed record RefusalDecision
{
    /// <summary>Formal offers refused in the window ending on the assessment date.</summary>
    public required int FormalRefusalsInWindow { get; init; }

    /// <summary>The date the limit was last reached, if ever.</summary>
    public DateOnly? LimitReachedOn { get; init; }

    /// <summary>The application is removed until this date (exclusive), when the sanction is removal and it is in force.</summary>
    public DateOnly? RemovedUntil { get; init; }

    /// <summary>The limit was reached and an officer must review the application (always with a right of review).</summary>
    public bool ReviewRequired { get; init; }

    public ImmutableArray<Reason> Reasons { get; init; } = [];
}

/// <summary>Five formal refusals in any 12 months (003 Appendix B 11(iv)-(v)).</summary>
public static class RefusalRules
{
    /// <summary>Counts formal refusals (offers to view or to sign; provisional contacts and reinstated offers do not count).</summary>
    public static RefusalDecision Assess(ChesterfieldApplication application, ChesterfieldOptions options, DateOnly asOf)
    {
        var cite = ChesterfieldCitations.Policy("11(v)");
        var reasons = ImmutableArray.CreateBuilder<Reason>();
        var formal = application.Refusals
            .Where(r => r.RefusedOn <= asOf && r.Kind != OfferKind.Provisional && !r.Reinstated)
            .Select(r => r.RefusedOn)
            .Order()
            .ToList();
        var ignored = application.Refusals.Count(r => r.RefusedOn <= asOf && (r.Kind == OfferKind.Provisional || r.Reinstated));
        if (ignored > 0)
        {
            reasons.Add(new Reason("CBC.Refusals.NotCounted", cite,
                    $"{ignored} refusal(s) are not counted: provisional offers (a call, email or letter asking about interest) and reinstated offers are not formal offers.")
                .With(new Fact("not counted", ignored.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        DateOnly? reached = null;
        for (var i = 0; i < formal.Count; i++)
        {
            var end = formal[i];
            var start = end.AddMonths(-options.RefusalWindowMonths);
            if (formal.Count(d => d > start && d <= end) >= options.RefusalLimit)
            {
                reached = end;
            }
        }

        var windowStart = asOf.AddMonths(-options.RefusalWindowMonths);
        var inWindow = formal.Count(d => d > windowStart);
        reasons.Add(new Reason("CBC.Refusals.Count", cite,
                $"You have refused {inWindow} formal offer(s) in the last {options.RefusalWindowMonths} months; the limit is {options.RefusalLimit}.")
            .With(new Fact("formal refusals in window", inWindow.ToString(System.Globalization.CultureInfo.InvariantCulture))));

        if (reached is not { } on)
        {
            return new RefusalDecision { FormalRefusalsInWindow = inWindow, Reasons = reasons.ToImmutable() };
        }

        var until = on.AddMonths(options.RefusalRemovalMonths);
        var inForce = asOf < until;
        if (options.RefusalSanction == RefusalSanction.RemoveForPeriod && inForce)
        {
            reasons.Add(new Reason("CBC.Refusals.Removed", cite,
                    $"You refused {options.RefusalLimit} formal offers within {options.RefusalWindowMonths} months, so your application is removed from the register until {until:yyyy-MM-dd}. You will be told in writing and you have the right to ask for a review of this decision.")
                .With(new Fact("limit reached on", on.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
            return new RefusalDecision { FormalRefusalsInWindow = inWindow, LimitReachedOn = on, RemovedUntil = until, ReviewRequired = true, Reasons = reasons.ToImmutable() };
        }

        reasons.Add(new Reason("CBC.Refusals.Review", cite,
            inForce
                ? $"You refused {options.RefusalLimit} formal offers within {options.RefusalWindowMonths} months, so your application will be reviewed; you have the right to ask for a review of any decision made."
                : $"The removal for refusing {options.RefusalLimit} formal offers ended on {until:yyyy-MM-dd}."));
        return new RefusalDecision { FormalRefusalsInWindow = inWindow, LimitReachedOn = on, ReviewRequired = inForce, Reasons = reasons.ToImmutable() };
    }
}
