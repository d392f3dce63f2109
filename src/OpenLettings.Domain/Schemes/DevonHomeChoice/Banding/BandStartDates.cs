using System.Collections.Immutable;
using OpenLettings.Domain.Explanations;
using static OpenLettings.Domain.Schemes.DevonHomeChoice.Banding.Banding;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;

/// <summary>
/// Works out band start dates (001 §43): the default date, the resets on moving up, the revert on moving down
/// within 56 days, the unchanged date for a new reason in the same band, and the special dates for
/// homelessness, move-on, care leavers, NWMS, downsizing, adapted homes, deliberate worsening and renewals.
/// </summary>
internal static class BandStartDates
{
    /// <summary>The band start date of the general award <paramref name="award"/>, with the reasons.</summary>
    public static (DateTime Date, ImmutableArray<Reason> Reasons) ForGeneral(DevonApplication app, NeedCandidate award, BandingOptions options, DateOnly asOf)
    {
        var reasons = new List<Reason>();
        var (history, restartAt) = ContinuousHistory(app, options, asOf, reasons);
        var current = history.IsEmpty ? null : history[^1];
        var changeDate = ChangeDate(app, award, options, asOf);
        DateTime date;
        var applyBonus = true;

        if (current is null)
        {
            if (award.RuleDate is { } ruleDate)
            {
                date = ruleDate;
                reasons.Add(RuleReason(award, ruleDate));
            }
            else
            {
                date = restartAt ?? app.EvidenceCompletedAt;
                if (restartAt is null)
                {
                    reasons.Add(R("BSD.Default", "43.3", $"Your band start date is {D(date)}, when your application and all the supporting evidence were received.", new Fact("evidence completed", D(app.EvidenceCompletedAt))));
                }
            }
        }
        else if (current.Reason == BandReason.D_DeliberateWorsening && award.Reason != BandReason.D_DeliberateWorsening)
        {
            date = app.Needs.DeliberateWorsening is { } dw ? StartOfDay(dw.AssessedOn.AddMonths(options.DeliberateWorseningReviewMonths)) : changeDate;
            reasons.Add(R("BSD.DeliberateWorseningReset", "37.2", $"The deliberate worsening decision has been reviewed, so you are placed in the band for your needs with a new band start date of {D(date)}."));
        }
        else if (award.Band == current.Band && award.Reason == current.Reason)
        {
            date = current.BandStartDate;
            applyBonus = false;
            reasons.Add(R("BSD.Unchanged", "43.7", $"Your band and reason are unchanged, so your band start date stays {D(date)}."));
        }
        else if (award.Band == current.Band)
        {
            date = current.BandStartDate;
            if (award.Rule is StartRule.MoveOn or StartRule.CareLeaver or StartRule.MovedIntoAdaptedHome && award.RuleDate is { } backdate && backdate < date)
            {
                date = backdate;
                reasons.Add(RuleReason(award, backdate));
            }
            else
            {
                reasons.Add(current.Band is Band.B or Band.D && award.Rule == StartRule.HomelessDuty
                    ? R("BSD.HomelessSameBand", "43.11", $"You were already in {current.Band.Describe()} for another need and your band has not changed, so your band start date stays {D(date)} rather than the date the homelessness duty began.")
                    : R("BSD.SameBandNewReason", "43.7", $"You stay in {current.Band.Describe()} for a different reason, so your band start date stays {D(date)}."));
            }
        }
        else if (award.Band.IsHigherThan(current.Band))
        {
            date = award.RuleDate ?? changeDate;
            reasons.Add(award.RuleDate is { } r
                ? RuleReason(award, r)
                : R("BSD.MovedUp", "43.5", $"You moved up from {current.Band.Describe()} to {award.Band.Describe()}, so your band start date is reset to {D(date)} to reflect how long you have had the higher need.",
                    new Fact("basis", options.MoveUpBasis.ToString())));
        }
        else if (Revert(history, award.Band, options, asOf, reasons) is { } reverted)
        {
            date = reverted;
            applyBonus = false;
        }
        else
        {
            date = award.RuleDate ?? changeDate;
            reasons.Add(award.RuleDate is { } r
                ? RuleReason(award, r)
                : R("BSD.MovedDownNewDate", "43.6", $"You moved down to {award.Band.Describe()} and your earlier band start date cannot be restored, so your band start date is {D(date)}."));
        }

        if (applyBonus)
        {
            date = Bonus(award, date, options, reasons);
        }

        return (date, [.. reasons]);
    }

    /// <summary>The band start date of a scoped award: kept while the same award continues, otherwise worked out afresh.</summary>
    public static (DateTime Date, ImmutableArray<Reason> Reasons) ForScoped(DevonApplication app, NeedCandidate award, BandingOptions options, DateOnly asOf)
    {
        var reasons = new List<Reason>();
        var (history, restartAt) = ContinuousHistory(app, options, asOf, reasons);
        var held = app.History.Awards.LastOrDefault(a => a.Scoped && a.Reason == award.Reason && a.To is null);
        if (held is not null && history.Length == app.History.General.Length)
        {
            reasons.Add(R("BSD.ScopedUnchanged", "43.7", $"Your {award.Band.Describe()} for {award.Award.Scope.Describe()} continues, so its band start date stays {D(held.BandStartDate)}."));
            return (held.BandStartDate, [.. reasons]);
        }

        DateTime date;
        if (award.RuleDate is { } ruleDate)
        {
            date = ruleDate;
            reasons.Add(RuleReason(award, ruleDate));
        }
        else if (history.IsEmpty)
        {
            date = restartAt ?? app.EvidenceCompletedAt;
            reasons.Add(R("BSD.Default", "43.3", $"The band start date for {award.Award.Scope.Describe()} is {D(date)}, when your application and all the supporting evidence were received."));
        }
        else if (award.Rule == StartRule.Downsizing)
        {
            date = history[^1].BandStartDate;
            reasons.Add(R("BSD.DownsizingFromCurrent", "43.17", $"The downsizing backdate is counted from your current band start date, {D(date)}."));
        }
        else
        {
            date = ChangeDate(app, award, options, asOf);
            reasons.Add(R("BSD.MovedUp", "43.5", $"The band start date for {award.Award.Scope.Describe()} is {D(date)}, when this need arose."));
        }

        return (Bonus(award, date, options, reasons), [.. reasons]);
    }

    /// <summary>The history that counts: a renewal cancellation not put right within 13 weeks starts afresh (001 §51.43).</summary>
    private static (ImmutableArray<PastBandAward> History, DateTime? RestartAt) ContinuousHistory(DevonApplication app, BandingOptions options, DateOnly asOf, List<Reason> reasons)
    {
        var history = app.History.General;
        if (app.History.RenewalCancellation is not { } rc)
        {
            return (history, null);
        }

        var updated = rc.UpdatedOn ?? asOf;
        var days = updated.DayNumber - rc.CancelledOn.DayNumber;
        if (rc.UpdatedOn is not null && (days <= options.RenewalGraceDays || rc.ExceptionalCircumstances))
        {
            reasons.Add(R("BSD.RenewalGrace", "51.43", days <= options.RenewalGraceDays
                ? $"Your application was cancelled at renewal and updated within {options.RenewalGraceDays} days, so your original band start date is kept."
                : "Your application was cancelled at renewal and updated late, but exceptional circumstances were accepted, so your original band start date is kept.",
                new Fact("cancelled", D(rc.CancelledOn)), new Fact("updated", D(updated))));
            return (history, null);
        }

        var restart = StartOfDay(updated);
        reasons.Add(R("BSD.RenewalLapsed", "51.43", $"Your application was cancelled at renewal and not updated within {options.RenewalGraceDays} days, so it has a new band start date of {D(restart)}.",
            new Fact("cancelled", D(rc.CancelledOn)), new Fact("updated", D(updated))));
        return ([], restart);
    }

    /// <summary>
    /// On moving down after a higher award ends: the band start date held in this band before the higher award,
    /// if the application stayed active throughout and the change was notified within 56 days (001 §43.6).
    /// </summary>
    private static DateTime? Revert(ImmutableArray<PastBandAward> history, Band band, BandingOptions options, DateOnly asOf, List<Reason> reasons)
    {
        var removed = history[^1];
        var i = history.Length - 1;
        var activeThroughout = true;
        while (i >= 0 && history[i].Band.IsHigherThan(band))
        {
            activeThroughout &= history[i].ActiveThroughout;
            i--;
        }

        if (i < 0 || history[i].Band != band)
        {
            return null;
        }

        var earlier = history[i];
        var ended = removed.To ?? asOf;
        var notified = removed.ChangeNotifiedOn ?? asOf;
        var days = notified.DayNumber - ended.DayNumber;
        var facts = new[]
        {
            new Fact("earlier band start date", D(earlier.BandStartDate)),
            new Fact("higher award ended", D(ended)),
            new Fact("change notified", D(notified)),
            new Fact("active throughout", activeThroughout ? "yes" : "no"),
        };
        if (!activeThroughout)
        {
            reasons.Add(R("BSD.NoRevertInactive", "43.6", "Your application was not active throughout your higher band award, so your earlier band start date cannot be restored.", facts));
            return null;
        }

        if (days > options.RevertNotificationDays)
        {
            reasons.Add(R("BSD.NoRevertLate", "43.6", $"The change that ended your higher band was notified {days} days after it happened, more than {options.RevertNotificationDays} days, so your earlier band start date cannot be restored.", facts));
            return null;
        }

        reasons.Add(R("BSD.RevertWithin56Days", "43.6", $"Your higher band award ended and the change was notified within {options.RevertNotificationDays} days, so your band start date goes back to {D(earlier.BandStartDate)}, the date you had in {band.Describe()} before.", facts));
        return earlier.BandStartDate;
    }

    /// <summary>The date a change of circumstances counts from on a reassessment (001 §43.5, ambiguity 9).</summary>
    private static DateTime ChangeDate(DevonApplication app, NeedCandidate award, BandingOptions options, DateOnly asOf)
    {
        var needs = app.Needs;
        var decided = award.DecidedOn is { } d ? StartOfDay(d) : (DateTime?)null;
        return options.MoveUpBasis switch
        {
            MoveUpBandStartBasis.NeedArose => needs.CircumstancesChangedAt ?? needs.ChangeEvidenceReceivedAt ?? decided ?? StartOfDay(asOf),
            MoveUpBandStartBasis.EvidenceReceived => needs.ChangeEvidenceReceivedAt ?? needs.CircumstancesChangedAt ?? decided ?? StartOfDay(asOf),
        };
    }

    private static Reason RuleReason(NeedCandidate award, DateTime date) => award.Rule switch
    {
        StartRule.HomelessDuty => R("BSD.HomelessDuty", "43.8", $"Your band start date is {D(date)}, when the homelessness prevention duty began (or the relief duty, if you were never owed the prevention duty)."),
        StartRule.MoveOn => R("BSD.MoveOn", "43.14", $"Your band start date is backdated to {D(date)}, the earlier of when your current continuous stay in supported accommodation began and when you first became a homeless prevention case with a Devon authority."),
        StartRule.CareLeaver => R("BSD.CareLeaver", "43.16", $"Your band start date is backdated to your 16th birthday, {D(date)}."),
        StartRule.MovedIntoAdaptedHome => R("BSD.AdaptedHome", "28.2", $"Your band start date is backdated to {D(date)}, when you moved into the adapted home you are releasing."),
        StartRule.Default or StartRule.WitnessMobility or StartRule.Downsizing => R("BSD.Rule", "43.3", $"Your band start date is {D(date)}."),
    };

    private static DateTime Bonus(NeedCandidate award, DateTime date, BandingOptions options, List<Reason> reasons)
    {
        switch (award.Rule)
        {
            case StartRule.WitnessMobility:
                var nwms = date.AddYears(-options.WitnessMobilityBackdateYears);
                reasons.Add(R("BSD.WitnessMobility", "19.5", $"Your band start date is moved back {options.WitnessMobilityBackdateYears} years to {D(nwms)} to give you extra waiting time."));
                return nwms;
            case StartRule.Downsizing:
                var downsizing = date.AddYears(-options.DownsizingBackdateYears);
                reasons.Add(R("BSD.Downsizing", "43.17", $"You are downsizing from a home with {options.DownsizingBackdateMinimumBedrooms} or more bedrooms, so your band start date is backdated a further {options.DownsizingBackdateYears} years to {D(downsizing)}."));
                return downsizing;
            case StartRule.Default:
            case StartRule.HomelessDuty:
            case StartRule.MoveOn:
            case StartRule.CareLeaver:
            case StartRule.MovedIntoAdaptedHome:
                return date;
            default:
                return date;
        }
    }
}
