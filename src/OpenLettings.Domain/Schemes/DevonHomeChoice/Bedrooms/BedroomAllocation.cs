using System.Collections.Immutable;
using OpenLettings.Domain.Common;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Bedrooms;

/// <summary>Why a bedroom is needed (001 §14.2-14.3, §14.17, §27.9, §39.33-39.34).</summary>
public enum RoomUse
{
    /// <summary>A married or cohabiting couple (001 §14.2).</summary>
    Couple,
    /// <summary>An adult, aged 16 or more by default (001 §14.2).</summary>
    Adult,
    /// <summary>A pair of 10-15-year-olds of the same sex (001 §14.2).</summary>
    SameSexAdolescents,
    /// <summary>A 10-15-year-old with an under-10 of the same sex (001 §14.3).</summary>
    AdolescentWithUnderTen,
    /// <summary>A pair of under-10s, regardless of sex (001 §14.2).</summary>
    UnderTens,
    /// <summary>A child with nobody they can share with (001 §14.3).</summary>
    ChildAlone,
    /// <summary>A disabled child who cannot share (001 §39.34).</summary>
    DisabledChild,
    /// <summary>A regular overnight carer (001 §14.17).</summary>
    OvernightCarer,
    /// <summary>An extra bedroom on medical grounds (001 §39.33).</summary>
    MedicalNeed,
    /// <summary>Fostering, adoption or special guardianship (001 §27.9).</summary>
    Fostering,
    /// <summary>A bedroom added by an overridden bedroom need (001 §14.17).</summary>
    Override,
}

/// <summary>One bedroom a household needs, and the members who would sleep in it (none for an extra bedroom for a carer, equipment or a child to come).</summary>
public sealed record BedroomAllocation(RoomUse Use, ImmutableArray<MemberId> Occupants)
{
    /// <summary>Members under the adult age sleeping in this room.</summary>
    public int ChildOccupants { get; init; }
}
