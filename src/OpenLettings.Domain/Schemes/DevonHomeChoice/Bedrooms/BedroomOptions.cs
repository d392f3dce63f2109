namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Bedrooms;

/// <summary>Bedroom-standard choices (001 §14).</summary>
public sealed record BedroomOptions
{
}
