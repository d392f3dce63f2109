using System.Collections.Immutable;
using OpenLettings.Domain.Explanations;

namespace OpenLettings.Domain.Options;

/// <summary>One version of a scheme's options and the first day it applies.</summary>
public sealed record EffectiveOptions<TOptions>(DateOnly EffectiveFrom, TOptions Options);

/// <summary>
/// A scheme's tunable options over time. A partnership schedules a policy change ("from 1 April the arrears
/// limit is £750") by adding a version with a later effective date; a decision made as of an earlier date
/// still uses, and explains itself under, the version in force then.
/// </summary>
public sealed class OptionSchedule<TOptions>
{
    private readonly ImmutableArray<EffectiveOptions<TOptions>> versions;

    /// <summary>Creates a schedule. Versions need not be given in order; two versions may not share a date.</summary>
    public OptionSchedule(IEnumerable<EffectiveOptions<TOptions>> versions)
    {
        var ordered = versions.OrderBy(v => v.EffectiveFrom).ToImmutableArray();
        if (ordered.IsEmpty)
        {
            throw new ArgumentException("An option schedule needs at least one version.", nameof(versions));
        }

        for (var i = 1; i < ordered.Length; i++)
        {
            if (ordered[i].EffectiveFrom == ordered[i - 1].EffectiveFrom)
            {
                throw new ArgumentException($"Two option versions take effect on {ordered[i].EffectiveFrom:yyyy-MM-dd}.", nameof(versions));
            }
        }

        this.versions = ordered;
    }

    /// <summary>A schedule with a single version that has always applied.</summary>
    public static OptionSchedule<TOptions> Always(TOptions options) => new([new EffectiveOptions<TOptions>(DateOnly.MinValue, options)]);

    /// <summary>Every version, earliest first.</summary>
    public ImmutableArray<EffectiveOptions<TOptions>> Versions => versions;

    /// <summary>The version in force on <paramref name="asOf"/> (the earliest version if the date precedes them all).</summary>
    public EffectiveOptions<TOptions> VersionAt(DateOnly asOf)
    {
        var chosen = versions[0];
        foreach (var version in versions)
        {
            if (version.EffectiveFrom <= asOf)
            {
                chosen = version;
            }
        }

        return chosen;
    }

    /// <summary>The options in force on <paramref name="asOf"/>.</summary>
    public TOptions At(DateOnly asOf) => VersionAt(asOf).Options;

    /// <summary>Returns a new schedule with <paramref name="options"/> taking effect from <paramref name="effectiveFrom"/>.</summary>
    public OptionSchedule<TOptions> WithChange(DateOnly effectiveFrom, TOptions options) =>
        new(versions.Where(v => v.EffectiveFrom != effectiveFrom).Append(new EffectiveOptions<TOptions>(effectiveFrom, options)));

    /// <summary>A fact recording which option version a decision used.</summary>
    public Fact DescribeVersionAt(DateOnly asOf)
    {
        var version = VersionAt(asOf);
        return new Fact("options in force", version.EffectiveFrom == DateOnly.MinValue ? "defaults" : $"from {version.EffectiveFrom:yyyy-MM-dd}");
    }
}
