using System.Collections.Immutable;
using OpenLettings.Domain.Explanations;

namespace OpenLettings.Domain.Schemes.Chesterfield;

/// <summary>Why bids may be placed on an applicant's behalf (003 Appendix B 10(vi)).</summary>
public enum AssistedBiddingGround
{
    /// <summary>Band A or B, deemed in urgent need, failing to bid for suitable homes.</summary>
    UrgentNeedNotBidding,
    /// <summary>Owed a homelessness duty, and a partner is working with them to resolve it (also 003 Appendix B 12).</summary>
    HomelessDutyOwed,
    /// <summary>A vulnerable applicant has asked Home-Options to bid for them.</summary>
    VulnerableApplicantInstructed,
}

/// <summary>The officer's findings behind an assisted-bidding decision.</summary>
public sealed record AssistedBiddingCase
{
    /// <summary>The officer deems the applicant in urgent need of accommodation.</summary>
    public bool InUrgentNeed { get; init; }

    /// <summary>The applicant has failed to bid for suitable homes (003 Appendix B 10(v)).</summary>
    public bool FailingToBid { get; init; }

    /// <summary>A homelessness duty is owed and a partner is working with the applicant to resolve it.</summary>
    public bool HomelessDutyOwedAndPartnerWorking { get; init; }

    /// <summary>The applicant is vulnerable.</summary>
    public bool Vulnerable { get; init; }

    /// <summary>The applicant has instructed Home-Options to bid for them.</summary>
    public bool InstructedUsToBid { get; init; }
}

/// <summary>Whether assisted bids may be placed, and on what grounds.</summary>
public sealed record AssistedBiddingDecision
{
    public required bool MayPlaceAssistedBids { get; init; }

    public ImmutableArray<AssistedBiddingGround> Grounds { get; init; } = [];

    public ImmutableArray<Reason> Reasons { get; init; } = [];
}

/// <summary>Assisted bidding (003 Appendix B 10(v)-(vi), 12).</summary>
public static class AssistedBidding
{
    private static Citation Cite => ChesterfieldCitations.Policy("10(vi)");

    /// <summary>Decides whether bids may be placed on the applicant's behalf, given their assessment and the officer's findings.</summary>
    public static AssistedBiddingDecision Decide(ChesterfieldAssessment assessment, AssistedBiddingCase findings, ChesterfieldOptions options)
    {
        if (assessment.Status != RegistrationStatus.Live)
        {
            return new AssistedBiddingDecision
            {
                MayPlaceAssistedBids = false,
                Reasons = [new Reason("CBC.AssistedBid.NotLive", ChesterfieldCitations.Policy("5(ix)"),
                    "Your application is not live, so no bids can be placed for you, including assisted bids.").With(new Fact("status", assessment.Status.ToString()))],
            };
        }

        var grounds = ImmutableArray.CreateBuilder<AssistedBiddingGround>();
        var reasons = ImmutableArray.CreateBuilder<Reason>();
        if (findings.InUrgentNeed && findings.FailingToBid)
        {
            if (options.AssistedBiddingBands.Contains(assessment.Band))
            {
                grounds.Add(AssistedBiddingGround.UrgentNeedNotBidding);
                reasons.Add(new Reason("CBC.AssistedBid.UrgentNeed", Cite,
                        $"You are in Band {BandReasons.Name(assessment.Level)}, in urgent need of a home, and have not been bidding for suitable homes, so we may bid for you.")
                    .With(new Fact("band", BandReasons.Name(assessment.Level))));
            }
            else
            {
                reasons.Add(new Reason("CBC.AssistedBid.BandNotCovered", Cite,
                        $"Assisted bidding for applicants who are not bidding is for Bands {string.Join(", ", options.AssistedBiddingBands.Select(BandReasons.Name))}; you are in Band {BandReasons.Name(assessment.Level)}.")
                    .With(new Fact("band", BandReasons.Name(assessment.Level))));
            }
        }

        if (findings.HomelessDutyOwedAndPartnerWorking)
        {
            grounds.Add(AssistedBiddingGround.HomelessDutyOwed);
            reasons.Add(new Reason("CBC.AssistedBid.HomelessDuty", ChesterfieldCitations.Policy("12"),
                "You are owed a homelessness duty and we are working with you to resolve your homelessness, so we may bid for you; we will tell you when we do."));
        }

        if (findings.Vulnerable && findings.InstructedUsToBid)
        {
            grounds.Add(AssistedBiddingGround.VulnerableApplicantInstructed);
            reasons.Add(new Reason("CBC.AssistedBid.Instructed", Cite, "You asked us to bid on your behalf, so we will place bids for homes that best suit your situation."));
        }

        var may = grounds.Count > 0;
        if (!may && reasons.Count == 0)
        {
            reasons.Add(new Reason("CBC.AssistedBid.NoGround", Cite,
                "None of the circumstances for assisted bidding applies (urgent need in Band A or B without bidding, a homelessness duty, or a vulnerable applicant asking us to bid)."));
        }

        if (may)
        {
            reasons.Add(new Reason("CBC.AssistedBid.RefusalWarning", Cite,
                "If you refuse a home offered through an assisted bid, your priority will be reviewed and may be removed; you can ask for a review of that decision."));
        }

        return new AssistedBiddingDecision { MayPlaceAssistedBids = may, Grounds = grounds.ToImmutable(), Reasons = reasons.ToImmutable() };
    }

    /// <summary>
    /// The consequence of refusing a home offered through an assisted bid: the priority is reviewed and may be removed
    /// (the removal itself is an officer's decision, with a review right). Outcome: whether a priority review is required.
    /// </summary>
    public static Decision<bool> OnRefusal(AssistedBiddingDecision decision, DateOnly refusedOn)
    {
        if (!decision.MayPlaceAssistedBids)
        {
            return new Decision<bool>(false, [new Reason("CBC.AssistedBid.RefusalNotAssisted", Cite, "The refused offer did not come from an assisted bid; the usual refusal rules apply.")]);
        }

        return new Decision<bool>(true, [new Reason("CBC.AssistedBid.RefusalReview", Cite,
                "You refused a home offered through an assisted bid, so your priority will be reviewed and may be removed. We will write to you with the decision and you can ask for a review of it.")
            .With(new Fact("refused on", refusedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))]);
    }
}
