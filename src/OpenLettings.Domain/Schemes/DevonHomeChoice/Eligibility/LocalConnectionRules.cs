using System.Globalization;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Explanations;
using static OpenLettings.Domain.Schemes.DevonHomeChoice.Eligibility.Explain;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Eligibility;

/// <summary>
/// The local connection test (001 §40): residence, work, family, special circumstances and care experience give a
/// connection to Devon and to particular authorities; the exemptions of 001 §40.3, §40.12-40.18 and §40.30 mean the
/// connection is not applied. The banding step applies the consequence (Band D, or Band E / not registered).
/// </summary>
/// <remarks>
/// "Devon" is the ten partner authorities (<see cref="DevonAuthorities"/>). Prison never gives a connection
/// (001 §11.6). Work and family connections count only once evidenced (001 §40.10, §40.25).
/// </remarks>
public static class LocalConnectionRules
{
    /// <summary>Assesses local connection on <paramref name="asOf"/>.</summary>
    public static LocalConnectionDecision Assess(DevonApplication app, DevonOptions options, DateOnly asOf)
    {
        var q = options.Qualification;
        var facts = app.LocalConnection;
        var reasons = new List<Reason>();
        var authorities = new SortedSet<string>(StringComparer.Ordinal);
        var connected = false;

        connected |= Residence(app, q, asOf, reasons, authorities);
        connected |= Work(facts, q, asOf, reasons, authorities);
        connected |= Family(facts, q, asOf, reasons, authorities);
        connected |= CareExperience(app, q, asOf, reasons, authorities);

        if (facts.SpecialCircumstances is { } special)
        {
            connected = true;
            reasons.Add(Because("DHC.LocalConnection.SpecialCircumstances", "40.9",
                "You have special circumstances for moving to Devon, so you are treated as having a local connection.",
                Assessed("special circumstances", special)));
        }

        if (q.CurrentResidenceConnectsToAuthority && app.CurrentHome is { LivesInDevon: true, LocalAuthority: { } here } && DevonAuthorities.IsPartner(here)
            && app.CurrentHome.Tenure != Tenure.Prison && authorities.Add(here.Value))
        {
            reasons.Add(Because("DHC.LocalConnection.LivesInAuthority", "63.14",
                $"You live in {here} now, which counts as a connection to that council's area where a home is advertised with a local preference.",
                new Fact("current authority", here.Value)));
        }

        var exempt = Exemptions(app, reasons, ref connected);

        if (!connected && !exempt)
        {
            var registers = options.RegistersNoHousingNeed(app.ManagingAuthority);
            reasons.Add(Because("DHC.LocalConnection.None", "40.1",
                "You do not have a local connection to Devon, so if you have a housing need your application is placed in Band D (Low housing need); if you have no housing need it is placed in Band E"
                + (registers ? "." : ", and this council does not register households with no housing need.")));
        }
        else if (connected)
        {
            reasons.Add(Because("DHC.LocalConnection.Connected", "40.26", "You have a local connection to Devon, so your application is banded on your housing need."));
        }

        var dv = facts.FleeingDomesticAbuse;
        if (dv)
        {
            reasons.Add(Because("DHC.LocalConnection.DomesticAbuseAdverts", "61.19",
                "As you are fleeing domestic abuse, local connection requirements and preferences on adverts do not apply to you, except planning (s106) conditions."));
        }

        return new LocalConnectionDecision
        {
            ConnectedToDevon = connected,
            Exempt = exempt,
            ConnectedAuthorities = [.. authorities.Select(LocalAuthorityId.From)],
            ExemptFromAdvertConnectionPreferences = dv,
            WhatWouldChangeIt = connected || exempt ? null : WhatWouldChange(app, q, asOf),
            Reasons = [.. reasons],
        };
    }

    // ---- Residence (001 §40.6, §40.24, §40.11, §11.6) ----

    /// <summary>
    /// The address history, plus the current home when the history does not already record it: a household living
    /// in Devon since a known date has lived there since then (001 §2.9, §40.6). Temporary accommodation and care
    /// are not residence by choice; prison never gives a connection (001 §11.6).
    /// </summary>
    private static IEnumerable<ResidencePeriod> ResidenceHistory(DevonApplication app)
    {
        var history = app.LocalConnection.AddressHistory;
        var home = app.CurrentHome;
        if (history.Any(p => p.To is null) || home is not { LivesInDevon: true, LocalAuthority: { } authority, MovedInOn: { } since })
        {
            return history;
        }

        var kind = home.Tenure switch
        {
            Tenure.Prison => ResidenceKind.Prison,
            Tenure.TemporaryAccommodation or Tenure.HospitalOrCareHome => ResidenceKind.NotByChoice,
            _ => ResidenceKind.ByChoice,
        };
        return history.Add(new ResidencePeriod { Authority = authority, From = since, Kind = kind });
    }

    private static bool Residence(DevonApplication app, QualificationOptions q, DateOnly asOf, List<Reason> reasons, SortedSet<string> authorities)
    {
        var counted = new List<ResidencePeriod>();
        foreach (var period in ResidenceHistory(app).Where(p => DevonAuthorities.IsPartner(p.Authority)))
        {
            switch (period.Kind)
            {
                case ResidenceKind.ByChoice:
                case ResidenceKind.ServicePosting:
                    counted.Add(period);
                    break;
                case ResidenceKind.Rehabilitation:
                    if (period.RehabilitationConnectionAccepted is { Value: true } accepted)
                    {
                        counted.Add(period);
                        reasons.Add(Because("DHC.LocalConnection.RehabilitationAccepted", "40.11",
                            "Your time in rehabilitation in Devon counts as residence, because you chose Devon intending to live here afterwards.",
                            Assessed("rehabilitation stay accepted", accepted)));
                    }
                    else
                    {
                        reasons.Add(Because("DHC.LocalConnection.RehabilitationNotCounted", "40.11",
                            "Time spent in drug or alcohol rehabilitation in Devon does not count as residence unless an officer accepts, after an individual assessment, that it should.",
                            new Fact("rehabilitation stay", $"{Iso(period.From)} to {(period.To is { } to ? Iso(to) : "now")}")));
                    }

                    break;
                case ResidenceKind.Prison:
                    reasons.Add(Because("DHC.LocalConnection.PrisonNotCounted", "11.6",
                        "Time in prison does not give a local connection to Devon or to the area of the prison.",
                        new Fact("prison", period.Authority.Value)));
                    break;
                case ResidenceKind.NotByChoice:
                    break;
            }
        }

        var connected = false;
        if (MeetsResidenceTest(counted, q, asOf, out var recentDays, out var longDays))
        {
            connected = true;
            reasons.Add(Because("DHC.LocalConnection.Residence", q.ResidenceTest == ResidenceTest.SixOfLastTwelveMonths ? "40.6" : "40.24",
                ResidenceSentence(q, "Devon"),
                new Fact("days in Devon, recent window", recentDays.ToString(CultureInfo.InvariantCulture)),
                new Fact("days in Devon, last " + q.LongResidenceWindowYears + " years", longDays.ToString(CultureInfo.InvariantCulture))));
        }

        foreach (var group in counted.GroupBy(p => p.Authority))
        {
            if (MeetsResidenceTest([.. group], q, asOf, out _, out _) && authorities.Add(group.Key.Value))
            {
                reasons.Add(Because("DHC.LocalConnection.ResidenceInAuthority", "63.14", ResidenceSentence(q, group.Key.Value),
                    new Fact("authority", group.Key.Value)));
            }
        }

        // Service personnel based and living in Devon: connection to the authority where based (001 §40.6).
        foreach (var posting in counted.Where(p => p.Kind == ResidenceKind.ServicePosting))
        {
            connected = true;
            if (authorities.Add(posting.Authority.Value))
            {
                reasons.Add(Because("DHC.LocalConnection.ServicePosting", "40.6",
                    $"You have been based and living in Devon with the Armed Forces, which gives a local connection to {posting.Authority}.",
                    new Fact("based in", posting.Authority.Value)));
            }
        }

        return connected;
    }

    private static string ResidenceSentence(QualificationOptions q, string where) => q.ResidenceTest switch
    {
        ResidenceTest.SixOfLastTwelveMonths =>
            $"You have lived in {where} for {q.RecentResidenceMonths} of the last {q.RecentResidenceWindowMonths} months, or {q.LongResidenceYears} of the last {q.LongResidenceWindowYears} years, which gives a local connection.",
        ResidenceTest.WholePreviousSixMonths =>
            $"You have lived in {where} for the whole of the previous {q.RecentResidenceMonths} months, or {q.LongResidenceYears} of the last {q.LongResidenceWindowYears} years, which gives a local connection.",
    };

    private static bool MeetsResidenceTest(IReadOnlyCollection<ResidencePeriod> periods, QualificationOptions q, DateOnly asOf, out int recentDays, out int longDays)
    {
        var recentNeeded = asOf.DayNumber - asOf.AddMonths(-q.RecentResidenceMonths).DayNumber;
        var recentWindowStart = q.ResidenceTest == ResidenceTest.SixOfLastTwelveMonths
            ? asOf.AddMonths(-q.RecentResidenceWindowMonths)
            : asOf.AddMonths(-q.RecentResidenceMonths);
        recentDays = CoveredDays(periods.Select(p => (p.From, p.To)), recentWindowStart, asOf);
        var longNeeded = asOf.DayNumber - asOf.AddYears(-q.LongResidenceYears).DayNumber;
        longDays = CoveredDays(periods.Select(p => (p.From, p.To)), asOf.AddYears(-q.LongResidenceWindowYears), asOf);
        return recentDays >= recentNeeded || longDays >= longNeeded;
    }

    /// <summary>Days in [windowStart, asOf) covered by at least one period (an open period runs to <paramref name="asOf"/>).</summary>
    private static int CoveredDays(IEnumerable<(DateOnly From, DateOnly? To)> periods, DateOnly windowStart, DateOnly asOf)
    {
        var length = asOf.DayNumber - windowStart.DayNumber;
        if (length <= 0)
        {
            return 0;
        }

        var covered = new bool[length];
        foreach (var (from, to) in periods)
        {
            var start = Math.Max(from.DayNumber, windowStart.DayNumber);
            var end = Math.Min(to is { } t ? t.DayNumber + 1 : asOf.DayNumber, asOf.DayNumber);
            for (var day = start; day < end; day++)
            {
                covered[day - windowStart.DayNumber] = true;
            }
        }

        return covered.Count(c => c);
    }

    // ---- Work (001 §40.7, fn 9) ----

    private static bool Work(LocalConnectionFacts facts, QualificationOptions q, DateOnly asOf, List<Reason> reasons, SortedSet<string> authorities)
    {
        var qualifying = new List<Employment>();
        foreach (var job in facts.Employment.Where(e => DevonAuthorities.IsPartner(e.Authority)))
        {
            var jobFact = new Fact("work", $"{job.Kind} in {job.Authority} from {Iso(job.From)}");
            if (job.Kind == EmploymentKind.Casual)
            {
                reasons.Add(Because("DHC.LocalConnection.CasualWork", "40.7", "Casual work does not give a local connection.", jobFact));
                continue;
            }

            if (!job.Evidenced)
            {
                reasons.Add(Because("DHC.LocalConnection.WorkEvidenceNeeded", "40.25",
                    "Send us evidence of your work in Devon; we cannot count it until we have it.", jobFact));
                continue;
            }

            var hours = job.Kind == EmploymentKind.Permanent ? job.ContractHoursPerWeek : job.AssessedAverageHoursPerWeek?.Value ?? 0m;
            if (hours < q.WorkMinimumHoursPerWeek)
            {
                reasons.Add(Because("DHC.LocalConnection.WorkHoursTooFew", "40.7",
                    job.Kind == EmploymentKind.Permanent
                        ? $"Your contract is for fewer than {q.WorkMinimumHoursPerWeek} hours a week, so it does not give a local connection."
                        : $"Your work has not been assessed as averaging {q.WorkMinimumHoursPerWeek} hours a week over the last {q.WorkPeriodMonths} months (from your payslips), so it does not give a local connection.",
                    jobFact, new Fact("hours a week", hours.ToString(CultureInfo.InvariantCulture))));
                continue;
            }

            qualifying.Add(job);
        }

        var connected = false;
        if (MeetsWorkTest(qualifying, q, asOf))
        {
            connected = true;
            reasons.Add(Because("DHC.LocalConnection.Work", "40.7",
                $"You have worked in Devon for at least {q.WorkMinimumHoursPerWeek} hours a week for the last {q.WorkPeriodMonths} months without a break of more than {q.WorkMaximumBreakMonths} months, which gives a local connection.",
                [.. qualifying.Select(j => new Fact("work", $"{j.Kind} in {j.Authority} from {Iso(j.From)}"))]));
        }
        else if (qualifying.Count > 0)
        {
            reasons.Add(Because("DHC.LocalConnection.WorkTooShort", "40.7",
                $"Your work in Devon does not yet cover the last {q.WorkPeriodMonths} months without a break of more than {q.WorkMaximumBreakMonths} months."));
        }

        foreach (var group in qualifying.GroupBy(j => j.Authority))
        {
            if (MeetsWorkTest([.. group], q, asOf) && authorities.Add(group.Key.Value))
            {
                reasons.Add(Because("DHC.LocalConnection.WorkInAuthority", "63.14",
                    $"Your work in {group.Key} gives a connection to that council's area.", new Fact("authority", group.Key.Value)));
            }
        }

        return connected;
    }

    private static bool MeetsWorkTest(List<Employment> jobs, QualificationOptions q, DateOnly asOf)
    {
        var windowStart = asOf.AddMonths(-q.WorkPeriodMonths);
        if (!jobs.Any(j => j.From <= windowStart && (j.To is null || j.To >= windowStart)))
        {
            return false;
        }

        var maxBreak = asOf.DayNumber - asOf.AddMonths(-q.WorkMaximumBreakMonths).DayNumber;
        var run = 0;
        for (var day = windowStart; day < asOf; day = day.AddDays(1))
        {
            var d = day;
            run = jobs.Any(j => j.From <= d && (j.To is null || j.To >= d)) ? 0 : run + 1;
            if (run > maxBreak)
            {
                return false;
            }
        }

        return true;
    }

    // ---- Family (001 §40.8) ----

    private static bool Family(LocalConnectionFacts facts, QualificationOptions q, DateOnly asOf, List<Reason> reasons, SortedSet<string> authorities)
    {
        var connected = false;
        foreach (var relative in facts.Family.Where(f => DevonAuthorities.IsPartner(f.Authority)))
        {
            var relFact = new Fact("relative", $"{relative.Relationship} in {relative.Authority} since {Iso(relative.ResidentInDevonSince)}");
            if (!relative.Evidenced)
            {
                reasons.Add(Because("DHC.LocalConnection.FamilyEvidenceNeeded", "40.25",
                    "Send us evidence of your family connection in Devon; we cannot count it until we have it.", relFact));
                continue;
            }

            if (relative.Relationship == FamilyRelationship.OtherRelative && relative.ExceptionalCircumstancesAccepted is null)
            {
                reasons.Add(Because("DHC.LocalConnection.OtherRelative", "40.8",
                    "Only parents, adult children, brothers and sisters normally give a family connection; other relatives count only in exceptional circumstances.", relFact));
                continue;
            }

            var longEnoughOn = relative.ResidentInDevonSince.AddYears(q.FamilyResidenceYears);
            if (asOf < longEnoughOn)
            {
                reasons.Add(Because("DHC.LocalConnection.FamilyTooRecent", "40.8",
                    $"Your relative has not yet lived in Devon for {q.FamilyResidenceYears} years; this will give a connection from {D(longEnoughOn)}.", relFact));
                continue;
            }

            connected = true;
            authorities.Add(relative.Authority.Value);
            reasons.Add(Because("DHC.LocalConnection.Family", "40.8",
                $"Your close relative has lived in Devon for at least {q.FamilyResidenceYears} years, which gives a local connection to Devon and to {relative.Authority}.",
                relative.ExceptionalCircumstancesAccepted is { } ex ? [relFact, Assessed("exceptional circumstances", ex)] : [relFact]));
        }

        return connected;
    }

    // ---- Care experienced young people (001 §40.19-40.20) ----

    private static bool CareExperience(DevonApplication app, QualificationOptions q, DateOnly asOf, List<Reason> reasons, SortedSet<string> authorities)
    {
        if (app.LocalConnection.CareExperience is not { } care)
        {
            return false;
        }

        var connected = false;
        var lookedAfter = new Fact("looked after by", care.LookedAfterBy.Value);
        if (q.CountyWideCareAuthorities.Contains(care.LookedAfterBy))
        {
            connected = true;
            foreach (var authority in DevonAuthorities.All)
            {
                authorities.Add(authority.Value);
            }

            reasons.Add(Because("DHC.LocalConnection.CareExperiencedDevon", "40.20",
                "You were looked after by Devon County Council, Plymouth City Council or Torbay Council, so you have a local connection to every Devon council.",
                lookedAfter));
        }
        else if (DevonAuthorities.IsPartner(care.LookedAfterBy))
        {
            connected = true;
            authorities.Add(care.LookedAfterBy.Value);
            reasons.Add(Because("DHC.LocalConnection.CareExperienced", "40.19",
                $"You have a local connection to {care.LookedAfterBy}, the council that looked after you.", lookedAfter));
        }

        var dob = app.Household.MainApplicant.DateOfBirth;
        foreach (var district in care.Placements.Where(p => DevonAuthorities.IsPartner(p.District)).GroupBy(p => p.District))
        {
            if (dob is not { } born)
            {
                break;
            }

            var days = district.Sum(p => p.To.DayNumber - p.From.DayNumber + 1);
            var sixteenth = Common.Age.DateReaching(born, q.CarePlacementBeforeAge);
            var until = Common.Age.DateReaching(born, q.CarePlacementConnectionUntilAge);
            var earliest = district.Min(p => p.From);
            var longEnough = days >= earliest.AddYears(q.CarePlacementYears).DayNumber - earliest.DayNumber;
            var facts = new[] { new Fact("placement district", district.Key.Value), new Fact("days placed", days.ToString(CultureInfo.InvariantCulture)) };
            if (!longEnough || earliest >= sixteenth)
            {
                continue;
            }

            if (asOf >= until)
            {
                reasons.Add(Because("DHC.LocalConnection.CarePlacementEnded", "40.19",
                    $"Your placement in {district.Key} gave a local connection there until you turned {q.CarePlacementConnectionUntilAge} on {D(until)}.", facts));
                continue;
            }

            connected = true;
            authorities.Add(district.Key.Value);
            reasons.Add(Because("DHC.LocalConnection.CarePlacement", "40.19",
                $"You were placed in {district.Key} for at least {q.CarePlacementYears} years, including time before you were {q.CarePlacementBeforeAge}, so you have a local connection there until you turn {q.CarePlacementConnectionUntilAge} on {D(until)}.",
                facts));
        }

        return connected;
    }

    // ---- Exemptions (001 §40.3, §40.12-40.18, §40.30) ----

    private static bool Exemptions(DevonApplication app, List<Reason> reasons, ref bool connected)
    {
        var exempt = false;
        if (app.CurrentHome.Tenure == Tenure.PartnerLandlordTenant)
        {
            exempt = true;
            reasons.Add(Because("DHC.LocalConnection.PartnerLandlordTenant", "40.12",
                "You are a tenant of a Devon Home Choice partner landlord, so the local connection rules do not apply to you; you are banded on your housing need.",
                new Fact("tenure", app.CurrentHome.Tenure.ToString())));
        }

        foreach (var fact in app.LocalConnection.Exemptions)
        {
            var used = Assessed("exemption", fact);
            switch (fact.Value)
            {
                case LocalConnectionExemption.NoConnectionAnywhereInUk:
                    connected = true;
                    reasons.Add(Because("DHC.LocalConnection.NoConnectionAnywhere", "40.3",
                        "You have no local connection anywhere in the UK, so you are treated as having a local connection to Devon.", used));
                    break;
                case LocalConnectionExemption.BereavedSpouseLeavingServicesFamilyAccommodation
                    when app.CurrentHome.Tenure != Tenure.ServicesFamilyAccommodation:
                    reasons.Add(Because("DHC.LocalConnection.BereavedSpouseLeftSfa", "40.15",
                        "The exemption for bereaved partners of service personnel applies only while you are applying from Services Family Accommodation; now you have moved, the local connection rules apply.",
                        used, new Fact("tenure", app.CurrentHome.Tenure.ToString())));
                    break;
                default:
                    exempt = true;
                    var (section, text) = Exemption(fact.Value);
                    reasons.Add(Because("DHC.LocalConnection.Exempt." + fact.Value, section,
                        text + " So the local connection rules do not apply to you and you are banded on your housing need.", used));
                    break;
            }
        }

        return exempt;
    }

    private static (string Section, string Text) Exemption(LocalConnectionExemption exemption) => exemption switch
    {
        LocalConnectionExemption.HomelessWithConnectionWaived => ("40.3", "You have been accepted as statutorily homeless by a Devon council, which waived the local connection requirement."),
        LocalConnectionExemption.FleeingDomesticAbuseInDevonRefuge => ("40.3", "You are fleeing domestic abuse and living in a refuge or emergency accommodation in Devon."),
        LocalConnectionExemption.FleeingDomesticAbuseAtRiskWhereConnected => ("40.3", "You are fleeing domestic abuse and would be at risk where you have a local connection."),
        LocalConnectionExemption.GiveOrReceiveSupport => ("40.3", "You need to move to Devon to give or receive support, and not doing so would cause hardship."),
        LocalConnectionExemption.SpecialCircumstances => ("40.3", "You have health or support needs that can only be met in Devon."),
        LocalConnectionExemption.NoConnectionAnywhereInUk => ("40.3", "You have no local connection anywhere in the UK."),
        LocalConnectionExemption.ArmedForcesMemberOrFormer => ("40.14", "You are serving, or have served, in the Armed Forces."),
        LocalConnectionExemption.BereavedSpouseLeavingServicesFamilyAccommodation => ("40.15", "You are leaving Services Family Accommodation after the service-related death of your spouse or civil partner."),
        LocalConnectionExemption.InjuredReservist => ("40.15", "You are a serving or former Reserve who needs to move because of an injury or condition caused by service."),
        LocalConnectionExemption.DivorcedOrSeparatedSpouseLeavingMoDAccommodation => ("40.16", "You are a divorced or separated spouse or civil partner of service personnel who must leave Ministry of Defence accommodation."),
        LocalConnectionExemption.RightToMove => ("40.18", "You are a social tenant who needs to move here to avoid hardship because you work here or have an offer of work here (Right to Move)."),
        LocalConnectionExemption.MovingForWork => ("40.30", "You need to move to Devon for work."),
    };

    private static string WhatWouldChange(DevonApplication app, QualificationOptions q, DateOnly asOf)
    {
        var text = q.ResidenceTest == ResidenceTest.SixOfLastTwelveMonths
            ? $"You would have a local connection once you have lived in Devon for {q.RecentResidenceMonths} of the last {q.RecentResidenceWindowMonths} months"
            : $"You would have a local connection once you have lived in Devon for the whole of the previous {q.RecentResidenceMonths} months";
        var current = app.LocalConnection.AddressHistory
            .Where(p => p.To is null && DevonAuthorities.IsPartner(p.Authority) && p.Kind is ResidenceKind.ByChoice)
            .OrderBy(p => p.From)
            .FirstOrDefault();
        if (current is not null && current.From <= asOf)
        {
            text += $" (if you stay where you are, by {D(current.From.AddMonths(q.RecentResidenceMonths))} at the latest)";
        }

        return text + $", or have worked in Devon for {q.WorkMinimumHoursPerWeek}+ hours a week for {q.WorkPeriodMonths} months, or a parent, adult child, brother or sister has lived in Devon for {q.FamilyResidenceYears} years, or one of the exceptions applies (for example Armed Forces service, fleeing domestic abuse, or moving for work).";
    }
}
