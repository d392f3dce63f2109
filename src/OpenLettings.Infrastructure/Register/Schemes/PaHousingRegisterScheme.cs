using System.Collections.Immutable;
using OpenLettings.Domain.Allocation;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Options;
using OpenLettings.Domain.Schemes.PaHousing;
using OpenLettings.Domain.Validation;

namespace OpenLettings.Infrastructure.Register.Schemes;

/// <summary>
/// PA Housing (004) in the register. Who may bid for a home is the shortlist's own test: eligible, qualifying and not
/// suspended (§4.1-4.3, §4.10), the §4.7 bedroom entitlement equal to the home's size, Independent Living and advert
/// age limits (§4.3), access needs (§4.3), local connection, key worker, direct-applicant route, under-35s studio and
/// local lettings plan criteria (§4.3, §4.5, §5.1, §5.2, §6.2). Ordered by band, priority date, registration and bid
/// time (§4.6, §3.1), after any redevelopment, referral, lettings-plan and employment preference.
/// </summary>
/// <remarks>
/// The policy sets no bid limit (choice based lettings, 004 §3.1), so the register applies
/// <paramref name="bidsPerCycle"/> (default <see cref="RegisterSchemes.DefaultBidsPerCycle"/>) and says so in its reasons.
/// </remarks>
/// <param name="bidsPerCycle">Bids a household may place in one cycle.</param>
public sealed class PaHousingRegisterScheme(int bidsPerCycle = RegisterSchemes.DefaultBidsPerCycle)
    : FacadeRegisterScheme<PaHousingOptions, PaHousingApplication, PaHousingAssessment, PaHousingAdvert, PaShortlist>
{
    private static readonly Citation ChoiceBasedLettings = new("004", "3.1");

    public override SchemeDescriptor Descriptor => PaHousingScheme.Descriptor;

    protected override string RulePrefix => "PA";

    /// <summary>004 §3.1: homes are advertised and those interested shortlisted by relative priority.</summary>
    protected override Citation Bidding => ChoiceBasedLettings;

    protected override PaHousingOptions Defaults => new();

    protected override ImmutableArray<ValidationError> Validate(PaHousingApplication application, DateOnly asOf) =>
        PaHousingApplicationValidator.Validate(application, asOf);

    protected override PaHousingAssessment Assess(OptionSchedule<PaHousingOptions> schedule, PaHousingApplication application, DateOnly asOf) =>
        new PaHousingScheme(schedule).Assess(application, asOf);

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

    protected override PaShortlist Shortlist(OptionSchedule<PaHousingOptions> schedule, PaHousingAdvert advert, IEnumerable<SchemeBid<PaHousingApplication>> bids, DateOnly asOf) =>
        new PaHousingScheme(schedule).Shortlist(advert, bids.Select(b => new PaHousingBid { Id = b.Id, Application = b.Application, PlacedAt = b.PlacedAt }), asOf);

    protected override IEnumerable<SchemePlace> Places(PaShortlist shortlist) =>
        shortlist.Ranked.Select(e => new SchemePlace(BidGuid(e.Bid), true, null, new ShortlistPriority(e.Band?.ToString(), null, e.Key, [])))
            .Concat(shortlist.Bypassed.Select(b => new SchemePlace(BidGuid(b.Bid), false, Code(b.Codes[0]), new ShortlistPriority(null, null, null, b.Reasons))
            {
                BypassReasons = b.Reasons,
            }));

    protected override BidLimit Limit(PaHousingOptions options) => new(bidsPerCycle,
        new Reason("PA.Register.BidLimit", ChoiceBasedLettings,
            $"The PA Housing policy sets no limit on bids; the register allows {bidsPerCycle} a cycle, the partnership's usual limit."));
}
