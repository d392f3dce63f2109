using System.Collections.Immutable;
using OpenLettings.Domain.Common;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Eligibility;

/// <summary>Kinds of income, counted or fully disregarded (001 §48.8-48.10).</summary>
public enum IncomeKind
{
    Employment,
    SelfEmployment,
    Pension,
    Benefit,
    InterestFromSavingsOrInvestments,
    RentFromProperty,
    Maintenance,
    Grant,
    Other,
    /// <summary>Fully disregarded (001 §48.10).</summary>
    AttendanceAllowance,
    /// <summary>Fully disregarded (001 §48.10).</summary>
    DisabilityLivingAllowance,
    /// <summary>Fully disregarded (001 §48.10).</summary>
    PersonalIndependencePayment,
    /// <summary>Fully disregarded (001 §48.10).</summary>
    WarPension,
}

/// <summary>One source of household income, as a gross annual amount: tax, National Insurance, health insurance and pension contributions are not deducted (001 §48.9).</summary>
public sealed record IncomeItem(IncomeKind Kind, Money AnnualGross)
{
    /// <summary>Whose income it is.</summary>
    public MemberId? Member { get; init; }
}

/// <summary>Kinds of capital, savings and equity (001 §48.14-48.17, §6.15).</summary>
public enum CapitalKind
{
    BankOrBuildingSocietyAccount,
    StocksSharesOrUnitTrusts,
    NationalSavings,
    /// <summary>Equity in a property (checked against sites such as Zoopla, 001 §48.23).</summary>
    PropertyEquity,
    /// <summary>Savings or property in a previous country of residence (001 §6.15).</summary>
    OverseasAssets,
    /// <summary>An Armed Forces lump sum compensating an injury or disability sustained on active service: ignored (001 §48.17).</summary>
    ArmedForcesCompensationLumpSum,
    Other,
}

/// <summary>One asset of the household.</summary>
public sealed record CapitalItem(CapitalKind Kind, Money Value)
{
    public MemberId? Member { get; init; }
}

/// <summary>Specific needs under which the financial thresholds do not apply (001 §48.21).</summary>
public enum SpecificNeedOverride
{
    /// <summary>Needs an accessible or adapted home that is unavailable or unaffordable, or a DFG is not available (001 §48.21).</summary>
    MobilityNeeds,
    /// <summary>A domestic abuse victim whose resources are tied up in joint assets they cannot reach despite reasonable steps (001 §48.21).</summary>
    DomesticAbuseInaccessibleAssets,
    /// <summary>Another case where the household could not meet its own need on the private market (001 §48.21).</summary>
    OtherSpecificNeed,
}

/// <summary>Income, capital and property facts for the financial assessment (001 §48).</summary>
public sealed record FinancialFacts
{
    /// <summary>Household income, gross (001 §48.8-48.10).</summary>
    public ImmutableArray<IncomeItem> Income { get; init; } = [];

    /// <summary>Capital, savings and equity of all household members (001 §48.14-48.15, §48.24).</summary>
    public ImmutableArray<CapitalItem> Capital { get; init; } = [];

    /// <summary>Unsecured debts: recorded, but not offset against capital (001 §48.19).</summary>
    public Money UnsecuredDebts { get; init; } = Money.Zero;

    /// <summary>Exceptional circumstances accepted for offsetting unsecured debts (001 §48.19).</summary>
    public AssessedFact<string>? UnsecuredDebtOffsetAccepted { get; init; }

    /// <summary>A higher income threshold the authority applies in an exceptional case, e.g. specialist accommodation only available at a premium (001 §48.7).</summary>
    public AssessedFact<Money>? HigherIncomeThreshold { get; init; }

    /// <summary>Agreed that the household could not meet its own need on the private market, so the thresholds do not apply (001 §48.21).</summary>
    public AssessedFact<SpecificNeedOverride>? SpecificNeedOverride { get; init; }

    /// <summary>
    /// The authority's case-by-case finding on whether the household can resolve its own housing need with its
    /// capital; when recorded it decides instead of the guidance threshold (001 §48.14, §48.24).
    /// </summary>
    public AssessedFact<bool>? CanResolveOwnHousingNeed { get; init; }

    /// <summary>A member has a legal, proprietary, financial or beneficial interest in a property.</summary>
    public bool HasPropertyInterest { get; init; }

    /// <summary>The authority's finding that it is reasonable for the household to live in that property (001 §41.2, §48.20).</summary>
    public AssessedFact<bool>? ReasonableToResideInProperty { get; init; }
}
