using System.Text.Json;
using System.Text.RegularExpressions;

namespace OpenLettings.Infrastructure.Json;

/// <summary>
/// Input that breaks the public contract: the JSON path of the field at fault, a stable rule code
/// (<c>required</c>, <c>invalid-value</c>, <c>unknown-field</c>, <c>malformed-json</c>, or a validation rule) and a message.
/// </summary>
public sealed partial class ContractException : Exception
{
    public ContractException(string field, string rule, string message)
        : base(message)
    {
        Field = field;
        Rule = rule;
    }


    /// <summary>The JSON path of the field at fault, e.g. <c>$.application.household.members[1].dateOfBirth</c>.</summary>
    public string Field { get; }

    /// <summary>A stable code for the rule broken.</summary>
    public string Rule { get; }

    /// <summary>Translates a System.Text.Json error into a contract error naming the field.</summary>
    public static ContractException From(JsonException ex)
    {
        var message = ex.Message;
        var path = ex.Path ?? "$";
        var missing = MissingProperties().Match(message);
        if (missing.Success)
        {
            var names = missing.Groups["names"].Value.Replace("'", "", StringComparison.Ordinal).Trim().TrimEnd('.');
            var first = names.Split(',', StringSplitOptions.TrimEntries)[0];
            var field = path == "$" ? $"$.{first}" : $"{path}.{first}";
            return new ContractException(field, "required", $"The field '{first}' is required{(names.Contains(',', StringComparison.Ordinal) ? $" (missing: {names})" : "")}.");
        }

        var unmapped = UnmappedProperty().Match(message);
        if (unmapped.Success)
        {
            var name = unmapped.Groups["name"].Value;
            var field = path.EndsWith("." + name, StringComparison.Ordinal) ? path : (path == "$" ? $"$.{name}" : $"{path}.{name}");
            return new ContractException(field, "unknown-field", $"The field '{name}' is not part of this format. Check its spelling against docs/cli.md.");
        }

        if (message.Contains("doesn't allow setting null", StringComparison.Ordinal)
            || (message.Contains("null", StringComparison.OrdinalIgnoreCase) && message.Contains("non-nullable", StringComparison.OrdinalIgnoreCase)))
        {
            return new ContractException(path, "required", "A value is required here; null is not allowed.");
        }

        if (ex.InnerException is FormatException || message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return new ContractException(path, "invalid-value", Describe(message, ex));
        }

        if (ex.LineNumber is not null && path == "$")
        {
            return new ContractException("$", "malformed-json", $"The input is not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine}).");
        }

        return new ContractException(path, "invalid-value", Describe(message, ex));
    }

    private static string Describe(string message, JsonException ex)
    {
        var converted = TargetType().Match(message);
        if (converted.Success)
        {
            var type = converted.Groups["type"].Value;
            var simple = type[(type.LastIndexOf('.') + 1)..].TrimEnd(']');
            return simple switch
            {
                "DateOnly" => "The value is not a real calendar date in the form YYYY-MM-DD.",
                "DateTime" => "The value is not a real date and time in the form YYYY-MM-DDThh:mm:ss.",
                _ => $"The value is not a valid {simple}. {ex.InnerException?.Message}".Trim(),
            };
        }

        var firstSentence = message.Split(". Path:", 2)[0];
        return firstSentence.EndsWith('.') ? firstSentence : firstSentence + ".";
    }

    [GeneratedRegex("missing required properties including: (?<names>.+?)(\\. Path|$)")]
    private static partial Regex MissingProperties();

    [GeneratedRegex("property '(?<name>[^']+)' could not be mapped")]
    private static partial Regex UnmappedProperty();

    [GeneratedRegex("could not be converted to (?<type>[^ .]+(\\.[^ .]+)*)")]
    private static partial Regex TargetType();
}
