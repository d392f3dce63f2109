namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Bidding;

/// <summary>Bidding limits and autobid rules (001 §59-§60).</summary>
public sealed record BiddingOptions
{
}
