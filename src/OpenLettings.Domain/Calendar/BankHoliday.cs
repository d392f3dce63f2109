namespace OpenLettings.Domain.Calendar;

/// <summary>Which England and Wales bank holiday a date is.</summary>
public enum BankHolidayKind
{
    NewYearsDay,
    GoodFriday,
    EasterMonday,
    EarlyMay,
    SpringBankHoliday,
    SummerBankHoliday,
    ChristmasDay,
    BoxingDay,
    /// <summary>A one-off holiday proclaimed for a royal or national occasion (a jubilee, a coronation, a state funeral).</summary>
    SpecialOccasion,
}

/// <summary>
/// One bank holiday in England and Wales. <see cref="Substitute"/> is true when the holiday's usual date
/// falls on a weekend and it is taken on the next free weekday instead (as gov.uk lists it, e.g.
/// "Boxing Day (substitute day)").
/// </summary>
public sealed record BankHoliday(DateOnly Date, BankHolidayKind Kind, string Name, bool Substitute = false)
{
    /// <inheritdoc />
    public override string ToString() => $"{Date:yyyy-MM-dd} {Name}";
}
