namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Eligibility;

/// <summary>Facts for local connection to Devon and to each authority (001 §40, §63.14).</summary>
public sealed record LocalConnectionFacts
{
}
