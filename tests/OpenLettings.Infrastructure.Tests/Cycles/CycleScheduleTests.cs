using OpenLettings.Infrastructure.Register;
using OpenLettings.Infrastructure.Register.Cycles;

namespace OpenLettings.Infrastructure.Tests.Cycles;

/// <summary>The weekly cycle timetable (001 §52) in UK local time.</summary>
public sealed class CycleScheduleTests
{
    private static readonly CycleTimetable Devon = new();

    [Fact]
    public void ContainingOrAfter_ThursdayInWinter_IsTheCycleOpenedWednesdayMidnight_001_52()
    {
        var cycle = CycleSchedule.ContainingOrAfter(Devon, new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 12, 2), cycle.OpensOn);
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero), cycle.OpensAt);
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 23, 59, 59, TimeSpan.Zero), cycle.ClosesAt);
        // Landlord input by Monday 17:00 and verification by Tuesday 14:00 before it opens (001 §52.5, §52.8).
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 17, 0, 0, TimeSpan.Zero), cycle.LandlordDeadlineAt);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 14, 0, 0, TimeSpan.Zero), cycle.VerificationDeadlineAt);
    }

    [Fact]
    public void ContainingOrAfter_Summer_UsesBritishSummerTime_001_52()
    {
        // Thursday 4 June 2026, 12:00 BST.
        var cycle = CycleSchedule.ContainingOrAfter(Devon, new DateTimeOffset(2026, 6, 4, 11, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 6, 2, 23, 0, 0, TimeSpan.Zero), cycle.OpensAt);
        Assert.Equal(new DateTimeOffset(2026, 6, 8, 22, 59, 59, TimeSpan.Zero), cycle.ClosesAt);
        Assert.Equal(new DateTimeOffset(2026, 6, 1, 16, 0, 0, TimeSpan.Zero), cycle.LandlordDeadlineAt);
        Assert.Equal(new DateTimeOffset(2026, 6, 2, 13, 0, 0, TimeSpan.Zero), cycle.VerificationDeadlineAt);
    }

    [Fact]
    public void OpeningOn_CycleSpanningClocksGoingForward_OpensInGmtAndClosesInBst()
    {
        // Clocks go forward on Sunday 29 March 2026: opens Wednesday 25 March 00:00 GMT, closes Monday 30 March 23:59 BST.
        var cycle = CycleSchedule.OpeningOn(Devon, new DateOnly(2026, 3, 25));

        Assert.Equal(new DateTimeOffset(2026, 3, 25, 0, 0, 0, TimeSpan.Zero), cycle.OpensAt);
        Assert.Equal(new DateTimeOffset(2026, 3, 30, 22, 59, 59, TimeSpan.Zero), cycle.ClosesAt);
        Assert.Equal(new DateTime(2026, 3, 30, 23, 59, 59), UkTime.Local(cycle.ClosesAt));
    }

    [Fact]
    public void OpeningOn_CycleAfterClocksGoBack_DeadlinesInBstAndOpeningInGmt()
    {
        // Clocks go back on Sunday 25 October 2026: deadlines Monday 19 (BST) and Tuesday 20 October (BST), opens Wednesday 28 October 00:00 GMT.
        var cycle = CycleSchedule.OpeningOn(Devon, new DateOnly(2026, 10, 28));

        Assert.Equal(new DateTimeOffset(2026, 10, 28, 0, 0, 0, TimeSpan.Zero), cycle.OpensAt);
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 17, 0, 0, TimeSpan.Zero), cycle.LandlordDeadlineAt);
        Assert.Equal(new DateTimeOffset(2026, 10, 27, 14, 0, 0, TimeSpan.Zero), cycle.VerificationDeadlineAt);
        var previous = CycleSchedule.OpeningOn(Devon, new DateOnly(2026, 10, 21));
        Assert.Equal(new DateTimeOffset(2026, 10, 20, 23, 0, 0, TimeSpan.Zero), previous.OpensAt);
    }

    [Fact]
    public void ContainingOrAfter_TuesdayBetweenCycles_IsTheNextCycle()
    {
        var tuesday = new DateTimeOffset(2026, 12, 8, 9, 0, 0, TimeSpan.Zero);

        var cycle = CycleSchedule.ContainingOrAfter(Devon, tuesday);

        Assert.Equal(new DateOnly(2026, 12, 9), cycle.OpensOn);
    }

    [Fact]
    public void ContainingOrAfter_LastSecondBeforeClose_IsStillThatCycle()
    {
        var cycle = CycleSchedule.ContainingOrAfter(Devon, new DateTimeOffset(2026, 12, 7, 23, 59, 59, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 12, 2), cycle.OpensOn);
        Assert.Equal(new DateOnly(2026, 12, 9), CycleSchedule.Following(Devon, cycle).OpensOn);
    }

    [Fact]
    public void ContainingOrAfter_ThursdayTimetable_FollowsTheConfiguredDay()
    {
        var thursdays = Devon with { OpensOn = DayOfWeek.Thursday, OpensAt = new TimeOnly(9, 0) };

        var cycle = CycleSchedule.ContainingOrAfter(thursdays, new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero));

        // 08:00 Thursday is before this week's 09:00 opening; the previous cycle closed Tuesday, so it is this Thursday's.
        Assert.Equal(new DateOnly(2026, 12, 3), cycle.OpensOn);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero), cycle.OpensAt);
    }

    [Fact]
    public void Validate_DevonDefaults_AreValid() => Assert.Empty(CycleSchedule.Validate(Devon));

    [Fact]
    public void Validate_ClosingAfterNextOpening_NamesOpenForDays()
    {
        var errors = CycleSchedule.Validate(Devon with { OpenForDays = 7 });

        Assert.Equal("$.cycle.openForDays", Assert.Single(errors).Field);
    }

    [Fact]
    public void Validate_UnknownZoneAndVerificationBeforeLandlord_NameBothFields()
    {
        var errors = CycleSchedule.Validate(Devon with { TimeZone = "Mars/Olympus", VerificationDeadlineDaysAfterOpening = 4 });

        Assert.Contains(errors, e => e.Field == "$.cycle.timeZone" && e.Rule == "unknown-time-zone");
        Assert.Contains(errors, e => e.Field == "$.cycle.verificationDeadlineDaysAfterOpening" && e.Rule == "verification-before-landlord-deadline");
    }
}
