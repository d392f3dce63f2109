using System.Collections.Immutable;
using OpenLettings.Domain.Common;

namespace OpenLettings.Domain.Schemes.Chesterfield;

/// <summary>How a money threshold is compared.</summary>
public enum ThresholdComparison
{
    /// <summary>The amount meets the threshold when it is equal to it or more ("£1,000 or more").</summary>
    AtOrAbove,
    /// <summary>The amount meets the threshold only when it is more ("over £1,000").</summary>
    Above,
}

/// <summary>What happens to an applicant with a debt under the limit who has no payment plan or payment record yet.</summary>
public enum ArrearsDeferralOutcome
{
    /// <summary>Registered but pending (cannot bid; still accrues waiting time): the consultation's "deferred".</summary>
    Pending,
    /// <summary>Does not qualify until the record exists.</summary>
    NotQualifying,
}

/// <summary>The test an owner-occupier must pass to qualify.</summary>
public enum OwnerOccupierTest
{
    /// <summary>One of the policy's exceptional circumstances (disrepair/unsuitable and vulnerable, home at risk, Extracare).</summary>
    ExceptionalCircumstances,
    /// <summary>Any housing need, i.e. a priority reason in Band A, B+, B or C (the consultation's wording).</summary>
    HousingNeed,
}

/// <summary>What equity at or above the limit does to priority.</summary>
public enum EquityEffect
{
    /// <summary>Priority is capped at Band D (reason D-4, "sufficient equity to resolve their own housing needs").</summary>
    CapAtBandD,
    /// <summary>Recorded only; priority is unchanged.</summary>
    RecordOnly,
}

/// <summary>How the priority date is chosen when priority decreases.</summary>
public enum PriorityDecreaseDateRule
{
    /// <summary>The date last held at the lower level; the first-application date if that level was never held before.</summary>
    PreviousDateAtLevel,
    /// <summary>The literal reading: the earlier of the previous date at that level and the first-application date (which always wins).</summary>
    EarlierOfPreviousAndApplication,
}

/// <summary>Which test places a bidder in the first local-connection tier for a Chesterfield home.</summary>
public enum ChesterfieldTierOneTest
{
    /// <summary>The Chesterfield local residency requirement (living there, with no minimum period; CR 3.14).</summary>
    LocalResidencyRequirement,
    /// <summary>The Home-Options local connection (living there continuously for 6 months or more, Appendix B 6(i)).</summary>
    LocalConnection,
}

/// <summary>How lower local-connection tiers are considered.</summary>
public enum TierGatingMode
{
    /// <summary>Every tier is shortlisted; a lower tier simply sorts after a higher one.</summary>
    Cascade,
    /// <summary>A lower tier is considered only if no bid was received from a higher tier (CR 3.14).</summary>
    OnlyIfNoHigherTierBid,
}

/// <summary>Where the adapted-property preference sits in the shortlist key.</summary>
public enum AdaptationPreferencePosition
{
    /// <summary>First, above local connection: "irrespective of banding" read as irrespective of everything.</summary>
    First,
    /// <summary>After the local-connection tier and before band.</summary>
    AfterLocalConnection,
    /// <summary>Not applied.</summary>
    Off,
}

/// <summary>What the engine does when five formal offers were refused within the window.</summary>
public enum RefusalSanction
{
    /// <summary>The application is removed (does not qualify) for the removal period.</summary>
    RemoveForPeriod,
    /// <summary>Flagged for an officer's review only; qualification is unaffected.</summary>
    ReviewOnly,
}

/// <summary>How bids for an "Available Now" home are ordered (003 Appendix B 9(ix)).</summary>
public enum AvailableNowOrdering
{
    /// <summary>"Where multiple bids are received": the usual order (local connection, band, priority date).</summary>
    PriorityOrder,
    /// <summary>First come, first served: by the date and time the bid was made (household-size preference still applies).</summary>
    BidDate,
}

/// <summary>
/// Every value the Chesterfield scheme lets the council tune. Defaults are the seed's values (seed 003: the
/// Home-Options Policy, Appendix B, with Chesterfield's local differences from the Cabinet report). Versioned
/// by <see cref="Options.OptionSchedule{TOptions}"/>.
/// </summary>
public sealed record ChesterfieldOptions
{
    // ---- Qualification -------------------------------------------------------------------------------

    /// <summary>Minimum age to register.</summary>
    /// <remarks>003 Appendix B 5(viii).</remarks>
    public int MinimumAge { get; init; } = 16;

    /// <summary>Age below which an applicant's capability to manage a tenancy is assessed (pending until then).</summary>
    /// <remarks>003 Appendix B 5(iv) (sixteen and seventeen year old applicants).</remarks>
    public int AdultAge { get; init; } = 18;

    /// <summary>Tenancy-related debt at which an applicant does not qualify.</summary>
    /// <remarks>003 Appendix B 5(viii)(c); Appendix A "Exclusion for rent arrears".</remarks>
    public Money ArrearsExclusionThreshold { get; init; } = new(1000m);

    /// <summary>How debt is compared with the threshold: the policy's "£1,000 or more" (default) or the consultation's "over £1,000".</summary>
    /// <remarks>003 Appendix B 5(viii)(c) against Appendix A; ambiguity register item 6.</remarks>
    public ThresholdComparison ArrearsComparison { get; init; } = ThresholdComparison.AtOrAbove;

    /// <summary>Minimum weeks of regular payments under a payment plan for a debt below the threshold.</summary>
    /// <remarks>003 Appendix B 5(viii)(c).</remarks>
    public int MinimumPaymentRecordWeeks { get; init; } = 16;

    /// <summary>What a debt below the threshold without a plan and record leads to.</summary>
    /// <remarks>003 Appendix A "Deferred for rent arrears"; Appendix B 5(viii)(c) "may only be considered".</remarks>
    public ArrearsDeferralOutcome ArrearsWithoutRecord { get; init; } = ArrearsDeferralOutcome.Pending;

    /// <summary>Months an applicant cannot register after an unacceptable-behaviour decision.</summary>
    /// <remarks>003 Appendix B 5(viii)(c): "for a period of 12 months".</remarks>
    public int BehaviourBarMonths { get; init; } = 12;

    /// <summary>Months an applicant who knowingly gave false information cannot register ("up to 12 months").</summary>
    /// <remarks>003 Appendix B 5(viii)(d)(iii).</remarks>
    public int FalseInformationBarMonths { get; init; } = 12;

    /// <summary>The owner-occupier test.</summary>
    /// <remarks>003 Appendix B 5(viii)(b) (exceptional circumstances) against Appendix A "Owner occupiers" (housing need).</remarks>
    public OwnerOccupierTest OwnerOccupiers { get; init; } = OwnerOccupierTest.ExceptionalCircumstances;

    /// <summary>Chesterfield's equity limit: half the UK HPI average house price (£155,948, June 2018).</summary>
    /// <remarks>003 §3.23; Appendix B 5(viii)(b) ("half or more of the average house price").</remarks>
    public Money EquityLimit { get; init; } = new(77_974m);

    /// <summary>What equity at or above the limit does to priority.</summary>
    /// <remarks>003 Appendix B 7(iv), 7(viii) D-4 ("sufficient equity").</remarks>
    public EquityEffect EquityEffect { get; init; } = EquityEffect.CapAtBandD;

    /// <summary>Months after a Home-Options tenancy started during which the household does not normally qualify again.</summary>
    /// <remarks>003 Appendix B 5(viii); 8(viii) Larger Households; Appendix A "Re-registration after rehousing".</remarks>
    public int RehousingBarMonths { get; init; } = 24;

    /// <summary>The bands whose criteria let a recently rehoused household qualify within the bar ("bands A, B or C"; B+ sits between A and B).</summary>
    /// <remarks>003 Appendix B 5(viii).</remarks>
    public ImmutableArray<ChesterfieldBand> RehousingBarExceptionBands { get; init; } =
        [ChesterfieldBand.A, ChesterfieldBand.BPlus, ChesterfieldBand.B, ChesterfieldBand.C];

    /// <summary>Months an applicant is removed after refusing the limit of formal offers.</summary>
    /// <remarks>003 Appendix B 11(v).</remarks>
    public int RefusalRemovalMonths { get; init; } = 12;

    /// <summary>Formal offers refused within the window that trigger the sanction.</summary>
    /// <remarks>003 Appendix B 11(v): "five formal offers ... within any 12 months period".</remarks>
    public int RefusalLimit { get; init; } = 5;

    /// <summary>The rolling window for counting refusals, in months.</summary>
    /// <remarks>003 Appendix B 11(v).</remarks>
    public int RefusalWindowMonths { get; init; } = 12;

    /// <summary>What reaching the refusal limit does.</summary>
    /// <remarks>003 Appendix B 11(v) ("will be removed ... for a period of 12 months") against Appendix A ("may reduce priority").</remarks>
    public RefusalSanction RefusalSanction { get; init; } = RefusalSanction.RemoveForPeriod;

    // ---- Local residency and connection --------------------------------------------------------------

    /// <summary>
    /// Whether failing the local residency requirement stops an applicant qualifying. Chesterfield's local
    /// difference opens the list to all, so by default it does not (it only lowers the shortlist tier).
    /// </summary>
    /// <remarks>003 §3.13-3.14; Appendix B 5(viii)(a) for the partnership rule.</remarks>
    public bool LocalResidencyIsQualificationBar { get; init; }

    /// <summary>Minimum months of current residence for the residency requirement (Chesterfield: "no time specified").</summary>
    /// <remarks>003 Appendix A "Local residency".</remarks>
    public int CurrentResidenceMonths { get; init; }

    /// <summary>Months of continuous current residence for a local connection.</summary>
    /// <remarks>003 Appendix B 6(i).</remarks>
    public int LocalConnectionResidenceMonths { get; init; } = 6;

    /// <summary>Months of past residence needed within the look-back window ("three out of the last five years").</summary>
    /// <remarks>003 Appendix B 5(viii)(a), 6(i).</remarks>
    public int PastResidenceMonths { get; init; } = 36;

    /// <summary>The look-back window for past residence, in months.</summary>
    /// <remarks>003 Appendix B 5(viii)(a).</remarks>
    public int PastResidenceWindowMonths { get; init; } = 60;

    /// <summary>Months of permanent employment in Chesterfield.</summary>
    /// <remarks>003 Appendix A "Local residency"; Appendix B 5(viii)(a).</remarks>
    public int EmploymentMonths { get; init; } = 6;

    /// <summary>Months the person given or giving support must have lived in Chesterfield (Chesterfield: 5 years; the partnership: 6 months).</summary>
    /// <remarks>003 Appendix A "Local residency" against Appendix B 5(viii)(a); ambiguity register item 3.</remarks>
    public int SupportPersonResidenceMonths { get; init; } = 60;

    /// <summary>Months the family member must have lived in the area for a family connection.</summary>
    /// <remarks>003 Appendix B 5(viii)(a) (Chesterfield's list gives no period).</remarks>
    public int FamilyConnectionResidenceMonths { get; init; } = 6;

    /// <summary>Months since leaving the regular forces within which the armed-forces exemption applies.</summary>
    /// <remarks>003 Appendix B 5(viii)(a) (2012 Regulations).</remarks>
    public int ArmedForcesExemptionMonths { get; init; } = 60;

    /// <summary>Minimum age for the low-demand (bedsit or one-bed, sheltered) exemption.</summary>
    /// <remarks>003 Appendix B 5(viii)(a).</remarks>
    public int LowDemandExemptionMinimumAge { get; init; } = 50;

    /// <summary>The council's own district (tier 1 for its homes).</summary>
    /// <remarks>003 Appendix B 6(ii); §3.14.</remarks>
    public LocalAuthorityId HomeDistrict { get; init; } = new("chesterfield");

    /// <summary>The other Home-Options partner districts (tier 2).</summary>
    /// <remarks>003 Appendix B 5(viii)(a), 6(ii).</remarks>
    public ImmutableArray<LocalAuthorityId> PartnerDistricts { get; init; } =
    [
        new("amber-valley"), new("derbyshire-dales"), new("erewash"), new("high-peak"), new("staffordshire-moorlands"),
    ];

    /// <summary>The test for tier 1 on the council's own homes.</summary>
    /// <remarks>003 §3.14 against Appendix B 6(i); ambiguity register item 1.</remarks>
    public ChesterfieldTierOneTest TierOneTest { get; init; } = ChesterfieldTierOneTest.LocalResidencyRequirement;

    /// <summary>Cascade through the tiers, or consider a lower tier only when no higher-tier bid was received.</summary>
    /// <remarks>003 §3.14 ("only be considered for properties that did not receive bids"); Appendix B 6(ii).</remarks>
    public TierGatingMode TierGating { get; init; } = TierGatingMode.OnlyIfNoHigherTierBid;

    /// <summary>Under gating, whether a higher-tier bid that an officer bypassed still counts as "received".</summary>
    /// <remarks>003 §3.14; ambiguity register item 2.</remarks>
    public bool BypassedBidsCountForGating { get; init; } = true;

    // ---- Bedrooms, matrix and banding -----------------------------------------------------------------

    /// <summary>Completed weeks of pregnancy after which the unborn child counts ("from the 25th week").</summary>
    /// <remarks>003 Appendix B 8(iii); matrix "over 24 weeks"; Appendix A "6 months pregnant".</remarks>
    public int PregnancyCompletedWeeks { get; init; } = 24;

    /// <summary>The oldest age at which a household member counts as a dependent child ("up to the age of 21", inclusive).</summary>
    /// <remarks>003 Appendix B 8(iv).</remarks>
    public int DependentChildMaximumAge { get; init; } = 21;

    /// <summary>Children of the opposite sex may share only while neither is older than this ("over seven years").</summary>
    /// <remarks>003 Appendix B 7(vi) B-4.</remarks>
    public int OppositeSexSharingMaximumAge { get; init; } = 7;

    /// <summary>Same-sex children may not share when one has reached this age and the gap is at least <see cref="SameSexAgeGapYears"/>.</summary>
    /// <remarks>003 Appendix B 7(vi) B-4: "aged ten years or older".</remarks>
    public int SameSexOlderChildAge { get; init; } = 10;

    /// <summary>The age gap, in years measured between dates of birth, that stops same-sex children sharing.</summary>
    /// <remarks>003 Appendix B 7(vi) B-4: "an age gap of five years or more".</remarks>
    public int SameSexAgeGapYears { get; init; } = 5;

    /// <summary>Bedrooms lacking for Band B (B-4); one fewer is Band C (C-2).</summary>
    /// <remarks>003 Appendix B 7(vi) B-4, 7(vii) C-2.</remarks>
    public int SevereOvercrowdingBedroomsLacking { get; init; } = 2;

    /// <summary>Chesterfield's local difference for its own tenants in flats with children: the band awarded, or null for none.</summary>
    /// <remarks>003 §3.17 ("some priority"; band not stated — Band C chosen).</remarks>
    public ChesterfieldBand? ChildrenInFlatsBand { get; init; } = ChesterfieldBand.C;

    /// <summary>Whether maisonettes count as flats for the children-in-flats local difference.</summary>
    /// <remarks>003 §3.17.</remarks>
    public bool ChildrenInFlatsIncludesMaisonettes { get; init; } = true;

    /// <summary>Whether an extra bedroom on medical grounds also removes an urgent medical award, not just B-5 and C-4.</summary>
    /// <remarks>003 Appendix B 8(vii): "no further priority for medical grounds will be granted".</remarks>
    public bool MedicalBedroomRemovesUrgentMedical { get; init; }

    /// <summary>How the priority date is chosen when priority decreases.</summary>
    /// <remarks>003 Appendix B 5(x); ambiguity register item 8.</remarks>
    public PriorityDecreaseDateRule DecreaseDateRule { get; init; } = PriorityDecreaseDateRule.PreviousDateAtLevel;

    /// <summary>Days after applying within which information must be supplied to keep the application date as priority date.</summary>
    /// <remarks>003 Appendix B 5(x): "within two weeks of applying".</remarks>
    public int InformationGraceDays { get; init; } = 14;

    // ---- Bidding and shortlisting ---------------------------------------------------------------------

    /// <summary>Most "live" bids an applicant may hold at once.</summary>
    /// <remarks>003 Appendix B 10(i).</remarks>
    public int MaximumLiveBids { get; init; } = 3;

    /// <summary>Where households needing a home's adaptations are put first.</summary>
    /// <remarks>003 Appendix B 9(iv): "irrespective of banding"; ambiguity register item 23.</remarks>
    public AdaptationPreferencePosition AdaptationPreference { get; init; } = AdaptationPreferencePosition.First;

    /// <summary>Whether household-size preference also orders Band B+ (the policy says B+ stays by priority date only).</summary>
    /// <remarks>003 Appendix B 10(vii).</remarks>
    public bool HouseholdSizePreferenceAppliesToBPlus { get; init; }

    /// <summary>How bids for an advert marked "Available Now" are ordered.</summary>
    /// <remarks>003 Appendix B 9(ix); ambiguity register item 22.</remarks>
    public AvailableNowOrdering AvailableNowOrdering { get; init; } = AvailableNowOrdering.PriorityOrder;

    /// <summary>Monthly income that must be left after essential outgoings, rent and charges for a home to be affordable (the policy gives no figure).</summary>
    /// <remarks>003 Appendix B 11(vi), 10(ii); Appendix A "Financial assessment".</remarks>
    public Money AffordabilityMinimumMonthlyResidual { get; init; } = Money.Zero;

    /// <summary>Bands whose applicants in urgent need who fail to bid may have assisted bids placed for them.</summary>
    /// <remarks>003 Appendix B 10(vi) "Band A and Band B applicants".</remarks>
    public ImmutableArray<ChesterfieldBand> AssistedBiddingBands { get; init; } = [ChesterfieldBand.A, ChesterfieldBand.B];

    /// <summary>Whether a direct let needs the applicant's application to be live (a pending application "cannot receive a direct offer").</summary>
    /// <remarks>003 Appendix B 5(ix), 9(viii).</remarks>
    public bool DirectLetRequiresLiveApplication { get; init; } = true;

    // ---- Registration lifecycle ----------------------------------------------------------------------

    /// <summary>Months between periodic reviews of an application.</summary>
    /// <remarks>003 Appendix B 5(vii).</remarks>
    public int ReviewIntervalMonths { get; init; } = 12;

    /// <summary>A shorter review interval for the higher bands ("may be reviewed on a more regular basis"); null = the same interval.</summary>
    /// <remarks>003 Appendix B 5(vii).</remarks>
    public int? HigherBandReviewIntervalMonths { get; init; }

    /// <summary>The bands that count as higher bands for <see cref="HigherBandReviewIntervalMonths"/>.</summary>
    /// <remarks>003 Appendix B 5(vii).</remarks>
    public ImmutableArray<ChesterfieldBand> HigherReviewBands { get; init; } = [ChesterfieldBand.A, ChesterfieldBand.BPlus, ChesterfieldBand.B];

    /// <summary>Days to respond to a periodic review before removal "without further notice".</summary>
    /// <remarks>003 Appendix B 5(vii).</remarks>
    public int ReviewResponseDays { get; init; } = 28;

    /// <summary>Months after removal for non-response within which an application can be reinstated.</summary>
    /// <remarks>003 Appendix B 5(vii).</remarks>
    public int ReinstatementMonths { get; init; } = 3;

    /// <summary>Working days to supply information needed to validate an application before it is removed.</summary>
    /// <remarks>003 Appendix B 5(v).</remarks>
    public int ValidationInformationWorkingDays { get; init; } = 20;

    /// <summary>Days to supply information requested while an application is pending before it is removed (unless there is good reason).</summary>
    /// <remarks>003 Appendix B 5(ix).</remarks>
    public int PendingInformationDays { get; init; } = 28;

    /// <summary>When a calendar-day deadline (review response, pending information) falls on a weekend or bank holiday, it moves to the next working day.</summary>
    /// <remarks>003 Appendix B 5(vii), 5(ix) (silent; the literal reading is calendar days).</remarks>
    public bool CalendarDeadlinesRollToWorkingDay { get; init; }

    // ---- Reviews of decisions ------------------------------------------------------------------------

    /// <summary>Working days from receiving a decision letter (or the Stage 1 decision) to ask for a review.</summary>
    /// <remarks>003 Appendix B 13.</remarks>
    public int ReviewRequestWorkingDays { get; init; } = 15;

    /// <summary>Working days the reviewer or panel has to decide (longer if agreed with the applicant).</summary>
    /// <remarks>003 Appendix B 13.</remarks>
    public int ReviewDecisionWorkingDays { get; init; } = 15;

    /// <summary>Further working days to write to the applicant with the outcome.</summary>
    /// <remarks>003 Appendix B 13.</remarks>
    public int ReviewLetterWorkingDays { get; init; } = 5;

    /// <summary>Fewest senior officers, all from other partners, on a Stage 2 review panel.</summary>
    /// <remarks>003 Appendix B 13; Appendix 4; Appendix 6.</remarks>
    public int ReviewPanelMinimumMembers { get; init; } = 3;

    // ---- Band B-1 ---------------------------------------------------------------------------------------

    /// <summary>Whether B-1 (move-on) needs a local connection to the area from before the applicant moved into supported accommodation (unless exceptional circumstances).</summary>
    /// <remarks>003 Appendix B 7(vi) B-1 (Derbyshire Move-On Plans Protocol).</remarks>
    public bool MoveOnRequiresPriorLocalConnection { get; init; } = true;
}
