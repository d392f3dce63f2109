using System.Collections.Immutable;
using OpenLettings.Domain.Common;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;

/// <summary>Which date a band start date is reset to when an application moves up a band (001 §43.5; ambiguity 9).</summary>
public enum MoveUpBandStartBasis
{
    /// <summary>The date the higher need arose (the change of circumstances), falling back to the evidence date.</summary>
    NeedArose,
    /// <summary>The date the evidence of the higher need was received, as for the default rule (001 §43.3).</summary>
    EvidenceReceived,
}

/// <summary>Periods and rules for banding and band start dates (001 §17-§43). Defaults are the manual's values.</summary>
public sealed record BandingOptions
{
    /// <summary>Band A is awarded for this long initially before review (001 §17.9). Default 28 days.</summary>
    public int BandAInitialDays { get; init; } = 28;

    /// <summary>Band A from health and wellbeing is reviewed this often (001 §39.10). Default 3 months.</summary>
    public int HealthWellbeingBandAReviewMonths { get; init; } = 3;

    /// <summary>Band B from health and wellbeing is reviewed this often (001 §39.10). Default 6 months.</summary>
    public int HealthWellbeingBandBReviewMonths { get; init; } = 6;

    /// <summary>Band B for a high housing defect is reviewed this often (001 §38.6). Default 3 months.</summary>
    public int HousingDefectBandBReviewMonths { get; init; } = 3;

    /// <summary>Every Band B award is monitored this often (001 §29.1). Default 3 months.</summary>
    public int BandBMonitoringMonths { get; init; } = 3;

    /// <summary>An HRA Qualifying case is reviewed no later than this (001 §21.13). Default 28 days.</summary>
    public int HraQualifyingReviewDays { get; init; } = 28;

    /// <summary>A Care Experienced Young Person's Band B lasts this long (001 §26.14). Default 3 months.</summary>
    public int CareExperiencedMonths { get; init; } = 3;

    /// <summary>The one extension a Care Experienced award may have (001 §26.14). Default 3 months.</summary>
    public int CareExperiencedExtensionMonths { get; init; } = 3;

    /// <summary>A deliberate-worsening Band D is reviewed after this long, then rebanded with a new band start date (001 §37.2). Default 12 months.</summary>
    public int DeliberateWorseningReviewMonths { get; init; } = 12;

    /// <summary>Under-occupiers must have lived in the current home this long, unless waived (001 §23.5). Default 12 months.</summary>
    public int UnderOccupationMinimumMonths { get; init; } = 12;

    /// <summary>Moves for work: the one-way distance the household would otherwise travel must be more than this (001 §33). Default 25 miles.</summary>
    public decimal MovesForWorkMinimumMiles { get; init; } = 25m;

    /// <summary>Moves for work: the minimum weekly contract (001 §33). Default 16 hours.</summary>
    public decimal MovesForWorkMinimumHours { get; init; } = 16m;

    /// <summary>Authorities that use the rural "community contribution" local priority (001 §36.1-36.2). Default Teignbridge.</summary>
    public ImmutableArray<LocalAuthorityId> CommunityContributionAuthorities { get; init; } = [DevonAuthorities.Teignbridge];

    /// <summary>Community contribution: minimum hours worked a week (001 §36.2). Default 16.</summary>
    public decimal CommunityContributionMinimumHours { get; init; } = 16m;

    /// <summary>Community contribution: minimum months of continuous work (001 §36.2). Default 12.</summary>
    public int CommunityContributionMinimumMonths { get; init; } = 12;

    /// <summary>
    /// Which date the band start date is reset to on moving up a band (001 §43.5, ambiguity 9). Default
    /// <see cref="MoveUpBandStartBasis.EvidenceReceived"/>, consistent with the default rule of §43.3.
    /// </summary>
    public MoveUpBandStartBasis MoveUpBasis { get; init; } = MoveUpBandStartBasis.EvidenceReceived;

    /// <summary>
    /// On moving down after a higher award ends, the earlier lower-band start date is restored only if the
    /// change was notified within this many days (001 §43.6). Default 56.
    /// </summary>
    public int RevertNotificationDays { get; init; } = 56;

    /// <summary>Years added to the band start date of NWMS applicants (001 §19.5). Default 5.</summary>
    public int WitnessMobilityBackdateYears { get; init; } = 5;

    /// <summary>Years added to the band start date of partner tenants in Devon downsizing from 3 or more bedrooms (001 §43.17). Default 5; 0 turns it off.</summary>
    public int DownsizingBackdateYears { get; init; } = 5;

    /// <summary>The smallest current home (bedrooms) for the downsizing backdate (001 §43.17). Default 3.</summary>
    public int DownsizingBackdateMinimumBedrooms { get; init; } = 3;

    /// <summary>The downsizing backdate was a one-year trial: the first day it applies (null: always; 001 §43.17, ambiguity 25).</summary>
    public DateOnly? DownsizingBackdateFrom { get; init; }

    /// <summary>The last day the downsizing backdate applies (null: no end; 001 §43.17, ambiguity 25).</summary>
    public DateOnly? DownsizingBackdateUntil { get; init; }

    /// <summary>Care leavers' band start date is backdated to this birthday (001 §43.16). Default 16.</summary>
    public int CareLeaverBackdateBirthday { get; init; } = 16;

    /// <summary>An application cancelled by renewals keeps its band start date if updated within this many days (001 §51.43). Default 91 (13 weeks).</summary>
    public int RenewalGraceDays { get; init; } = 91;

    /// <summary>
    /// Households staying with family or friends on a settled basis and declared for Council Tax get Band C even
    /// without lacking a bedroom (a literal reading of 001 §34.1, ambiguity 15). Default false: Band C only when
    /// lacking a bedroom (001 §30.3).
    /// </summary>
    public bool SettledFamilyStayGetsBandC { get; init; }

    /// <summary>
    /// Households owed a homelessness duty by a Devon authority whose income or capital is above the financial
    /// limits are placed in Band D rather than Band E (001 §20.3, §34.1). Default true.
    /// </summary>
    public bool HomelessAboveFinancialLimitsBandD { get; init; } = true;

    /// <summary>
    /// A Band B household that has not bid for this many months is suspended from bidding and reviewed
    /// (001 §29.2). Default 12.
    /// </summary>
    public int BandBNoBidSuspensionMonths { get; init; } = 12;
}
