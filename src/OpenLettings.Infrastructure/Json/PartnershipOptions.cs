using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenLettings.Domain.Options;

namespace OpenLettings.Infrastructure.Json;

/// <summary>One scheduled version of a partnership's options: the date it takes effect and the options it changes.</summary>
public sealed record OptionsVersion
{
    public required DateOnly EffectiveFrom { get; init; }

    /// <summary>Only the options that change, in the scheme's option names (e.g. <c>{ "qualification": { "arrearsThreshold": 750 } }</c>).</summary>
    public required JsonObject Options { get; init; }

    /// <summary>Why the policy changed (a committee decision, a published rate).</summary>
    public string? Note { get; init; }
}

/// <summary>
/// A partnership's configuration of its scheme: which scheme, and its options over time. Each version changes
/// only what it names; everything else keeps the previous version's value, starting from the scheme's defaults.
/// </summary>
public sealed record PartnershipConfiguration
{
    public required string Scheme { get; init; }

    public string? Partnership { get; init; }

    public ImmutableArray<OptionsVersion> Versions { get; init; } = [];

    /// <summary>Reads a configuration document, throwing <see cref="ContractException"/> naming the field at fault.</summary>
    public static PartnershipConfiguration Read(string json) => ContractJson.Read<PartnershipConfiguration>(json);

    /// <summary>
    /// The option schedule for a scheme whose options are <typeparamref name="TOptions"/>: the defaults always, then each
    /// version layered over the one before from its effective date. An unknown option name or a wrong value is an
    /// error naming its path (e.g. <c>$.versions[0].options.qualification.arearsThreshold</c>).
    /// </summary>
    public OptionSchedule<TOptions> ScheduleFor<TOptions>(TOptions defaults)
    {
        var current = JsonSerializer.SerializeToNode(defaults, ContractJson.Options)!.AsObject();
        var schedule = OptionSchedule<TOptions>.Always(defaults);
        var ordered = Versions.Select((v, i) => (Version: v, Index: i)).OrderBy(v => v.Version.EffectiveFrom).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i].Version.EffectiveFrom == ordered[i - 1].Version.EffectiveFrom)
            {
                throw new ContractException($"$.versions[{ordered[i].Index}].effectiveFrom", "unique",
                    $"Two versions take effect on {ordered[i].Version.EffectiveFrom:yyyy-MM-dd}; merge them into one.");
            }
        }

        foreach (var (version, index) in ordered)
        {
            current = Merge(current, version.Options, $"$.versions[{index}].options");
            TOptions options;
            try
            {
                options = current.Deserialize<TOptions>(ContractJson.Options)!;
            }
            catch (JsonException ex)
            {
                var error = ContractException.From(ex);
                throw new ContractException($"$.versions[{index}].options{error.Field.TrimStart('$')}", error.Rule, error.Message);
            }

            schedule = schedule.WithChange(version.EffectiveFrom, options);
        }

        return schedule;
    }

    private static JsonObject Merge(JsonObject baseline, JsonObject changes, string path)
    {
        var merged = baseline.DeepClone().AsObject();
        foreach (var (name, value) in changes)
        {
            if (!merged.ContainsKey(name))
            {
                throw new ContractException($"{path}.{name}", "unknown-field",
                    $"'{name}' is not an option of this scheme; run 'openlettings schemes' to list the options.");
            }

            merged[name] = merged[name] is JsonObject inner && value is JsonObject nested
                ? Merge(inner, nested, $"{path}.{name}")
                : value?.DeepClone();
        }

        return merged;
    }
}
