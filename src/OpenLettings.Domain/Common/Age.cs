namespace OpenLettings.Domain.Common;

/// <summary>Age arithmetic on calendar dates (a person born on 29 February turns a year older on 1 March in non-leap years).</summary>
public static class Age
{
    /// <summary>Whole years completed on <paramref name="asOf"/>.</summary>
    public static int InYears(DateOnly dateOfBirth, DateOnly asOf)
    {
        var years = asOf.Year - dateOfBirth.Year;
        if (asOf < Birthday(dateOfBirth, asOf.Year))
        {
            years--;
        }

        return years;
    }

    /// <summary>The date on which someone born on <paramref name="dateOfBirth"/> reaches <paramref name="years"/>.</summary>
    public static DateOnly DateReaching(DateOnly dateOfBirth, int years) => Birthday(dateOfBirth, dateOfBirth.Year + years);

    private static DateOnly Birthday(DateOnly dateOfBirth, int year) =>
        dateOfBirth.Month == 2 && dateOfBirth.Day == 29 && !DateTime.IsLeapYear(year)
            ? new DateOnly(year, 3, 1)
            : new DateOnly(year, dateOfBirth.Month, dateOfBirth.Day);
}
