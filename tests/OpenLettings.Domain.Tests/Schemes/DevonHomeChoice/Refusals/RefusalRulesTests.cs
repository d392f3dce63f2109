using OpenLettings.Domain.Common;
using OpenLettings.Domain.Schemes.DevonHomeChoice;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Refusals;

namespace OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.Refusals;

public class RefusalRulesTests
{
    private static readonly Assessor Officer = new("A. Officer", "Housing Options Manager");
    private static readonly DateOnly AsOf = DevonTestData.AsOf;

    private static RefusalRecord Reasonable(string advert, DateOnly on, RefusalKind kind = RefusalKind.DeclinedFormalOffer) => new()
    {
        Advert = new AdvertId(advert),
        RefusedOn = on,
        Kind = kind,
        HomeConsideredReasonable = new AssessedFact<bool>(true, Officer, on.AddDays(2)),
    };

    private static RefusalDecision Assess(DevonOptions? options = null, params RefusalRecord[] refusals) =>
        RefusalRules.Assess(refusals, options ?? new DevonOptions(), AsOf);

    private static readonly DateOnly D1 = new(2026, 1, 5);
    private static readonly DateOnly D2 = new(2026, 2, 5);
    private static readonly DateOnly D3 = new(2026, 3, 5);

    [Fact(DisplayName = "Three refusals of reasonable homes give Band E for 12 months (001 §62.6)")]
    public void Assess_ThreeReasonableRefusals_BandESanction()
    {
        var decision = Assess(null, Reasonable("A1", D1), Reasonable("A2", D2, RefusalKind.FailedToAttendViewing), Reasonable("A3", D3, RefusalKind.FailedToRespond));
        Assert.Equal(3, decision.Counted.Length);
        var sanction = Assert.IsType<OpenLettings.Domain.Schemes.DevonHomeChoice.Eligibility.Sanction>(decision.Sanction);
        Assert.Equal(BandReason.E_ThreeReasonableRefusals, sanction.Reason);
        Assert.Equal(new DateOnly(2027, 3, 5), sanction.Until);
        Assert.Equal("001 §62.6", sanction.Explanation.Single().Citation.ToString());
    }

    [Fact(DisplayName = "Two refusals give no sanction (001 §62.6)")]
    public void Assess_TwoRefusals_NoSanction()
    {
        var decision = Assess(null, Reasonable("A1", D1), Reasonable("A2", D2));
        Assert.Equal(2, decision.Counted.Length);
        Assert.Null(decision.Sanction);
    }

    [Fact(DisplayName = "The sanction ends after 12 months (001 §62.6)")]
    public void Assess_AfterSanctionPeriod_NoSanction()
    {
        var refusals = new[] { Reasonable("A1", D1), Reasonable("A2", D2), Reasonable("A3", D3) };
        Assert.NotNull(RefusalRules.Assess(refusals, new DevonOptions(), new DateOnly(2027, 3, 4)).Sanction);
        Assert.Null(RefusalRules.Assess(refusals, new DevonOptions(), new DateOnly(2027, 3, 5)).Sanction);
    }

    [Fact(DisplayName = "The refusal count and the sanction length are options (001 §62.6)")]
    public void Assess_Options_CountAndPeriod()
    {
        var options = new DevonOptions { Refusals = new RefusalOptions { RefusalsForSanction = 2, SanctionMonths = 6 } };
        var decision = Assess(options, Reasonable("A1", D1), Reasonable("A2", D2));
        Assert.Equal(new DateOnly(2026, 8, 5), decision.Sanction?.Until);
    }

    [Fact(DisplayName = "Refusals of incorrectly advertised homes do not count (001 §62.7)")]
    public void Assess_IncorrectlyAdvertised_NotCounted()
    {
        var decision = Assess(null, Reasonable("A1", D1), Reasonable("A2", D2) with { IncorrectlyAdvertised = true }, Reasonable("A3", D3));
        Assert.Equal(2, decision.Counted.Length);
        Assert.Null(decision.Sanction);
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.Refusals.IncorrectlyAdvertised");
    }

    [Fact(DisplayName = "Homes the authority does not consider reasonable, or has not assessed, do not count (001 §62.6)")]
    public void Assess_NotReasonableOrUnassessed_NotCounted()
    {
        var notReasonable = Reasonable("A2", D2) with { HomeConsideredReasonable = new AssessedFact<bool>(false, Officer, D2) };
        var unassessed = Reasonable("A3", D3) with { HomeConsideredReasonable = null };
        var decision = Assess(null, Reasonable("A1", D1), notReasonable, unassessed);
        Assert.Single(decision.Counted);
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.Refusals.HomeNotReasonable");
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.Refusals.AwaitingReasonableness");
    }

    [Fact(DisplayName = "For statutorily homeless applicants only refusing a formal offer counts (001 §62.1 fn 15)")]
    public void Assess_HomelessNonFormalRefusals_NotCounted()
    {
        var decision = Assess(null,
            Reasonable("A1", D1, RefusalKind.FailedToRespond) with { StatutorilyHomeless = true },
            Reasonable("A2", D2, RefusalKind.DeclinedInitialMatch) with { StatutorilyHomeless = true },
            Reasonable("A3", D3, RefusalKind.FailedToAttendViewing) with { StatutorilyHomeless = true });
        Assert.Empty(decision.Counted);
        Assert.Null(decision.Sanction);
    }

    [Fact(DisplayName = "Option: a counting window leaves out refusals too far apart (001 §62.6; ambiguity 20)")]
    public void Assess_CountingWindowOption()
    {
        var refusals = new[] { Reasonable("A1", new DateOnly(2025, 1, 5)), Reasonable("A2", D2), Reasonable("A3", D3) };
        Assert.NotNull(Assess(null, refusals).Sanction);
        Assert.Null(Assess(new DevonOptions { Refusals = new RefusalOptions { CountingWindowMonths = 12 } }, refusals).Sanction);
    }

    [Fact(DisplayName = "By default the count starts afresh after a sanction (001 §62.6; ambiguity 20)")]
    public void Assess_AfterSanctionCountResets()
    {
        var refusals = new[]
        {
            Reasonable("A1", new DateOnly(2024, 1, 5)), Reasonable("A2", new DateOnly(2024, 2, 5)), Reasonable("A3", new DateOnly(2024, 3, 5)),
            Reasonable("A4", D3),
        };
        Assert.Null(Assess(null, refusals).Sanction);
        var noReset = new DevonOptions { Refusals = new RefusalOptions { ResetCountAfterSanction = false } };
        Assert.Equal(new DateOnly(2027, 3, 5), Assess(noReset, refusals).Sanction?.Until);
    }

    [Fact(DisplayName = "A Band A refusal flags a review of Band A (001 §62.5, §17.40)")]
    public void Assess_BandARefusal_ReviewRequired()
    {
        Assert.True(Assess(null, Reasonable("A1", D1) with { BandAtRefusal = Band.A }).BandAReviewRequired);
        Assert.False(Assess(null, Reasonable("A1", D1) with { BandAtRefusal = Band.A, BandAReviewCompleted = true }).BandAReviewRequired);
        Assert.False(Assess(null, Reasonable("A1", D1) with { BandAtRefusal = Band.B }).BandAReviewRequired);
    }

    [Fact(DisplayName = "An unreasonable homeless refusal discharges the duty, for Band D (001 §62.3, §64.8)")]
    public void Assess_HomelessUnreasonableRefusal_DutyDischarged()
    {
        var refusal = Reasonable("A1", D3) with
        {
            StatutorilyHomeless = true,
            HomelessRefusalReasonable = new AssessedFact<bool>(false, Officer, D3),
        };
        var decision = Assess(null, refusal);
        Assert.True(decision.HomelessDutyDischarged);
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.Refusals.HomelessDutyDischarged" && r.Citation.ToString() == "001 §64.8");
    }

    [Fact(DisplayName = "A review finding the refusal reasonable restores the duty; pending, it stays discharged (001 §64.9)")]
    public void Assess_HomelessReviewFoundReasonable_NotDischarged()
    {
        var refusal = Reasonable("A1", D3) with
        {
            StatutorilyHomeless = true,
            HomelessRefusalReasonable = new AssessedFact<bool>(false, Officer, D3),
        };
        Assert.True(Assess(null, refusal with { ReviewFoundRefusalReasonable = null }).HomelessDutyDischarged);
        Assert.False(Assess(null, refusal with { ReviewFoundRefusalReasonable = new AssessedFact<bool>(true, Officer, D3.AddDays(30)) }).HomelessDutyDischarged);
    }

    [Fact(DisplayName = "A homeless refusal awaiting the authority's 24-hour decision is flagged (001 §62.3)")]
    public void Assess_HomelessRefusalUndecided_Awaiting()
    {
        var decision = Assess(null, Reasonable("A1", D3) with { StatutorilyHomeless = true });
        Assert.True(decision.AwaitingHomelessRefusalDecision);
        Assert.False(decision.HomelessDutyDischarged);
    }

    [Fact(DisplayName = "Refusals after the assessment date are ignored (001 §62.6)")]
    public void Assess_FutureRefusals_Ignored()
    {
        var decision = Assess(null, Reasonable("A1", D1), Reasonable("A2", D2), Reasonable("A3", AsOf.AddDays(1)));
        Assert.Null(decision.Sanction);
    }
}
