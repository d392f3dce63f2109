using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace OpenLettings.Domain.Calendar;

/// <summary>
/// The bank holidays of England and Wales, computed for any year from the rules in force since 1978 (when
/// the early May bank holiday began), plus the one-off changes proclaimed since then:
/// <list type="bullet">
/// <item>New Year's Day, 1 January, or the next Monday when it falls on a weekend.</item>
/// <item>Good Friday and Easter Monday, from the date of Easter Sunday (the Gregorian computus).</item>
/// <item>Early May bank holiday, the first Monday in May (moved to Friday 8 May in 1995 and 2020 for VE Day).</item>
/// <item>Spring bank holiday, the last Monday in May (moved to 4 June 2002, 4 June 2012 and 2 June 2022 for jubilees).</item>
/// <item>Summer bank holiday, the last Monday in August.</item>
/// <item>Christmas Day and Boxing Day; one that falls on a weekend is taken on the next weekday not already a holiday.</item>
/// <item>Extra days: 7 June 1977, 29 July 1981, 31 December 1999, 29 April 2011, 3 June 2002, 5 June 2012,
/// 3 June 2022, 19 September 2022 (the State Funeral of Queen Elizabeth II) and 8 May 2023 (the coronation).</item>
/// </list>
/// </summary>
/// <remarks>
/// Years before 1978 are computed with the same modern rules and so are not historically exact; future
/// one-off holidays are unknown until proclaimed and need a new release. Results are cached per year; the
/// type is thread-safe.
/// </remarks>
public static class EnglandAndWalesBankHolidays
{
    private static readonly ConcurrentDictionary<int, ImmutableArray<BankHoliday>> Cache = new();

    private static readonly ImmutableArray<BankHoliday> SpecialOccasions =
    [
        new(new DateOnly(1977, 6, 7), BankHolidayKind.SpecialOccasion, "Silver Jubilee of Queen Elizabeth II"),
        new(new DateOnly(1981, 7, 29), BankHolidayKind.SpecialOccasion, "Royal wedding"),
        new(new DateOnly(1999, 12, 31), BankHolidayKind.SpecialOccasion, "Millennium celebrations"),
        new(new DateOnly(2002, 6, 3), BankHolidayKind.SpecialOccasion, "Golden Jubilee of Queen Elizabeth II"),
        new(new DateOnly(2011, 4, 29), BankHolidayKind.SpecialOccasion, "Royal wedding"),
        new(new DateOnly(2012, 6, 5), BankHolidayKind.SpecialOccasion, "Diamond Jubilee of Queen Elizabeth II"),
        new(new DateOnly(2022, 6, 3), BankHolidayKind.SpecialOccasion, "Platinum Jubilee bank holiday"),
        new(new DateOnly(2022, 9, 19), BankHolidayKind.SpecialOccasion, "Bank Holiday for the State Funeral of Queen Elizabeth II"),
        new(new DateOnly(2023, 5, 8), BankHolidayKind.SpecialOccasion, "Bank holiday for the coronation of King Charles III"),
    ];

    /// <summary>The bank holidays in <paramref name="year"/>, in date order.</summary>
    public static ImmutableArray<BankHoliday> For(int year) => Cache.GetOrAdd(year, Compute);

    /// <summary>True when <paramref name="date"/> is a bank holiday in England and Wales.</summary>
    public static bool IsBankHoliday(DateOnly date)
    {
        foreach (var holiday in For(date.Year))
        {
            if (holiday.Date == date)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The bank holiday on <paramref name="date"/>, or null.</summary>
    public static BankHoliday? On(DateOnly date)
    {
        foreach (var holiday in For(date.Year))
        {
            if (holiday.Date == date)
            {
                return holiday;
            }
        }

        return null;
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm of Meeus, Jones and Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static ImmutableArray<BankHoliday> Compute(int year)
    {
        var list = new List<BankHoliday>();

        var newYear = new DateOnly(year, 1, 1);
        list.Add(IsWeekend(newYear)
            ? new BankHoliday(NextWeekday(newYear), BankHolidayKind.NewYearsDay, "New Year's Day (substitute day)", Substitute: true)
            : new BankHoliday(newYear, BankHolidayKind.NewYearsDay, "New Year's Day"));

        var easter = EasterSunday(year);
        list.Add(new BankHoliday(easter.AddDays(-2), BankHolidayKind.GoodFriday, "Good Friday"));
        list.Add(new BankHoliday(easter.AddDays(1), BankHolidayKind.EasterMonday, "Easter Monday"));

        var earlyMay = year is 1995 or 2020 ? new DateOnly(year, 5, 8) : FirstMonday(year, 5);
        list.Add(new BankHoliday(earlyMay, BankHolidayKind.EarlyMay, year is 1995 or 2020 ? "Early May bank holiday (VE day)" : "Early May bank holiday"));

        var spring = year switch
        {
            2002 => new DateOnly(2002, 6, 4),
            2012 => new DateOnly(2012, 6, 4),
            2022 => new DateOnly(2022, 6, 2),
            _ => LastMonday(year, 5),
        };
        list.Add(new BankHoliday(spring, BankHolidayKind.SpringBankHoliday, "Spring bank holiday"));

        list.Add(new BankHoliday(LastMonday(year, 8), BankHolidayKind.SummerBankHoliday, "Summer bank holiday"));

        AddChristmas(year, list);

        list.AddRange(SpecialOccasions.Where(s => s.Date.Year == year));
        return [.. list.OrderBy(h => h.Date)];
    }

    // Christmas Day and Boxing Day: a day on a weekday is kept; a day on a weekend moves to the next weekday
    // not already taken, Christmas Day choosing first (so 25 Dec on a Sunday gives Boxing Day on Monday 26 and
    // Christmas Day (substitute) on Tuesday 27, as gov.uk lists for 2022).
    private static void AddChristmas(int year, List<BankHoliday> list)
    {
        var christmas = new DateOnly(year, 12, 25);
        var boxing = new DateOnly(year, 12, 26);
        var taken = new HashSet<DateOnly>();
        if (!IsWeekend(christmas))
        {
            taken.Add(christmas);
        }

        if (!IsWeekend(boxing))
        {
            taken.Add(boxing);
        }

        list.Add(Place(christmas, BankHolidayKind.ChristmasDay, "Christmas Day", taken));
        list.Add(Place(boxing, BankHolidayKind.BoxingDay, "Boxing Day", taken));
    }

    private static BankHoliday Place(DateOnly usual, BankHolidayKind kind, string name, HashSet<DateOnly> taken)
    {
        if (!IsWeekend(usual))
        {
            return new BankHoliday(usual, kind, name);
        }

        var day = NextWeekday(usual);
        while (taken.Contains(day))
        {
            day = NextWeekday(day);
        }

        taken.Add(day);
        return new BankHoliday(day, kind, name + " (substitute day)", Substitute: true);
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static DateOnly NextWeekday(DateOnly date)
    {
        var next = date.AddDays(1);
        while (IsWeekend(next))
        {
            next = next.AddDays(1);
        }

        return next;
    }

    private static DateOnly FirstMonday(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7);
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(((int)last.DayOfWeek - (int)DayOfWeek.Monday + 7) % 7));
    }
}
