using System.Collections.Immutable;
using OpenLettings.Domain.Allocation;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Options;

namespace OpenLettings.Domain.Schemes.Chesterfield;

/// <summary>
/// Chesterfield Borough Council's allocation scheme: the Derbyshire &amp; Staffordshire Moorlands Home-Options
/// Policy (seed 003, Appendix B) with Chesterfield's local differences from the Cabinet report of 23 October 2018
/// (open register with the residency requirement as the first shortlist tier, children in flats, equity limit).
/// </summary>
public sealed class ChesterfieldScheme
{
    private readonly OptionSchedule<ChesterfieldOptions> schedule;

    /// <summary>Creates the scheme with a schedule of option versions.</summary>
    public ChesterfieldScheme(OptionSchedule<ChesterfieldOptions> schedule)
    {
        this.schedule = schedule;
    }

    /// <summary>The scheme with the seed's values, always in force.</summary>
    public static ChesterfieldScheme Default() => new(OptionSchedule<ChesterfieldOptions>.Always(new ChesterfieldOptions()));

    /// <summary>The option schedule in use.</summary>
    public OptionSchedule<ChesterfieldOptions> Schedule => schedule;

    /// <summary>What the scheme is, for <c>openlettings schemes</c>.</summary>
    public static SchemeDescriptor Descriptor { get; } = new("chesterfield", "Chesterfield (Home-Options)", "003 Appendix B, §3.13-3.23",
        "Home-Options choice-based lettings for Chesterfield: bands A, B+ (B+1, B+2), B, C, D ordered by priority date within band, "
        + "below a local-connection tier (Chesterfield residency first, then partner districts, then anyone); open register; £77,974 equity limit.")
    {
        Options = DescribeOptions(new ChesterfieldOptions()),
    };

    /// <summary>Assesses an application on <paramref name="asOf"/>: qualification, bedroom need, household type, band, priority date and reasons.</summary>
    public ChesterfieldAssessment Assess(ChesterfieldApplication application, DateOnly asOf)
    {
        var options = schedule.At(asOf);
        var version = schedule.DescribeVersionAt(asOf);
        var need = OvercrowdingStandard.Assess(application, options, asOf);
        var householdType = HouseholdEligibilityMatrix.Classify(need.People, options);
        var equity = EquityRules.Assess(application, options);
        var residency = LocalResidency.Assess(application, options, asOf);
        var refusals = RefusalRules.Assess(application, options, asOf);
        var banding = ChesterfieldBanding.Assess(application, need, equity, options, asOf);
        var qualification = ChesterfieldQualification.Assess(application, banding, residency, refusals, options, asOf);

        var reasons = ImmutableArray.CreateBuilder<Reason>();
        reasons.Add(new Reason("CBC.Options", ChesterfieldCitations.CabinetReport("2.4"), "The scheme's options in force on the assessment date were used.").With(version));
        reasons.AddRange(qualification.Reasons);
        reasons.AddRange(need.Reasons);
        reasons.Add(new Reason("CBC.Matrix.HouseholdType", ChesterfieldCitations.Policy("8(ii)"), $"For the property size matrix your household is: {householdType}.")
            .With(new Fact("household type", householdType.ToString())));
        reasons.Add(equity.Reason);
        reasons.AddRange(refusals.Reasons);
        reasons.AddRange(banding.Reasons);

        return new ChesterfieldAssessment
        {
            ApplicationId = application.Id,
            AsOf = asOf,
            Status = qualification.Status,
            Qualification = qualification,
            Residency = residency,
            Equity = equity,
            Refusals = refusals,
            BedroomNeed = need,
            HouseholdType = householdType,
            Banding = banding,
            Reasons = reasons.ToImmutable(),
        };
    }

    /// <summary>Orders the bids for an advert, with a priority key per position, bypasses and exclusions.</summary>
    public ChesterfieldShortlist Shortlist(ChesterfieldAdvert advert, IEnumerable<ChesterfieldBid> bids, DateOnly asOf) =>
        ChesterfieldShortlisting.Build(advert, bids, app => Assess(app, asOf), schedule.At(asOf), asOf);

    /// <summary>Whether the applicant may place another bid now: a live application holding fewer than the maximum live bids (003 Appendix B 10(i)).</summary>
    public Decision<bool> CanBid(ChesterfieldApplication application, DateOnly asOf)
    {
        var options = schedule.At(asOf);
        var assessment = Assess(application, asOf);
        if (assessment.Status != RegistrationStatus.Live)
        {
            return new Decision<bool>(false, [new Reason("CBC.Bid.NotLive", ChesterfieldCitations.Policy("10(i)"),
                "Your application is not live, so you cannot bid.").With(new Fact("status", assessment.Status.ToString()))]);
        }

        var live = application.LiveBids.Length;
        var ok = live < options.MaximumLiveBids;
        return new Decision<bool>(ok, [new Reason(ok ? "CBC.Bid.Allowed" : "CBC.Bid.LimitReached", ChesterfieldCitations.Policy("10(i)"),
            ok ? $"You hold {live} live bid(s) of the {options.MaximumLiveBids} allowed, so you can bid."
               : $"You already hold {live} live bids, the most allowed at one time.").With(new Fact("live bids", live.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);
    }

    /// <summary>The options and their values, for the scheme descriptor.</summary>
    public static ImmutableArray<OptionDescriptor> DescribeOptions(ChesterfieldOptions o)
    {
        static OptionDescriptor D(string name, object? value, string description, string citation) =>
            new(name, value switch
            {
                null => "none",
                ImmutableArray<ChesterfieldBand> bands => string.Join(", ", bands.Select(BandReasons.Name)),
                ImmutableArray<Common.LocalAuthorityId> ids => string.Join(", ", ids),
                _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
            }, description, citation);

        return
        [
            D(nameof(o.MinimumAge), o.MinimumAge, "Minimum age to register.", "003 Appendix B 5(viii)"),
            D(nameof(o.AdultAge), o.AdultAge, "Below this age the application is pending until capability is assessed.", "003 Appendix B 5(iv)"),
            D(nameof(o.ArrearsExclusionThreshold), o.ArrearsExclusionThreshold, "Tenancy-related debt at which an applicant does not qualify.", "003 Appendix B 5(viii)(c)"),
            D(nameof(o.ArrearsComparison), o.ArrearsComparison, "'£1,000 or more' (AtOrAbove) or 'over £1,000' (Above).", "003 Appendix B 5(viii)(c); Appendix A"),
            D(nameof(o.MinimumPaymentRecordWeeks), o.MinimumPaymentRecordWeeks, "Weeks of regular payments needed for a smaller debt.", "003 Appendix B 5(viii)(c)"),
            D(nameof(o.ArrearsWithoutRecord), o.ArrearsWithoutRecord, "Outcome for a smaller debt without the payment record.", "003 Appendix A"),
            D(nameof(o.BehaviourBarMonths), o.BehaviourBarMonths, "Exclusion for unacceptable behaviour, in months.", "003 Appendix B 5(viii)(c)"),
            D(nameof(o.FalseInformationBarMonths), o.FalseInformationBarMonths, "Most months of exclusion for false information.", "003 Appendix B 5(viii)(d)(iii)"),
            D(nameof(o.OwnerOccupiers), o.OwnerOccupiers, "Owner-occupier qualification test.", "003 Appendix B 5(viii)(b); Appendix A"),
            D(nameof(o.EquityLimit), o.EquityLimit, "Chesterfield's equity limit (50% of the June 2018 HPI average).", "003 §3.23"),
            D(nameof(o.EquityEffect), o.EquityEffect, "Effect of equity at or above the limit on priority.", "003 Appendix B 7(iv)"),
            D(nameof(o.RehousingBarMonths), o.RehousingBarMonths, "Months after a Home-Options tenancy starts before rejoining.", "003 Appendix B 5(viii)"),
            D(nameof(o.RehousingBarExceptionBands), o.RehousingBarExceptionBands, "Bands whose criteria lift the rehousing bar.", "003 Appendix B 5(viii)"),
            D(nameof(o.RefusalLimit), o.RefusalLimit, "Formal refusals that trigger the sanction.", "003 Appendix B 11(v)"),
            D(nameof(o.RefusalWindowMonths), o.RefusalWindowMonths, "Rolling window for counting refusals.", "003 Appendix B 11(v)"),
            D(nameof(o.RefusalRemovalMonths), o.RefusalRemovalMonths, "Months removed after reaching the refusal limit.", "003 Appendix B 11(v)"),
            D(nameof(o.RefusalSanction), o.RefusalSanction, "Removal, or review only.", "003 Appendix B 11(v); Appendix A"),
            D(nameof(o.LocalResidencyIsQualificationBar), o.LocalResidencyIsQualificationBar, "Whether failing the residency requirement stops qualification (Chesterfield: no).", "003 §3.13-3.14"),
            D(nameof(o.CurrentResidenceMonths), o.CurrentResidenceMonths, "Months of current residence for the residency requirement.", "003 Appendix A"),
            D(nameof(o.LocalConnectionResidenceMonths), o.LocalConnectionResidenceMonths, "Months of residence for a local connection.", "003 Appendix B 6(i)"),
            D(nameof(o.PastResidenceMonths), o.PastResidenceMonths, "Months of past residence within the window.", "003 Appendix B 5(viii)(a)"),
            D(nameof(o.PastResidenceWindowMonths), o.PastResidenceWindowMonths, "Look-back window for past residence.", "003 Appendix B 5(viii)(a)"),
            D(nameof(o.EmploymentMonths), o.EmploymentMonths, "Months of permanent employment in Chesterfield.", "003 Appendix A"),
            D(nameof(o.SupportPersonResidenceMonths), o.SupportPersonResidenceMonths, "Months the supported or supporting person has lived in Chesterfield.", "003 Appendix A"),
            D(nameof(o.FamilyConnectionResidenceMonths), o.FamilyConnectionResidenceMonths, "Months the family member has lived in the area.", "003 Appendix B 5(viii)(a)"),
            D(nameof(o.ArmedForcesExemptionMonths), o.ArmedForcesExemptionMonths, "Months after leaving the forces the exemption lasts.", "003 Appendix B 5(viii)(a)"),
            D(nameof(o.LowDemandExemptionMinimumAge), o.LowDemandExemptionMinimumAge, "Minimum age for the low-demand sheltered exemption.", "003 Appendix B 5(viii)(a)"),
            D(nameof(o.HomeDistrict), o.HomeDistrict, "The council's own district.", "003 §3.14"),
            D(nameof(o.PartnerDistricts), o.PartnerDistricts, "Other Home-Options districts (tier 2).", "003 Appendix B 6(ii)"),
            D(nameof(o.TierOneTest), o.TierOneTest, "Test for tier 1 on Chesterfield homes.", "003 §3.14; Appendix B 6(i)"),
            D(nameof(o.TierGating), o.TierGating, "Cascade, or lower tiers only if no higher-tier bid.", "003 §3.14; Appendix B 6(ii)"),
            D(nameof(o.BypassedBidsCountForGating), o.BypassedBidsCountForGating, "Whether bypassed higher-tier bids still gate lower tiers.", "003 §3.14"),
            D(nameof(o.PregnancyCompletedWeeks), o.PregnancyCompletedWeeks, "Completed weeks after which an unborn child counts (from week 25).", "003 Appendix B 8(iii)"),
            D(nameof(o.DependentChildMaximumAge), o.DependentChildMaximumAge, "Oldest age of a dependent child (inclusive).", "003 Appendix B 8(iv)"),
            D(nameof(o.OppositeSexSharingMaximumAge), o.OppositeSexSharingMaximumAge, "Opposite-sex children share only up to this age.", "003 Appendix B 7(vi) B-4"),
            D(nameof(o.SameSexOlderChildAge), o.SameSexOlderChildAge, "Same-sex sharing: age of the older child that, with the gap, prevents sharing.", "003 Appendix B 7(vi) B-4"),
            D(nameof(o.SameSexAgeGapYears), o.SameSexAgeGapYears, "Same-sex sharing: age gap that, with the older child's age, prevents sharing.", "003 Appendix B 7(vi) B-4"),
            D(nameof(o.SevereOvercrowdingBedroomsLacking), o.SevereOvercrowdingBedroomsLacking, "Bedrooms lacking for Band B (B-4).", "003 Appendix B 7(vi) B-4"),
            D(nameof(o.ChildrenInFlatsBand), o.ChildrenInFlatsBand, "Band for Chesterfield tenants in flats with children (null = none).", "003 §3.17"),
            D(nameof(o.ChildrenInFlatsIncludesMaisonettes), o.ChildrenInFlatsIncludesMaisonettes, "Maisonettes count as flats for the local difference.", "003 §3.17"),
            D(nameof(o.MedicalBedroomRemovesUrgentMedical), o.MedicalBedroomRemovesUrgentMedical, "A medical extra bedroom also removes A-1.", "003 Appendix B 8(vii)"),
            D(nameof(o.DecreaseDateRule), o.DecreaseDateRule, "Priority date when priority decreases.", "003 Appendix B 5(x)"),
            D(nameof(o.InformationGraceDays), o.InformationGraceDays, "Days to supply information before the priority date moves.", "003 Appendix B 5(x)"),
            D(nameof(o.MaximumLiveBids), o.MaximumLiveBids, "Most live bids at once.", "003 Appendix B 10(i)"),
            D(nameof(o.AdaptationPreference), o.AdaptationPreference, "Where adaptation need sits in the shortlist key.", "003 Appendix B 9(iv)"),
            D(nameof(o.HouseholdSizePreferenceAppliesToBPlus), o.HouseholdSizePreferenceAppliesToBPlus, "Whether household-size preference also orders B+.", "003 Appendix B 10(vii)"),
            D(nameof(o.AvailableNowOrdering), o.AvailableNowOrdering, "Order of bids for an 'Available Now' home: priority order or bid date.", "003 Appendix B 9(ix)"),
            D(nameof(o.AffordabilityMinimumMonthlyResidual), o.AffordabilityMinimumMonthlyResidual, "Monthly income left after outgoings, rent and charges for a home to be affordable.", "003 Appendix B 11(vi)"),
            D(nameof(o.AssistedBiddingBands), o.AssistedBiddingBands, "Bands whose urgent non-bidders may get assisted bids.", "003 Appendix B 10(vi)"),
            D(nameof(o.DirectLetRequiresLiveApplication), o.DirectLetRequiresLiveApplication, "A direct let needs a live application.", "003 Appendix B 5(ix), 9(viii)"),
            D(nameof(o.ReviewIntervalMonths), o.ReviewIntervalMonths, "Months between periodic reviews.", "003 Appendix B 5(vii)"),
            D(nameof(o.HigherBandReviewIntervalMonths), o.HigherBandReviewIntervalMonths, "Review interval for higher bands (none = the same).", "003 Appendix B 5(vii)"),
            D(nameof(o.HigherReviewBands), o.HigherReviewBands, "Bands reviewed at the higher-band interval.", "003 Appendix B 5(vii)"),
            D(nameof(o.ReviewResponseDays), o.ReviewResponseDays, "Days to answer a periodic review.", "003 Appendix B 5(vii)"),
            D(nameof(o.ReinstatementMonths), o.ReinstatementMonths, "Months after removal for non-response within which reinstatement is possible.", "003 Appendix B 5(vii)"),
            D(nameof(o.ValidationInformationWorkingDays), o.ValidationInformationWorkingDays, "Working days to supply validation information.", "003 Appendix B 5(v)"),
            D(nameof(o.PendingInformationDays), o.PendingInformationDays, "Days to supply information requested while pending.", "003 Appendix B 5(ix)"),
            D(nameof(o.CalendarDeadlinesRollToWorkingDay), o.CalendarDeadlinesRollToWorkingDay, "Calendar-day deadlines on a non-working day move to the next working day.", "003 Appendix B 5(vii), 5(ix)"),
            D(nameof(o.ReviewRequestWorkingDays), o.ReviewRequestWorkingDays, "Working days to ask for a review.", "003 Appendix B 13"),
            D(nameof(o.ReviewDecisionWorkingDays), o.ReviewDecisionWorkingDays, "Working days to decide a review.", "003 Appendix B 13"),
            D(nameof(o.ReviewLetterWorkingDays), o.ReviewLetterWorkingDays, "Further working days to write with the outcome.", "003 Appendix B 13"),
            D(nameof(o.ReviewPanelMinimumMembers), o.ReviewPanelMinimumMembers, "Fewest senior officers from other partners on a Stage 2 panel.", "003 Appendix B 13; Appendix 4"),
            D(nameof(o.MoveOnRequiresPriorLocalConnection), o.MoveOnRequiresPriorLocalConnection, "B-1 needs a local connection from before entering supported accommodation.", "003 Appendix B 7(vi) B-1"),
        ];
    }
}
