namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Eligibility;

/// <summary>Immigration and residence facts for eligibility (001 §5-§7).</summary>
public sealed record EligibilityFacts
{
}
