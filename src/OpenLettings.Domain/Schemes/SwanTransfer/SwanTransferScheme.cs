using System.Collections.Immutable;
using OpenLettings.Domain.Allocation;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Options;
using OpenLettings.Domain.Properties;

namespace OpenLettings.Domain.Schemes.SwanTransfer;

/// <summary>
/// The Swan Housing transfer list (seed 002, Allocations Policy HS01 v5): transfer-list eligibility, bands one
/// to four by the circumstances of Appendix 1 ordered by time waited in band, the Appendix 2 suitability
/// matrix, and the local authority nominations percentages.
/// </summary>
public sealed class SwanTransferScheme
{
    /// <summary>The scheme id used by <c>--scheme</c>.</summary>
    public const string Id = "swan-transfer";

    /// <summary>Creates the scheme with an option schedule.</summary>
    public SwanTransferScheme(OptionSchedule<SwanOptions> options) => Options = options;

    /// <summary>The scheme with the policy's own values.</summary>
    public static SwanTransferScheme Default() => new(OptionSchedule<SwanOptions>.Always(new SwanOptions()));

    /// <summary>The options over time.</summary>
    public OptionSchedule<SwanOptions> Options { get; }

    /// <summary>What the scheme is, for <c>openlettings schemes</c>.</summary>
    public static SchemeDescriptor Descriptor { get; } = new(
        Id,
        "Swan Housing transfer list",
        "Swan Housing Allocations Policy HS01 version 5 (seed 002)",
        "Transfer list for Swan tenants: eligibility by tenancy type, conduct and debts (§3); bands 1-4 by the circumstances of Appendix 1, "
        + "ordered by time waited in band, reset on a change of band (§4.2); one offer for management moves (§4.3); the downsizing scheme (§4.5); "
        + "the Appendix 2 household and property suitability matrix; the local authority nominations percentages (§2.1); direct lettings under the "
        + "§2.2 exceptions; mutual exchange approval (§6.1), reviews (§6.2), waiting-time information (§6.3), policy review (§6.4); equality monitoring (§7).")
    {
        Options = DescribeOptions(new SwanOptions()),
    };

    /// <summary>Assesses one application: household, eligibility, band and time waited.</summary>
    public SwanAssessment Assess(SwanApplication application, DateOnly asOf)
    {
        var options = Options.At(asOf);
        var household = SwanHouseholdRules.Assess(application, options, asOf);
        var management = SwanBanding.ManagementPriority(application, options, asOf);
        var eligibility = SwanEligibilityRules.Assess(application, management.Outcome, options, asOf);
        var banding = SwanBanding.Assess(application, household, management, options, asOf);
        return new SwanAssessment
        {
            ApplicationId = application.Id,
            AsOf = asOf,
            Eligibility = eligibility,
            Household = household,
            Banding = banding,
            OptionsInForce = Options.DescribeVersionAt(asOf),
            Explanations = [.. household.Reasons, .. eligibility.Reasons, .. banding.Reasons],
        };
    }

    /// <summary>The ordered shortlist for an advert, with a priority key per position and the bids bypassed.</summary>
    public SwanShortlist Shortlist(SwanAdvert advert, IEnumerable<SwanBid> bids, DateOnly asOf) =>
        SwanShortlisting.Build(advert, bids, application => Assess(application, asOf), Options.At(asOf), asOf);

    /// <summary>Whether the Appendix 2 guidelines allow this household to be offered this home (002 Appendix 2, §5.1).</summary>
    public Decision<bool> IsSuitable(SwanApplication application, Property property, DateOnly asOf)
    {
        var options = Options.At(asOf);
        return SwanHouseholdRules.IsSuitable(SwanHouseholdRules.Assess(application, options, asOf), property, options);
    }

    /// <summary>
    /// Checks lettings from <paramref name="from"/> to <paramref name="to"/> against the nominations percentages
    /// (002 §2.1) in force on <paramref name="to"/>.
    /// </summary>
    public NominationsReport CheckNominations(IEnumerable<SwanLetting> lettings, DateOnly from, DateOnly to) =>
        SwanNominations.Check(lettings, Options.At(to).Nominations, from, to);

    /// <summary>Whether a home may be let outside choice based lettings under a 002 §2.2 exception, as of <paramref name="asOf"/>.</summary>
    public DirectLettingDecision DecideDirectLetting(DirectLettingRequest request, DateOnly asOf) =>
        SwanDirectLettings.Decide(request, Options.At(asOf).DirectLettings, asOf);

    /// <summary>
    /// As <see cref="DecideDirectLetting(DirectLettingRequest, DateOnly)"/>, with the facts the engine knows taken from the
    /// application and the home: management move priority as assessed on <paramref name="asOf"/> (002 §4.3) and the
    /// bedrooms the move frees (current home's bedrooms minus the home's).
    /// </summary>
    public DirectLettingDecision DecideDirectLetting(DirectLettingRequest request, SwanApplication application, Property home, DateOnly asOf)
    {
        var options = Options.At(asOf);
        var filled = request with
        {
            ManagementPriority = SwanBanding.ManagementPriority(application, options, asOf).Outcome,
            BedroomsReleased = application.CurrentHome.Bedrooms - home.Bedrooms,
        };
        return SwanDirectLettings.Decide(filled, options.DirectLettings, asOf);
    }

    /// <summary>Whether a mutual exchange may take place (002 §6.1).</summary>
    public Decision<MutualExchangeStatus> DecideMutualExchange(MutualExchangeRequest request, DateOnly asOf) =>
        SwanGeneralInformation.MutualExchange(request, Options.At(asOf).MutualExchange, asOf);

    /// <summary>Whether a review request can go ahead, under the options in force when it was made (002 §6.2).</summary>
    public Decision<ReviewAdmissibility> AdmitReview(SwanReviewRequest request) =>
        SwanGeneralInformation.AdmitReview(request, Options.At(request.RequestedOn).Reviews);

    /// <summary>
    /// Decides a review of a priority status decision (002 §6.2): the band decided on <paramref name="request"/>'s decision date
    /// against the band the application, with the information given, has on <paramref name="decidedOn"/>.
    /// </summary>
    public SwanReviewResult DecideReview(SwanReviewRequest request, SwanBandDecision original, SwanApplication reconsidered, Common.Assessor reviewer, SwanTeam reviewerTeam, DateOnly decidedOn) =>
        SwanGeneralInformation.DecideReview(request, original, Assess(reconsidered, decidedOn).Banding, reviewer, reviewerTeam, Options.At(request.RequestedOn).Reviews);

    /// <summary>Information on waiting for one application (002 §6.3): position in band and size, typical past waits, lettings by area.</summary>
    public WaitingTimeInformation WaitingTimes(SwanApplication application, IEnumerable<SwanWaitingEntry> register, IEnumerable<SwanLetting> lettings, DateOnly asOf) =>
        SwanGeneralInformation.WaitingTimes(SwanWaitingEntry.From(Assess(application, asOf), application.RegisteredOn), register, lettings, Options.At(asOf).WaitingTimes, asOf);

    /// <summary>Equality monitoring of outcomes (002 §7.2), under the options in force on <paramref name="asOf"/>.</summary>
    public EqualityReport MonitorEquality(IEnumerable<SwanMonitoringRecord> records, DateOnly asOf) =>
        SwanEquality.Monitor(records, Options.At(asOf).Equality);

    private static ImmutableArray<OptionDescriptor> DescribeOptions(SwanOptions o)
    {
        static string Cite(string section) => new Citation("002", section).ToString();
        static string N(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        static string B(bool value) => value ? "true" : "false";
        return
        [
            new(nameof(o.IndependentAdultMinimumYears), N(o.IndependentAdultMinimumYears), "Years an adult without a tenancy must have lived in a Swan home (longer than) before registering.", Cite("3.5")),
            new(nameof(o.TenantsBeforeIndependentAdults), B(o.TenantsBeforeIndependentAdults), "Tenants rank above adults without a tenancy.", Cite("3.5")),
            new(nameof(o.SupportedHousingMinimumTenancyMonths), N(o.SupportedHousingMinimumTenancyMonths), "Months a supported-housing assured shorthold tenancy must be held before a move is considered.", Cite("3.6")),
            new(nameof(o.DebtTolerance), o.DebtTolerance.ToString(), "Most that may be owed to Swan while being considered (all debts cleared).", Cite("3.3")),
            new(nameof(o.AntisocialBehaviourWaitMonths), N(o.AntisocialBehaviourWaitMonths), "Months after the last act of anti-social behaviour before a transfer is considered.", Cite("3.3")),
            new(nameof(o.ViolenceHarassmentExceptionScope), o.ViolenceHarassmentExceptionScope.ToString(), "What the domestic violence / harassment management priority exception lifts.", Cite("3.3")),
            new(nameof(o.MinimumGeneralNeedsTenantAge), N(o.MinimumGeneralNeedsTenantAge), "Minimum age for a general needs tenancy.", Cite("3.7")),
            new(nameof(o.RefusePreviouslyBreachedTenants), B(o.RefusePreviouslyBreachedTenants), "Do not consider someone whose earlier Swan tenancy was breached.", Cite("3.8")),
            new(nameof(o.ImmediateFamilyOnly), B(o.ImmediateFamilyOnly), "Count only the applicant, partner, children and listed dependants.", Cite("3.2")),
            new(nameof(o.RequireChildBenefitEvidence), B(o.RequireChildBenefitEvidence), "Count a child under 16 only once child benefit entitlement is evidenced.", Cite("5.2")),
            new(nameof(o.ChildBenefitEvidenceUnderAge), N(o.ChildBenefitEvidenceUnderAge), "Age under which child benefit evidence is asked for.", Cite("5.2")),
            new(nameof(o.ManagementMoveOffers), N(o.ManagementMoveOffers), "Suitable offers for a management move; refusing that many without good reason removes the priority.", Cite("4.3")),
            new(nameof(o.MedicalBandOneRequiresEvidence), B(o.MedicalBandOneRequiresEvidence), "Medical category A needs recorded evidence of a severely detrimental effect.", Cite("4.4")),
            new(nameof(o.DownsizingMinimumCurrentBedrooms), N(o.DownsizingMinimumCurrentBedrooms), "Smallest current home for the downsizing scheme.", Cite("4.5")),
            new(nameof(o.DownsizingTargetBedrooms), N(o.DownsizingTargetBedrooms), "Size downsizers move to.", Cite("4.5")),
            new(nameof(o.DownsizingBandOneRequiresApproval), B(o.DownsizingBandOneRequiresApproval), "Band one for downsizing needs a successful downsizing scheme application.", Cite("4.5")),
            new(nameof(o.DownsizersLimitedToTargetSize), B(o.DownsizersLimitedToTargetSize), "Downsizers whose band rests on moving smaller are bypassed for larger homes.", Cite("4.5")),
            new(nameof(o.BandOneForAnyUnderOccupationByExcess), B(o.BandOneForAnyUnderOccupationByExcess), "Band one for any under-occupation by the excess below (literal §4.1).", Cite("4.1")),
            new(nameof(o.UnderOccupationBandOneExcess), N(o.UnderOccupationBandOneExcess), "Bedrooms of under-occupation for the literal §4.1 band one.", Cite("4.1")),
            new(nameof(o.UnderOccupationBandTwoNeed), N(o.UnderOccupationBandTwoNeed), "Bedrooms still needed for the band two under-occupation row.", Cite("Appendix 1")),
            new(nameof(o.SmallDownsizeCurrentBedrooms), N(o.SmallDownsizeCurrentBedrooms), "Current size for the band three 'occupying a 2 bed, will move to a 1 bed' row.", Cite("Appendix 1")),
            new(nameof(o.OlderHouseholdAge), N(o.OlderHouseholdAge), "Age every member must have reached for the band two sheltered row.", Cite("Appendix 1")),
            new(nameof(o.OppositeSexSharingBandTwoAge), N(o.OppositeSexSharingBandTwoAge), "Opposite-sex children sharing with one this age or older: band two.", Cite("Appendix 1")),
            new(nameof(o.OppositeSexSharingBandThreeAge), N(o.OppositeSexSharingBandThreeAge), "Opposite-sex children sharing with one this age or older: band three; younger: band four.", Cite("Appendix 1")),
            new(nameof(o.SameSexSharingBandThreeAge), N(o.SameSexSharingBandThreeAge), "Same-sex children sharing with one this age or older: band three.", Cite("Appendix 1")),
            new(nameof(o.ChildrenSharingBandTwoMoreThan), N(o.ChildrenSharingBandTwoMoreThan), "More than this many children in one bedroom: band two.", Cite("Appendix 1")),
            new(nameof(o.ChildrenSharingBandThreeMoreThan), N(o.ChildrenSharingBandThreeMoreThan), "More than this many children in one bedroom: band three.", Cite("Appendix 1")),
            new(nameof(o.ChildInFlatUnderAge), N(o.ChildInFlatUnderAge), "A child under this age living in a flat: band three.", Cite("Appendix 1")),
            new(nameof(o.FlatTypes), string.Join(", ", o.FlatTypes), "Home types that count as a flat.", Cite("Appendix 1")),
            new(nameof(o.BandOverrides), "none", "Bands replacing Appendix 1's printed band for chosen circumstances.", Cite("Appendix 1")),
            new(nameof(o.SuitabilityOlderAge), N(o.SuitabilityOlderAge), "Age for the 'over 60 years' rows.", Cite("Appendix 2")),
            new(nameof(o.OlderCouple), o.OlderCouple.ToString(), "Whether both partners or either must be over 60.", Cite("Appendix 2")),
            new(nameof(o.InfantAge), N(o.InfantAge), "Age boundary of 'child under one'.", Cite("Appendix 2")),
            new(nameof(o.ChildAgeBoundary), N(o.ChildAgeBoundary), "Age boundary of the 'over 7' rows.", Cite("Appendix 2")),
            new(nameof(o.SameSexAgeGap), N(o.SameSexAgeGap), "Age gap of the 'same sex with 5 year gap' row.", Cite("Appendix 2")),
            new(nameof(o.DesignatedElderlyOnlyForOlderHouseholds), B(o.DesignatedElderlyOnlyForOlderHouseholds), "Designated elderly homes only for the over-60 rows.", Cite("Appendix 2")),
            new(nameof(o.SuitabilityMatrix), "as printed", "Which home categories each household row may be offered.", Cite("Appendix 2")),
            new(nameof(o.AdaptedHomesOnlyForAssessedNeed), B(o.AdaptedHomesOnlyForAssessedNeed), "Adapted homes only for households assessed as needing them.", Cite("5.6")),
            new("Nominations." + nameof(o.Nominations.NewBuildPercent), N(o.Nominations.NewBuildPercent), "Share of new build lettings to council nominees (normally).", Cite("2.1")),
            new("Nominations." + nameof(o.Nominations.FamilyReletMaximumPercent), N(o.Nominations.FamilyReletMaximumPercent), "Share of family-sized re-lets to council nominees (no more than).", Cite("2.1")),
            new("Nominations." + nameof(o.Nominations.OneBedroomMinimumPercent), N(o.Nominations.OneBedroomMinimumPercent), "Share of 1 bedroom lettings to council nominees (at least).", Cite("2.1")),
            new("Nominations." + nameof(o.Nominations.FamilySizedMinimumBedrooms), N(o.Nominations.FamilySizedMinimumBedrooms), "Smallest family-sized home.", Cite("2.1")),
            new("Nominations." + nameof(o.Nominations.BedsitsCountAsOneBedroom), B(o.Nominations.BedsitsCountAsOneBedroom), "Bedsits count with 1 bedroom homes.", Cite("2.1")),
            new("DirectLettings." + nameof(o.DirectLettings.Grounds), string.Join(", ", o.DirectLettings.Grounds), "Exceptions to choice based lettings in use.", Cite("2.2")),
            new("DirectLettings." + nameof(o.DirectLettings.Approvers), string.Join(", ", o.DirectLettings.Approvers.OrderBy(a => a.Key).Select(a => $"{a.Key}: {a.Value}")), "Least senior role that may approve each exception.", Cite("2.2")),
            new("DirectLettings." + nameof(o.DirectLettings.LowDemandMinimumUnsuccessfulAdverts), N(o.DirectLettings.LowDemandMinimumUnsuccessfulAdverts), "Adverts without a suitable bid before a home is in low demand.", Cite("2.2")),
            new("DirectLettings." + nameof(o.DirectLettings.BetterUseMinimumBedroomsReleased), N(o.DirectLettings.BetterUseMinimumBedroomsReleased), "Bedrooms a move must free to be better use of stock.", Cite("2.2")),
            new("MutualExchange." + nameof(o.MutualExchange.RequireApproval), B(o.MutualExchange.RequireApproval), "Exchanges must be approved before they take place.", Cite("6.1")),
            new("MutualExchange." + nameof(o.MutualExchange.ExchangeService), o.MutualExchange.ExchangeService, "The exchange service Swan belongs to.", Cite("6.1")),
            new("Reviews." + nameof(o.Reviews.ReviewableDecisions), string.Join(", ", o.Reviews.ReviewableDecisions), "Decisions that may be reviewed.", Cite("6.2")),
            new("Reviews." + nameof(o.Reviews.RequestWindowDays), o.Reviews.RequestWindowDays is { } w ? N(w) : "none", "Days after a decision within which a review must be asked for.", Cite("6.2")),
            new("Reviews." + nameof(o.Reviews.MadeTo), o.Reviews.MadeTo.ToString(), "The team reviews are made to.", Cite("6.2")),
            new("Reviews." + nameof(o.Reviews.DecidedBy), o.Reviews.DecidedBy.ToString(), "The team that decides reviews.", Cite("6.2")),
            new("Reviews." + nameof(o.Reviews.RequireInformationNotConsidered), B(o.Reviews.RequireInformationNotConsidered), "A review must name information not considered.", Cite("6.2")),
            new("Reviews." + nameof(o.Reviews.ReviewerMustBeSomeoneElse), B(o.Reviews.ReviewerMustBeSomeoneElse), "The reviewer may not be the original decision maker.", Cite("6.2")),
            new("WaitingTimes." + nameof(o.WaitingTimes.LookbackMonths), N(o.WaitingTimes.LookbackMonths), "Months of past lettings used for waiting-time information.", Cite("6.3")),
            new("WaitingTimes." + nameof(o.WaitingTimes.MinimumLettingsForTypicalWait), N(o.WaitingTimes.MinimumLettingsForTypicalWait), "Fewest comparable transfers from which a typical wait is given.", Cite("6.3")),
            new("PolicyReview." + nameof(o.PolicyReview.IntervalYears), N(o.PolicyReview.IntervalYears), "Years between reviews of the policy.", Cite("6.4")),
            new("Equality." + nameof(o.Equality.DisparityRatioThreshold), N(o.Equality.DisparityRatioThreshold), "A group housed at less than this share of the best-placed group's rate is flagged.", Cite("7.2")),
            new("Equality." + nameof(o.Equality.MinimumGroupSize), N(o.Equality.MinimumGroupSize), "Smallest group that is compared.", Cite("7.2")),
        ];
    }
}
