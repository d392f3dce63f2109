using System.Collections.Immutable;
using System.Globalization;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Explanations;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;

/// <summary>How a criterion's band start date is found (001 §43).</summary>
internal enum StartRule
{
    /// <summary>The default (001 §43.3) or the move-up / move-down rules (001 §43.5-43.7).</summary>
    Default,
    /// <summary>The prevention duty date, else the relief duty date (001 §43.8-43.10).</summary>
    HomelessDuty,
    /// <summary>Earliest of the supported stay or the first Devon prevention case (001 §43.14).</summary>
    MoveOn,
    /// <summary>The 16th birthday (001 §43.16).</summary>
    CareLeaver,
    /// <summary>The date the household moved into the adapted home it releases (001 §28.2).</summary>
    MovedIntoAdaptedHome,
    /// <summary>Five extra years (001 §19.5).</summary>
    WitnessMobility,
    /// <summary>Five extra years when downsizing from 3+ bedrooms (001 §43.17).</summary>
    Downsizing,
}

/// <summary>A need found by a criterion, before the needs are combined.</summary>
internal sealed record NeedCandidate(BandAward Award, StartRule Rule = StartRule.Default)
{
    /// <summary>The date the rule fixes (duty date, stay date, birthday, move-in date), if any.</summary>
    public DateTime? RuleDate { get; init; }

    /// <summary>The day the judgement behind the need was made, if any.</summary>
    public DateOnly? DecidedOn { get; init; }

    public Band Band => Award.Band;

    public BandReason Reason => Award.Reason;

    public bool IsGeneral => Award.Scope is AwardScope.AnyHome;
}

/// <summary>Shared helpers for the banding rules.</summary>
internal static class Banding
{
    public static readonly AwardScope AnyHome = new AwardScope.AnyHome();

    public static Reason R(string ruleId, string section, string text, params Fact[] facts) =>
        new Reason("DHC.Banding." + ruleId, Citation.Devon(section), text) { Facts = [.. facts] };

    public static string D(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string D(DateTime date) => date.ToString("d MMMM yyyy HH:mm", CultureInfo.InvariantCulture);

    public static DateTime StartOfDay(DateOnly date) => date.ToDateTime(TimeOnly.MinValue);

    public static Fact DecidedBy<T>(AssessedFact<T> fact) =>
        new("decided by", $"{fact.AssessedBy.Name} ({fact.AssessedBy.Role}) on {D(fact.AssessedOn)}"
            + (fact.EvidenceReference is { } e ? $", evidence {e}" : ""));

    /// <summary>The first date on a cycle of <paramref name="months"/> from <paramref name="start"/> that is on or after <paramref name="asOf"/>.</summary>
    public static DateOnly NextCycle(DateOnly start, int months, DateOnly asOf)
    {
        var step = Math.Max(1, months);
        var n = 1;
        var due = start.AddMonths(step);
        while (due < asOf)
        {
            n++;
            due = start.AddMonths(step * n);
        }

        return due;
    }

    public static BandAward Award(BandReason reason, AwardScope scope, params Reason[] reasons) =>
        new(reason.BandFor(), reason, scope) { Reasons = [.. reasons] };

    public static BandAward Award(BandReason reason, params Reason[] reasons) => Award(reason, AnyHome, reasons);

    public static ImmutableArray<T> Sorted<T>(IEnumerable<T> items) => [.. items.Order()];
}
