using System.Collections.Immutable;
using OpenLettings.Domain.Explanations;

namespace OpenLettings.Domain.Schemes.SwanTransfer;

/// <summary>Whether the applicant may be on the transfer list, and whether they can be considered for a move now.</summary>
public sealed record SwanEligibility
{
    /// <summary>May register on the transfer list (002 §3.1, §3.3, §3.5).</summary>
    public required bool MayRegister { get; init; }

    /// <summary>Registered, but suspended until a breach of tenancy is put right (002 §3.3).</summary>
    public required bool Suspended { get; init; }

    /// <summary>Can be considered for a transfer now (002 §3.1, §3.3, §3.6, §3.8, §5.3, §5.5).</summary>
    public required bool ConsideredForTransfer { get; init; }

    /// <summary>When only time stands in the way: the first date the applicant can be considered.</summary>
    public DateOnly? ConsideredFrom { get; init; }

    /// <summary>The domestic violence / harassment management priority exception of 002 §3.3 applied.</summary>
    public bool ViolenceOrHarassmentException { get; init; }

    public ImmutableArray<Reason> Reasons { get; init; } = [];
}

/// <summary>Transfer-list eligibility (002 §3) and the application-level suitability bars (002 §5.3, §5.5).</summary>
public static class SwanEligibilityRules
{
    private static Citation S(string section) => new("002", section);

    /// <summary>Decides registration and consideration for a transfer.</summary>
    /// <param name="application">The application.</param>
    /// <param name="managementPriority">Whether management priority is currently held (from <see cref="SwanBanding.ManagementPriority"/>).</param>
    /// <param name="options">The options in force.</param>
    /// <param name="asOf">The assessment date.</param>
    public static SwanEligibility Assess(SwanApplication application, ManagementPriorityStatus managementPriority, SwanOptions options, DateOnly asOf)
    {
        var reasons = ImmutableArray.CreateBuilder<Reason>();
        var home = application.CurrentHome;
        var conduct = application.Conduct;

        var exception = managementPriority == ManagementPriorityStatus.Held
            && application.ManagementMove?.Award.Value is ManagementMoveGround.DomesticViolencePolicy or ManagementMoveGround.HarassmentPolicy;
        if (exception)
        {
            reasons.Add(new Reason("SWAN.Eligibility.ViolenceHarassmentException", S("3.3"),
                options.ViolenceHarassmentExceptionScope == ExceptionScope.WholeClause
                    ? "You have management priority under the Domestic Violence or Harassment Policy, so breaches, debts and anti-social behaviour do not stop your transfer."
                    : "You have management priority under the Domestic Violence or Harassment Policy, so the anti-social behaviour wait does not apply to you.")
                .With(new Fact("management move ground", application.ManagementMove!.Award.Value.ToString())));
        }

        var wholeClauseLifted = exception && options.ViolenceHarassmentExceptionScope == ExceptionScope.WholeClause;

        // Registration (§3.1, §3.5).
        var mayRegister = true;
        if (home.Occupancy == SwanOccupancy.IndependentAdult)
        {
            var qualifiesAfter = home.OccupiedSince.AddYears(options.IndependentAdultMinimumYears);
            if (asOf <= qualifiesAfter)
            {
                mayRegister = false;
                reasons.Add(new Reason("SWAN.Eligibility.IndependentAdultResidence", S("3.5"),
                    $"Adults without a tenancy may register once they have lived in a Swan home for longer than {options.IndependentAdultMinimumYears} years; you can register from {qualifiesAfter.AddDays(1):d MMMM yyyy}.")
                    .With(new Fact("living there since", $"{home.OccupiedSince:yyyy-MM-dd}")));
            }
            else
            {
                reasons.Add(new Reason("SWAN.Eligibility.IndependentAdultRegistered", S("3.5"),
                    "You may register as an adult without a tenancy who has lived in a Swan home for over the required time, but tenants are considered before you.")
                    .With(new Fact("living there since", $"{home.OccupiedSince:yyyy-MM-dd}")));
            }
        }
        else
        {
            reasons.Add(new Reason("SWAN.Eligibility.TenantMayRegister", S("3.1"), "As a Swan tenant you may register on the transfer list.")
                .With(new Fact("tenancy", home.Occupancy.ToString())));
        }

        // Breach of tenancy (§3.3).
        var suspended = false;
        var openBreaches = conduct.Breaches.Where(b => b.BreachedOn <= asOf && (b.RemediedOn is null || b.RemediedOn > asOf)).ToList();
        if (openBreaches.Count > 0)
        {
            if (wholeClauseLifted)
            {
                reasons.Add(new Reason("SWAN.Eligibility.BreachExcepted", S("3.3"), "Your breach of tenancy does not stop this transfer because of the exception above."));
            }
            else if (openBreaches.Any(b => b.BreachedOn < application.RegisteredOn))
            {
                mayRegister = false;
                reasons.Add(new Reason("SWAN.Eligibility.BreachBeforeRegistration", S("3.3"),
                    "You cannot register on the transfer list while a breach of your tenancy has not been put right.")
                    .With(new Fact("breached on", $"{openBreaches.Min(b => b.BreachedOn):yyyy-MM-dd}")));
            }
            else
            {
                suspended = true;
                reasons.Add(new Reason("SWAN.Eligibility.BreachSuspended", S("3.3"),
                    "Your application is suspended until the breach of your tenancy is put right.")
                    .With(new Fact("breached on", $"{openBreaches.Min(b => b.BreachedOn):yyyy-MM-dd}")));
            }
        }

        if (!mayRegister || suspended)
        {
            return new SwanEligibility
            {
                MayRegister = mayRegister,
                Suspended = suspended,
                ConsideredForTransfer = false,
                ViolenceOrHarassmentException = exception,
                Reasons = reasons.ToImmutable(),
            };
        }

        var blocked = false;
        DateOnly? timeBar = null;
        void WaitUntil(DateOnly date) => timeBar = timeBar is { } d && d > date ? d : date;

        // Tenancy type (§3.1, §3.6).
        switch (home.Occupancy)
        {
            case SwanOccupancy.SecureTenant:
            case SwanOccupancy.AssuredTenant:
                if (home.HousingType == SwanHousingType.Supported)
                {
                    reasons.Add(new Reason("SWAN.Eligibility.SupportedToGeneralNeeds", S("3.6"),
                        "As a tenant of Swan supported housing you can be considered for a move to a general needs home."));
                }

                break;
            case SwanOccupancy.AssuredShortholdTenant when home.HousingType == SwanHousingType.Supported:
                {
                    var from = home.OccupiedSince.AddMonths(options.SupportedHousingMinimumTenancyMonths);
                    if (asOf < from)
                    {
                        WaitUntil(from);
                        reasons.Add(new Reason("SWAN.Eligibility.SupportedHousingOneYear", S("3.6"),
                            $"Tenants in supported housing are considered for a move once they have held their assured shorthold tenancy for {options.SupportedHousingMinimumTenancyMonths} months; you can be considered from {from:d MMMM yyyy}.")
                            .With(new Fact("tenancy began", $"{home.OccupiedSince:yyyy-MM-dd}")));
                    }
                    else
                    {
                        reasons.Add(new Reason("SWAN.Eligibility.SupportedHousingOneYear", S("3.6"),
                            $"You have held your supported housing tenancy for at least {options.SupportedHousingMinimumTenancyMonths} months, so you can be considered for a move to a general needs home.")
                            .With(new Fact("tenancy began", $"{home.OccupiedSince:yyyy-MM-dd}")));
                    }

                    break;
                }

            case SwanOccupancy.StarterTenant:
            case SwanOccupancy.AssuredShortholdTenant:
                blocked = true;
                reasons.Add(new Reason("SWAN.Eligibility.TenancyTypeAccruesTimeOnly", S("3.1"),
                    "Only assured or secure tenants are considered for a transfer. With your tenancy you stay registered and build up waiting time until it becomes assured or secure.")
                    .With(new Fact("tenancy", home.Occupancy.ToString())));
                break;
            case SwanOccupancy.IndependentAdult:
                break;
        }

        // Debts (§3.3).
        var owed = conduct.Debts.Total;
        if (owed > options.DebtTolerance)
        {
            if (wholeClauseLifted)
            {
                reasons.Add(new Reason("SWAN.Eligibility.DebtExcepted", S("3.3"), $"The {owed} you owe Swan does not stop this transfer because of the exception above.")
                    .With(new Fact("owed", owed.ToString())));
            }
            else
            {
                blocked = true;
                reasons.Add(new Reason("SWAN.Eligibility.DebtsNotCleared", S("3.3"),
                    $"You owe Swan {owed} (rent arrears, recharges, court costs or housing benefit overpayment). You will be considered for a transfer once all debts are cleared.")
                    .With(new Fact("rent arrears", conduct.Debts.RentArrears.ToString()), new Fact("recharges", conduct.Debts.Recharges.ToString()),
                        new Fact("court costs", conduct.Debts.CourtCosts.ToString()), new Fact("housing benefit overpayment", conduct.Debts.HousingBenefitOverpayment.ToString()),
                        new Fact("tolerance", options.DebtTolerance.ToString())));
            }
        }

        // Anti-social behaviour (§3.3).
        if (conduct.LastAntisocialBehaviourOn is { } lastAsb)
        {
            var from = lastAsb.AddMonths(options.AntisocialBehaviourWaitMonths);
            if (asOf < from)
            {
                if (exception)
                {
                    reasons.Add(new Reason("SWAN.Eligibility.AntisocialBehaviourExcepted", S("3.3"),
                        "The wait after anti-social behaviour does not apply because of the exception above.")
                        .With(new Fact("last anti-social behaviour", $"{lastAsb:yyyy-MM-dd}")));
                }
                else
                {
                    WaitUntil(from);
                    reasons.Add(new Reason("SWAN.Eligibility.AntisocialBehaviourWait", S("3.3"),
                        $"A transfer is not considered until {options.AntisocialBehaviourWaitMonths} months after the last act of anti-social behaviour; you can be considered from {from:d MMMM yyyy}.")
                        .With(new Fact("last anti-social behaviour", $"{lastAsb:yyyy-MM-dd}")));
                }
            }
        }

        // Previous breached tenancy (§3.8).
        if (options.RefusePreviouslyBreachedTenants && conduct.PreviousSwanTenancyBreached)
        {
            blocked = true;
            reasons.Add(new Reason("SWAN.Eligibility.PreviousTenancyBreached", S("3.8"),
                "Swan does not normally offer a tenancy to someone whose earlier Swan tenancy was breached."));
        }

        // Vulnerable tenant without support (§5.3).
        if (application.Suitability.Vulnerable && application.Suitability.SupportPackageInPlace?.Value != true)
        {
            blocked = true;
            reasons.Add(new Reason("SWAN.Suitability.SupportPackageNeeded", S("5.3"),
                "Swan needs to be satisfied that an appropriate support package is in place before it can consider your move."));
        }

        // Interest in a property elsewhere (§5.5).
        if (application.Suitability.InterestInPropertyElsewhere)
        {
            blocked = true;
            reasons.Add(new Reason("SWAN.Suitability.InterestInPropertyElsewhere", S("5.5"),
                "Swan does not normally offer a home to someone who owns or rents a property elsewhere."));
        }

        var considered = !blocked && timeBar is null;
        if (considered)
        {
            reasons.Add(new Reason("SWAN.Eligibility.Considered", S("3"), "You can be considered for a transfer."));
        }

        return new SwanEligibility
        {
            MayRegister = true,
            Suspended = false,
            ConsideredForTransfer = considered,
            ConsideredFrom = blocked ? null : timeBar,
            ViolenceOrHarassmentException = exception,
            Reasons = reasons.ToImmutable(),
        };
    }
}
