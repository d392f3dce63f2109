using OpenLettings.Domain.Common;

namespace OpenLettings.Domain.Tests.Common;

public class AgeTests
{
    [Theory]
    [InlineData("2010-06-15", "2020-06-14", 9)]
    [InlineData("2010-06-15", "2020-06-15", 10)]
    [InlineData("2008-02-29", "2024-02-28", 15)]
    [InlineData("2008-02-29", "2024-02-29", 16)]
    [InlineData("2008-02-29", "2025-02-28", 16)]
    [InlineData("2008-02-29", "2026-03-01", 18)]
    public void InYears_CountsCompletedBirthdays(string dob, string asOf, int expected) =>
        Assert.Equal(expected, Age.InYears(DateOnly.Parse(dob), DateOnly.Parse(asOf)));

    [Fact]
    public void InYears_LeapDayBirthdayInCommonYear_TurnsOlderOnFirstOfMarch()
    {
        var dob = new DateOnly(2012, 2, 29);
        Assert.Equal(9, Age.InYears(dob, new DateOnly(2022, 2, 28)));
        Assert.Equal(10, Age.InYears(dob, new DateOnly(2022, 3, 1)));
        Assert.Equal(new DateOnly(2022, 3, 1), Age.DateReaching(dob, 10));
    }
}
