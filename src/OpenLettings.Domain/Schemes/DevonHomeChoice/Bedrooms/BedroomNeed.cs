using System.Collections.Immutable;
using OpenLettings.Domain.Explanations;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Bedrooms;

/// <summary>How overcrowded the current home is for banding (001 §22, §30).</summary>
public enum Overcrowding
{
    /// <summary>Not lacking a bedroom.</summary>
    None,
    /// <summary>Lacking one bedroom (Band C, 001 §30), including two people in a room confirmed too small for two (001 §30.7).</summary>
    LackingOneBedroom,
    /// <summary>Lacking two or more bedrooms, or one bedroom where two children lack a bedroom (Band B, 001 §22).</summary>
    Severe,
}

/// <summary>
/// The bedroom need of a household on a date (001 §14): the bedroom standard, adjustments and any
/// override, and how it compares with the bedrooms the household has now.
/// </summary>
public sealed record BedroomNeed
{
    /// <summary>Bedrooms under the bedroom standard alone (001 §14.2-14.4).</summary>
    public required int StandardBedrooms { get; init; }

    /// <summary>Bedrooms needed after adjustments (extra bedrooms, foster +1) and any override (001 §14.17, §39.33-39.34, §27.9).</summary>
    public required int BedroomsNeeded { get; init; }

    /// <summary>Bedrooms the household has for its exclusive use now.</summary>
    public required int CurrentBedrooms { get; init; }

    /// <summary>Bedrooms lacking: needed minus current, never below zero.</summary>
    public int LackingBedrooms => Math.Max(0, BedroomsNeeded - CurrentBedrooms);

    /// <summary>Spare bedrooms: current minus needed, never below zero (under-occupation, 001 §23).</summary>
    public int SpareBedrooms => Math.Max(0, CurrentBedrooms - BedroomsNeeded);

    /// <summary>The overcrowding level for banding, including rooms confirmed too small (001 §22.3, §30.7).</summary>
    public required Overcrowding Overcrowding { get; init; }

    /// <summary>How the need was worked out.</summary>
    public required ImmutableArray<Reason> Reasons { get; init; }

    /// <summary>
    /// The bedrooms needed and who sleeps in each, in the order they are given a room when the home is too small
    /// (adults first, then children who share, then children alone, then extra bedrooms), so that the last
    /// <see cref="LackingBedrooms"/> rooms are the ones lacking (001 §22.9-22.11).
    /// </summary>
    public ImmutableArray<BedroomAllocation> Rooms { get; init; } = [];

    /// <summary>Children (members under the adult age) in the rooms the household lacks (001 §22.1, §22.9).</summary>
    public int ChildrenLackingBedroom { get; init; }

    /// <summary>True when an officer's overridden bedroom need replaced the calculated need (001 §14.17).</summary>
    public bool Overridden { get; init; }
}
