using OpenLettings.Domain.Calendar;

namespace OpenLettings.Domain.Tests.Calendar;

/// <summary>Checked against the dates published at https://www.gov.uk/bank-holidays (England and Wales).</summary>
public class EnglandAndWalesBankHolidaysTests
{
    public static TheoryData<int, string[]> GovUkDates => new()
    {
        { 2023, ["2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25", "2023-12-26"] },
        { 2024, ["2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26"] },
        { 2025, ["2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26"] },
        { 2026, ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"] },
        { 2027, ["2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"] },
        { 2022, ["2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"] },
        { 2021, ["2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28"] },
        { 2020, ["2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28"] },
    };

    [Theory]
    [MemberData(nameof(GovUkDates))]
    public void For_Year_MatchesGovUkList(int year, string[] expected) =>
        Assert.Equal(expected.Select(DateOnly.Parse), EnglandAndWalesBankHolidays.For(year).Select(h => h.Date));

    [Theory]
    [InlineData(2023, "2023-04-09")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2038, "2038-04-25")]
    [InlineData(2285, "2285-03-22")]
    [InlineData(1818, "1818-03-22")]
    public void EasterSunday_KnownYears_MatchesComputus(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), EnglandAndWalesBankHolidays.EasterSunday(year));

    [Fact]
    public void For_NewYearOnSunday_SubstituteOnMonday()
    {
        var newYear = EnglandAndWalesBankHolidays.For(2023).Single(h => h.Kind == BankHolidayKind.NewYearsDay);
        Assert.Equal(new DateOnly(2023, 1, 2), newYear.Date);
        Assert.True(newYear.Substitute);
        Assert.Equal("New Year's Day (substitute day)", newYear.Name);
    }

    [Fact]
    public void For_NewYearOnSaturday_SubstituteOnMondayThird()
    {
        var newYear = EnglandAndWalesBankHolidays.For(2028).Single(h => h.Kind == BankHolidayKind.NewYearsDay);
        Assert.Equal(new DateOnly(2028, 1, 3), newYear.Date);
    }

    [Fact]
    public void For_ChristmasOnSunday_BoxingDayKeepsMondayAndChristmasMovesToTuesday()
    {
        var holidays = EnglandAndWalesBankHolidays.For(2022);
        var christmas = holidays.Single(h => h.Kind == BankHolidayKind.ChristmasDay);
        var boxing = holidays.Single(h => h.Kind == BankHolidayKind.BoxingDay);
        Assert.Equal((new DateOnly(2022, 12, 27), true), (christmas.Date, christmas.Substitute));
        Assert.Equal((new DateOnly(2022, 12, 26), false), (boxing.Date, boxing.Substitute));
    }

    [Fact]
    public void For_ChristmasOnSaturday_BothSubstitutedToMondayAndTuesday()
    {
        var holidays = EnglandAndWalesBankHolidays.For(2027);
        Assert.Equal(new DateOnly(2027, 12, 27), holidays.Single(h => h.Kind == BankHolidayKind.ChristmasDay).Date);
        Assert.Equal(new DateOnly(2027, 12, 28), holidays.Single(h => h.Kind == BankHolidayKind.BoxingDay).Date);
    }

    [Fact]
    public void For_BoxingDayOnSaturday_SubstituteOnMonday()
    {
        var boxing = EnglandAndWalesBankHolidays.For(2026).Single(h => h.Kind == BankHolidayKind.BoxingDay);
        Assert.Equal(new DateOnly(2026, 12, 28), boxing.Date);
        Assert.Equal("Boxing Day (substitute day)", boxing.Name);
    }

    [Theory]
    [InlineData("2020-05-08", "2020-05-04")]
    [InlineData("1995-05-08", "1995-05-01")]
    public void For_VeDayYears_EarlyMayMovedToEighth(string moved, string usualMonday)
    {
        Assert.True(EnglandAndWalesBankHolidays.IsBankHoliday(DateOnly.Parse(moved)));
        Assert.False(EnglandAndWalesBankHolidays.IsBankHoliday(DateOnly.Parse(usualMonday)));
    }

    [Theory]
    [InlineData("2002-06-03")]
    [InlineData("2002-06-04")]
    [InlineData("2012-06-04")]
    [InlineData("2012-06-05")]
    [InlineData("2022-06-02")]
    [InlineData("2022-06-03")]
    [InlineData("2022-09-19")]
    [InlineData("2023-05-08")]
    public void IsBankHoliday_JubileeCoronationAndFuneralDays_True(string date) =>
        Assert.True(EnglandAndWalesBankHolidays.IsBankHoliday(DateOnly.Parse(date)));

    [Theory]
    [InlineData("2002-05-27")]
    [InlineData("2012-05-28")]
    [InlineData("2022-05-30")]
    public void IsBankHoliday_JubileeYearsLastMondayOfMay_False(string date) =>
        Assert.False(EnglandAndWalesBankHolidays.IsBankHoliday(DateOnly.Parse(date)));

    [Fact]
    public void For_AnyYear_EightRegularHolidaysOnWeekdays()
    {
        for (var year = 1978; year <= 2100; year++)
        {
            var holidays = EnglandAndWalesBankHolidays.For(year);
            Assert.Equal(8, holidays.Count(h => h.Kind != BankHolidayKind.SpecialOccasion));
            Assert.All(holidays, h => Assert.False(h.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday, $"{h} falls on a weekend"));
            Assert.Equal(holidays.Length, holidays.Select(h => h.Date).Distinct().Count());
        }
    }
}
