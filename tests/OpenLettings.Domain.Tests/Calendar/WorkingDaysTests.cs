using OpenLettings.Domain.Calendar;

namespace OpenLettings.Domain.Tests.Calendar;

public class WorkingDaysTests
{
    [Theory]
    [InlineData("2026-06-01", true)]  // Monday
    [InlineData("2026-06-06", false)] // Saturday
    [InlineData("2026-06-07", false)] // Sunday
    [InlineData("2026-05-25", false)] // Spring bank holiday
    [InlineData("2026-12-28", false)] // Boxing Day (substitute day)
    [InlineData("2026-12-29", true)]
    public void IsWorkingDay_WeekdaysExceptBankHolidays(string date, bool expected) =>
        Assert.Equal(expected, WorkingDays.IsWorkingDay(DateOnly.Parse(date)));

    [Theory]
    [InlineData("2026-06-01", 1, "2026-06-02")]
    [InlineData("2026-06-05", 1, "2026-06-08")]  // Friday to Monday
    [InlineData("2026-06-06", 1, "2026-06-08")]  // from a Saturday: the start is not counted
    [InlineData("2026-06-01", 5, "2026-06-08")]
    [InlineData("2026-12-24", 2, "2026-12-30")]  // over Christmas Day and Boxing Day (substitute)
    [InlineData("2026-04-02", 1, "2026-04-07")]  // over Good Friday, the weekend and Easter Monday
    [InlineData("2026-05-22", 1, "2026-05-26")]  // over the spring bank holiday
    [InlineData("2026-12-31", 1, "2027-01-04")]  // over New Year's Day and a weekend
    [InlineData("2026-06-03", 0, "2026-06-03")]
    [InlineData("2026-06-08", -1, "2026-06-05")]
    [InlineData("2026-12-29", -2, "2026-12-23")]
    public void AddWorkingDays_SkipsWeekendsAndBankHolidays(string start, int n, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), WorkingDays.AddWorkingDays(DateOnly.Parse(start), n));

    [Theory]
    [InlineData("2026-06-01", "2026-06-01", 0)]
    [InlineData("2026-06-01", "2026-06-02", 1)]
    [InlineData("2026-06-05", "2026-06-08", 1)]
    [InlineData("2026-12-24", "2026-12-31", 3)]
    [InlineData("2026-01-01", "2027-01-01", 253)] // 261 weekdays less 8 bank holidays
    [InlineData("2026-06-08", "2026-06-05", -1)]
    public void WorkingDaysBetween_CountsWorkingDaysAfterFromUpToTo(string from, string to, int expected) =>
        Assert.Equal(expected, WorkingDays.WorkingDaysBetween(DateOnly.Parse(from), DateOnly.Parse(to)));

    [Fact]
    public void WorkingDaysBetween_IsInverseOfAddWorkingDays()
    {
        var start = new DateOnly(2022, 11, 1);
        for (var offset = 0; offset < 120; offset += 3)
        {
            var from = start.AddDays(offset);
            foreach (var n in new[] { 0, 1, 2, 5, 21, 56, -1, -7 })
            {
                Assert.Equal(n, WorkingDays.WorkingDaysBetween(from, WorkingDays.AddWorkingDays(from, n)));
            }
        }
    }

    [Fact]
    public void WorkingDaysBetween_AgreesWithDayByDayCount()
    {
        var from = new DateOnly(2022, 1, 1);
        var count = 0;
        for (var d = from.AddDays(1); d <= new DateOnly(2024, 12, 31); d = d.AddDays(1))
        {
            if (WorkingDays.IsWorkingDay(d))
            {
                count++;
            }

            Assert.Equal(count, WorkingDays.WorkingDaysBetween(from, d));
        }
    }

    [Fact]
    public void BankHolidaysIn_ListsTheYear()
    {
        var holidays = WorkingDays.BankHolidaysIn(2023);
        Assert.Equal(9, holidays.Count);
        Assert.Contains(holidays, h => h.Kind == BankHolidayKind.SpecialOccasion && h.Date == new DateOnly(2023, 5, 8));
    }
}
