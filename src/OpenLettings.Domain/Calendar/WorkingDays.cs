namespace OpenLettings.Domain.Calendar;

/// <summary>
/// Working days in England and Wales: Monday to Friday, except bank holidays
/// (<see cref="EnglandAndWalesBankHolidays"/>). Used for every "within N working days" period in the
/// schemes (for example a social-need decision within 5 working days, 001 §27).
/// </summary>
public static class WorkingDays
{
    /// <summary>True when <paramref name="date"/> is an England and Wales bank holiday.</summary>
    public static bool IsBankHoliday(DateOnly date) => EnglandAndWalesBankHolidays.IsBankHoliday(date);

    /// <summary>True when <paramref name="date"/> is a weekday that is not a bank holiday.</summary>
    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsBankHoliday(date);

    /// <summary>
    /// The date <paramref name="workingDays"/> working days after <paramref name="start"/>; the start day itself
    /// is never counted, whether or not it is a working day. A negative count goes backwards (the working day
    /// that many working days before). Zero returns <paramref name="start"/> unchanged.
    /// </summary>
    /// <example>From Thursday 24 December 2026, 2 working days is Wednesday 30 December (25 and 28 December are holidays).</example>
    public static DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        var step = workingDays >= 0 ? 1 : -1;
        var remaining = Math.Abs(workingDays);
        var day = start;
        while (remaining > 0)
        {
            day = day.AddDays(step);
            if (IsWorkingDay(day))
            {
                remaining--;
            }
        }

        return day;
    }

    /// <summary>
    /// The number of working days after <paramref name="from"/> up to and including <paramref name="to"/>, so
    /// that <c>WorkingDaysBetween(d, AddWorkingDays(d, n)) == n</c>. Negative when <paramref name="to"/> is
    /// before <paramref name="from"/> (then it counts the working days from <paramref name="to"/>, inclusive, up
    /// to but excluding <paramref name="from"/>); zero when they are equal.
    /// </summary>
    public static int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -CountInclusive(to, from.AddDays(-1));
        }

        return to == from ? 0 : CountInclusive(from.AddDays(1), to);
    }

    /// <summary>The bank holidays of <paramref name="year"/> in England and Wales, in date order.</summary>
    public static IReadOnlyList<BankHoliday> BankHolidaysIn(int year) => EnglandAndWalesBankHolidays.For(year);

    private static int CountInclusive(DateOnly first, DateOnly last)
    {
        if (last < first)
        {
            return 0;
        }

        // Whole weeks hold 5 weekdays each; the bank holidays in range are then taken off.
        var days = last.DayNumber - first.DayNumber + 1;
        var weeks = days / 7;
        var count = weeks * 5;
        for (var d = first.AddDays(weeks * 7); d <= last; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                count++;
            }
        }

        for (var year = first.Year; year <= last.Year; year++)
        {
            foreach (var holiday in EnglandAndWalesBankHolidays.For(year))
            {
                if (holiday.Date >= first && holiday.Date <= last && holiday.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                {
                    count--;
                }
            }
        }

        return count;
    }
}
