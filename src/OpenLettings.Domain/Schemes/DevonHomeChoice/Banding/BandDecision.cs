using System.Collections.Immutable;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Properties;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Bedrooms;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Eligibility;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;

/// <summary>The results banding builds on: bedroom need, eligibility, qualification, local connection, finances and every Band E sanction.</summary>
/// <param name="Bedrooms">Bedroom need and overcrowding (001 §14, §22, §30).</param>
/// <param name="Eligibility">Eligibility (001 §5-§7).</param>
/// <param name="Qualification">Qualification (001 §8-§13).</param>
/// <param name="LocalConnection">Local connection to Devon (001 §40).</param>
/// <param name="Finances">The financial assessment (001 §48).</param>
/// <param name="Sanctions">Every Band E sanction: qualification sanctions and the refusal sanction (001 §9, §11.4, §62.6).</param>
public sealed record BandingInputs(
    BedroomNeed Bedrooms,
    EligibilityDecision Eligibility,
    QualificationDecision Qualification,
    LocalConnectionDecision LocalConnection,
    FinancialDecision Finances,
    ImmutableArray<Sanction> Sanctions);

/// <summary>Whether, and how, the application is on the register after banding.</summary>
public enum RegistrationOutcome
{
    /// <summary>On the register with a band.</summary>
    Registered,
    /// <summary>No housing need in an authority that does not register Band E (001 §8.8-8.10, §41.3-41.7).</summary>
    NotRegistered,
    /// <summary>Not eligible for an allocation (001 §5-§7).</summary>
    NotEligible,
    /// <summary>Not a qualifying person (001 §8, §9.1).</summary>
    NotQualifying,
    /// <summary>Qualification enquiries or a representation period are running (001 §8.15-8.18).</summary>
    PendingEnquiries,
    /// <summary>In prison, more than 56 days before release, in an authority that does not register Band E (001 §11.5).</summary>
    NotYet,
}

/// <summary>
/// The banding decision: whether the application is registered, its general band award (for any home), any
/// awards scoped to some homes, the band start date, reviews, reasons and what would change the outcome.
/// </summary>
public sealed record BandDecision
{
    public required RegistrationOutcome Registration { get; init; }

    /// <summary>The award that holds for any home; null unless <see cref="Registration"/> is <see cref="RegistrationOutcome.Registered"/>.</summary>
    public BandAward? General { get; init; }

    /// <summary>Awards that hold only for some homes and rank above the general award there (001 §23.5, §36.3, §39.4, §39.32, §48.26).</summary>
    public ImmutableArray<BandAward> Scoped { get; init; } = [];

    /// <summary>The general award's band start date (UK local time, 001 §43).</summary>
    public DateTime? BandStartDate { get; init; }

    /// <summary>Needs that were assessed but did not set the band: same-band needs (001 §42) or needs overridden (001 §40.28).</summary>
    public ImmutableArray<BandAward> OtherNeeds { get; init; } = [];

    /// <summary>Every review date of the awards, earliest first.</summary>
    public ImmutableArray<DateOnly> ReviewsDue { get; init; } = [];

    /// <summary>Areas a Band A domestic abuse or violence panel recorded as unsafe: the household is not considered there (001 §17.29-17.31).</summary>
    public ImmutableArray<LocalAuthorityId> UnsafeAuthorities { get; init; } = [];

    /// <summary>Towns, villages or parishes recorded as unsafe (001 §17.29).</summary>
    public ImmutableArray<string> UnsafeLocalities { get; init; } = [];

    /// <summary>
    /// A domestic abuse or violence Band A overrides local-connection preferences and the 2% cross-border limit,
    /// but not section 106 restrictions (001 §17.12, §17.31).
    /// </summary>
    public bool OverridesLocalConnectionPreferences { get; init; }

    /// <summary>Bidding is suspended (prison, 001 §11.3-11.4).</summary>
    public bool BiddingSuspended { get; init; }

    /// <summary>For <see cref="RegistrationOutcome.NotYet"/> and prison: the first day the application may be registered or reactivated (001 §11.3-11.5).</summary>
    public DateOnly? NotBefore { get; init; }

    /// <summary>Why, in the order the rules were applied.</summary>
    public required ImmutableArray<Reason> Reasons { get; init; }

    /// <summary>Plain-English hints on what would change the outcome.</summary>
    public ImmutableArray<string> WhatWouldChangeIt { get; init; } = [];

    /// <summary>The earliest review date, if any.</summary>
    public DateOnly? NextReviewDue => ReviewsDue.IsEmpty ? null : ReviewsDue[0];

    /// <summary>
    /// The award that orders a bid for <paramref name="property"/>: the highest-band award whose scope covers it
    /// (the general award unless a scoped award ranks higher there), or null when not registered.
    /// </summary>
    public BandAward? AwardFor(Property property)
    {
        if (General is null)
        {
            return null;
        }

        var best = General;
        foreach (var scoped in Scoped)
        {
            if (scoped.Scope.Covers(property) && scoped.Band.IsHigherThan(best.Band))
            {
                best = scoped;
            }
        }

        return best;
    }
}
