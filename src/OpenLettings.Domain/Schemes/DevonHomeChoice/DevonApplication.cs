using System.Collections.Immutable;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Households;
using OpenLettings.Domain.Properties;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Bedrooms;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Bidding;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Eligibility;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Refusals;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice;

/// <summary>The application's category, set at verification (001 §4.10).</summary>
public enum ApplicationCategory
{
    General,
    Transfer,
    Homeless,
}

/// <summary>
/// Everything the Devon Home Choice engine knows about one application: an immutable snapshot of the
/// household, its home and the facts officers have verified or assessed. Every decision is a pure function
/// of this snapshot, the options in force and an explicit date.
/// </summary>
public sealed record DevonApplication
{
    public required HousingApplicationId Id { get; init; }

    /// <summary>The local authority managing the application (001 §3).</summary>
    public required LocalAuthorityId ManagingAuthority { get; init; }

    public ApplicationCategory Category { get; init; } = ApplicationCategory.General;

    /// <summary>
    /// When the application and all required supporting evidence were received for assessment (UK local
    /// time): the default band start date (001 §43.3).
    /// </summary>
    public required DateTime EvidenceCompletedAt { get; init; }

    public required Household Household { get; init; }

    public required CurrentHome CurrentHome { get; init; }

    /// <summary>The household's assessed mobility category (001 §4.10, §15.3).</summary>
    public MobilityCategory Mobility { get; init; } = MobilityCategory.GeneralNeeds;

    /// <summary>Adaptations the household needs, recorded in the adaptations alert (001 §15.6).</summary>
    public ImmutableArray<Adaptation> AdaptationsNeeded { get; init; } = [];

    /// <summary>The household keeps a pet other than an assistance dog (001 §45, §60.4).</summary>
    public bool HasPets { get; init; }

    public EligibilityFacts Eligibility { get; init; } = new();

    public QualificationFacts Qualification { get; init; } = new();

    public LocalConnectionFacts LocalConnection { get; init; } = new();

    public FinancialFacts Finances { get; init; } = new();

    public BedroomFacts Bedrooms { get; init; } = new();

    public HousingNeedFacts Needs { get; init; } = new();

    public BandHistory History { get; init; } = new();

    public ImmutableArray<RefusalRecord> Refusals { get; init; } = [];

    /// <summary>The autobid set-up, for applicants who cannot bid (001 §60).</summary>
    public AutobidPreferences? Autobid { get; init; }

    /// <summary>Where the application stands on other shortlists (001 §61.25).</summary>
    public BiddingState Bidding { get; init; } = new();
}
