using System.Collections.Immutable;
using OpenLettings.Domain.Allocation;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Options;
using OpenLettings.Domain.Schemes.Chesterfield;
using OpenLettings.Domain.Validation;

namespace OpenLettings.Infrastructure.Register.Schemes;

/// <summary>
/// Chesterfield (Home-Options, 003) in the register. A live application may hold at most three live bids
/// (003 Appendix B 10(i), option <c>MaximumLiveBids</c>; the register counts the bids placed in the cycle). Who may
/// bid for a home is the shortlist's own test: the household eligibility matrix, the advert's age and occupancy
/// criteria (003 Appendix B 8(ii), 9(ii)-(iii)); an unaffordable home is bypassed, not refused (11(vi)). Ordered by
/// adaptation need, local-connection tier, band, local lettings plan, household size and priority date (10(ii), §3.14).
/// </summary>
public sealed class ChesterfieldRegisterScheme
    : FacadeRegisterScheme<ChesterfieldOptions, ChesterfieldApplication, ChesterfieldAssessment, ChesterfieldAdvert, ChesterfieldShortlist>
{
    public override SchemeDescriptor Descriptor => ChesterfieldScheme.Descriptor;

    protected override string RulePrefix => "CBC";

    /// <summary>003 Appendix B 10(i), expressions of interest (bidding).</summary>
    protected override Citation Bidding => ChesterfieldCitations.Policy("10(i)");

    protected override ChesterfieldOptions Defaults => new();

    protected override ImmutableArray<ValidationError> Validate(ChesterfieldApplication application, DateOnly asOf) =>
        ChesterfieldApplicationValidator.Validate(application, asOf);

    protected override ChesterfieldAssessment Assess(OptionSchedule<ChesterfieldOptions> schedule, ChesterfieldApplication application, DateOnly asOf) =>
        new ChesterfieldScheme(schedule).Assess(application, asOf);

    /// <remarks>Pending applications are registered (they accrue time) but cannot bid (003 Appendix B 5(viii), 10(i)).</remarks>
    protected override AssessmentSummary Summarise(ChesterfieldAssessment assessment) => new()
    {
        Eligible = assessment.Status != RegistrationStatus.Ineligible,
        Qualifies = assessment.Status is RegistrationStatus.Live or RegistrationStatus.Pending,
        MayBid = assessment.Status == RegistrationStatus.Live,
        BedroomsNeeded = assessment.BedroomNeed.BedroomsNeeded,
        Band = BandReasons.Name(assessment.Level),
        BandStart = assessment.PriorityDate,
        Reasons = [.. assessment.Qualification.Reasons, .. assessment.Banding.Reasons],
    };

    protected override ChesterfieldApplication WithReference(ChesterfieldApplication application, string reference) =>
        application with { Id = new(reference) };

    protected override ChesterfieldShortlist Shortlist(OptionSchedule<ChesterfieldOptions> schedule, ChesterfieldAdvert advert, IEnumerable<SchemeBid<ChesterfieldApplication>> bids, DateOnly asOf) =>
        new ChesterfieldScheme(schedule).Shortlist(advert, bids.Select(b => new ChesterfieldBid { Id = b.Id, Application = b.Application, PlacedAt = b.PlacedAt }), asOf);

    /// <remarks>Bypassed bids keep their place with no offer order (003 Appendix B 11(ii)); bids left off follow.</remarks>
    protected override IEnumerable<SchemePlace> Places(ChesterfieldShortlist shortlist) =>
        shortlist.Positions.Select(p => new SchemePlace(BidGuid(p.Bid), true, p.Bypasses.IsEmpty ? null : Code(p.Bypasses[0]),
                new ShortlistPriority(BandReasons.Name(p.Level), p.PriorityDate, p.Key, p.Reasons))
            {
                BypassReasons = [.. p.Reasons.Where(r => r.RuleId.StartsWith("CBC.Shortlist.Bypass.", StringComparison.Ordinal))],
            })
            .Concat(shortlist.Excluded.Select(e => new SchemePlace(BidGuid(e.Bid), false, Code(e.Kind), new ShortlistPriority(null, null, null, e.Reasons))
            {
                BypassReasons = e.Reasons,
            }));

    protected override BidLimit Limit(ChesterfieldOptions options) => new(options.MaximumLiveBids,
        new Reason("CBC.Register.BidLimit", ChesterfieldCitations.Policy("10(i)"),
            $"Applicants may hold at most {options.MaximumLiveBids} live bids at any one time; the register counts the bids placed in the cycle."));
}
