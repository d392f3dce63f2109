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

        ValidateMembers(application.Household, asOf, errors);
        ValidateHome(application.CurrentHome, errors);
        return errors.ToImmutable();
    }

    private static void ValidateMembers(Household household, DateOnly asOf, ImmutableArray<ValidationError>.Builder errors)
    {
        var members = household.Members;
        if (members.IsDefaultOrEmpty)
        {
            errors.Add(new("household.members", "required", "A household needs at least its main applicant."));
            return;
        }

        var mainApplicants = members.Count(m => m.Role == MemberRole.MainApplicant);
        if (mainApplicants != 1)
        {
            errors.Add(new("household.members", "one-main-applicant",
                $"A household has exactly one member with role mainApplicant; this one has {mainApplicants}."));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < members.Length; i++)
        {
            var member = members[i];
            var path = $"household.members[{i}]";
            if (string.IsNullOrWhiteSpace(member.Id.Value))
            {
                errors.Add(new($"{path}.id", "required", "Every member needs an id."));
            }
            else if (!seen.Add(member.Id.Value))
            {
                errors.Add(new($"{path}.id", "unique", $"The member id '{member.Id}' is used twice; a person may appear once (001 §2.3)."));
            }

            if (member.Role == MemberRole.Unborn)
            {
                if (member.DueDate is null)
                {
                    errors.Add(new($"{path}.dueDate", "required", "An unborn child needs an expected date of delivery (001 §14.5)."));
                }

                if (member.DateOfBirth is not null)
                {
                    errors.Add(new($"{path}.dateOfBirth", "not-allowed", "An unborn child has a due date, not a date of birth; once born, change the role to child (001 §14.8)."));
                }

                continue;
            }

            if (member.DateOfBirth is not { } dob)
            {
                errors.Add(new($"{path}.dateOfBirth", "required", "A date of birth is required for everyone except an unborn child (001 §2.9)."));
                continue;
            }

            if (dob > asOf)
            {
                errors.Add(new($"{path}.dateOfBirth", "not-in-future", $"The date of birth {dob:yyyy-MM-dd} is after the assessment date {asOf:yyyy-MM-dd}."));
            }
            else if (asOf.Year - dob.Year > 125)
            {
                errors.Add(new($"{path}.dateOfBirth", "plausible-date", $"The date of birth {dob:yyyy-MM-dd} makes this person over 125."));
            }

            if (member.Sex is null && member.AgeOn(asOf) is < 16)
            {
                errors.Add(new($"{path}.sex", "required", "Sex is required for children under 16, to apply the bedroom standard's pairing rules (001 §14.2)."));
            }

            if (member.PartnerId is { } partnerId)
            {
                if (partnerId == member.Id)
                {
                    errors.Add(new($"{path}.partnerId", "not-self", "A member cannot be their own partner."));
                }
                else if (household.Find(partnerId) is null)
                {
                    errors.Add(new($"{path}.partnerId", "unknown-member", $"The partner '{partnerId}' is not a member of this household."));
                }
            }
        }
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
