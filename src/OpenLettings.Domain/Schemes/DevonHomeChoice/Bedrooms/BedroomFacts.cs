namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Bedrooms;

/// <summary>
/// Officers' inputs that change bedroom need beyond the bedroom standard (001 §14.17, §27.8-27.9, §39.33-39.35).
/// </summary>
public sealed record BedroomFacts
{
}
