using System.Collections.Immutable;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Options;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Bedrooms;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Bidding;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Eligibility;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Refusals;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Shortlisting;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice;

/// <summary>
/// Everything a Devon Home Choice partnership can tune without a rebuild. Defaults are the manual's values;
/// each group documents its own. Schedule changes with <see cref="OptionSchedule{TOptions}"/>.
/// </summary>
public sealed record DevonOptions
{
    /// <summary>
    /// Authorities that do not register households with no housing need: there, a Band E outcome becomes
    /// "not registered" (001 §8.8-8.10, §41.3-41.7). Default: Exeter, Teignbridge and Torbay.
    /// </summary>
    public ImmutableArray<LocalAuthorityId> AuthoritiesNotRegisteringNoNeed { get; init; } =
        [DevonAuthorities.Exeter, DevonAuthorities.Teignbridge, DevonAuthorities.Torbay];

    public BedroomOptions Bedrooms { get; init; } = new();

    public QualificationOptions Qualification { get; init; } = new();

    public BandingOptions Banding { get; init; } = new();

    public BiddingOptions Bidding { get; init; } = new();

    public ShortlistOptions Shortlisting { get; init; } = new();

    public RefusalOptions Refusals { get; init; } = new();

    /// <summary>True when <paramref name="authority"/> registers households with no housing need in Band E.</summary>
    public bool RegistersNoHousingNeed(LocalAuthorityId authority) => !AuthoritiesNotRegisteringNoNeed.Contains(authority);

    /// <summary>The manual's defaults, always in force.</summary>
    public static OptionSchedule<DevonOptions> DefaultSchedule() => OptionSchedule<DevonOptions>.Always(new DevonOptions());
}
