using System.Collections.Immutable;
using OpenLettings.Domain.Validation;

namespace OpenLettings.Infrastructure.Register.Cycles;

/// <summary>The instants of one weekly letting cycle, in UTC, with the UK local date it opens on.</summary>
/// <param name="OpensOn">The local date bidding opens (Devon: a Wednesday).</param>
/// <param name="OpensAt">Bidding opens (Devon: 00:00 Wednesday UK time).</param>
/// <param name="ClosesAt">The last instant bids are taken (Devon: 23:59:59 the following Monday UK time).</param>
/// <param name="LandlordDeadlineAt">Landlords' input for this cycle (Devon: 17:00 the Monday before it opens, 001 §52.5).</param>
/// <param name="VerificationDeadlineAt">Local authority verification of its adverts (Devon: 14:00 the Tuesday before it opens, 001 §52.8).</param>
public sealed record CycleTimes(
    DateOnly OpensOn,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    DateTimeOffset LandlordDeadlineAt,
    DateTimeOffset VerificationDeadlineAt);

/// <summary>
/// Pure calculation of a partnership's weekly cycles from its <see cref="CycleTimetable"/> (001 §52: adverts open 00:00
/// Wednesday to 23:59 the following Monday; landlord input by 17:00 Monday and local authority verification by 14:00
/// Tuesday, before the cycle opens). Every time is a UK local wall-clock time converted through the timetable's zone,
/// so a cycle that spans a change to or from British Summer Time still opens at 00:00 and closes at 23:59 local time.
/// </summary>
public static class CycleSchedule
{
    private const int DaysPerCycle = 7;

    /// <summary>The cycle open at <paramref name="instant"/>, or the next one to open when none is (e.g. a Tuesday in Devon).</summary>
    public static CycleTimes ContainingOrAfter(CycleTimetable timetable, DateTimeOffset instant)
    {
        ArgumentNullException.ThrowIfNull(timetable);
        var zone = UkTime.Find(timetable.TimeZone);
        var local = TimeZoneInfo.ConvertTime(instant, zone).DateTime;
        var date = DateOnly.FromDateTime(local);
        var back = ((int)date.DayOfWeek - (int)timetable.OpensOn + DaysPerCycle) % DaysPerCycle;
        var cycle = OpeningOn(timetable, date.AddDays(-back));
        if (cycle.OpensAt > instant)
        {
            cycle = OpeningOn(timetable, cycle.OpensOn.AddDays(-DaysPerCycle));
        }
        return cycle.ClosesAt < instant ? Following(timetable, cycle) : cycle;
    }

    /// <summary>The cycle after <paramref name="cycle"/>.</summary>
    public static CycleTimes Following(CycleTimetable timetable, CycleTimes cycle) =>
        OpeningOn(timetable, cycle.OpensOn.AddDays(DaysPerCycle));

    /// <summary>The cycle that opens on a local date (which should fall on <see cref="CycleTimetable.OpensOn"/>).</summary>
    public static CycleTimes OpeningOn(CycleTimetable timetable, DateOnly opensOn)
    {
        ArgumentNullException.ThrowIfNull(timetable);
        var zone = UkTime.Find(timetable.TimeZone);
        DateTimeOffset At(DateOnly date, TimeOnly time) => UkTime.Instant(date.ToDateTime(time), zone);

        // "23:59" means bids are taken until the end of that minute.
        var closes = At(opensOn.AddDays(timetable.OpenForDays), timetable.ClosesAt).AddSeconds(59);
        var previousOpening = opensOn.AddDays(-DaysPerCycle);
        return new CycleTimes(
            opensOn,
            At(opensOn, timetable.OpensAt),
            closes,
            At(previousOpening.AddDays(timetable.LandlordDeadlineDaysAfterOpening), timetable.LandlordDeadlineAt),
            At(previousOpening.AddDays(timetable.VerificationDeadlineDaysAfterOpening), timetable.VerificationDeadlineAt));
    }

    /// <summary>
    /// Checks a timetable is a workable weekly cycle: a known time zone, closing before the next cycle opens, and
    /// both deadlines after the previous cycle opened and before this one opens, landlords' before verification.
    /// Errors name paths under <paramref name="prefix"/>.
    /// </summary>
    public static ImmutableArray<ValidationError> Validate(CycleTimetable timetable, string prefix = "$.cycle")
    {
        ArgumentNullException.ThrowIfNull(timetable);
        var errors = ImmutableArray.CreateBuilder<ValidationError>();
        if (string.IsNullOrWhiteSpace(timetable.TimeZone) || (UkTime.Find(timetable.TimeZone) == TimeZoneInfo.Utc && timetable.TimeZone is not ("UTC" or "Etc/UTC")))
        {
            errors.Add(new ValidationError($"{prefix}.timeZone", "unknown-time-zone", $"'{timetable.TimeZone}' is not a known IANA time zone (Devon: Europe/London)."));
        }

        static TimeSpan Offset(int days, TimeOnly time) => TimeSpan.FromDays(days) + time.ToTimeSpan();
        var week = TimeSpan.FromDays(DaysPerCycle);
        var opens = Offset(0, timetable.OpensAt);
        var closes = Offset(timetable.OpenForDays, timetable.ClosesAt);
        if (timetable.OpenForDays is < 0 or >= DaysPerCycle || closes <= opens || closes >= week + opens)
        {
            errors.Add(new ValidationError($"{prefix}.openForDays", "cycle-length",
                "The cycle must close after it opens and before the next weekly cycle opens (001 §52: Wednesday 00:00 to Monday 23:59 is 5 days)."));
        }

        // Deadlines are measured from the previous opening: they must fall between it and this cycle's opening.
        var landlord = Offset(timetable.LandlordDeadlineDaysAfterOpening, timetable.LandlordDeadlineAt);
        var verification = Offset(timetable.VerificationDeadlineDaysAfterOpening, timetable.VerificationDeadlineAt);
        if (timetable.LandlordDeadlineDaysAfterOpening is < 0 or >= DaysPerCycle || landlord <= opens || landlord >= week + opens)
        {
            errors.Add(new ValidationError($"{prefix}.landlordDeadlineDaysAfterOpening", "deadline-outside-cycle",
                "The landlord deadline must fall after the previous cycle opened and before this one opens (001 §52.5: Monday 17:00 is 5 days after opening)."));
        }
        if (timetable.VerificationDeadlineDaysAfterOpening is < 0 or >= DaysPerCycle || verification <= opens || verification >= week + opens)
        {
            errors.Add(new ValidationError($"{prefix}.verificationDeadlineDaysAfterOpening", "deadline-outside-cycle",
                "The verification deadline must fall after the previous cycle opened and before this one opens (001 §52.8: Tuesday 14:00 is 6 days after opening)."));
        }
        else if (verification < landlord)
        {
            errors.Add(new ValidationError($"{prefix}.verificationDeadlineDaysAfterOpening", "verification-before-landlord-deadline",
                "Local authorities verify adverts after landlords enter them: the verification deadline must not be before the landlord deadline (001 §52.5, §52.8)."));
        }
        return errors.ToImmutable();
    }
}
