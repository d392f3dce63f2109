namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Refusals;

/// <summary>Refusal sanctions (001 §62).</summary>
public sealed record RefusalOptions
{
}
