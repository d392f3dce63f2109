using System.Collections.Immutable;
using OpenLettings.Domain.Households;
using OpenLettings.Domain.Validation;

namespace OpenLettings.Domain.Schemes.PaHousing;

/// <summary>
/// Checks that a PA Housing application is complete and consistent enough to assess, with JSON-style field
/// paths. Eligibility and priority are decided by the scheme, not here.
/// </summary>
public static class PaHousingApplicationValidator
{
    /// <summary>Every problem found; empty when the application can be assessed.</summary>
    public static ImmutableArray<ValidationError> Validate(PaHousingApplication application, DateOnly asOf) =>
        Validate(application, asOf, new PaHousingOptions());

    /// <summary>Every problem found under the given options (for the local authority lookup).</summary>
    public static ImmutableArray<ValidationError> Validate(PaHousingApplication application, DateOnly asOf, PaHousingOptions options)
    {
        var errors = ImmutableArray.CreateBuilder<ValidationError>();
        if (string.IsNullOrWhiteSpace(application.Id.Value))
        {
            errors.Add(new("id", "required", "An application id is required."));
        }

        if (options.SubRegionFor(application.LocalAuthority) is null)
        {
            errors.Add(new("localAuthority", "unknown-authority",
                $"'{application.LocalAuthority}' is not a borough or district in Appendix 1 of the PA Housing policy (004 Appendix 1)."));
        }

        if (DateOnly.FromDateTime(application.RegisteredAt) > asOf)
        {
            errors.Add(new("registeredAt", "not-after-as-of", $"The registration date {application.RegisteredAt:yyyy-MM-dd} is after the assessment date {asOf:yyyy-MM-dd}."));
        }

        errors.AddRange(HouseholdValidator.Validate(application.Household, asOf, childAge: 18));
        ValidateHome(application, asOf, errors);
        ValidateMoney(application, errors);

        for (var i = 0; i < application.AssessedNeeds.Length; i++)
        {
            var need = application.AssessedNeeds[i];
            if (PaNeedCatalogue.Derived.Contains(need.Value))
            {
                errors.Add(new($"assessedNeeds[{i}].value", "derived-need",
                    $"'{need.Value}' is worked out from the application (004 Appendix 2) and cannot be entered as an assessed need."));
            }

            if (need.AssessedOn > asOf)
            {
                errors.Add(new($"assessedNeeds[{i}].assessedOn", "not-after-as-of", "An assessment cannot be dated after the assessment date."));
            }
        }

        for (var i = 0; i < application.SharedCare.Length; i++)
        {
            var care = application.SharedCare[i];
            if (application.Household.Find(care.Child) is null)
            {
                errors.Add(new($"sharedCare[{i}].child", "unknown-member", $"'{care.Child}' is not a member of this household."));
            }

            if (care.NightsPerWeek is < 0 or > 7)
            {
                errors.Add(new($"sharedCare[{i}].nightsPerWeek", "range", "Nights a week must be between 0 and 7."));
            }
        }

        for (var i = 0; i < application.ExpectedMembers.Length; i++)
        {
            if (application.Household.Find(application.ExpectedMembers[i].Member) is null)
            {
                errors.Add(new($"expectedMembers[{i}].member", "unknown-member", $"'{application.ExpectedMembers[i].Member}' is not a member of this household."));
            }
        }

        for (var i = 0; i < application.PreviousEvictions.Length; i++)
        {
            if (application.PreviousEvictions[i].EvictedOn > asOf)
            {
                errors.Add(new($"previousEvictions[{i}].evictedOn", "not-after-as-of", "An eviction cannot be dated after the assessment date."));
            }
        }

        for (var i = 0; i < application.Refusals.Length; i++)
        {
            if (application.Refusals[i].RefusedOn > asOf)
            {
                errors.Add(new($"refusals[{i}].refusedOn", "not-after-as-of", "A refusal cannot be dated after the assessment date."));
            }
        }

        if (application.AdditionalBedroomsRecommended is { Value: < 0 })
        {
            errors.Add(new("additionalBedroomsRecommended.value", "range", "Extra bedrooms recommended cannot be negative."));
        }

        return errors.ToImmutable();
    }

    private static void ValidateHome(PaHousingApplication application, DateOnly asOf, ImmutableArray<ValidationError>.Builder errors)
    {
        var home = application.CurrentHome;
        if (home.Bedrooms is < 0)
        {
            errors.Add(new("currentHome.bedrooms", "range", "Bedrooms cannot be negative."));
        }

        if (home.TenancyStartDate is { } start && start > asOf)
        {
            errors.Add(new("currentHome.tenancyStartDate", "not-after-as-of", "The tenancy start date is after the assessment date."));
        }

        if (application.Route == PaRoute.Transfer && home.Tenure != PaTenure.PaHousingTenant)
        {
            errors.Add(new("currentHome.tenure", "transfer-needs-tenant", "A transfer application is for a PA Housing tenant (004 §1.3); use tenure paHousingTenant or another route."));
        }

        if (application.Route == PaRoute.Transfer && home.TenancyStartDate is null)
        {
            errors.Add(new("currentHome.tenancyStartDate", "required", "A transfer needs the tenancy start date, for the 12-month rule (004 §4.1)."));
        }

        if (home.MonthsKeptToRepaymentPlan < 0)
        {
            errors.Add(new("currentHome.monthsKeptToRepaymentPlan", "range", "Months cannot be negative."));
        }
    }

    private static void ValidateMoney(PaHousingApplication application, ImmutableArray<ValidationError>.Builder errors)
    {
        var finances = application.Finances;
        for (var i = 0; i < finances.Income.Length; i++)
        {
            if (finances.Income[i].AnnualAmount.Pounds < 0)
            {
                errors.Add(new($"finances.income[{i}].annualAmount", "range", "An income amount cannot be negative."));
            }
        }

        if (finances.Savings.Pounds < 0)
        {
            errors.Add(new("finances.savings", "range", "Savings cannot be negative."));
        }

        if (finances.AssetValue.Pounds < 0)
        {
            errors.Add(new("finances.assetValue", "range", "Asset value cannot be negative."));
        }

        if (application.CurrentHome.RentArrears.Pounds < 0)
        {
            errors.Add(new("currentHome.rentArrears", "range", "Arrears cannot be negative."));
        }
    }
}
