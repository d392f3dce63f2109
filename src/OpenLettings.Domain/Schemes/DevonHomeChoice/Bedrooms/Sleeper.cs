using System.Globalization;
using OpenLettings.Domain.Households;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Bedrooms;

/// <summary>Where a counted member falls under the bedroom standard (001 §14.2).</summary>
internal enum AgeBand
{
    Adult,
    /// <summary>From the same-sex sharing age (10) up to the adult age (16): shares only with the same sex.</summary>
    Adolescent,
    /// <summary>Under 10: shares with another under-10 regardless of sex.</summary>
    UnderTen,
}

/// <summary>
/// A member counted for bedroom need. <see cref="Sex"/> is null for an unborn child (or a child whose sex is
/// not recorded): such a child is assumed to be of the sex that can share wherever possible (001 §14.8).
/// </summary>
internal sealed record Sleeper(Member Member, AgeBand Band, int? Age, Sex? Sex)
{
    public bool IsUnborn => Member.Role == MemberRole.Unborn;

    /// <summary>Eldest first; unborn children last, by due date.</summary>
    public DateOnly SortDate => Member.DateOfBirth ?? Member.DueDate ?? DateOnly.MaxValue;

    public string Describe() => IsUnborn
        ? Member.DueDate is { } due ? $"the unborn baby (due {due:d MMMM yyyy})" : "the unborn baby"
        : Age is { } age ? $"{Member.Id} (aged {age.ToString(CultureInfo.InvariantCulture)})" : $"{Member.Id}";
}
