namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;

/// <summary>The application's earlier band awards, so band start dates can be derived (001 §43.5-43.7).</summary>
public sealed record BandHistory
{
}
