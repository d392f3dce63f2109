using System.Collections.Immutable;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Schemes.Chesterfield;

namespace OpenLettings.Infrastructure.Register.Schemes;

/// <summary>
/// Chesterfield (Home-Options, 003) in the register. A live application may hold at most three live bids
/// (003 Appendix B 10(i), option <c>MaximumLiveBids</c>; the register counts the bids placed in the cycle). Who may
/// bid for a home is the shortlist's own test: the household eligibility matrix, the advert's age and occupancy
/// criteria (003 Appendix B 8(ii), 9(ii)-(iii)); an unaffordable home is bypassed, not refused (11(vi)). Ordered by
/// adaptation need, local-connection tier, band, local lettings plan, household size and priority date (10(ii), §3.14).
/// </summary>
public sealed class ChesterfieldRegisterScheme()
    : FacadeRegisterScheme<ChesterfieldOptions, ChesterfieldApplication, ChesterfieldAssessment, ChesterfieldAdvert, ChesterfieldShortlist>(
        ChesterfieldScheme.Descriptor,
        "CBC",
        ChesterfieldCitations.Policy("10(i)"),
        ChesterfieldApplicationValidator.Validate,
        (schedule, application, asOf) => new ChesterfieldScheme(schedule).Assess(application, asOf),
        (schedule, advert, bids, asOf) => new ChesterfieldScheme(schedule).Shortlist(advert,
            bids.Select(b => new ChesterfieldBid { Id = b.Id, Application = b.Application, PlacedAt = b.PlacedAt }), asOf))
{
    /// <remarks>Priority levels A, B+1, B+2, B, C, D (003 §3).</remarks>
    public override ImmutableArray<string> Bands { get; } = [.. Enum.GetValues<PriorityLevel>().Select(BandReasons.Name)];

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

    /// <remarks>Bypassed bids keep their place with no offer order (003 Appendix B 11(ii)); bids left off follow.</remarks>
    protected override IEnumerable<SchemePlace> Places(ChesterfieldShortlist shortlist) =>
        shortlist.Positions.Select(p => new SchemePlace(BidGuid(p.Bid), true, p.Bypasses.IsEmpty ? null : Code(p.Bypasses[0]),
                new ShortlistPriority(BandReasons.Name(p.Level), p.PriorityDate, p.Key, p.Reasons))
            {
                BypassReasons = [.. p.Reasons.Where(r => r.RuleId.StartsWith("CBC.Shortlist.Bypass.", StringComparison.Ordinal))],
            })
            .Concat(shortlist.Excluded.Select(e => LeftOff(BidGuid(e.Bid), Code(e.Kind), e.Reasons)));

    protected override BidLimit Limit(ChesterfieldOptions options) => new(options.MaximumLiveBids,
        new Reason("CBC.Register.BidLimit", ChesterfieldCitations.Policy("10(i)"),
            $"Applicants may hold at most {options.MaximumLiveBids} live bids at any one time; the register counts the bids placed in the cycle."));
}
