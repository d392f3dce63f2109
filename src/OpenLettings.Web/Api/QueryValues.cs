using OpenLettings.Infrastructure.Register;

namespace OpenLettings.Web.Api;

/// <summary>Reads query-string values the way the JSON bodies are read (enums in camelCase, any case accepted).</summary>
internal static class QueryValues
{
    /// <summary>The enum value named by <paramref name="value"/>, or null when absent; 400 naming <paramref name="field"/> when unknown.</summary>
    public static T? Enum<T>(string? value, string field) where T : struct, System.Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        return System.Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed)
            ? parsed
            : throw RegisterException.Invalid(field, "invalid-value",
                $"Unknown {field} '{value}'; use one of {string.Join(", ", System.Enum.GetNames<T>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]))}.");
    }
}
