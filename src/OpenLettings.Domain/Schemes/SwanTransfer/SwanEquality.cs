using System.Collections.Immutable;
using System.Globalization;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Explanations;

namespace OpenLettings.Domain.Schemes.SwanTransfer;

/// <summary>The grounds on which 002 §7.2 says no-one may be disadvantaged.</summary>
public enum ProtectedCharacteristic
{
    Race,
    Colour,
    EthnicOrNationalOrigin,
    Nationality,
    Gender,
    Disability,
    Religion,
    SexualOrientation,
    MaritalStatus,
    Age,
}

/// <summary>An applicant's group for one characteristic, as given on an equality monitoring form.</summary>
public sealed record MonitoringGroup
{
    public required ProtectedCharacteristic Characteristic { get; init; }

    public required string Group { get; init; }
}

/// <summary>One applicant in an equality monitoring period: their groups and whether they were housed.</summary>
public sealed record SwanMonitoringRecord
{
    public required HousingApplicationId Application { get; init; }

    public ImmutableArray<MonitoringGroup> Groups { get; init; } = [];

    /// <summary>Housed from the transfer list in the period.</summary>
    public required bool Housed { get; init; }
}

/// <summary>One group's outcome compared with the best-placed group of the same characteristic.</summary>
public sealed record EqualityCheck
{
    public required ProtectedCharacteristic Characteristic { get; init; }

    public required string Group { get; init; }

    public required int Applicants { get; init; }

    public required int Housed { get; init; }

    /// <summary>Housed as a share of applicants (0 to 1).</summary>
    public required decimal Rate { get; init; }

    /// <summary>The group with the highest rate among groups large enough to compare.</summary>
    public required string ComparedWith { get; init; }

    /// <summary><see cref="Rate"/> divided by the compared group's rate (1 when that rate is 0).</summary>
    public required decimal Ratio { get; init; }

    /// <summary>The group may be disadvantaged and the outcomes should be looked into.</summary>
    public required bool Flagged { get; init; }

    public required Reason Reason { get; init; }
}

/// <summary>An equality monitoring report (002 §7.2).</summary>
public sealed record EqualityReport
{
    public ImmutableArray<EqualityCheck> Checks { get; init; } = [];

    public bool AnyFlagged => Checks.Any(c => c.Flagged);
}

/// <summary>Equality monitoring (002 §7). The policy sets no measure; the defaults follow the common "four-fifths" test.</summary>
public sealed record EqualityOptions
{
    /// <summary>A group housed at less than this share of the best-placed group's rate is flagged (002 §7.2 sets no figure; 0.8 chosen).</summary>
    public decimal DisparityRatioThreshold { get; init; } = 0.8m;

    /// <summary>Groups with fewer applicants are reported but neither flagged nor used as the comparison (too few to judge; 10 chosen).</summary>
    public int MinimumGroupSize { get; init; } = 10;
}

/// <summary>Equality and diversity (002 §7).</summary>
public static class SwanEquality
{
    private static readonly Citation Section = new("002", "7.2");

    /// <summary>
    /// The only places the engine's decisions use a characteristic 002 §7.2 names, each justified by a rule of the
    /// policy itself; any other use would disadvantage someone on an "unjustifiable criteria".
    /// </summary>
    public static ImmutableArray<Reason> JustifiedUses { get; } =
    [
        new("SWAN.Equality.AgeGeneralNeeds", new Citation("002", "3.7"), "Age: no general needs tenancy for someone under 18."),
        new("SWAN.Equality.AgeIndependentAdult", new Citation("002", "3.5"), "Age: only adults may register as independent adults without a tenancy."),
        new("SWAN.Equality.AgeBands", new Citation("002", "Appendix 1"), "Age: households over 60 wanting sheltered housing, and the ages of children sharing a bedroom or living in a flat."),
        new("SWAN.Equality.AgeSuitability", new Citation("002", "Appendix 2"), "Age: the over-60 rows and children's ages in the property suitability guidelines."),
        new("SWAN.Equality.SexOfChildren", new Citation("002", "Appendix 1"), "Sex: only of children sharing a bedroom (Appendix 1) and in the suitability guidelines (Appendix 2), never the applicant's."),
        new("SWAN.Equality.Disability", new Citation("002", "4.4"), "Disability: medical priority, and adapted homes for those assessed as needing them (002 §5.6)."),
        new("SWAN.Equality.MaritalStatus", new Citation("002", "3.2"), "Partners: a partner counts on the application whether or not married (002 §3.2, Appendix 2)."),
    ];

    /// <summary>
    /// Compares how often each group of each characteristic was housed with the best-placed group (002 §7.2 "no-one is
    /// disadvantaged"). A flag is a prompt to look into the outcomes, not a finding of discrimination.
    /// </summary>
    public static EqualityReport Monitor(IEnumerable<SwanMonitoringRecord> records, EqualityOptions options)
    {
        var list = records.ToList();
        var checks = ImmutableArray.CreateBuilder<EqualityCheck>();
        foreach (var characteristic in Enum.GetValues<ProtectedCharacteristic>())
        {
            var groups = list
                .SelectMany(r => r.Groups.Where(g => g.Characteristic == characteristic).Select(g => g.Group.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Select(g => (Group: g, r.Housed)))
                .GroupBy(x => x.Group, StringComparer.OrdinalIgnoreCase)
                .Select(g => (Group: g.Key, Applicants: g.Count(), Housed: g.Count(x => x.Housed)))
                .OrderBy(g => g.Group, StringComparer.Ordinal)
                .ToList();
            if (groups.Count == 0)
            {
                continue;
            }

            var comparable = groups.Where(g => g.Applicants >= options.MinimumGroupSize).ToList();
            var best = comparable.Count > 0
                ? comparable.OrderByDescending(g => (decimal)g.Housed / g.Applicants).ThenBy(g => g.Group, StringComparer.Ordinal).First()
                : groups.OrderByDescending(g => g.Applicants).ThenBy(g => g.Group, StringComparer.Ordinal).First();
            var bestRate = (decimal)best.Housed / best.Applicants;
            foreach (var g in groups)
            {
                var rate = (decimal)g.Housed / g.Applicants;
                var ratio = bestRate == 0 ? 1m : rate / bestRate;
                var bigEnough = g.Applicants >= options.MinimumGroupSize;
                var flagged = bigEnough && comparable.Count > 1 && ratio < options.DisparityRatioThreshold;
                var pct = (rate * 100).ToString("0.#", CultureInfo.InvariantCulture);
                var bestPct = (bestRate * 100).ToString("0.#", CultureInfo.InvariantCulture);
                var text = !bigEnough
                    ? $"{Describe(characteristic)} '{g.Group}': {g.Housed} of {g.Applicants} housed ({pct}%); too few to compare."
                    : flagged
                        ? $"{Describe(characteristic)} '{g.Group}': {g.Housed} of {g.Applicants} housed ({pct}%), less than {Percent(options.DisparityRatioThreshold)} of the rate for '{best.Group}' ({bestPct}%); look into whether this group is disadvantaged."
                        : $"{Describe(characteristic)} '{g.Group}': {g.Housed} of {g.Applicants} housed ({pct}%), against {bestPct}% for '{best.Group}'.";
                checks.Add(new EqualityCheck
                {
                    Characteristic = characteristic,
                    Group = g.Group,
                    Applicants = g.Applicants,
                    Housed = g.Housed,
                    Rate = rate,
                    ComparedWith = best.Group,
                    Ratio = ratio,
                    Flagged = flagged,
                    Reason = new Reason(flagged ? "SWAN.Equality.PossibleDisadvantage" : bigEnough ? "SWAN.Equality.NoDisparity" : "SWAN.Equality.TooFewToCompare", Section, text)
                        .With(new Fact("applicants", g.Applicants.ToString(CultureInfo.InvariantCulture)), new Fact("housed", g.Housed.ToString(CultureInfo.InvariantCulture)),
                            new Fact("ratio", Math.Round(ratio, 3).ToString(CultureInfo.InvariantCulture))),
                });
            }
        }

        return new EqualityReport { Checks = checks.ToImmutable() };
    }

    private static string Percent(decimal ratio) => (ratio * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string Describe(ProtectedCharacteristic characteristic) => characteristic switch
    {
        ProtectedCharacteristic.Race => "Race",
        ProtectedCharacteristic.Colour => "Colour",
        ProtectedCharacteristic.EthnicOrNationalOrigin => "Ethnic or national origin",
        ProtectedCharacteristic.Nationality => "Nationality",
        ProtectedCharacteristic.Gender => "Gender",
        ProtectedCharacteristic.Disability => "Disability",
        ProtectedCharacteristic.Religion => "Religion",
        ProtectedCharacteristic.SexualOrientation => "Sexual orientation",
        ProtectedCharacteristic.MaritalStatus => "Marital status",
        ProtectedCharacteristic.Age => "Age",
    };
}
