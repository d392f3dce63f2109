namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Eligibility;

/// <summary>Income, capital and property facts for the financial assessment (001 §48).</summary>
public sealed record FinancialFacts
{
}
