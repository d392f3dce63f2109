using System.Collections.Immutable;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Schemes.PaHousing;

namespace OpenLettings.Infrastructure.Register.Schemes;

/// <summary>
/// PA Housing (004) in the register. Who may bid for a home is the shortlist's own test: eligible, qualifying and not
/// suspended (§4.1-4.3, §4.10), the §4.7 bedroom entitlement equal to the home's size, Independent Living and advert
/// age limits (§4.3), access needs (§4.3), local connection, key worker, direct-applicant route, under-35s studio and
/// local lettings plan criteria (§4.3, §4.5, §5.1, §5.2, §6.2). Ordered by band, priority date, registration and bid
/// time (§4.6, §3.1), after any redevelopment, referral, lettings-plan and employment preference.
/// </summary>
/// <remarks>The policy sets no bid limit (choice based lettings, 004 §3.1): the register's limit applies (see <c>Limit</c>).</remarks>
/// <param name="bidsPerCycle">Bids a household may place in one cycle (default <see cref="RegisterSchemes.DefaultBidsPerCycle"/>).</param>
public sealed class PaHousingRegisterScheme(int bidsPerCycle = RegisterSchemes.DefaultBidsPerCycle)
    : FacadeRegisterScheme<PaHousingOptions, PaHousingApplication, PaHousingAssessment, PaHousingAdvert, PaShortlist>(
        PaHousingScheme.Descriptor,
        "PA",
        new Citation("004", "3.1"),
        PaHousingApplicationValidator.Validate,
        (schedule, application, asOf) => new PaHousingScheme(schedule).Assess(application, asOf),
        (schedule, advert, bids, asOf) => new PaHousingScheme(schedule).Shortlist(advert,
            bids.Select(b => new PaHousingBid { Id = b.Id, Application = b.Application, PlacedAt = b.PlacedAt }), asOf),
        bidsPerCycle)
{
    /// <remarks>Bands A-D (004 §4.6).</remarks>
    public override ImmutableArray<string> Bands { get; } = [.. Enum.GetNames<PaBand>()];

    protected override AssessmentSummary Summarise(PaHousingAssessment assessment) => new()
    {
        Eligible = assessment.Eligibility.Eligible,
        Qualifies = assessment.Qualification.Qualifies,
        MayBid = assessment.MayBid,
        BedroomsNeeded = assessment.SubRegion is null ? null : assessment.Bedrooms.Bedrooms,
        Band = assessment.Banding.Band?.ToString(),
        BandStart = assessment.Banding.PriorityDate,
        Reasons = [.. assessment.Eligibility.Reasons, .. assessment.Qualification.Reasons, .. assessment.Banding.Reasons, .. assessment.Refusals.Reasons],
    };

    protected override PaHousingApplication WithReference(PaHousingApplication application, string reference) =>
        application with { Id = new(reference) };

    /// <remarks>A bypassed bid's code is its first; every reason is kept (004 §4.3, §4.7, §4.12).</remarks>
    protected override IEnumerable<SchemePlace> Places(PaShortlist shortlist) =>
        shortlist.Ranked.Select(e => new SchemePlace(BidGuid(e.Bid), true, null, new ShortlistPriority(e.Band?.ToString(), null, e.Key, [])))
            .Concat(shortlist.Bypassed.Select(b => LeftOff(BidGuid(b.Bid), Code(b.Codes[0]), b.Reasons)));
}
