using System.Collections.Immutable;
using System.Globalization;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;
using static OpenLettings.Domain.Schemes.DevonHomeChoice.Eligibility.Explain;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Eligibility;

/// <summary>
/// The financial assessment (001 §48): gross household income against the published limit for the bedroom need,
/// capital against the guidance thresholds, and an interest in a property it is reasonable to live in (001 §41.2).
/// Returns Band E sanctions; the banding step turns Band E into "not registered" where the authority does not
/// register households with no housing need, and scopes an older-persons-only outcome to older persons' housing.
/// </summary>
/// <remarks>
/// Partner-landlord tenants are exempt (001 §48.16), as are households the authority agrees could not meet their
/// own need on the market (001 §48.21). Deliberate deprivation of capital is for the banding step.
/// </remarks>
public static class FinancialRules
{
    /// <summary>Assesses finances on <paramref name="asOf"/> for a household needing <paramref name="bedroomsNeeded"/> bedrooms.</summary>
    public static FinancialDecision Assess(DevonApplication app, int bedroomsNeeded, DevonOptions options, DateOnly asOf)
    {
        var q = options.Qualification;
        var f = app.Finances;
        var reasons = new List<Reason>();
        var sanctions = ImmutableArray.CreateBuilder<Sanction>();

        var income = f.Income.Where(i => !IsDisregarded(i.Kind)).Aggregate(Money.Zero, (sum, i) => sum + i.AnnualGross);
        var disregarded = f.Income.Where(i => IsDisregarded(i.Kind)).Aggregate(Money.Zero, (sum, i) => sum + i.AnnualGross);
        var compensation = f.Capital.Where(c => c.Kind == CapitalKind.ArmedForcesCompensationLumpSum).Aggregate(Money.Zero, (sum, c) => sum + c.Value);
        var capital = f.Capital.Where(c => c.Kind != CapitalKind.ArmedForcesCompensationLumpSum).Aggregate(Money.Zero, (sum, c) => sum + c.Value);
        if (f.UnsecuredDebtOffsetAccepted is not null)
        {
            capital = f.UnsecuredDebts > capital ? Money.Zero : capital - f.UnsecuredDebts;
        }

        // Property interest (001 §41.2, §48.20)
        var propertyInterest = PropertyInterest(f, reasons, sanctions);

        if (app.CurrentHome.Tenure == Tenure.PartnerLandlordTenant)
        {
            reasons.Add(Because("DHC.Finance.PartnerTenantExempt", "48.16",
                "You are a tenant of a Devon Home Choice partner landlord, so your income and savings are not assessed.",
                new Fact("tenure", app.CurrentHome.Tenure.ToString())));
            return Exempt(propertyInterest, sanctions, income, capital, reasons);
        }

        if (f.SpecificNeedOverride is { } overridden)
        {
            reasons.Add(Because("DHC.Finance.SpecificNeedOverride", "48.21",
                overridden.Value switch
                {
                    SpecificNeedOverride.MobilityNeeds => "Your mobility needs mean you could not meet your housing need on the private market, so the income and savings limits do not apply.",
                    SpecificNeedOverride.DomesticAbuseInaccessibleAssets => "Your money is tied up in joint assets you cannot reach because of domestic abuse, so the income and savings limits do not apply.",
                    SpecificNeedOverride.OtherSpecificNeed => "The council has agreed you could not meet your housing need on the private market, so the income and savings limits do not apply.",
                },
                Assessed("specific need", overridden)));
            return Exempt(propertyInterest, sanctions, income, capital, reasons);
        }

        // Income (001 §48.6-48.12)
        var published = q.IncomeLimits.For(bedroomsNeeded);
        var limit = f.HigherIncomeThreshold?.Value ?? published;
        var incomeFacts = new List<Fact>
        {
            new("gross household income counted", income.ToString()),
            new("disregarded (AA, DLA, PIP, war pension)", disregarded.ToString()),
            new("bedrooms needed", bedroomsNeeded.ToString(CultureInfo.InvariantCulture)),
            new("income limit", limit.ToString()),
            new("limits set from LHA rates at", Iso(q.IncomeLimits.LhaRatesAsAt)),
        };
        if (f.HigherIncomeThreshold is { } higher)
        {
            incomeFacts.Add(Assessed("higher threshold (exceptional)", higher));
        }

        var incomeAbove = income > limit;
        if (incomeAbove)
        {
            var change = $"If your gross household income falls to {limit} or less (for a {bedroomsNeeded}-bedroom need), tell us and we will reassess.";
            var reason = Because("DHC.Finance.IncomeAboveLimit", f.HigherIncomeThreshold is null ? "48.12" : "48.7",
                $"Your gross household income of {income} is above the limit of {limit} for a household needing {Bedrooms(bedroomsNeeded)}, so you are placed in Band E (No housing need), or not registered where the council does not register households with no housing need. {change}",
                [.. incomeFacts]);
            reasons.Add(reason);
            sanctions.Add(new Sanction(BandReason.E_IncomeAboveLimit, [reason]) { WhatWouldChangeIt = change });
        }
        else
        {
            reasons.Add(Because("DHC.Finance.IncomeWithinLimit", "48.12",
                $"Your gross household income of {income} is within the limit of {limit} for a household needing {Bedrooms(bedroomsNeeded)}.",
                [.. incomeFacts]));
        }

        // Capital (001 §48.13-48.27)
        var capitalOutcome = Capital(f, q, bedroomsNeeded, capital, compensation, reasons, sanctions);

        return new FinancialDecision
        {
            Exempt = false,
            IncomeAboveLimit = incomeAbove,
            Capital = capitalOutcome,
            ReasonablePropertyInterest = propertyInterest,
            Sanctions = sanctions.ToImmutable(),
            CountedIncome = income,
            IncomeLimit = limit,
            CountedCapital = capital,
            Reasons = [.. reasons],
        };
    }

    /// <summary>Attendance Allowance, DLA, PIP and war pensions are fully disregarded (001 §48.10).</summary>
    public static bool IsDisregarded(IncomeKind kind) => kind switch
    {
        IncomeKind.AttendanceAllowance or IncomeKind.DisabilityLivingAllowance or IncomeKind.PersonalIndependencePayment or IncomeKind.WarPension => true,
        IncomeKind.Employment or IncomeKind.SelfEmployment or IncomeKind.Pension or IncomeKind.Benefit or IncomeKind.InterestFromSavingsOrInvestments
            or IncomeKind.RentFromProperty or IncomeKind.Maintenance or IncomeKind.Grant or IncomeKind.Other => false,
    };

    private static string Bedrooms(int n) => n <= 1 ? "1 bedroom" : $"{n} bedrooms";

    private static FinancialDecision Exempt(bool propertyInterest, ImmutableArray<Sanction>.Builder sanctions, Money income, Money capital, List<Reason> reasons) => new()
    {
        Exempt = true,
        IncomeAboveLimit = false,
        Capital = CapitalOutcome.BelowThreshold,
        ReasonablePropertyInterest = propertyInterest,
        Sanctions = sanctions.ToImmutable(),
        CountedIncome = income,
        CountedCapital = capital,
        Reasons = [.. reasons],
    };

    private static bool PropertyInterest(FinancialFacts f, List<Reason> reasons, ImmutableArray<Sanction>.Builder sanctions)
    {
        if (f.ReasonableToResideInProperty is { } finding)
        {
            if (finding.Value)
            {
                const string change = "If your circumstances change so that it is no longer reasonable for you to live in the property, or you no longer have an interest in it, tell us and we will reassess.";
                var reason = Because("DHC.Finance.PropertyInterest", "41.2",
                    $"You have an interest in a property that the council considers it reasonable for you to live in, so you are placed in Band E (No housing need), or removed where the council does not register households with no housing need. {change}",
                    Assessed("reasonable to reside", finding));
                reasons.Add(reason);
                sanctions.Add(new Sanction(BandReason.E_PropertyInterest, [reason]) { WhatWouldChangeIt = change });
                return true;
            }

            reasons.Add(Because("DHC.Finance.PropertyNotReasonable", "48.22",
                "You have an interest in a property, but the council accepts it is not reasonable for you to live there; the equity counts towards your capital.",
                Assessed("reasonable to reside", finding)));
        }
        else if (f.HasPropertyInterest)
        {
            reasons.Add(Because("DHC.Finance.PropertyAssessmentNeeded", "48.20",
                "You have an interest in a property. The council will decide whether it is reasonable for you to live there."));
        }

        return false;
    }

    private static CapitalOutcome Capital(FinancialFacts f, QualificationOptions q, int bedroomsNeeded, Money capital, Money compensation,
        List<Reason> reasons, ImmutableArray<Sanction>.Builder sanctions)
    {
        var facts = new List<Fact> { new("capital, savings and equity counted", capital.ToString()) };
        if (compensation > Money.Zero)
        {
            facts.Add(new Fact("Armed Forces compensation ignored", compensation.ToString()));
        }

        if (f.UnsecuredDebts > Money.Zero)
        {
            facts.Add(new Fact(f.UnsecuredDebtOffsetAccepted is null ? "unsecured debts (not offset)" : "unsecured debts (offset, exceptional)", f.UnsecuredDebts.ToString()));
            if (f.UnsecuredDebtOffsetAccepted is { } offset)
            {
                facts.Add(Assessed("debt offset accepted", offset));
            }
        }

        Money? olderThreshold = bedroomsNeeded switch
        {
            <= 1 => q.OlderPersonsCapitalThresholdOneBedroom,
            2 => q.OlderPersonsCapitalThresholdTwoBedrooms,
            _ => null,
        };

        CapitalOutcome outcome;
        string section;
        if (f.CanResolveOwnHousingNeed is { } finding)
        {
            facts.Add(Assessed("can resolve own housing need", finding));
            outcome = finding.Value ? CapitalOutcome.AboveThreshold : CapitalOutcome.BelowThreshold;
            section = "48.14";
        }
        else
        {
            facts.Add(new Fact("general needs threshold", q.GeneralNeedsCapitalThreshold.ToString()));
            if (olderThreshold is { } o)
            {
                facts.Add(new Fact("older persons threshold", o.ToString()));
            }

            outcome = capital <= q.GeneralNeedsCapitalThreshold ? CapitalOutcome.BelowThreshold
                : olderThreshold is { } older && capital <= older ? CapitalOutcome.OlderPersonsHousingOnly
                : CapitalOutcome.AboveThreshold;
            section = outcome == CapitalOutcome.OlderPersonsHousingOnly ? "48.26" : "48.25";
        }

        switch (outcome)
        {
            case CapitalOutcome.BelowThreshold:
                reasons.Add(Because("DHC.Finance.CapitalBelowThreshold", section, f.CanResolveOwnHousingNeed is null
                    ? $"Your capital, savings and equity of {capital} are within the {q.GeneralNeedsCapitalThreshold} guidance threshold."
                    : "The council has assessed that you cannot resolve your housing need with your capital, savings and equity.",
                    [.. facts]));
                break;
            case CapitalOutcome.OlderPersonsHousingOnly:
                reasons.Add(Because("DHC.Finance.OlderPersonsHousingOnly", section,
                    $"Your capital, savings and equity of {capital} are above the {q.GeneralNeedsCapitalThreshold} threshold for general needs housing but within the {olderThreshold} threshold for older persons' accommodation, so your banding applies only to older persons' housing.",
                    [.. facts]));
                break;
            case CapitalOutcome.AboveThreshold:
                var change = $"If your capital, savings and equity fall to {q.GeneralNeedsCapitalThreshold} or less, tell us and we will reassess.";
                var reason = Because("DHC.Finance.CapitalAboveThreshold", section, (f.CanResolveOwnHousingNeed is null
                    ? $"Your capital, savings and equity of {capital} are above the guidance threshold for a household needing {Bedrooms(bedroomsNeeded)}, so you could meet your own housing need"
                    : "The council has assessed that you can resolve your own housing need with your capital, savings and equity, so you")
                    + $" are placed in Band E (No housing need), or not registered where the council does not register households with no housing need. {change}",
                    [.. facts]);
                reasons.Add(reason);
                sanctions.Add(new Sanction(BandReason.E_CapitalAboveThreshold, [reason]) { WhatWouldChangeIt = change });
                break;
        }

        return outcome;
    }
}
