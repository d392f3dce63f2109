using System.Collections.Immutable;
using OpenLettings.Domain.Allocation;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Options;
using OpenLettings.Domain.Schemes.SwanTransfer;
using OpenLettings.Domain.Validation;

namespace OpenLettings.Infrastructure.Register.Schemes;

/// <summary>
/// The Swan Housing transfer list (002) in the register. Who may bid for a home is the shortlist's own test:
/// considered for a transfer (§3), supported tenants to general needs only (§3.6), 18 or over for general needs (§3.7),
/// the Appendix 2 suitability guidelines (§5.1), a downsizer's target size (§4.5), adapted homes for assessed need
/// (§5.6), the local authority's clearance for a sex offender (§5.4) and the property inspection (§3.4). Ordered by
/// guidelines, tenancy, band and time waited in band (§3.5, §4.1-4.2).
/// </summary>
/// <remarks>
/// The policy sets no bid limit (homes are let "through a Choice Based Letting (CBL) system wherever possible",
/// 002 §2.2), so the register applies <paramref name="bidsPerCycle"/> (default
/// <see cref="RegisterSchemes.DefaultBidsPerCycle"/>) and says so in its reasons.
/// </remarks>
/// <param name="bidsPerCycle">Bids a household may place in one cycle.</param>
public sealed class SwanTransferRegisterScheme(int bidsPerCycle = RegisterSchemes.DefaultBidsPerCycle)
    : FacadeRegisterScheme<SwanOptions, SwanApplication, SwanAssessment, SwanAdvert, SwanShortlist>
{
    private static readonly Citation ChoiceBasedLettings = new("002", "2.2");

    public override SchemeDescriptor Descriptor => SwanTransferScheme.Descriptor;

    protected override string RulePrefix => "SWAN";

    /// <summary>002 §2.2: homes are let to the transfer list through choice based lettings.</summary>
    protected override Citation Bidding => ChoiceBasedLettings;

    protected override SwanOptions Defaults => new();

    protected override ImmutableArray<ValidationError> Validate(SwanApplication application, DateOnly asOf) =>
        SwanApplicationValidator.Validate(application, asOf);

    protected override SwanAssessment Assess(OptionSchedule<SwanOptions> schedule, SwanApplication application, DateOnly asOf) =>
        new SwanTransferScheme(schedule).Assess(application, asOf);

    /// <remarks>On the list when it may register (002 §3.1, §3.3, §3.5); may bid when considered for a transfer and not suspended (§3.3).</remarks>
    protected override AssessmentSummary Summarise(SwanAssessment assessment) => new()
    {
        Eligible = assessment.Eligibility.MayRegister,
        Qualifies = assessment.Eligibility.MayRegister,
        MayBid = assessment.Eligibility.ConsideredForTransfer && !assessment.Eligibility.Suspended,
        BedroomsNeeded = assessment.Household.BedroomNeed,
        Band = Code(assessment.Band),
        BandStart = assessment.WaitingSince,
        Reasons = [.. assessment.Eligibility.Reasons, .. assessment.Banding.Reasons],
    };

    protected override SwanApplication WithReference(SwanApplication application, string reference) =>
        application with { Id = new(reference) };

    protected override SwanShortlist Shortlist(OptionSchedule<SwanOptions> schedule, SwanAdvert advert, IEnumerable<SchemeBid<SwanApplication>> bids, DateOnly asOf) =>
        new SwanTransferScheme(schedule).Shortlist(advert, bids.Select(b => new SwanBid { Id = b.Id, Application = b.Application, PlacedAt = b.PlacedAt }), asOf);

    /// <remarks>Offer conditions (e.g. the inspection still to be done, 002 §3.4) stay with the position as its reasons.</remarks>
    protected override IEnumerable<SchemePlace> Places(SwanShortlist shortlist) =>
        shortlist.Positions.Select(p => new SchemePlace(BidGuid(p.Bid), true, null, new ShortlistPriority(Code(p.Band), p.WaitingSince, p.Key, p.OfferConditions)))
            .Concat(shortlist.Bypassed.Select(b => new SchemePlace(BidGuid(b.Bid), false, Code(b.Reason), new ShortlistPriority(null, null, null, b.Reasons))
            {
                BypassReasons = b.Reasons,
            }));

    protected override BidLimit Limit(SwanOptions options) => new(bidsPerCycle,
        new Reason("SWAN.Register.BidLimit", ChoiceBasedLettings,
            $"The Swan policy sets no limit on bids; the register allows {bidsPerCycle} a cycle, the partnership's usual limit."));
}
