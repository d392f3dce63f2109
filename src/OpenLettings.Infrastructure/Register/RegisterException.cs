using System.Collections.Immutable;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Validation;

namespace OpenLettings.Infrastructure.Register;

/// <summary>How a register operation failed; the API maps each to an HTTP status.</summary>
public enum RegisterFailure
{
    /// <summary>The input breaks a rule (400).</summary>
    Invalid,
    /// <summary>Not signed in (401).</summary>
    Unauthenticated,
    /// <summary>Signed in, but this role or organisation may not do it (403).</summary>
    Forbidden,
    /// <summary>No such thing, or not one the caller may see (404).</summary>
    NotFound,
    /// <summary>The register's state does not allow it now: a rule of the scheme, a state, a duplicate (409).</summary>
    Conflict,
    /// <summary>The caller's copy is stale: someone else changed it first (412).</summary>
    Stale,
}

/// <summary>
/// A register operation refused, with a stable code (kebab-case, never reworded), the field at fault where there
/// is one, every validation error, and the engine's reasons where a scheme rule refused it.
/// </summary>
public sealed class RegisterException(RegisterFailure failure, string code, string message, string? field = null) : Exception(message)
{
    public RegisterFailure Failure { get; } = failure;

    public string Code { get; } = code;

    public string? Field { get; } = field;

    public ImmutableArray<ValidationError> Errors { get; init; } = [];

    public ImmutableArray<Reason> Reasons { get; init; } = [];

    public static RegisterException Invalid(IReadOnlyList<ValidationError> errors) =>
        new(RegisterFailure.Invalid, "validation-failed",
            errors.Count == 1 ? errors[0].Message : $"{errors.Count} fields are not valid; see errors.",
            errors.Count > 0 ? errors[0].Field : null)
        { Errors = [.. errors] };

    public static RegisterException Invalid(string field, string rule, string message) =>
        Invalid([new ValidationError(field, rule, message)]);

    public static RegisterException NotFound(string what, object id) =>
        new(RegisterFailure.NotFound, "not-found", $"No {what} '{id}' that you can see.");

    public static RegisterException Forbidden(string code, string message) => new(RegisterFailure.Forbidden, code, message);

    public static RegisterException Conflict(string code, string message, IEnumerable<Reason>? reasons = null, string? field = null) =>
        new(RegisterFailure.Conflict, code, message, field) { Reasons = reasons is null ? [] : [.. reasons] };

    public static RegisterException Stale(string what, long expected, long actual) =>
        new(RegisterFailure.Stale, "version-mismatch",
            $"The {what} has changed since you read it (you sent version {expected}; it is now version {actual}). Read it again and reapply your change.",
            "version");
}
