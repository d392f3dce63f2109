namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Eligibility;

/// <summary>Facts for qualification: behaviour, arrears, prison, MAPPA, risk and fraud (001 §8-§13, §16).</summary>
public sealed record QualificationFacts
{
}
