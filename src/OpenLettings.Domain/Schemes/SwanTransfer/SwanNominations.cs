using System.Collections.Immutable;
using System.Globalization;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Properties;

namespace OpenLettings.Domain.Schemes.SwanTransfer;

/// <summary>How a home was let.</summary>
public enum LettingRoute
{
    /// <summary>To a household nominated by the local authority under its nominations agreement (002 §2.1).</summary>
    LocalAuthorityNomination,
    /// <summary>To a transfer-list applicant through choice based lettings (002 §2.2).</summary>
    TransferList,
    /// <summary>Outside choice based lettings under a §2.2 exception (management move, sustainability, low demand, better use of stock, witness mobility).</summary>
    DirectLetting,
}

/// <summary>One completed letting, as a report sees it.</summary>
public sealed record SwanLetting
{
    public required PropertyId Property { get; init; }

    /// <summary>The council whose nominations agreement covers the home.</summary>
    public required LocalAuthorityId LocalAuthority { get; init; }

    public required PropertyType Type { get; init; }

    public required int Bedrooms { get; init; }

    /// <summary>The first letting of a newly built home.</summary>
    public bool NewBuild { get; init; }

    public required DateOnly LetOn { get; init; }

    public required LettingRoute Route { get; init; }

    /// <summary>For a direct letting, the 002 §2.2 exception it was made under (see <see cref="SwanDirectLettings"/>).</summary>
    public DirectLettingGround? DirectLettingGround { get; init; }

    /// <summary>The area the home is in, for information on waiting times (002 §6.3).</summary>
    public string? Area { get; init; }

    /// <summary>For a transfer-list letting, the band of the household housed (002 §6.3).</summary>
    public SwanBand? Band { get; init; }

    /// <summary>For a transfer-list letting, the date the household's time in that band counted from (002 §4.2, §6.3).</summary>
    public DateOnly? WaitingSince { get; init; }
}

/// <summary>Direct lettings under one 002 §2.2 exception (or with none recorded) for one council in a nominations period.</summary>
public sealed record DirectLettingSummary
{
    public required LocalAuthorityId LocalAuthority { get; init; }

    /// <summary>The exception, or null when the letting records none.</summary>
    public DirectLettingGround? Ground { get; init; }

    public required int Lettings { get; init; }

    public required Reason Reason { get; init; }
}

/// <summary>The three kinds of letting 002 §2.1 sets a nominations percentage for.</summary>
public enum NominationCategory
{
    NewBuild,
    FamilyRelet,
    OneBedroom,
}

/// <summary>Actual nominations against one §2.1 percentage, for one council.</summary>
public sealed record NominationCheck
{
    public required LocalAuthorityId LocalAuthority { get; init; }

    public required NominationCategory Category { get; init; }

    public required int Lettings { get; init; }

    public required int Nominated { get; init; }

    /// <summary>Nominated lettings as a percentage of all lettings in the category (exact).</summary>
    public required decimal ActualPercent { get; init; }

    public required NominationRequirementKind Requirement { get; init; }

    public required decimal RequiredPercent { get; init; }

    public required bool Met { get; init; }

    public required Reason Reason { get; init; }
}

/// <summary>A nominations report for a period.</summary>
public sealed record NominationsReport
{
    public required DateOnly From { get; init; }

    public required DateOnly To { get; init; }

    public ImmutableArray<NominationCheck> Checks { get; init; } = [];

    /// <summary>Homes let outside choice based lettings in the period, by council and 002 §2.2 exception.</summary>
    public ImmutableArray<DirectLettingSummary> DirectLettings { get; init; } = [];

    /// <summary>True when every check is met.</summary>
    public bool AllMet => Checks.All(c => c.Met);
}

/// <summary>Checks actual lettings against the nominations percentages of 002 §2.1.</summary>
public static class SwanNominations
{
    /// <summary>The §2.1 category of a letting, or null when no percentage applies (e.g. a bedsit re-let when bedsits are not counted).</summary>
    public static NominationCategory? CategoryOf(SwanLetting letting, NominationOptions options)
    {
        if (letting.NewBuild)
        {
            return NominationCategory.NewBuild;
        }

        var bedsit = letting.Type == PropertyType.Bedsit || letting.Bedrooms <= 0;
        if (!bedsit && letting.Bedrooms >= options.FamilySizedMinimumBedrooms)
        {
            return NominationCategory.FamilyRelet;
        }

        return letting.Bedrooms == 1 || (bedsit && options.BedsitsCountAsOneBedroom) ? NominationCategory.OneBedroom : null;
    }

    /// <summary>For each council and each §2.1 category with lettings from <paramref name="from"/> to <paramref name="to"/> inclusive: actual share to nominees against the percentage.</summary>
    /// <remarks>002 §2.1.</remarks>
    public static NominationsReport Check(IEnumerable<SwanLetting> lettings, NominationOptions options, DateOnly from, DateOnly to)
    {
        var inPeriod = lettings.Where(l => l.LetOn >= from && l.LetOn <= to).ToList();
        var direct = inPeriod
            .Where(l => l.Route == LettingRoute.DirectLetting)
            .GroupBy(l => (l.LocalAuthority, l.DirectLettingGround))
            .OrderBy(g => g.Key.LocalAuthority.Value, StringComparer.Ordinal).ThenBy(g => g.Key.DirectLettingGround.HasValue ? (int)g.Key.DirectLettingGround.Value : -1)
            .Select(g => Summarise(g.Key.LocalAuthority, g.Key.DirectLettingGround, g.Count()))
            .ToImmutableArray();
        var checks = inPeriod
            .Select(l => (Letting: l, Category: CategoryOf(l, options)))
            .Where(x => x.Category is not null)
            .GroupBy(x => (x.Letting.LocalAuthority, Category: x.Category!.Value))
            .OrderBy(g => g.Key.LocalAuthority.Value, StringComparer.Ordinal).ThenBy(g => g.Key.Category)
            .Select(g => CheckOne(g.Key.LocalAuthority, g.Key.Category, g.Select(x => x.Letting).ToList(), options))
            .ToImmutableArray();
        return new NominationsReport { From = from, To = to, Checks = checks, DirectLettings = direct };
    }

    private static DirectLettingSummary Summarise(LocalAuthorityId authority, DirectLettingGround? ground, int count)
    {
        var n = count.ToString(CultureInfo.InvariantCulture);
        var reason = ground is { } g
            ? new Reason("SWAN.Nominations.DirectLettings", new Citation("002", "2.2"),
                $"{authority}: {n} home(s) let outside choice based lettings for {SwanDirectLettings.Describe(g)}.")
                .With(new Fact("ground", g.ToString()), new Fact("lettings", n))
            : new Reason("SWAN.Nominations.DirectLettingGroundMissing", new Citation("002", "2.2"),
                $"{authority}: {n} home(s) let outside choice based lettings with no §2.2 exception recorded.")
                .With(new Fact("lettings", n));
        return new DirectLettingSummary { LocalAuthority = authority, Ground = ground, Lettings = count, Reason = reason };
    }

    private static NominationCheck CheckOne(LocalAuthorityId authority, NominationCategory category, List<SwanLetting> lettings, NominationOptions options)
    {
        var nominated = lettings.Count(l => l.Route == LettingRoute.LocalAuthorityNomination);
        var actual = nominated * 100m / lettings.Count;
        var (kind, required, label) = category switch
        {
            NominationCategory.NewBuild => (NominationRequirementKind.Normally, options.NewBuildPercent, "newly built homes"),
            NominationCategory.FamilyRelet => (NominationRequirementKind.AtMost, options.FamilyReletMaximumPercent, "re-lets of family sized homes"),
            NominationCategory.OneBedroom => (NominationRequirementKind.AtLeast, options.OneBedroomMinimumPercent, "1 bedroom homes"),
        };
        var met = kind switch
        {
            NominationRequirementKind.Normally or NominationRequirementKind.AtLeast => actual >= required,
            NominationRequirementKind.AtMost => actual <= required,
        };
        var wording = kind switch
        {
            NominationRequirementKind.Normally => "normally",
            NominationRequirementKind.AtMost => "no more than",
            NominationRequirementKind.AtLeast => "at least",
        };
        var shown = Math.Round(actual, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture);
        var reason = new Reason($"SWAN.Nominations.{category}", new Citation("002", "2.1"),
            $"{authority}: {nominated} of {lettings.Count} {label} went to council nominees ({shown}%); the agreement is {wording} {required.ToString("0.#", CultureInfo.InvariantCulture)}%, so this is {(met ? "met" : "not met")}.")
            .With(new Fact("lettings", lettings.Count.ToString(CultureInfo.InvariantCulture)), new Fact("nominated", nominated.ToString(CultureInfo.InvariantCulture)),
                new Fact("required", $"{wording} {required.ToString(CultureInfo.InvariantCulture)}%"));
        return new NominationCheck
        {
            LocalAuthority = authority,
            Category = category,
            Lettings = lettings.Count,
            Nominated = nominated,
            ActualPercent = actual,
            Requirement = kind,
            RequiredPercent = required,
            Met = met,
            Reason = reason,
        };
    }
}
