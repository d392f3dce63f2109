namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Refusals;

/// <summary>A refusal the applicant made (001 §62.1).</summary>
public sealed record RefusalRecord
{
}
