using OpenLettings.Infrastructure.Json;

namespace OpenLettings.Infrastructure.Register;

/// <summary>
/// When a partnership's weekly letting cycle opens, closes and has its deadlines (001 §52: adverts open 00:00
/// Wednesday to 23:59 the following Monday; landlord input by 17:00 Monday; local authority verification by
/// 14:00 Tuesday). Times are UK local (<see cref="TimeZone"/>).
/// </summary>
public sealed record CycleTimetable
{
    public DayOfWeek OpensOn { get; init; } = DayOfWeek.Wednesday;

    public TimeOnly OpensAt { get; init; } = new(0, 0);

    /// <summary>Days from opening to closing (Wednesday to the following Monday: 5).</summary>
    public int OpenForDays { get; init; } = 5;

    /// <summary>The last minute bids are taken on the closing day (23:59: bids are taken until 23:59:59).</summary>
    public TimeOnly ClosesAt { get; init; } = new(23, 59);

    /// <summary>Landlords' input for the next cycle: days after opening (Monday: 5) and time.</summary>
    public int LandlordDeadlineDaysAfterOpening { get; init; } = 5;

    public TimeOnly LandlordDeadlineAt { get; init; } = new(17, 0);

    /// <summary>Local authority verification of the next cycle's adverts: days after opening (Tuesday: 6) and time.</summary>
    public int VerificationDeadlineDaysAfterOpening { get; init; } = 6;

    public TimeOnly VerificationDeadlineAt { get; init; } = new(14, 0);

    /// <summary>The IANA time zone the times are in.</summary>
    public string TimeZone { get; init; } = "Europe/London";
}

/// <summary>
/// A partnership's settings, stored as JSON on its organisation row: the cycle timetable and the scheme's option
/// changes with their effective dates (the same shape as an <c>--options</c> file).
/// </summary>
public sealed record PartnershipSettings
{
    public CycleTimetable Cycle { get; init; } = new();

    /// <summary>Option changes layered over the scheme's defaults; null for the defaults.</summary>
    public PartnershipConfiguration? Options { get; init; }

    public static PartnershipSettings Default { get; } = new();

    /// <summary>Reads stored settings (null or empty: the defaults).</summary>
    public static PartnershipSettings Read(string? json) =>
        string.IsNullOrWhiteSpace(json) ? Default : ContractJson.Read<PartnershipSettings>(json);
}
