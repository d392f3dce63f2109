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

    /// <summary>Joint parties (or the main applicant) whose eligibility an officer has not yet determined (001 §6.4, §6.18).</summary>
    public ImmutableArray<MemberId> AwaitingDetermination { get; init; } = [];

    /// <summary>The main applicant is 16 or 17: some landlords will not let to them, or need a guarantor or trustee (001 §5.2).</summary>
    public bool MainApplicantUnder18 { get; init; }

    /// <summary>Someone's leave to remain has expired or ends within 3 months: recheck before any offer (001 §6.13).</summary>
    public bool RecheckLeaveAtOffer { get; init; }

    /// <summary>What would change the outcome, in plain English.</summary>
    public string? WhatWouldChangeIt { get; init; }

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

    /// <summary>All offers go through the MAPPA Lead Officer, not directly to the offender (001 §12.29).</summary>
    public bool OffersViaLeadOfficer { get; init; }

    /// <summary>Intentional arrears accrued in the previous 2 years: the household will not normally be offered a home (001 §9.7).</summary>
    public bool NotNormallyOffered { get; init; }

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

    /// <summary>Fleeing domestic abuse: excluded from advert local connection requirements and preferences, except s106 (001 §61.19).</summary>
    public bool ExemptFromAdvertConnectionPreferences { get; init; }

    /// <summary>What would change the outcome, in plain English.</summary>
    public string? WhatWouldChangeIt { get; init; }

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

    /// <summary>The Band E sanctions that follow (E_IncomeAboveLimit, E_CapitalAboveThreshold, E_PropertyInterest).</summary>
    public ImmutableArray<Sanction> Sanctions { get; init; } = [];

    /// <summary>Gross household income counted, after the disregards (001 §48.8-48.10).</summary>
    public Money CountedIncome { get; init; } = Money.Zero;

    /// <summary>The income limit applied (001 §48.7, §48.12); null when exempt.</summary>
    public Money? IncomeLimit { get; init; }

    /// <summary>Capital, savings and equity counted (001 §48.15-48.19).</summary>
    public Money CountedCapital { get; init; } = Money.Zero;

    public required ImmutableArray<Reason> Reasons { get; init; }
}
