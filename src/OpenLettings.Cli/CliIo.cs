using System.Text.Json;
using OpenLettings.Domain.Validation;
using OpenLettings.Infrastructure.Json;

namespace OpenLettings.Cli;

/// <summary>Exit codes of <c>openlettings</c>.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    /// <summary>The input broke the contract or failed validation; stderr names the field.</summary>
    public const int BadInput = 2;
}

/// <summary>Reading input documents and writing results and errors in the contract's JSON.</summary>
internal static class CliIo
{
    /// <summary>Reads the whole input: the named file, or standard input when the path is absent or "-".</summary>
    public static string ReadInput(string? path, TextReader stdin)
    {
        if (string.IsNullOrEmpty(path) || path == "-")
        {
            return stdin.ReadToEnd();
        }

        if (!File.Exists(path))
        {
            throw new ContractException("file", "not-found", $"The input file '{path}' does not exist.");
        }

        return File.ReadAllText(path);
    }

    /// <summary>Writes one or more errors to stderr as <c>{"errors":[{field, rule, message}]}</c> and returns exit code 2.</summary>
    public static int WriteErrors(TextWriter stderr, IEnumerable<ValidationError> errors)
    {
        var body = new { errors = errors.Select(e => new { field = e.Field, rule = e.Rule, message = e.Message }).ToArray() };
        stderr.WriteLine(JsonSerializer.Serialize(body, ContractJson.Options));
        return ExitCodes.BadInput;
    }

    public static int WriteError(TextWriter stderr, ContractException ex) =>
        WriteErrors(stderr, [new ValidationError(ex.Field, ex.Rule, ex.Message)]);

    /// <summary>Prefixes validation errors' relative field paths with the JSON path of the object validated.</summary>
    public static IEnumerable<ValidationError> Under(string prefix, IEnumerable<ValidationError> errors) =>
        errors.Select(e => e with { Field = $"{prefix}.{e.Field}" });
}
