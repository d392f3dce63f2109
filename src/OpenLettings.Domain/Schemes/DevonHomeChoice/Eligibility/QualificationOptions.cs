using System.Collections.Immutable;
using OpenLettings.Domain.Common;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Eligibility;

/// <summary>How long a sanction on arrears included in an IVA lasts: the manual gives no period (001 §9.14, ambiguity).</summary>
public enum IvaSanctionRule
{
    /// <summary>Like a Debt Relief Order: the set period from the arrangement's completion (default).</summary>
    PeriodFromCompletion,
    /// <summary>Like a bankruptcy: the set period from the arrangement's approval.</summary>
    PeriodFromApproval,
    /// <summary>Only until the arrangement is completed.</summary>
    UntilCompleted,
}

/// <summary>Which residence test establishes a connection to Devon (001 §40.6 versus §40.24, ambiguity).</summary>
public enum ResidenceTest
{
    /// <summary>Resident for 6 of the last 12 months, or 3 of the last 5 years (001 §40.6, LGA guidelines). Default.</summary>
    SixOfLastTwelveMonths,
    /// <summary>Resident for the whole of the previous 6 months, or 3 of the last 5 years (001 §40.24).</summary>
    WholePreviousSixMonths,
}

/// <summary>Published income limits by bedroom need (001 §48.12). Stored as published, never derived from LHA rates.</summary>
public sealed record IncomeLimitTable
{
    /// <summary>The 1 April whose LHA rates the limits were set from; the Coordinator circulates new values every 1 April (001 §48.11). Schedule a new version of the options from that date.</summary>
    public DateOnly LhaRatesAsAt { get; init; } = new(2025, 4, 1);

    /// <summary>1 bedroom (self-contained; also used for a shared 1-bed need, which has no published limit): £45,250.</summary>
    public Money OneBedroom { get; init; } = new(45_250m);

    /// <summary>2 bedrooms: £57,100.</summary>
    public Money TwoBedrooms { get; init; } = new(57_100m);

    /// <summary>3 bedrooms: £68,500.</summary>
    public Money ThreeBedrooms { get; init; } = new(68_500m);

    /// <summary>4 bedrooms: £68,500.</summary>
    public Money FourBedrooms { get; init; } = new(68_500m);

    /// <summary>5 or more bedrooms: not published; the 4-bedroom value £68,500 by default (ambiguity, 001 §48.12).</summary>
    public Money FiveOrMoreBedrooms { get; init; } = new(68_500m);

    /// <summary>The limit for a bedroom need.</summary>
    public Money For(int bedroomsNeeded) => bedroomsNeeded switch
    {
        <= 1 => OneBedroom,
        2 => TwoBedrooms,
        3 => ThreeBedrooms,
        4 => FourBedrooms,
        _ => FiveOrMoreBedrooms,
    };
}

/// <summary>Thresholds and periods for eligibility, qualification, local connection and finances (001 §5-§13, §40, §48).</summary>
public sealed record QualificationOptions
{
    // Eligibility (001 §5-§7)

    /// <summary>The minimum age to join the register (001 §5.1). Default 16.</summary>
    public int MinimumAge { get; init; } = 16;

    /// <summary>Below this age the applicant is told some landlords will not let to them or need a guarantor (001 §5.2). Default 18.</summary>
    public int AdultAge { get; init; } = 18;

    /// <summary>Leave to remain that has expired or ends within this many months is rechecked at offer (001 §6.13). Default 3.</summary>
    public int LeaveExpiryRecheckMonths { get; init; } = 3;

    // Unacceptable behaviour (001 §8)

    /// <summary>How far back behaviour normally counts (001 §8.4, §8.6, §8.20). Default 24 months.</summary>
    public int BehaviourLookBackMonths { get; init; } = 24;

    /// <summary>The look-back for more serious cases such as those prosecuted; null means no fixed limit, the officer's finding decides (001 §8.20). Default null.</summary>
    public int? SeriousBehaviourLookBackMonths { get; init; }

    /// <summary>Days the applicant has to give more information once told exclusion is being considered (001 §8.18). Default 28.</summary>
    public int RepresentationPeriodDays { get; init; } = 28;

    // Rent arrears (001 §9)

    /// <summary>The arrears threshold (001 §8.12, §9.2). Default £500.</summary>
    public Money ArrearsThreshold { get; init; } = new(500m);

    /// <summary>True to catch arrears of exactly the threshold; the manual says "over"/"above", so false by default (ambiguity).</summary>
    public bool ArrearsThresholdInclusive { get; init; }

    /// <summary>Add up intentional arrears across tenancies and household members before comparing with the threshold. Default true.</summary>
    public bool AggregateArrears { get; init; } = true;

    /// <summary>How recent an outright possession order for arrears must be to exclude (001 §9.1). Default 24 months.</summary>
    public int PossessionOrderLookBackMonths { get; init; } = 24;

    /// <summary>Intentional arrears accrued within this period mean the household will not normally be offered a home (001 §9.7). Default 24 months.</summary>
    public int IntentionalArrearsNoOfferMonths { get; init; } = 24;

    /// <summary>Months of payments under an agreed schedule that lift the sanction (001 §9.6 (c), §8.5). Default 3.</summary>
    public int RepaymentTrackRecordMonths { get; init; } = 3;

    /// <summary>Years a sanction lasts after a Debt Relief Order is discharged (001 §9.14). Default 2.</summary>
    public int DebtReliefOrderSanctionYears { get; init; } = 2;

    /// <summary>Years a sanction lasts after a bankruptcy order (001 §9.14). Default 2.</summary>
    public int BankruptcySanctionYears { get; init; } = 2;

    /// <summary>How an IVA sanction ends (001 §9.14 gives none). Default <see cref="IvaSanctionRule.PeriodFromCompletion"/>.</summary>
    public IvaSanctionRule IvaSanction { get; init; } = IvaSanctionRule.PeriodFromCompletion;

    /// <summary>The period used by <see cref="IvaSanction"/>. Default 2 years.</summary>
    public int IvaSanctionYears { get; init; } = 2;

    // Prison (001 §11)

    /// <summary>Weeks on remand or bail away from home for which band and band start date are kept (001 §11.1). Default 52.</summary>
    public int RemandRetentionWeeks { get; init; } = 52;

    /// <summary>Sentences up to this many weeks keep band and band start date (001 §11.2). Default 13.</summary>
    public int ShortSentenceWeeks { get; init; } = 13;

    /// <summary>Days before release from which an application may be reactivated or registered (001 §11.3-11.5). Default 56.</summary>
    public int PrisonReactivationDaysBeforeRelease { get; init; } = 56;

    // Local connection (001 §40)

    /// <summary>Which residence test applies (001 §40.6 versus §40.24). Default <see cref="ResidenceTest.SixOfLastTwelveMonths"/>.</summary>
    public ResidenceTest ResidenceTest { get; init; } = ResidenceTest.SixOfLastTwelveMonths;

    /// <summary>Months of recent residence needed (001 §40.6). Default 6.</summary>
    public int RecentResidenceMonths { get; init; } = 6;

    /// <summary>The window for recent residence (001 §40.6). Default 12 months.</summary>
    public int RecentResidenceWindowMonths { get; init; } = 12;

    /// <summary>Years of longer-term residence needed (001 §40.6). Default 3.</summary>
    public int LongResidenceYears { get; init; } = 3;

    /// <summary>The window for longer-term residence (001 §40.6). Default 5 years.</summary>
    public int LongResidenceWindowYears { get; init; } = 5;

    /// <summary>Minimum hours a week of work (001 §40.7). Default 16.</summary>
    public decimal WorkMinimumHoursPerWeek { get; init; } = 16m;

    /// <summary>Months the work must have lasted (001 §40.7). Default 6.</summary>
    public int WorkPeriodMonths { get; init; } = 6;

    /// <summary>The longest allowed break in employment within that period (001 §40.7). Default 3 months.</summary>
    public int WorkMaximumBreakMonths { get; init; } = 3;

    /// <summary>Years a relative must have lived in Devon (001 §40.8). Default 5.</summary>
    public int FamilyResidenceYears { get; init; } = 5;

    /// <summary>Years in a placement district that give a care leaver a connection there (001 §40.19). Default 2.</summary>
    public int CarePlacementYears { get; init; } = 2;

    /// <summary>Part of the placement must be before this age (001 §40.19). Default 16.</summary>
    public int CarePlacementBeforeAge { get; init; } = 16;

    /// <summary>The placement-district connection lasts until this age (001 §40.19). Default 21.</summary>
    public int CarePlacementConnectionUntilAge { get; init; } = 21;

    /// <summary>Children's services authorities whose care leavers are connected to every Devon authority (001 §40.20). Default Devon County, Plymouth, Torbay.</summary>
    public ImmutableArray<LocalAuthorityId> CountyWideCareAuthorities { get; init; } =
        [CareAuthorities.DevonCounty, DevonAuthorities.Plymouth, DevonAuthorities.Torbay];

    /// <summary>Living in an authority's area now gives a connection to it for advert preferences (001 §63.14 "living or having lived there"). Default true.</summary>
    public bool CurrentResidenceConnectsToAuthority { get; init; } = true;

    // Finances (001 §48)

    /// <summary>Income limits by bedroom need (001 §48.12).</summary>
    public IncomeLimitTable IncomeLimits { get; init; } = new();

    /// <summary>The guidance capital threshold for general needs housing, all assets combined (001 §48.24-48.25). Default £16,000.</summary>
    public Money GeneralNeedsCapitalThreshold { get; init; } = new(16_000m);

    /// <summary>The older persons' accommodation capital threshold for a 1-bedroom need (001 §48.26). Default £120,000.</summary>
    public Money OlderPersonsCapitalThresholdOneBedroom { get; init; } = new(120_000m);

    /// <summary>The older persons' accommodation capital threshold for a 2-bedroom need (001 §48.26). Default £130,000.</summary>
    public Money OlderPersonsCapitalThresholdTwoBedrooms { get; init; } = new(130_000m);
}
