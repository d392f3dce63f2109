namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Shortlisting;

/// <summary>Shortlist ordering choices (001 §56, §61, §63).</summary>
public sealed record ShortlistOptions
{
}
