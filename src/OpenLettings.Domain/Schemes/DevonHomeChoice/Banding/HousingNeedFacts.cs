namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;

/// <summary>The Housing Need Criteria an officer or panel has assessed (001 §4.10, §17-§41).</summary>
public sealed record HousingNeedFacts
{
}
