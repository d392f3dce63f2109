using System.Collections.Immutable;
using OpenLettings.Domain.Allocation;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Options;

namespace OpenLettings.Domain.Schemes.PaHousing;

/// <summary>
/// The PA Housing allocations scheme (seed 004): eligibility, access routes, the §4.7 bedroom matrix, bands
/// A-D with the Midlands, London and South East variations, refusal sanctions, shortlists, offers and appeals.
/// Rules are applied in this order: sub-region (Appendix 1) → eligibility (§4.1, §4.2) → bedroom need (§4.7)
/// → band (Appendix 2, §4.11) → qualification (§1.3, §4.3, §4.5) → refusal sanctions (§4.10).
/// </summary>
public sealed class PaHousingScheme
{
    /// <summary>The id used by <c>--scheme</c>.</summary>
    public const string SchemeId = "pa-housing";

    private readonly OptionSchedule<PaHousingOptions> schedule;

    /// <summary>Creates the scheme with a schedule of option versions.</summary>
    public PaHousingScheme(OptionSchedule<PaHousingOptions> options) => schedule = options;

    /// <summary>The scheme with the policy's own values, always in force.</summary>
    public static PaHousingScheme Default() => new(OptionSchedule<PaHousingOptions>.Always(new PaHousingOptions()));

    /// <summary>The option versions this scheme applies.</summary>
    public OptionSchedule<PaHousingOptions> Options => schedule;

    /// <summary>What the scheme is, for <c>openlettings schemes</c>.</summary>
    public static SchemeDescriptor Descriptor { get; } = new(SchemeId, "PA Housing",
        "004 PA Housing Allocations Policy (Paragon Asra Housing)",
        "Bands A-D with Midlands, London and South East variations (Appendix 2), DWP-based bedroom matrix with sub-regional variants (§4.7), income and savings thresholds (§4.1), eviction look-backs (§4.2), refusal suspensions (§4.10).")
    {
        Options = DescribeOptions(),
    };

    /// <summary>Assesses one application as of <paramref name="asOf"/> under the options then in force.</summary>
    public PaHousingAssessment Assess(PaHousingApplication application, DateOnly asOf)
    {
        var options = schedule.At(asOf);
        var versionFact = schedule.DescribeVersionAt(asOf);
        var region = options.SubRegionFor(application.LocalAuthority);
        if (region is not { } subRegion)
        {
            var unknown = Pa.Reason("Scheme.UnknownArea", "Appendix 1",
                $"{application.LocalAuthority} is not one of the boroughs or districts where PA Housing lets homes, so the policy cannot be applied.",
                Pa.Fact("local authority", application.LocalAuthority), versionFact);
            return new PaHousingAssessment
            {
                Application = application.Id,
                AsOf = asOf,
                SubRegion = null,
                Eligibility = new PaEligibilityDecision(false, [unknown]) { Failures = [unknown] },
                Qualification = new PaQualificationDecision(false, [unknown]) { Failures = [unknown] },
                Bedrooms = new PaBedroomNeed(0, 0, false, []),
                Banding = new PaBandDecision(null, null, [], []),
                Refusals = new PaRefusalDecision(0, null, []),
                MayBid = false,
                AppealBy = PaAppeals.Deadline(asOf, options),
                Explanation = [unknown],
            };
        }

        var atRegistration = schedule.At(DateOnly.FromDateTime(application.RegisteredAt));
        var area = Pa.Reason("Scheme.SubRegion", "Appendix 1",
            $"Your application is in {application.LocalAuthority}, in {Pa.Region(subRegion)}, so the rules for {Pa.Region(subRegion)} apply.",
            Pa.Fact("local authority", application.LocalAuthority), Pa.Fact("sub-region", subRegion), versionFact);
        var eligibility = PaEligibilityRules.Assess(application, subRegion, options, asOf);
        var bedrooms = PaBedroomStandard.Assess(application, subRegion, options, asOf);
        var banding = PaBanding.Assess(application, subRegion, bedrooms, options, asOf);
        var qualification = PaQualificationRules.Assess(application, subRegion, options, atRegistration, banding, asOf);
        var refusals = PaRefusalRules.Assess(application, subRegion, options, asOf);
        var adverse = !eligibility.Eligible || !qualification.Qualifies;
        var appealBy = adverse ? PaAppeals.Deadline(asOf, options) : (DateOnly?)null;
        var explanation = ImmutableArray.CreateBuilder<Reason>();
        explanation.Add(area);
        explanation.AddRange(eligibility.Reasons);
        explanation.AddRange(bedrooms.Reasons);
        explanation.AddRange(banding.Reasons);
        explanation.AddRange(qualification.Reasons);
        explanation.AddRange(refusals.Reasons);
        if (appealBy is { } deadline)
        {
            explanation.Add(Pa.Reason("Appeal.Right", "4.12", $"You may appeal against this decision in writing by {deadline:d MMMM yyyy}.", Pa.Fact("appeal by", deadline)));
        }

        return new PaHousingAssessment
        {
            Application = application.Id,
            AsOf = asOf,
            SubRegion = subRegion,
            Eligibility = eligibility,
            Qualification = qualification,
            Bedrooms = bedrooms,
            Banding = banding,
            Refusals = refusals,
            MayBid = !adverse && refusals.ActiveSuspension is null,
            AppealBy = appealBy,
            Explanation = explanation.ToImmutable(),
        };
    }

    /// <summary>Orders the bids for an advert by band, priority date, registration and bid time, after bypassing those who may not have the home.</summary>
    public PaShortlist Shortlist(PaHousingAdvert advert, IEnumerable<PaHousingBid> bids, DateOnly asOf)
    {
        var options = schedule.At(asOf);
        var region = options.SubRegionFor(advert.Property.LocalAuthority);
        var ranked = new List<(PaHousingBid Bid, PaHousingAssessment Assessment, PriorityKey Key)>();
        var bypassed = ImmutableArray.CreateBuilder<PaBypassedBid>();
        foreach (var bid in bids)
        {
            var assessment = Assess(bid.Application, asOf);
            var (codes, reasons) = PaShortlistRules.Bypasses(advert, region, bid, assessment, options, asOf);
            if (codes.Count > 0)
            {
                bypassed.Add(new PaBypassedBid(bid.Id, bid.Application.Id, [.. codes], [.. reasons]));
                continue;
            }

            ranked.Add((bid, assessment, PaShortlistRules.Key(advert, bid, assessment, options, asOf)));
        }

        var ordered = ranked.OrderBy(r => r.Key).ThenBy(r => r.Bid.Id.Value, StringComparer.Ordinal)
            .Select((r, i) => new PaShortlistEntry(i + 1, r.Bid.Id, r.Bid.Application.Id, r.Assessment.Banding.Band, r.Key));
        return new PaShortlist(advert.Id, region, [.. ordered], bypassed.ToImmutable());
    }

    /// <summary>Provisional offer letters, ranked, to the first <paramref name="letters"/> on a shortlist (004 §4.8).</summary>
    public ImmutableArray<PaProvisionalOffer> MakeOffers(PaShortlist shortlist, int letters, DateOnly madeOn) =>
        PaOfferRules.MakeOffers(shortlist, letters, madeOn, PaOfferRules.StandardChecks);

    /// <summary>Where a provisional offer stands (004 §4.8, §4.9).</summary>
    public PaOfferDecision EvaluateOffer(PaProvisionalOffer offer, DateOnly asOf) => PaOfferRules.Evaluate(offer, schedule.At(asOf));

    /// <summary>Whether an appeal against a decision made on <paramref name="decidedOn"/> is in time (004 §4.12).</summary>
    public PaAppealDecision CheckAppeal(DateOnly decidedOn, DateOnly receivedOn) => PaAppeals.Check(decidedOn, receivedOn, schedule.At(decidedOn));

    /// <summary>Lettings from <paramref name="from"/> to <paramref name="to"/> against the nominations agreements, per local authority (004 §3.2, §4.5), under the options in force on <paramref name="to"/>.</summary>
    public ImmutableArray<PaQuotaReport> CheckNominations(IEnumerable<PaLetting> lettings, DateOnly from, DateOnly to) =>
        PaNominationsQuota.Check(lettings, from, to, schedule.At(to));

    /// <summary>Whether a home is difficult to let (004 §3.3).</summary>
    public PaDifficultToLetDecision ClassifyDifficultToLet(PaLettingHistory history, DateOnly asOf) =>
        PaWiderInitiatives.ClassifyDifficultToLet(history, schedule.At(asOf));

    /// <summary>Whether a studio may be let under the under-35s arrangement, and its terms (004 §5.1).</summary>
    public PaUnder35sDesignation DesignateUnder35sStudio(PaHousingAdvert advert, int studiosLetUnderArrangement, DateOnly tenancyStart) =>
        PaWiderInitiatives.DesignateUnder35sStudio(advert, studiosLetUnderArrangement, tenancyStart, schedule.At(tenancyStart));

    /// <summary>The decision on a management move (004 §6.3).</summary>
    public PaManagementMoveDecision DecideManagementMove(PaManagementMoveRequest request, DateOnly asOf) =>
        PaManagementMoves.Decide(request, schedule.At(asOf), asOf);

    private static ImmutableArray<OptionDescriptor> DescribeOptions()
    {
        var d = new PaHousingOptions();
        static string Money(Common.Money m) => m.ToString();
        return
        [
            new("subRegionOf", $"{d.SubRegionOf.Count} authorities", "Local authority to sub-region lookup", "004 Appendix 1"),
            new("minimumApplicantAge", d.MinimumApplicantAge.ToString(), "Youngest age to hold a tenancy", "004 §4.1"),
            new("youngApplicantMaximumAge", d.YoungApplicantMaximumAge.ToString(), "Up to this age tenancies only in exceptional circumstances", "004 §4.1"),
            new("incomeThreshold", Money(d.IncomeThreshold), "Household income threshold, welfare benefits excluded", "004 §4.1"),
            new("midlands.savingsOrAssetThreshold", Money(d.Midlands.SavingsOrAssetThreshold), "Savings or asset threshold in the Midlands", "004 §4.1"),
            new("london.savingsOrAssetThreshold", Money(d.London.SavingsOrAssetThreshold), "Savings or asset threshold in London", "004 §4.1"),
            new("southEast.savingsOrAssetThreshold", Money(d.SouthEast.SavingsOrAssetThreshold), "Savings or asset threshold in the South East", "004 §4.1"),
            new("combineSavingsAndAssets", d.CombineSavingsAndAssets.ToString(), "Savings and assets are added before comparing", "004 §4.1"),
            new("financialThresholdsApplyToNominations", d.FinancialThresholdsApplyToNominations.ToString(), "Thresholds also apply to nominees", "004 §4.1"),
            new("localAuthorityThresholds", "none", "Thresholds set by local authority partners for transfers", "004 §4.1"),
            new("minimumMonthsInHomeBeforeTransfer", d.MinimumMonthsInHomeBeforeTransfer.ToString(), "Months in the current home before a transfer", "004 §4.1"),
            new("monthsAfterMutualExchangeBeforeTransfer", d.MonthsAfterMutualExchangeBeforeTransfer.ToString(), "Months after a mutual exchange before a transfer", "004 §6.4"),
            new("arrearsLowerTierLimit", Money(d.ArrearsLowerTierLimit), "Arrears lowest guidance tier", "004 §4.1"),
            new("arrearsLowerTierMonthsOfRepayment", d.ArrearsLowerTierMonthsOfRepayment.ToString(), "Months of repayment plan, lowest tier", "004 §4.1"),
            new("arrearsUpperTierLimit", Money(d.ArrearsUpperTierLimit), "Arrears middle tier limit; above it exceptional only", "004 §4.1"),
            new("arrearsMiddleTierMonthsOfRepayment", d.ArrearsMiddleTierMonthsOfRepayment.ToString(), "Months of repayment plan, middle tier", "004 §4.1"),
            new("antisocialBehaviourEvictionYears", d.AntisocialBehaviourEvictionYears.ToString(), "Years barred after an ASB eviction", "004 §4.2"),
            new("antisocialBehaviourNeedsRiskAssessment", d.AntisocialBehaviourNeedsRiskAssessment.ToString(), "Risk assessment after the ASB period", "004 §4.2"),
            new("rentArrearsEvictionYears", d.RentArrearsEvictionYears.ToString(), "Years barred after an arrears eviction", "004 §4.2"),
            new("rentArrearsEvictionNeedsRepayment", d.RentArrearsEvictionNeedsRepayment.ToString(), "The arrears debt must be repaid", "004 §4.2"),
            new("tenancyFraudEvictionYears", "permanent", "Years barred after a tenancy fraud eviction", "004 §4.2"),
            new("independentLivingMinimumAge", d.IndependentLivingMinimumAge.ToString(), "Minimum age for Independent Living", "004 §4.3"),
            new("midlands/london/southEast.directApplicants", "Midlands: general needs and Independent Living; London: Independent Living; South East: Independent Living in Richmond", "Direct applicant access routes", "004 §4.5"),
            new("midlands/london/southEast.registerOpen", "true", "Register open to new applicants", "004 §4.5"),
            new("midlands/london/southEast.bands", "Appendix 2", "Criterion to band table per sub-region", "004 Appendix 2"),
            new("bedroom rules per sub-region", "Midlands: own room from 16, shared care 3 nights, 12 months' changes; London/South East: same-sex any age under 10 years apart, other adults from 18", "Bedroom matrix variation", "004 §4.7"),
            new("singleAdultsMayTakeStudios", d.SingleAdultsMayTakeStudios.ToString(), "Single adults may bid for studios", "004 §4.7"),
            new("nonApplicantAdultsShareWherePossible", d.NonApplicantAdultsShareWherePossible.ToString(), "Matrix footnote read literally", "004 §4.7"),
            new("employmentHoursPerWeek", d.EmploymentHoursPerWeek.ToString(System.Globalization.CultureInfo.InvariantCulture), "Band D work hours", "004 Appendix 2"),
            new("employmentMonths", d.EmploymentMonths.ToString(), "Band D months in work", "004 Appendix 2"),
            new("volunteeringHoursPerMonth", d.VolunteeringHoursPerMonth.ToString(System.Globalization.CultureInfo.InvariantCulture), "Band D volunteering hours", "004 Appendix 2"),
            new("volunteeringMonths", d.VolunteeringMonths.ToString(), "Band D months volunteering", "004 Appendix 2"),
            new("privateRentShareOfIncomePercent", d.PrivateRentShareOfIncomePercent.ToString(System.Globalization.CultureInfo.InvariantCulture), "Band D rent share of income", "004 Appendix 2"),
            new("midlands.refusalsBeforeSuspension", d.Midlands.RefusalsBeforeSuspension.ToString(), "Unreasonable refusals before suspension, Midlands", "004 §4.10"),
            new("london.refusalsBeforeSuspension", d.London.RefusalsBeforeSuspension.ToString(), "Unreasonable refusals before suspension, London", "004 §4.10"),
            new("southEast.refusalsBeforeSuspension", d.SouthEast.RefusalsBeforeSuspension.ToString(), "Unreasonable refusals before suspension, South East", "004 §4.10"),
            new("refusalSuspensionMonths", d.RefusalSuspensionMonths.ToString(), "Months of suspension", "004 §4.10"),
            new("nomineeReconsiderationDays", d.NomineeReconsiderationDays.ToString(), "Days for a nominee to reconsider", "004 §4.10"),
            new("appealWindowDays", d.AppealWindowDays.ToString(), "Days to appeal in writing", "004 §4.12"),
            new("midlands/london/southEast.nominationsPercent", $"{d.Midlands.NominationsPercent} / {d.London.NominationsPercent} / {d.SouthEast.NominationsPercent}", "Minimum share of homes offered for local authority nominations", "004 §3.2"),
            new("fullNominationsPercent", d.FullNominationsPercent.ToString(System.Globalization.CultureInfo.InvariantCulture), "Nominations share at 100% sites or schemes", "004 §3.2"),
            new("redevelopmentProgrammes", "none", "Programmes suspending normal transfer priority, with any reduced nominations share", "004 §4.5"),
            new("difficultToLetAfterConsecutiveRefusals", d.DifficultToLetAfterConsecutiveRefusals.ToString(), "Consecutive nominee refusals beyond which a home is difficult to let", "004 §3.3"),
            new("under35s", $"{string.Join(", ", d.Under35s.Boroughs)}; under {d.Under35s.AgeUnder}; up to {d.Under35s.MaximumStudios} studios; {d.Under35s.TenancyMonths}-month AST; review every {d.Under35s.ReviewMonths} months", "Under-35s studio arrangement", "004 §5.1"),
            new("localLettingsPlansNeedLocalAuthorityAgreement", d.LocalLettingsPlansNeedLocalAuthorityAgreement.ToString(), "A plan's criteria apply once agreed with the local authority", "004 §5.2"),
            new("supportedHousingRefusalGrounds", string.Join(", ", d.SupportedHousingRefusalGrounds), "Officer bypasses allowed against supported housing nominations (PA-managed schemes)", "004 §6.1"),
            new("managementMoveApproverRole", d.ManagementMoveApproverRole, "Who approves a management move", "004 §6.3"),
            new("managementMoveReviewMonths", d.ManagementMoveReviewMonths.ToString(), "Months before other options are sought", "004 §6.3"),
            new("managementMoveOffers", d.ManagementMoveOffers.ToString(), "Offers under a management move", "004 §6.3"),
            new("transferApplicantsMustSeekMutualExchange", d.TransferApplicantsMustSeekMutualExchange.ToString(), "Transfer applicants not registered for mutual exchange do not qualify", "004 §6.4"),
        ];
    }
}
