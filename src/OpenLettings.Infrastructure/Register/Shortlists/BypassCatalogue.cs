using System.Collections.Immutable;
using OpenLettings.Domain.Schemes.DevonHomeChoice;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Shortlisting;

namespace OpenLettings.Infrastructure.Register.Shortlists;

/// <summary>One reason a scheme allows a shortlister to bypass a bidder.</summary>
/// <param name="Code">The stable code (Devon: <c>BP-NOCONTACT</c>, …).</param>
/// <param name="Citation">The seed section it comes from.</param>
/// <param name="Description">Plain English.</param>
public sealed record BypassReasonEntry(string Code, string Citation, string Description);

/// <summary>
/// The bypass reasons each scheme allows (Devon: 001 §61.9 — only from the policy, the landlord's published policy or
/// the advert's conditions; every use recorded and monitored per landlord, 001 §61.24, §61.35).
/// </summary>
public static class BypassCatalogue
{
    private static readonly ImmutableArray<BypassReasonEntry> Devon =
        [.. Enum.GetValues<BypassReason>().Select(r => new BypassReasonEntry(r.Code(), r.Cite().ToString(), r.Describe()))];

    /// <summary>The reasons of a scheme (empty for a scheme without a catalogue).</summary>
    public static ImmutableArray<BypassReasonEntry> For(string? schemeId) =>
        schemeId == DevonHomeChoiceScheme.SchemeId ? Devon : [];

    /// <summary>The reason with this code in the scheme's catalogue, or null.</summary>
    public static BypassReasonEntry? Find(string? schemeId, string? code) =>
        code is null ? null : For(schemeId).FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.Ordinal));
}
