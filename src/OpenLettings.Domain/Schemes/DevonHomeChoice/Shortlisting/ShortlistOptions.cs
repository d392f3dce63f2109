namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Shortlisting;

/// <summary>How domestic-abuse victims are treated against local connection conditions (001 §61.19 against §61.20; catalogue ambiguity 13).</summary>
public enum DomesticAbuseLocalConnectionRule
{
    /// <summary>
    /// The §61.20 table (the default): Band A fleeing DV overrides every local connection condition except
    /// Section 106; Bands B-D fleeing DV override the cross-border label, and a local allocation policy only where
    /// an officer decides so case by case; nobody overrides Section 106.
    /// </summary>
    Section61Point20Table,
    /// <summary>§61.19: every victim of domestic abuse is excluded from any local connection requirement or preference except Section 106.</summary>
    AllVictimsExemptExceptSection106,
}

/// <summary>Band A against households with a mobility need on step-free, max-3-steps and minor-adaptation homes (001 §17.15, §61.20 against §56.9; catalogue ambiguity 12).</summary>
public enum BandAAccessiblePriority
{
    /// <summary>Band A takes priority over other applicants on these homes (001 §17.15, §61.20). The default.</summary>
    BandAFirst,
    /// <summary>Households whose need the home meets come first, even before Band A (001 §56.9, §56.13-56.16).</summary>
    MobilityNeedFirst,
}

/// <summary>Band A bidders without a relevant need for a wheelchair-accessible or extensively adapted home (001 §17.14 against §61.20).</summary>
public enum BandAWithoutNeedOnWheelchairHomes
{
    /// <summary>Considered, but without Band A's priority: ordered after households with a relevant need (001 §61.20 "will not take priority"). The default.</summary>
    NoPriority,
    /// <summary>Not considered at all: bypassed (001 §17.14 "will only be considered ... if they have a requirement").</summary>
    NotConsidered,
}

/// <summary>When an applicant being considered for one home is taken off their other shortlists (001 §61.25, §46.40).</summary>
public enum OtherShortlistsRule
{
    /// <summary>Bypassed once Bid Accepted; while Bid shortlisted they are held (24 hours to choose). The default.</summary>
    BypassFromBidAccepted,
    /// <summary>Bypassed as soon as they are Bid shortlisted elsewhere.</summary>
    BypassFromBidShortlisted,
}

/// <summary>How the cross-border balance is compared with the threshold (001 §63.4 "2% or more" against §63.12 "above"; catalogue ambiguity 14).</summary>
public enum ThresholdComparison
{
    /// <summary>The label applies at the threshold or above (001 §63.4). The default.</summary>
    AtLeast,
    /// <summary>The label applies only above the threshold (001 §63.12).</summary>
    Above,
}

/// <summary>The cross-border quota calculation (001 §63.3-63.6, "62.13").</summary>
public sealed record CrossBorderOptions
{
    /// <summary>The share of lets the net inflow without a connection may reach before the label applies, in percent.</summary>
    /// <remarks>001 §63.4: "2% or more of the number of lets". [CONFIG] in the catalogue.</remarks>
    public decimal ThresholdPercent { get; init; } = 2m;

    /// <remarks>001 §63.4 against §63.12.</remarks>
    public ThresholdComparison Comparison { get; init; } = ThresholdComparison.AtLeast;

    /// <summary>Length of the rolling window in whole calendar months before the month of calculation.</summary>
    /// <remarks>001 §63.4 "rolling 12 month period"; "62.13": recalculated and reset at the start of each month.</remarks>
    public int WindowMonths { get; init; } = 12;

    /// <summary>
    /// Whether lets to the §63.6 excluded groups still count in the denominator (all lets "made within that local
    /// authority area"). The manual excludes those groups from "the calculation"; it does not say which part.
    /// </summary>
    /// <remarks>001 §63.4, §63.6.</remarks>
    public bool ExcludedGroupsCountAsLets { get; init; } = true;
}

/// <summary>Shortlist ordering choices (001 §56, §61, §63).</summary>
public sealed record ShortlistOptions
{
    /// <remarks>001 §61.19 against §61.20.</remarks>
    public DomesticAbuseLocalConnectionRule DomesticAbuseLocalConnection { get; init; } = DomesticAbuseLocalConnectionRule.Section61Point20Table;

    /// <remarks>001 §17.15, §61.20 against §56.9.</remarks>
    public BandAAccessiblePriority BandAOnAccessibleHomes { get; init; } = BandAAccessiblePriority.BandAFirst;

    /// <remarks>001 §17.14 against §61.20.</remarks>
    public BandAWithoutNeedOnWheelchairHomes BandAWithoutNeed { get; init; } = BandAWithoutNeedOnWheelchairHomes.NoPriority;

    /// <remarks>001 §61.25.</remarks>
    public OtherShortlistsRule OtherShortlists { get; init; } = OtherShortlistsRule.BypassFromBidAccepted;

    public CrossBorderOptions CrossBorder { get; init; } = new();
}
