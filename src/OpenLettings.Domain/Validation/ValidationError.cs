namespace OpenLettings.Domain.Validation;

/// <summary>
/// Input that cannot be assessed: the field at fault (a JSON-style path relative to the input, e.g.
/// <c>household.members[1].dateOfBirth</c>), a stable rule code and a message a person can act on.
/// </summary>
public sealed record ValidationError(string Field, string Rule, string Message);
