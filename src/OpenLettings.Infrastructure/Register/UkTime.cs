namespace OpenLettings.Infrastructure.Register;

/// <summary>UK local time (Europe/London, with summer time) from the injected clock: the engine works in UK local dates.</summary>
public static class UkTime
{
    /// <summary>The Europe/London zone (UTC if the machine has no time zone data).</summary>
    public static TimeZoneInfo London { get; } = Find("Europe/London");

    /// <summary>Finds a zone by IANA id, falling back to UTC where the machine has no time zone data.</summary>
    public static TimeZoneInfo Find(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }

    /// <summary>The UK local date and time of an instant.</summary>
    public static DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, London).DateTime;

    /// <summary>Today's UK date.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Local(clock.GetUtcNow()));

    /// <summary>The instant of a UK local date and time (the later instant when the clocks go back).</summary>
    public static DateTimeOffset Instant(DateTime local, TimeZoneInfo? zone = null)
    {
        zone ??= London;
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            // The hour skipped when the clocks go forward: the same wall time an hour later.
            unspecified = unspecified.AddHours(1);
        }
        var offset = zone.IsAmbiguousTime(unspecified) ? zone.GetAmbiguousTimeOffsets(unspecified).Min() : zone.GetUtcOffset(unspecified);
        return new DateTimeOffset(unspecified, offset).ToUniversalTime();
    }
}
