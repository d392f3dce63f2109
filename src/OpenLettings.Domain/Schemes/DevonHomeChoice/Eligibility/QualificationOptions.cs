namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Eligibility;

/// <summary>Thresholds and periods for eligibility, qualification, local connection and finances (001 §5-§13, §40, §48).</summary>
public sealed record QualificationOptions
{
}
