using System.Collections.Immutable;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Households;
using OpenLettings.Domain.Validation;

namespace OpenLettings.Domain.Schemes.SwanTransfer;

/// <summary>
/// Checks that a Swan application snapshot is complete and consistent enough to assess. Field paths are
/// camelCase JSON paths relative to the application (e.g. <c>household.members[1].dateOfBirth</c>).
/// </summary>
public static class SwanApplicationValidator
{
    /// <summary>Every problem found; empty when the application can be assessed.</summary>
    public static ImmutableArray<ValidationError> Validate(SwanApplication application, DateOnly asOf)
    {
        var errors = ImmutableArray.CreateBuilder<ValidationError>();
        if (string.IsNullOrWhiteSpace(application.Id.Value))
        {
            errors.Add(new("id", "required", "An application id is required."));
        }

        if (application.RegisteredOn > asOf)
        {
            errors.Add(new("registeredOn", "not-after-as-of", $"The registration date {application.RegisteredOn:yyyy-MM-dd} is after the assessment date {asOf:yyyy-MM-dd}."));
        }

        errors.AddRange(HouseholdValidator.Validate(application.Household, asOf));
        var ids = application.Household.Members.IsDefault ? [] : application.Household.Members.Select(m => m.Id).ToHashSet();
        ValidateHome(application.CurrentHome, ids, asOf, errors);
        KnownMembers(application.Dependants, "dependants", ids, errors);
        KnownMembers(application.ChildBenefitEvidencedFor, "childBenefitEvidencedFor", ids, errors);

        for (var i = 0; i < application.Dependants.Length; i++)
        {
            if (application.Household.Find(application.Dependants[i]) is { Role: MemberRole.MainApplicant })
            {
                errors.Add(new($"dependants[{i}]", "not-main-applicant", "The main applicant cannot be their own dependant."));
            }
        }

        var conduct = application.Conduct;
        for (var i = 0; i < conduct.Breaches.Length; i++)
        {
            var breach = conduct.Breaches[i];
            if (breach.BreachedOn > asOf)
            {
                errors.Add(new($"conduct.breaches[{i}].breachedOn", "not-after-as-of", "A breach cannot be dated after the assessment date."));
            }

            if (breach.RemediedOn is { } remedied && remedied < breach.BreachedOn)
            {
                errors.Add(new($"conduct.breaches[{i}].remediedOn", "not-before-breach", "A breach cannot be put right before it happened."));
            }
        }

        Money(conduct.Debts.RentArrears, "conduct.debts.rentArrears", errors);
        Money(conduct.Debts.Recharges, "conduct.debts.recharges", errors);
        Money(conduct.Debts.CourtCosts, "conduct.debts.courtCosts", errors);
        Money(conduct.Debts.HousingBenefitOverpayment, "conduct.debts.housingBenefitOverpayment", errors);
        if (conduct.LastAntisocialBehaviourOn > asOf)
        {
            errors.Add(new("conduct.lastAntisocialBehaviourOn", "not-after-as-of", "The last act of anti-social behaviour cannot be after the assessment date."));
        }

        if (application.Downsizing is { } downsizing && (downsizing.TargetBedrooms < 0 || downsizing.TargetBedrooms >= application.CurrentHome.Bedrooms))
        {
            errors.Add(new("downsizing.targetBedrooms", "smaller-than-current",
                $"A downsizing move must be to fewer bedrooms than the current {application.CurrentHome.Bedrooms} (002 §4.5)."));
        }

        for (var i = 0; i < application.Circumstances.Length; i++)
        {
            var circumstance = application.Circumstances[i].Value;
            if (SwanCircumstances.IsDerived(circumstance))
            {
                errors.Add(new($"circumstances[{i}].value", "derived-circumstance",
                    $"'{circumstance}' is worked out from the application's facts (household, home, medical, management move or downsizing); record those facts instead (002 Appendix 1)."));
            }
        }

        for (var i = 0; i < application.Refusals.Length; i++)
        {
            if (application.Refusals[i].RefusedOn > asOf)
            {
                errors.Add(new($"refusals[{i}].refusedOn", "not-after-as-of", "A refusal cannot be dated after the assessment date."));
            }
        }

        for (var i = 0; i < application.BandHistory.Length; i++)
        {
            if (application.BandHistory[i].From < application.RegisteredOn)
            {
                errors.Add(new($"bandHistory[{i}].from", "not-before-registration", "A band cannot start before the applicant registered (002 §4.2)."));
            }
        }

        if (application.BandHistory.GroupBy(h => h.From).Any(g => g.Count() > 1))
        {
            errors.Add(new("bandHistory", "unique-dates", "Two band records share a date; keep one band per date (002 §4.2)."));
        }

        return errors.ToImmutable();
    }

    private static void ValidateHome(SwanCurrentHome home, HashSet<MemberId> ids, DateOnly asOf, ImmutableArray<ValidationError>.Builder errors)
    {
        if (home.Bedrooms < 0)
        {
            errors.Add(new("currentHome.bedrooms", "not-negative", "Bedrooms cannot be negative (use 0 for a bedsit)."));
        }

        if (home.OccupiedSince > asOf)
        {
            errors.Add(new("currentHome.occupiedSince", "not-after-as-of", "The date the applicant began living in the home cannot be after the assessment date."));
        }

        for (var i = 0; i < home.SharedBedrooms.Length; i++)
        {
            var occupants = home.SharedBedrooms[i].Occupants;
            if (occupants.IsDefault || occupants.Length < 2)
            {
                errors.Add(new($"currentHome.sharedBedrooms[{i}].occupants", "at-least-two", "A shared bedroom needs at least two occupants."));
                continue;
            }

            KnownMembers(occupants, $"currentHome.sharedBedrooms[{i}].occupants", ids, errors);
            if (occupants.Distinct().Count() != occupants.Length)
            {
                errors.Add(new($"currentHome.sharedBedrooms[{i}].occupants", "unique", "A member is listed twice in the same bedroom."));
            }
        }
    }

    private static void KnownMembers(ImmutableArray<MemberId> list, string path, HashSet<MemberId> ids, ImmutableArray<ValidationError>.Builder errors)
    {
        for (var i = 0; i < list.Length; i++)
        {
            if (!ids.Contains(list[i]))
            {
                errors.Add(new($"{path}[{i}]", "unknown-member", $"'{list[i]}' is not a member of this household."));
            }
        }
    }

    private static void Money(Money amount, string path, ImmutableArray<ValidationError>.Builder errors)
    {
        if (amount < Common.Money.Zero)
        {
            errors.Add(new(path, "not-negative", "An amount owed cannot be negative."));
        }
    }
}
