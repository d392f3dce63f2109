using OpenLettings.Domain.Schemes.Chesterfield;
using static OpenLettings.Domain.Tests.Schemes.Chesterfield.ChesterfieldTestData;

namespace OpenLettings.Domain.Tests.Schemes.Chesterfield;

public class PriorityDateTests
{
    private static PriorityHistoryEntry Entry(PriorityLevel level, DateOnly from, DateOnly? date = null) =>
        new() { Level = level, From = from, PriorityDate = date ?? from };

    [Fact(DisplayName = "The priority date is normally the date of first application (003 Appendix B 5(x))")]
    public void Assess_NewApplication_AppliedOn()
    {
        var result = Assess(Single());
        Assert.Equal(AppliedOn, result.PriorityDate);
        Assert.Single(result.Banding.History);
    }

    [Fact(DisplayName = "Information later than two weeks moves the priority date to when it arrived (003 Appendix B 5(x))")]
    public void Assess_LateInformation_DateMoves()
    {
        Assert.Equal(AppliedOn.AddDays(30), Assess(Single() with { InformationCompleteOn = AppliedOn.AddDays(30) }).PriorityDate);
        Assert.Equal(AppliedOn, Assess(Single() with { InformationCompleteOn = AppliedOn.AddDays(14) }).PriorityDate);
    }

    [Fact(DisplayName = "A first award made after applying dates from the award, not back-dated (003 Appendix B 7(i), 7(vi) B-1)")]
    public void Assess_MoveOnAwardedLater_DateOfAward()
    {
        var awarded = new DateOnly(2026, 3, 2);
        Assert.Equal(awarded, Assess(Single().WithAward(BandReasonCode.B1MoveOn, awarded)).PriorityDate);
    }

    [Fact(DisplayName = "On an increase the date becomes the date the higher priority came into effect (003 Appendix B 5(x))")]
    public void Assess_Increase_DateOfIncrease()
    {
        var awarded = new DateOnly(2026, 4, 10);
        var app = Single().WithAward(BandReasonCode.B5Medical, awarded) with { History = [Entry(PriorityLevel.D, AppliedOn)] };
        var result = Assess(app);
        Assert.Equal(PriorityLevel.B, result.Level);
        Assert.Equal(awarded, result.PriorityDate);
        Assert.Equal(2, result.Banding.History.Length);
        Assert.Equal(PriorityLevel.B, result.Banding.History[^1].Level);
    }

    [Fact(DisplayName = "Same band: the priority date is unchanged (003 Appendix B 5(x))")]
    public void Assess_SameLevel_Unchanged()
    {
        var app = Single().WithAward(BandReasonCode.B5Medical, new DateOnly(2026, 2, 1)) with { History = [Entry(PriorityLevel.B, new DateOnly(2026, 2, 1))] };
        var result = Assess(app);
        Assert.Equal(new DateOnly(2026, 2, 1), result.PriorityDate);
        Assert.Single(result.Banding.History);
    }

    [Fact(DisplayName = "On a decrease the date reverts to the one held before at that band (003 Appendix B 5(x))")]
    public void Assess_Decrease_RevertsToPreviousDate()
    {
        var app = Single().WithAward(BandReasonCode.C4MediumMedical, AppliedOn) with
        {
            History = [Entry(PriorityLevel.C, AppliedOn), Entry(PriorityLevel.B, new DateOnly(2026, 3, 1))],
        };
        var result = Assess(app);
        Assert.Equal(PriorityLevel.C, result.Level);
        Assert.Equal(AppliedOn, result.PriorityDate);
        Assert.Contains("CBC.Date.DecreaseReverts", result.RuleIds());
    }

    [Fact(DisplayName = "On a decrease to a band never held the date reverts to the first application (003 Appendix B 5(x))")]
    public void Assess_DecreaseToNewLevel_FirstApplication()
    {
        var app = Single() with { History = [Entry(PriorityLevel.B, new DateOnly(2026, 2, 1))] };
        Assert.Equal(AppliedOn, Assess(app).PriorityDate);
    }

    [Fact(DisplayName = "Decrease rule option: previous date at level, or the literal earlier-of reading (003 Appendix B 5(x); ambiguity 8)")]
    public void Assess_DecreaseRuleOption()
    {
        var heldCFrom = new DateOnly(2026, 2, 1);
        var app = Single().WithAward(BandReasonCode.C4MediumMedical, heldCFrom) with
        {
            History = [Entry(PriorityLevel.D, AppliedOn), Entry(PriorityLevel.C, heldCFrom), Entry(PriorityLevel.B, new DateOnly(2026, 3, 1))],
        };
        Assert.Equal(heldCFrom, Assess(app).PriorityDate);
        Assert.Equal(AppliedOn, Assess(app, o => o with { DecreaseDateRule = PriorityDecreaseDateRule.EarlierOfPreviousAndApplication }).PriorityDate);
    }

    [Fact(DisplayName = "B+1 and B+2 are separate levels for the date history (003 Appendix B 10(ii))")]
    public void Assess_BPlus2ToBPlus1_Increase()
    {
        var main = new DateOnly(2026, 5, 1);
        var app = Single().WithAward(BandReasonCode.BPlus2ReliefDuty, new DateOnly(2026, 2, 1)).WithAward(BandReasonCode.BPlus1MainDuty, main) with
        {
            History = [Entry(PriorityLevel.BPlus2, new DateOnly(2026, 2, 1))],
        };
        var result = Assess(app);
        Assert.Equal(PriorityLevel.BPlus1, result.Level);
        Assert.Equal(main, result.PriorityDate);
    }
}

public class DerivedPriorityDateTests
{
    [Fact(DisplayName = "A change to a derived reason (overcrowding) is dated on the assessment date (003 Appendix B 5(x))")]
    public void Assess_BecomesOvercrowded_DatedOnAssessment()
    {
        var app = Single().WithMembers(Child("c1", 1, Households.Sex.Male)) with
        {
            History = [new PriorityHistoryEntry { Level = PriorityLevel.D, From = AppliedOn, PriorityDate = AppliedOn }],
        };
        var result = Assess(app);
        Assert.Equal(PriorityLevel.C, result.Level);
        Assert.Equal(AsOf, result.PriorityDate);
        Assert.Equal(new PriorityHistoryEntry { Level = PriorityLevel.C, From = AsOf, PriorityDate = AsOf }, result.Banding.History[^1]);
    }

    [Fact(DisplayName = "History entries after the assessment date are ignored (003 Appendix B 5(x))")]
    public void Assess_FutureHistory_Ignored()
    {
        var app = Single() with { History = [new PriorityHistoryEntry { Level = PriorityLevel.B, From = AsOf.AddDays(5), PriorityDate = AsOf.AddDays(5) }] };
        Assert.Equal(AppliedOn, Assess(app).PriorityDate);
    }
}
