using System.Collections.Immutable;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Properties;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Bidding;

/// <summary>The sheltered-housing choice on the autobid options (001 §60.4).</summary>
public enum AutobidShelteredChoice
{
    /// <summary>Neither box ticked: autobids are not placed on sheltered homes.</summary>
    NonShelteredOnly,
    /// <summary>"Include sheltered properties": sheltered homes only.</summary>
    ShelteredOnly,
    /// <summary>"Include sheltered and non sheltered properties".</summary>
    ShelteredAndNonSheltered,
}

/// <summary>An autobid set-up for an applicant who cannot bid (001 §60.4, §60.8).</summary>
/// <remarks>
/// 001 §60.8: automatic bids are placed only for homes the applicant is eligible for, in the areas listed, that
/// allow pets if they have a pet and that fit their assessed accessibility need. A property type, street or
/// development, if given, narrows the bids further, and the applicant is skipped on shortlists for homes that
/// do not match it.
/// </remarks>
public sealed record AutobidPreferences
{
    /// <summary>Autobids are switched on for the application.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Towns, villages or parishes where the applicant would like to live (001 §60.8). Empty with no authorities: any area.</summary>
    public ImmutableArray<string> Localities { get; init; } = [];

    /// <summary>Whole local authority areas where the applicant would like to live. Empty with no localities: any area.</summary>
    public ImmutableArray<LocalAuthorityId> Authorities { get; init; } = [];

    public AutobidShelteredChoice Sheltered { get; init; } = AutobidShelteredChoice.NonShelteredOnly;

    /// <summary>Only these property types (001 §60.8 "Type of property"). Empty: any type.</summary>
    public ImmutableArray<PropertyType> PropertyTypes { get; init; } = [];

    /// <summary>Only these streets. Empty: any street.</summary>
    public ImmutableArray<string> Streets { get; init; } = [];

    /// <summary>Only these developments. Empty: any development.</summary>
    public ImmutableArray<string> Developments { get; init; } = [];

    /// <summary>True when a property type, street or development was given (001 §60.8: skipped on other shortlists).</summary>
    public bool HasSpecificCriteria => !PropertyTypes.IsEmpty || !Streets.IsEmpty || !Developments.IsEmpty;
}
