namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Refusals;

/// <summary>Refusal sanctions (001 §62).</summary>
public sealed record RefusalOptions
{
    /// <summary>Refusals of reasonable homes that lead to Band E (or removal).</summary>
    /// <remarks>001 §62.6: "Applicants who refuse 3 homes that are considered reasonable".</remarks>
    public int RefusalsForSanction { get; init; } = 3;

    /// <summary>How long the sanction lasts, in months.</summary>
    /// <remarks>001 §62.6: "... for 12 months".</remarks>
    public int SanctionMonths { get; init; } = 12;

    /// <summary>
    /// Only refusals within this many months of the latest counted one are counted together; null counts every
    /// refusal on the application. The manual gives no window.
    /// </summary>
    /// <remarks>001 §62.6 (catalogue ambiguity 20).</remarks>
    public int? CountingWindowMonths { get; init; }

    /// <summary>
    /// Refusals that led to a sanction are not counted again towards a later one (the counter starts afresh).
    /// The manual does not say whether the counter resets.
    /// </summary>
    /// <remarks>001 §62.6 (catalogue ambiguity 20).</remarks>
    public bool ResetCountAfterSanction { get; init; } = true;
}
