using System.Collections.Immutable;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Schemes.SwanTransfer;

namespace OpenLettings.Infrastructure.Register.Schemes;

/// <summary>
/// The Swan Housing transfer list (002) in the register. Who may bid for a home is the shortlist's own test:
/// considered for a transfer (§3), supported tenants to general needs only (§3.6), 18 or over for general needs (§3.7),
/// the Appendix 2 suitability guidelines (§5.1), a downsizer's target size (§4.5), adapted homes for assessed need
/// (§5.6), the local authority's clearance for a sex offender (§5.4) and the property inspection (§3.4). Ordered by
/// guidelines, tenancy, band and time waited in band (§3.5, §4.1-4.2).
/// </summary>
/// <remarks>The policy sets no bid limit (homes are let "through a Choice Based Letting (CBL) system wherever possible", 002 §2.2): the register's limit applies (see <c>Limit</c>).</remarks>
/// <param name="bidsPerCycle">Bids a household may place in one cycle (default <see cref="RegisterSchemes.DefaultBidsPerCycle"/>).</param>
public sealed class SwanTransferRegisterScheme(int bidsPerCycle = RegisterSchemes.DefaultBidsPerCycle)
    : FacadeRegisterScheme<SwanOptions, SwanApplication, SwanAssessment, SwanAdvert, SwanShortlist>(
        SwanTransferScheme.Descriptor,
        "SWAN",
        new Citation("002", "2.2"),
        SwanApplicationValidator.Validate,
        (schedule, application, asOf) => new SwanTransferScheme(schedule).Assess(application, asOf),
        (schedule, advert, bids, asOf) => new SwanTransferScheme(schedule).Shortlist(advert,
            bids.Select(b => new SwanBid { Id = b.Id, Application = b.Application, PlacedAt = b.PlacedAt }), asOf),
        bidsPerCycle)
{
    /// <remarks>Bands one to four (002 §4.1).</remarks>
    public override ImmutableArray<string> Bands { get; } = [.. Enum.GetValues<SwanBand>().Select(b => Code(b))];

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

    /// <remarks>Offer conditions (e.g. the inspection still to be done, 002 §3.4) stay with the position as its reasons.</remarks>
    protected override IEnumerable<SchemePlace> Places(SwanShortlist shortlist) =>
        shortlist.Positions.Select(p => new SchemePlace(BidGuid(p.Bid), true, null, new ShortlistPriority(Code(p.Band), p.WaitingSince, p.Key, p.OfferConditions)))
            .Concat(shortlist.Bypassed.Select(b => LeftOff(BidGuid(b.Bid), Code(b.Reason), b.Reasons)));
}
