namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Bidding;

/// <summary>An autobid set-up for an applicant who cannot bid (001 §60.4, §60.8).</summary>
public sealed record AutobidPreferences
{
}
