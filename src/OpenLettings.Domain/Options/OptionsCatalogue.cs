using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using OpenLettings.Domain.Allocation;

namespace OpenLettings.Domain.Options;

/// <summary>
/// Lists a scheme's options with their values by walking its options record: nested option groups become
/// dotted names (<c>qualification.arrearsThreshold</c>), in the camelCase the JSON contract uses.
/// </summary>
public static class OptionsCatalogue
{
    /// <summary>Every option of <paramref name="options"/> with its current value as text.</summary>
    public static ImmutableArray<OptionDescriptor> Describe(object options, string documentation) =>
        [.. Walk(options, prefix: "", documentation)];

    private static IEnumerable<OptionDescriptor> Walk(object value, string prefix, string documentation)
    {
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.SetMethod is not null)
                     .OrderBy(p => p.MetadataToken))
        {
            var name = prefix + char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
            var current = property.GetValue(value);
            if (current is not null && IsOptionGroup(property.PropertyType))
            {
                foreach (var nested in Walk(current, name + ".", documentation))
                {
                    yield return nested;
                }

                continue;
            }

            yield return new OptionDescriptor(name, Format(current), property.PropertyType.Name, documentation);
        }
    }

    private static bool IsOptionGroup(Type type) =>
        type.IsClass && type != typeof(string) && !typeof(IEnumerable).IsAssignableFrom(type)
        && type.Name.EndsWith("Options", StringComparison.Ordinal);

    private static string Format(object? value) => value switch
    {
        null => "(none)",
        string s => s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Format)) + "]",
        _ => value.ToString() ?? "",
    };
}
