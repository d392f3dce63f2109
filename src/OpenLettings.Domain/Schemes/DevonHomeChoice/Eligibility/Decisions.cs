using System.Collections.Immutable;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Eligibility;

/// <summary>The result of the eligibility test (001 §5-§7).</summary>
public sealed record EligibilityDecision
{
    /// <summary>The main applicant may be allocated a home (age and immigration status).</summary>
    public required bool Eligible { get; init; }

    /// <summary>A joint tenancy may be granted: every joint party is eligible (001 §7.2, §7.6).</summary>
    public required bool JointTenancyPossible { get; init; }

    /// <summary>Members found not eligible (a sole tenancy may still be granted, 001 §7.6).</summary>
    public ImmutableArray<MemberId> IneligibleMembers { get; init; } = [];

    /// <summary>Why, and what would change the outcome.</summary>
    public required ImmutableArray<Reason> Reasons { get; init; }
}

/// <summary>Whether the household qualifies to join the register (001 §7.7, §8).</summary>
public enum QualificationOutcome
{
    /// <summary>A qualifying person; banded on need (sanctions may still set Band E).</summary>
    Qualifies,
    /// <summary>Not a qualifying person: the application is excluded or cancelled, with review rights (001 §8.22, §9.1).</summary>
    NotQualifying,
    /// <summary>Enquiries or a 28-day representation period are running; the application is not progressed (001 §8.15-8.18).</summary>
    PendingEnquiries,
}

/// <summary>A sanction that places the household in Band E (or removes it where the authority does not register Band E).</summary>
public sealed record Sanction(BandReason Reason, ImmutableArray<Reason> Explanation)
{
    /// <summary>The date the sanction ends, where the manual gives one (e.g. 2 years from a bankruptcy order, 001 §9.14).</summary>
    public DateOnly? Until { get; init; }

    /// <summary>What would lift it, in plain English (e.g. "clear the debt or keep to a repayment plan for 3 months").</summary>
    public string? WhatWouldChangeIt { get; init; }
}

/// <summary>The result of the qualification tests.</summary>
public sealed record QualificationDecision
{
    public required QualificationOutcome Outcome { get; init; }

    /// <summary>Band E sanctions that apply (arrears, prison, ...).</summary>
    public ImmutableArray<Sanction> Sanctions { get; init; } = [];

    /// <summary>Bidding is suspended (for example a prison sentence over 13 weeks, 001 §11.3).</summary>
    public bool BiddingSuspended { get; init; }

    /// <summary>Until when the application may not be registered or reactivated (56 days before release, 001 §11.3-11.5).</summary>
    public DateOnly? NotBeforeDate { get; init; }

    /// <summary>The band and band start date held before a short custody are kept (001 §11.1-11.2).</summary>
    public bool RetainsPreviousBandAndDate { get; init; }

    /// <summary>Alerts officers must see (MAPPA, risk to staff, fraud referral...).</summary>
    public ImmutableArray<string> Alerts { get; init; } = [];

    public required ImmutableArray<Reason> Reasons { get; init; }
}

/// <summary>The result of the local connection test (001 §40).</summary>
public sealed record LocalConnectionDecision
{
    /// <summary>Has a local connection to Devon.</summary>
    public required bool ConnectedToDevon { get; init; }

    /// <summary>An exception applies, so the household is banded on need without a connection (001 §40.3-40.4, §40.30).</summary>
    public required bool Exempt { get; init; }

    /// <summary>The authorities the household has a connection to (for advert preferences, 001 §61.14-61.19, §63.14).</summary>
    public ImmutableArray<LocalAuthorityId> ConnectedAuthorities { get; init; } = [];

    public required ImmutableArray<Reason> Reasons { get; init; }
}

/// <summary>How the household's capital compares with the thresholds (001 §48.25-48.26).</summary>
public enum CapitalOutcome
{
    BelowThreshold,
    /// <summary>Between the general-needs and older-persons thresholds: banded for older persons' housing only (001 §48.26).</summary>
    OlderPersonsHousingOnly,
    AboveThreshold,
}

/// <summary>The result of the financial assessment (001 §48).</summary>
public sealed record FinancialDecision
{
    /// <summary>Exempt from the financial assessment (partner-landlord tenants, 001 §48.16; mobility or DA overrides, 001 §48.21).</summary>
    public required bool Exempt { get; init; }

    public required bool IncomeAboveLimit { get; init; }

    public required CapitalOutcome Capital { get; init; }

    /// <summary>Has an interest in a property it is reasonable to live in (001 §41.2, §48.20).</summary>
    public required bool ReasonablePropertyInterest { get; init; }

    public required ImmutableArray<Reason> Reasons { get; init; }
}
