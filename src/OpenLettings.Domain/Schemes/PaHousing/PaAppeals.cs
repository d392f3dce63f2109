using OpenLettings.Domain.Explanations;

namespace OpenLettings.Domain.Schemes.PaHousing;

/// <summary>Whether an appeal was made in time (004 §4.12).</summary>
public sealed record PaAppealDecision(bool InTime, DateOnly Deadline, Reason Reason);

/// <summary>
/// The right of appeal against any allocation decision (ineligibility, non-qualification, a withdrawn
/// offer): in writing within 21 days of the decision.
/// </summary>
/// <remarks>004 §4.12.</remarks>
public static class PaAppeals
{
    /// <summary>The last day an appeal against a decision made on <paramref name="decidedOn"/> may be received.</summary>
    public static DateOnly Deadline(DateOnly decidedOn, PaHousingOptions options) => decidedOn.AddDays(options.AppealWindowDays);

    /// <summary>Decides whether an appeal received on <paramref name="receivedOn"/> is in time.</summary>
    public static PaAppealDecision Check(DateOnly decidedOn, DateOnly receivedOn, PaHousingOptions options)
    {
        var deadline = Deadline(decidedOn, options);
        var inTime = receivedOn <= deadline;
        return new PaAppealDecision(inTime, deadline, Pa.Reason("Appeal.Window", "4.12", inTime
                ? $"Your appeal was received within {options.AppealWindowDays} days of the decision (by {deadline:d MMMM yyyy}), so it will be considered."
                : $"Appeals must be made in writing within {options.AppealWindowDays} days of the decision; the deadline was {deadline:d MMMM yyyy}. If you remain dissatisfied, seek independent advice.",
            Pa.Fact("decided on", decidedOn), Pa.Fact("received on", receivedOn), Pa.Fact("deadline", deadline)));
    }
}
