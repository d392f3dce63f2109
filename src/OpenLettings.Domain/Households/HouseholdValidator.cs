using System.Collections.Immutable;
using OpenLettings.Domain.Validation;

namespace OpenLettings.Domain.Households;

/// <summary>
/// The checks every scheme makes of a household before assessing it: exactly one main applicant, unique member
/// ids, a date of birth (or, for an unborn child, a due date) that is real as of the assessment date, sex for
/// children (bedroom sharing rules depend on it), and partners who are other members. Field paths are relative to
/// the application (<c>household.members[1].dateOfBirth</c>).
/// </summary>
public static class HouseholdValidator
{
    /// <summary>Every problem with <paramref name="household"/> as of <paramref name="asOf"/>.</summary>
    /// <param name="household">The household to check.</param>
    /// <param name="asOf">The assessment date.</param>
    /// <param name="childAge">Members younger than this (or with the child role) need a recorded sex.</param>
    public static ImmutableArray<ValidationError> Validate(Household household, DateOnly asOf, int childAge = 16)
    {
        var errors = ImmutableArray.CreateBuilder<ValidationError>();
        var members = household.Members;
        if (members.IsDefaultOrEmpty)
        {
            errors.Add(new("household.members", "required", "A household needs at least its main applicant."));
            return errors.ToImmutable();
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
                errors.Add(new($"{path}.id", "unique", $"The member id '{member.Id}' is used twice; a person may appear once."));
            }

            if (member.PartnerId is { } partnerId && (partnerId == member.Id || household.Find(partnerId) is null))
            {
                errors.Add(new($"{path}.partnerId", "unknown-member", $"The partner '{partnerId}' is not another member of this household."));
            }

            if (member.Role == MemberRole.Unborn)
            {
                if (member.DueDate is null)
                {
                    errors.Add(new($"{path}.dueDate", "required", "An unborn child needs an expected date of delivery."));
                }

                if (member.DateOfBirth is not null)
                {
                    errors.Add(new($"{path}.dateOfBirth", "not-allowed", "An unborn child has a due date, not a date of birth; once born, change the role to child."));
                }

                continue;
            }

            if (member.DateOfBirth is not { } dob)
            {
                errors.Add(new($"{path}.dateOfBirth", "required", "A date of birth is required for everyone except an unborn child."));
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

            if (member.Sex is null && (member.Role == MemberRole.Child || member.AgeOn(asOf) < childAge))
            {
                errors.Add(new($"{path}.sex", "required", "Sex is required for children, to apply the bedroom sharing rules."));
            }
        }

        return errors.ToImmutable();
    }
}
