using OpenLettings.Domain.Validation;

namespace OpenLettings.Infrastructure.Register;

/// <summary>Free text the register keeps (notes, grounds, reasons): required, at most <see cref="MaxLength"/> characters, trimmed.</summary>
public static class RegisterText
{
    /// <summary>The longest free text a column holds.</summary>
    public const int MaxLength = 4000;

    /// <summary>The broken rule, or null when <paramref name="text"/> is acceptable.</summary>
    public static ValidationError? Check(string? text, string field, string whenMissing)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ValidationError(field, "required", whenMissing);
        }
        return text.Length > MaxLength
            ? new ValidationError(field, "max-length", $"The text may be at most {MaxLength} characters.")
            : null;
    }

    /// <summary>The trimmed text; 400 naming <paramref name="field"/> when it is missing or too long.</summary>
    public static string Require(string? text, string field, string whenMissing = "The text is required.")
    {
        if (Check(text, field, whenMissing) is { } error)
        {
            throw RegisterException.Invalid([error]);
        }
        return text!.Trim();
    }
}
