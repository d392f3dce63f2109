using System.Collections.Immutable;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Explanations;

namespace OpenLettings.Domain.Schemes.PaHousing;

/// <summary>Whether the household is eligible for PA Housing accommodation (004 §4.1, §4.2, §4.11, §6.2, §6.4, §6.5, §7.1).</summary>
/// <param name="Eligible">True when no rule bars the application.</param>
/// <param name="Reasons">Every check made, passed or failed.</param>
public sealed record PaEligibilityDecision(bool Eligible, ImmutableArray<Reason> Reasons)
{
    /// <summary>Where a previous eviction bars the household for a fixed period: the day the latest such period ends (other conditions may still apply).</summary>
    public DateOnly? BarredUntil { get; init; }

    /// <summary>The rules that failed (empty when eligible).</summary>
    public ImmutableArray<Reason> Failures { get; init; } = [];
}

/// <summary>Whether the household may join PA Housing's register by its route and for the housing it wants (004 §1.3, §4.3, §4.5).</summary>
public sealed record PaQualificationDecision(bool Qualifies, ImmutableArray<Reason> Reasons)
{
    /// <summary>The rules that failed (empty when the household qualifies).</summary>
    public ImmutableArray<Reason> Failures { get; init; } = [];
}

/// <summary>A criterion met and where Appendix 2 places it in the applicant's sub-region.</summary>
public sealed record PaNeedAward(PaNeed Need, PaBand Band, DateOnly EstablishedOn, Reason Reason);

/// <summary>The band (or none), the date that orders applicants within it, and every criterion considered (004 §4.6, §4.11, Appendix 2).</summary>
public sealed record PaBandDecision(PaBand? Band, DateOnly? PriorityDate, ImmutableArray<PaNeedAward> Awards, ImmutableArray<Reason> Reasons);

/// <summary>Bedrooms the household is entitled to under §4.7, and the bedrooms it needs now (for over- and under-occupation).</summary>
/// <param name="Bedrooms">The bedroom entitlement used to match homes (includes anticipated changes in the Midlands).</param>
/// <param name="CurrentNeed">Bedrooms needed by the household as it is on the assessment date.</param>
/// <param name="StudioSuitable">A studio (0 bedrooms) is also suitable (a single adult).</param>
/// <param name="Reasons">How the need was worked out.</param>
public sealed record PaBedroomNeed(int Bedrooms, int CurrentNeed, bool StudioSuitable, ImmutableArray<Reason> Reasons);

/// <summary>A refusal suspension (004 §4.10).</summary>
public sealed record PaSuspension(DateOnly From, DateOnly Until, Reason Reason);

/// <summary>The refusal record and any suspension in force (004 §4.10).</summary>
public sealed record PaRefusalDecision(int UnreasonableRefusalsTowardsSanction, PaSuspension? ActiveSuspension, ImmutableArray<Reason> Reasons);

/// <summary>Everything decided about one application on one date.</summary>
public sealed record PaHousingAssessment
{
    public required HousingApplicationId Application { get; init; }

    public required DateOnly AsOf { get; init; }

    /// <summary>The sub-region whose rules applied (Appendix 1); null when the local authority is not one of PA Housing's.</summary>
    public required SubRegion? SubRegion { get; init; }

    public required PaEligibilityDecision Eligibility { get; init; }

    public required PaQualificationDecision Qualification { get; init; }

    public required PaBedroomNeed Bedrooms { get; init; }

    public required PaBandDecision Banding { get; init; }

    public required PaRefusalDecision Refusals { get; init; }

    /// <summary>The household may bid today: eligible, qualifies, has a band or a nomination, and is not suspended.</summary>
    public required bool MayBid { get; init; }

    /// <summary>For an adverse decision (ineligible, not qualifying): the last day to appeal in writing (004 §4.12).</summary>
    public DateOnly? AppealBy { get; init; }

    /// <summary>Every reason, in the order the rules were applied, headed by the options version used.</summary>
    public required ImmutableArray<Reason> Explanation { get; init; }
}

/// <summary>Helpers shared by the PA Housing rules.</summary>
internal static class Pa
{
    public const string Seed = "004";

    public static Citation Cite(string section) => new(Seed, section);

    public static Reason Reason(string ruleId, string section, string text, params Fact[] facts) =>
        new Reason("PA." + ruleId, Cite(section), text).With(facts);

    public static Fact Fact(string name, object? value) => new(name, value switch
    {
        null => "none",
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        bool b => b ? "yes" : "no",
        _ => value.ToString() ?? "",
    });

    public static Fact By<T>(AssessedFact<T> fact) =>
        new("decided by", $"{fact.AssessedBy.Name} ({fact.AssessedBy.Role}) on {fact.AssessedOn:yyyy-MM-dd}" +
            (fact.EvidenceReference is { } evidence ? $", evidence {evidence}" : ""));

    public static bool Approved(AssessedFact<bool>? fact) => fact is { Value: true };

    public static string Region(SubRegion region) => PaSubRegions.Describe(region);
}
