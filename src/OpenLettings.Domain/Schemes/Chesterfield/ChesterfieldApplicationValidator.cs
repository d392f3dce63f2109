using System.Collections.Immutable;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Households;
using OpenLettings.Domain.Validation;

namespace OpenLettings.Domain.Schemes.Chesterfield;

/// <summary>Checks that a Chesterfield application can be assessed; field paths are camelCase JSON paths.</summary>
public static class ChesterfieldApplicationValidator
{
    /// <summary>The most members an application may list.</summary>
    public const int MaximumMembers = 20;

    /// <summary>Returns every problem found (empty when the application can be assessed).</summary>
    public static ImmutableArray<ValidationError> Validate(ChesterfieldApplication application, DateOnly asOf)
    {
        var errors = ImmutableArray.CreateBuilder<ValidationError>();
        void Error(string field, string rule, string message) => errors.Add(new ValidationError(field, rule, message));

        if (string.IsNullOrWhiteSpace(application.Id.Value))
        {
            Error("id", "required", "The application needs an id.");
        }

        if (application.AppliedOn > asOf)
        {
            Error("appliedOn", "not-in-future", "The application date cannot be after the assessment date.");
        }

        if (application.InformationCompleteOn is { } complete && complete < application.AppliedOn)
        {
            Error("informationCompleteOn", "not-before-application", "Information cannot be complete before the application was made.");
        }

        var members = application.Household.Members;
        errors.AddRange(HouseholdValidator.Validate(application.Household, asOf));
        if (members.IsDefaultOrEmpty)
        {
            return errors.ToImmutable();
        }

        if (members.Length > MaximumMembers)
        {
            Error("household.members", "too-many", $"A household may list at most {MaximumMembers} people.");
        }

        var ids = members.Select(m => m.Id).ToHashSet();

        for (var i = 0; i < application.JointAccessChildren.Length; i++)
        {
            if (!ids.Contains(application.JointAccessChildren[i].Member))
            {
                Error($"jointAccessChildren[{i}].member", "unknown-member", "The child is not a member of the household.");
            }
        }

        for (var i = 0; i < application.DependentAdults.Length; i++)
        {
            if (!ids.Contains(application.DependentAdults[i]))
            {
                Error($"dependentAdults[{i}]", "unknown-member", "The dependent adult is not a member of the household.");
            }
        }

        if (application.CurrentHome.Bedrooms is < 0 or > 10)
        {
            Error("currentHome.bedrooms", "range", "Bedrooms must be between 0 and 10.");
        }

        var resources = application.Resources;
        if (resources.OwnershipShare is < 0m or > 1m)
        {
            Error("resources.ownershipShare", "range", "The ownership share must be between 0 and 1.");
        }

        if (resources.PropertyValue < Money.Zero)
        {
            Error("resources.propertyValue", "not-negative", "The property value cannot be negative.");
        }

        if (resources.SecuredLoans < Money.Zero)
        {
            Error("resources.securedLoans", "not-negative", "Secured loans cannot be negative.");
        }

        if (resources.SavingsAndInvestments < Money.Zero)
        {
            Error("resources.savingsAndInvestments", "not-negative", "Savings cannot be negative.");
        }

        if (application.Debt is { } debt)
        {
            if (debt.Amount < Money.Zero)
            {
                Error("debt.amount", "not-negative", "The debt cannot be negative.");
            }

            if (debt.WeeksOfRegularPayments < 0)
            {
                Error("debt.weeksOfRegularPayments", "not-negative", "Weeks of payments cannot be negative.");
            }
        }

        if (application.Residency.MonthsInChesterfieldWithinLastFiveYears is < 0 or > 60)
        {
            Error("residency.monthsInChesterfieldWithinLastFiveYears", "range", "Months within the last five years must be between 0 and 60.");
        }

        for (var i = 0; i < application.Awards.Length; i++)
        {
            var award = application.Awards[i];
            if (BandReasons.IsDerived(award.Code))
            {
                Error($"awards[{i}].code", "derived-reason", $"{BandReasons.PrintedCode(award.Code)} is worked out by the scheme from the household and home; it cannot be awarded directly.");
            }

            if (award.AwardedOn < application.AppliedOn)
            {
                Error($"awards[{i}].awardedOn", "not-backdated", "Priority cannot be awarded before the application date (it is not back-dated).");
            }
        }

        for (var i = 0; i < application.History.Length; i++)
        {
            var entry = application.History[i];
            if (entry.PriorityDate > entry.From)
            {
                Error($"history[{i}].priorityDate", "not-after-from", "A priority date cannot be later than the date the level came into effect.");
            }

            if (i > 0 && entry.From < application.History[i - 1].From)
            {
                Error($"history[{i}].from", "ordered", "History entries must be in date order, earliest first.");
            }
        }

        return errors.ToImmutable();
    }
}
