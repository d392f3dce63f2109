using System.Collections.Immutable;
using OpenLettings.Domain.Households;
using OpenLettings.Domain.Validation;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice;

/// <summary>
/// Checks that an application snapshot is complete and consistent enough to assess. Shape (types, required
/// fields, real dates) is checked where the input is read; this checks what only makes sense together,
/// as of the assessment date.
/// </summary>
public static class DevonApplicationValidator
{
    /// <summary>Every problem found; empty when the application can be assessed.</summary>
    public static ImmutableArray<ValidationError> Validate(DevonApplication application, DateOnly asOf)
    {
        var errors = ImmutableArray.CreateBuilder<ValidationError>();
        if (string.IsNullOrWhiteSpace(application.Id.Value))
        {
            errors.Add(new("id", "required", "An application id is required."));
        }

        if (!DevonAuthorities.IsPartner(application.ManagingAuthority))
        {
            errors.Add(new("managingAuthority", "unknown-authority",
                $"'{application.ManagingAuthority}' is not a Devon Home Choice partner authority; use one of {string.Join(", ", DevonAuthorities.All)} (001 §3)."));
        }

        if (DateOnly.FromDateTime(application.EvidenceCompletedAt) > asOf)
        {
            errors.Add(new("evidenceCompletedAt", "not-after-as-of",
                $"The date all evidence was received ({application.EvidenceCompletedAt:yyyy-MM-dd}) is after the assessment date ({asOf:yyyy-MM-dd})."));
        }

        errors.AddRange(HouseholdValidator.Validate(application.Household, asOf));
        ValidateHome(application.CurrentHome, errors);
        return errors.ToImmutable();
    }

    private static void ValidateHome(CurrentHome home, ImmutableArray<ValidationError>.Builder errors)
    {
        if (home.BedroomsForExclusiveUse is < 0 or > 20)
        {
            errors.Add(new("currentHome.bedroomsForExclusiveUse", "range", "Bedrooms for the household's exclusive use must be between 0 and 20."));
        }

        for (var i = 0; i < home.OccupantsOfRoomsConfirmedTooSmall.Length; i++)
        {
            if (home.OccupantsOfRoomsConfirmedTooSmall[i] is < 1 or > 10)
            {
                errors.Add(new($"currentHome.occupantsOfRoomsConfirmedTooSmall[{i}]", "range", "The number of people sleeping in a room must be between 1 and 10."));
            }
        }

        if (home.LivesInDevon && home.LocalAuthority is { } authority && !DevonAuthorities.IsPartner(authority))
        {
            errors.Add(new("currentHome.localAuthority", "inconsistent",
                $"The household is recorded as living in Devon, but '{authority}' is not one of the Devon authorities."));
        }
    }
}
