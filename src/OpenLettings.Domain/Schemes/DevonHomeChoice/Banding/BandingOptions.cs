namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;

/// <summary>Periods and rules for banding and band start dates (001 §17-§43).</summary>
public sealed record BandingOptions
{
}
