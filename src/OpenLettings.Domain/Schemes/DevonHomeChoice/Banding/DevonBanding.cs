using System.Collections.Immutable;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Eligibility;
using static OpenLettings.Domain.Schemes.DevonHomeChoice.Banding.Banding;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;

/// <summary>
/// Devon Home Choice banding (001 §17-§43): applies every Housing Need Criterion, combines the needs (the
/// highest band wins; a second need in the same band adds nothing), applies the overrides (Band A in temporary
/// accommodation, deliberate worsening, armed forces, no local connection, finances, sanctions), decides
/// registration and works out the band start date.
/// </summary>
public static class DevonBanding
{
    /// <summary>Bands <paramref name="app"/> on <paramref name="asOf"/>.</summary>
    /// <remarks>Rule order: eligibility and qualification gates; prison (001 §11); needs (001 §17-§41); highest band (001 §42, ambiguity 4); overrides; registration (001 §8.8-8.10, §41.3); band start date (001 §43).</remarks>
    public static BandDecision Assess(DevonApplication app, BandingInputs inputs, DevonOptions options, DateOnly asOf)
    {
        var o = options.Banding;
        if (!inputs.Eligibility.Eligible)
        {
            return Gate(RegistrationOutcome.NotEligible, inputs.Eligibility.Reasons,
                R("NotEligible", "5.1", "You are not eligible for an allocation of social housing, so your application is not banded."));
        }

        var q = inputs.Qualification;
        switch (q.Outcome)
        {
            case QualificationOutcome.NotQualifying:
                return Gate(RegistrationOutcome.NotQualifying, q.Reasons,
                    R("NotQualifying", "8.22", "You are not a qualifying person, so your application is not banded."));
            case QualificationOutcome.PendingEnquiries:
                return Gate(RegistrationOutcome.PendingEnquiries, q.Reasons,
                    R("PendingEnquiries", "8.15", "Enquiries into whether you qualify are still running, so your application is not banded yet."));
            case QualificationOutcome.Qualifies:
                break;
        }

        var registersE = options.RegistersNoHousingNeed(app.ManagingAuthority);
        var beforeReleaseWindow = q.NotBeforeDate is { } notBefore && asOf < notBefore;
        if (beforeReleaseWindow && !registersE)
        {
            return Gate(RegistrationOutcome.NotYet, q.Reasons,
                R("Prison.NotYet", "11.5", $"You are in prison; this authority does not register households with no housing need, so you can be registered from {D(q.NotBeforeDate!.Value)}, 56 days before your release, if you have a housing need."))
                with { NotBefore = q.NotBeforeDate, WhatWouldChangeIt = [$"Contact your local housing team from {D(q.NotBeforeDate!.Value)} (001 §11.5)."] };
        }

        if (q.RetainsPreviousBandAndDate && app.History.Current is { } kept)
        {
            var retained = new BandAward(kept.Band, kept.Reason, AnyHome)
            {
                BandStartDate = kept.BandStartDate,
                Reasons = [R("Prison.Retained", "11.1", $"Your custody does not end your banding: you keep {kept.Band.Describe()} and your band start date of {D(kept.BandStartDate)}.")],
            };
            return new BandDecision
            {
                Registration = RegistrationOutcome.Registered,
                General = retained,
                BandStartDate = kept.BandStartDate,
                BiddingSuspended = q.BiddingSuspended,
                NotBefore = q.NotBeforeDate,
                Reasons = [.. q.Reasons, .. retained.Reasons],
            };
        }

        var found = NeedCriteria.Collect(app, inputs, o, asOf);
        var reasons = new List<Reason>();
        var hints = new List<string>(found.Hints);
        var other = new List<BandAward>();
        var generalNeeds = found.Needs.Where(n => n.IsGeneral).ToList();
        var scoped = found.Needs.Where(n => !n.IsGeneral).ToList();

        var best = Highest(generalNeeds) ?? new NeedCandidate(Award(BandReason.E_NoHousingNeed,
            R("E.NoHousingNeed", "41.1", "None of the housing need criteria applies to you, so you have no housing need (Band E).")));
        foreach (var need in generalNeeds.Where(n => !ReferenceEquals(n, best)))
        {
            other.Add(need.Award);
            if (need.Band == best.Band)
            {
                reasons.Add(R("SameBandNoExtraPriority", "42.1", $"You also meet another {need.Band.Describe()} criterion ({need.Reason}); a second need in the same band gives no extra priority."));
            }
        }

        if (generalNeeds.Count > 1 && generalNeeds.Any(n => n.Band != best.Band))
        {
            reasons.Add(R("HighestBandWins", "34.2", $"You meet criteria in more than one band; the highest, {best.Band.Describe()}, applies."));
        }

        best = BandAInTemporaryAccommodation(app, best, generalNeeds, reasons);
        best = DeliberateWorsening(app, o, asOf, best, scoped, reasons, hints);
        best = ArmedForces(app, best, reasons);
        best = NoLocalConnection(inputs.LocalConnection, best, scoped, other, reasons, hints);
        best = Finances(app, inputs.Finances, o, best, scoped, reasons);
        best = Sanctions(inputs.Sanctions, beforeReleaseWindow, q, asOf, best, scoped, reasons, hints);

        if (best.Reason == BandReason.E_NoHousingNeed && scoped.Any(s => s.Reason == BandReason.D_LocalPriority))
        {
            best = best with
            {
                Award = Award(BandReason.E_OutsideLocalPriorityArea,
                    R("E.OutsideLocalPriorityArea", "36.3", "Outside the rural area of your community contribution you have no housing need, so you are in Band E for homes elsewhere.")),
            };
        }

        scoped.RemoveAll(s => !s.Band.IsHigherThan(best.Band));
        if (best.Band == Band.E && scoped.Count == 0 && !registersE)
        {
            reasons.AddRange(best.Award.Reasons);
            reasons.Add(R("NotRegistered", "41.3", "The authority managing your application does not register households with no housing need, so your application is not registered."));
            hints.Add("If your circumstances change so that you have a housing need, you can apply again (001 §8.9, §41.3).");
            return new BandDecision
            {
                Registration = RegistrationOutcome.NotRegistered,
                OtherNeeds = [.. other],
                Reasons = [.. reasons, .. found.Notes],
                WhatWouldChangeIt = [.. hints.Distinct()],
            };
        }

        var (bsd, bsdReasons) = BandStartDates.ForGeneral(app, best, o, asOf);
        var general = best.Award with { BandStartDate = bsd, ReviewDue = best.Award.ReviewDue ?? BandBMonitoring(best, bsd, o, asOf) };
        if (general.Band == Band.A && app.Needs.BandARefusedSuitableOfferOn is { } refusedOn)
        {
            general = general with
            {
                ReviewDue = general.ReviewDue is { } due && due < refusedOn ? due : refusedOn,
                Reasons = general.Reasons.Add(R("A.RefusedSuitableOffer", "62.5", $"You refused a suitable offer on {D(refusedOn)}, so your Band A status is under review and you may be placed in another band for your needs.")),
            };
            hints.Add("Refusing a suitable offer while in Band A puts the Band A award at risk (001 §17.40, §62.5).");
        }

        var noBidSuspension = BandBWithoutBids(app, general, o, asOf);
        if (noBidSuspension is { } noBid)
        {
            general = general with { ReviewDue = asOf, Reasons = general.Reasons.Add(noBid) };
            hints.Add("Bid for suitable homes: Band B households who have not bid for 12 months are suspended from bidding and reviewed (001 §29.2).");
        }

        var scopedAwards = scoped.Select(s =>
        {
            var (date, why) = BandStartDates.ForScoped(app, s, o, asOf);
            return s.Award with { BandStartDate = date, Reasons = s.Award.Reasons.AddRange(why), ReviewDue = s.Award.ReviewDue ?? BandBMonitoring(s, date, o, asOf) };
        }).ToImmutableArray();

        var panel = app.Needs.DomesticAbusePanel is { Accepted: true } p ? p : null;
        var reviews = new List<DateOnly>();
        reviews.AddRange(new[] { general }.Concat(scopedAwards).Select(a => a.ReviewDue).OfType<DateOnly>());
        return new BandDecision
        {
            Registration = RegistrationOutcome.Registered,
            General = general,
            Scoped = scopedAwards,
            BandStartDate = bsd,
            OtherNeeds = [.. other],
            ReviewsDue = [.. reviews.Distinct().Order()],
            UnsafeAuthorities = panel?.UnsafeAuthorities ?? [],
            UnsafeLocalities = panel?.UnsafeLocalities ?? [],
            OverridesLocalConnectionPreferences = general.Reason == BandReason.A_DomesticAbuseOrViolence,
            BiddingSuspended = q.BiddingSuspended || beforeReleaseWindow || noBidSuspension is not null,
            NotBefore = q.NotBeforeDate,
            Reasons = [.. reasons, .. general.Reasons, .. scopedAwards.SelectMany(s => s.Reasons), .. bsdReasons, .. found.Notes],
            WhatWouldChangeIt = [.. hints.Distinct()],
        };
    }

    private static BandDecision Gate(RegistrationOutcome outcome, ImmutableArray<Reason> upstream, Reason reason) =>
        new() { Registration = outcome, Reasons = [.. upstream, reason] };

    /// <summary>The highest band; among needs in the same band, the first criterion (001 §42, ambiguity 4).</summary>
    private static NeedCandidate? Highest(IReadOnlyList<NeedCandidate> needs)
    {
        NeedCandidate? best = null;
        foreach (var need in needs)
        {
            if (best is null || need.Band.IsHigherThan(best.Band))
            {
                best = need;
            }
        }

        return best;
    }

    /// <summary>
    /// A Band B household with no bid in the last 12 months (counted from its last bid, or from when it entered Band B
    /// if later) is suspended from bidding and its award reviewed; the review may cancel the application, change the
    /// band or keep it, for example where no suitable homes were advertised (001 §29.2).
    /// </summary>
    private static Reason? BandBWithoutBids(DevonApplication app, BandAward general, BandingOptions options, DateOnly asOf)
    {
        if (general.Band != Band.B)
        {
            return null;
        }

        var current = app.History.Awards.IsDefaultOrEmpty ? null : app.History.Awards.LastOrDefault(a => !a.Scoped && a.To is null);
        var inBandBSince = current is { Band: Band.B } ? current.From : asOf;
        var lastActivity = app.Bidding.LastBidOn is { } lastBid && lastBid > inBandBSince ? lastBid : inBandBSince;
        var due = lastActivity.AddMonths(options.BandBNoBidSuspensionMonths);
        if (asOf < due)
        {
            return null;
        }

        return R("B.NoBidFor12Months", "29.2",
                $"You have been in Band B without bidding for {options.BandBNoBidSuspensionMonths} months, so you are suspended from bidding while your application is reviewed.")
            .With(new Fact("in Band B since", D(inBandBSince)), new Fact("last bid", app.Bidding.LastBidOn is { } b ? D(b) : "none"));
    }

    /// <summary>Every Band B award is monitored every 3 months (001 §29.1).</summary>
    private static DateOnly? BandBMonitoring(NeedCandidate award, DateTime bandStart, BandingOptions options, DateOnly asOf) =>
        award.Band == Band.B ? NextCycle(award.DecidedOn ?? DateOnly.FromDateTime(bandStart), options.BandBMonitoringMonths, asOf) : null;

    private static NeedCandidate Override(NeedCandidate from, BandReason reason, Reason why) =>
        new(Award(reason, why) with { UnderlyingBand = from.Award.UnderlyingBand ?? (from.Band.IsHigherThan(reason.BandFor()) ? from.Band : null) });

    /// <summary>Band A becomes Band D when the household is placed in temporary accommodation, unless another priority band applies (001 §17.11).</summary>
    private static NeedCandidate BandAInTemporaryAccommodation(DevonApplication app, NeedCandidate best, List<NeedCandidate> needs, List<Reason> reasons)
    {
        if (best.Band != Band.A || app.CurrentHome.Tenure != Tenure.TemporaryAccommodation)
        {
            return best;
        }

        var next = Highest([.. needs.Where(n => n.Band is Band.B or Band.C)]);
        if (next is not null)
        {
            reasons.Add(R("A.TemporaryAccommodation.OtherBand", "17.11", $"You have been placed in temporary accommodation, so Band A no longer applies; your other need places you in {next.Band.Describe()}."));
            return next;
        }

        return Override(best, BandReason.D_BandAInTemporaryAccommodation,
            R("D.BandAInTemporaryAccommodation", "17.11", "You were in Band A and have been placed in temporary accommodation, so you are now in Band D."));
    }

    /// <summary>Deliberate worsening: Band D for 12 months (Band C for the armed forces), or Band E for high-value deprivation of capital (001 §37).</summary>
    private static NeedCandidate DeliberateWorsening(DevonApplication app, BandingOptions options, DateOnly asOf, NeedCandidate best, List<NeedCandidate> scoped, List<Reason> reasons, List<string> hints)
    {
        if (app.Needs.DeliberateWorsening is not { } fact)
        {
            return best;
        }

        var decided = DecidedBy(fact);
        if (fact.Value.Kind == DeliberateWorseningKind.HighValueDeprivationOfCapital)
        {
            scoped.Clear();
            return Override(best, BandReason.E_DeliberateDeprivationOfCapital,
                R("E.DeliberateDeprivation", "37.1", "The local authority decided you deliberately deprived yourself of high-value capital or assets, so you are in Band E with no review date.", decided));
        }

        var reviewOn = fact.AssessedOn.AddMonths(options.DeliberateWorseningReviewMonths);
        if (asOf >= reviewOn)
        {
            reasons.Add(R("D.DeliberateWorsening.Reviewed", "37.2", $"The deliberate worsening decision of {D(fact.AssessedOn)} was due for review on {D(reviewOn)}; you are now banded on your needs.", decided));
            return best;
        }

        scoped.Clear();
        if (app.Needs.ArmedForces is { } category)
        {
            var lifted = Override(best, BandReason.C_ArmedForcesUrgentNeed,
                R("C.ArmedForces.DeliberateWorsening", "37.5", "You were found to have deliberately worsened your circumstances, but as a member or former member of the armed forces you are placed in Band C.", decided, new Fact("armed forces category", category.ToString())));
            return lifted with { Award = lifted.Award with { ReviewDue = reviewOn } };
        }

        hints.Add($"The deliberate worsening decision will be reviewed on {D(reviewOn)}; you will then be banded on your needs with a new band start date (001 §37.2).");
        var worsened = Override(best, BandReason.D_DeliberateWorsening,
            R("D.DeliberateWorsening", "37.1", $"The local authority decided you deliberately worsened your circumstances ({fact.Value.Description}), so you are in Band D until the decision is reviewed on {D(reviewOn)}.", decided));
        return worsened with { Award = worsened.Award with { ReviewDue = reviewOn } };
    }

    /// <summary>Armed forces in urgent housing need: Band C where the household would otherwise be in Band D (001 §32).</summary>
    private static NeedCandidate ArmedForces(DevonApplication app, NeedCandidate best, List<Reason> reasons)
    {
        if (best.Band != Band.D || app.Needs.ArmedForces is not { } category || best.Reason == BandReason.D_DeliberateWorsening)
        {
            return best;
        }

        reasons.Add(R("C.ArmedForces.Lifted", "32.1", $"You would otherwise be in Band D ({best.Reason})."));
        return new NeedCandidate(Award(BandReason.C_ArmedForcesUrgentNeed,
            R("C.ArmedForces", "32.1", "You are in Band C because you or a member of your household is a member or former member of the armed forces in urgent housing need.", new Fact("armed forces category", category.ToString()))))
        { DecidedOn = best.DecidedOn };
    }

    /// <summary>No local connection to Devon: any housing need becomes Band D; no need stays Band E (001 §40.1-40.2, §40.28-40.29).</summary>
    private static NeedCandidate NoLocalConnection(LocalConnectionDecision lc, NeedCandidate best, List<NeedCandidate> scoped, List<BandAward> other, List<Reason> reasons, List<string> hints)
    {
        if (lc.ConnectedToDevon || lc.Exempt)
        {
            return best;
        }

        var needBand = scoped.Select(s => s.Band).Append(best.Band).Min();
        if (needBand == Band.E)
        {
            reasons.AddRange(lc.Reasons);
            return best.Reason == BandReason.E_NoHousingNeed
                ? Override(best, BandReason.E_NoLocalConnectionNoNeed,
                    R("E.NoLocalConnectionNoNeed", "40.1", "You have no local connection to Devon and no housing need, so you are in Band E."))
                : best;
        }

        other.Add(best.Award);
        other.AddRange(scoped.Select(s => s.Award));
        scoped.Clear();
        reasons.AddRange(lc.Reasons);
        hints.Add($"If you have or gain a local connection to Devon, or an exception applies, you will be banded on your need ({needBand.Describe()}) (001 §40).");
        var d = Override(best, BandReason.D_NoLocalConnection,
            R("D.NoLocalConnection", "40.28", $"You have no local connection to Devon, so your housing need is placed in Band D; without this rule you would be in {needBand.Describe()}."));
        return d with { Award = d.Award with { UnderlyingBand = needBand == Band.D ? null : needBand } };
    }

    /// <summary>
    /// The financial assessment: a property interest, income or capital above the limits place the household in
    /// Band E (Band D for homeless households); capital between the thresholds limits banding to older persons'
    /// housing (001 §41.2, §48.12, §48.25-48.26, §20.3, §34.1).
    /// </summary>
    private static NeedCandidate Finances(DevonApplication app, FinancialDecision finances, BandingOptions options, NeedCandidate best, List<NeedCandidate> scoped, List<Reason> reasons)
    {
        if (finances.Exempt)
        {
            return best;
        }

        (BandReason Reason, string Section, string Text)? trigger =
            finances.ReasonablePropertyInterest ? (BandReason.E_PropertyInterest, "41.2", "You have an interest in a property it is reasonable to expect you to live in, so you are in Band E.")
            : finances.IncomeAboveLimit ? (BandReason.E_IncomeAboveLimit, "48.12", "Your household income is above the Devon Home Choice income limit, so you are in Band E.")
            : finances.Capital == CapitalOutcome.AboveThreshold ? (BandReason.E_CapitalAboveThreshold, "48.25", "Your capital is enough to resolve your housing need, so you are in Band E.")
            : null;

        if (trigger is { } t)
        {
            reasons.AddRange(finances.Reasons);
            var homeless = app.Needs.Homelessness is { Stage: HomelessnessStage.Prevention or HomelessnessStage.Relief or HomelessnessStage.MainDuty } h && DevonAuthorities.IsPartner(h.OwedBy);
            if (homeless && options.HomelessAboveFinancialLimitsBandD && t.Reason != BandReason.E_PropertyInterest && best.Band != Band.E)
            {
                scoped.Clear();
                return best.Band.IsHigherThan(Band.D)
                    ? Override(best, BandReason.D_NoPermanentHomePrsAppropriate,
                        R("D.HomelessAboveFinancialLimits", "20.3", "You are owed a homelessness duty but your income or capital is above the Devon Home Choice limits, so you are in Band D."))
                    : best;
            }

            scoped.Clear();
            return Override(best, t.Reason, R("E.Financial", t.Section, t.Text));
        }

        if (finances.Capital != CapitalOutcome.OlderPersonsHousingOnly)
        {
            return best;
        }

        var olderOnly = new AwardScope.OlderPersonsHousingOnly();
        for (var i = 0; i < scoped.Count; i++)
        {
            scoped[i] = scoped[i] with { Award = scoped[i].Award with { Scope = new AwardScope.Both(scoped[i].Award.Scope, olderOnly) } };
        }

        if (best.Band == Band.E)
        {
            return best;
        }

        reasons.AddRange(finances.Reasons);
        var why = R("OlderPersonsOnly", "48.26", $"Your capital is above the limit for general needs housing but below the limit for older persons' housing, so your {best.Band.Describe()} applies only to older persons' housing; for other homes you are in Band E.");
        scoped.Insert(0, best with { Award = best.Award with { Scope = olderOnly, Reasons = best.Award.Reasons.Add(why) } });
        return Override(best, BandReason.E_CapitalAboveThreshold, why);
    }

    /// <summary>Band E sanctions (arrears, prison, three refusals...) override need (001 §9, §11.4, §62.6).</summary>
    private static NeedCandidate Sanctions(ImmutableArray<Sanction> sanctions, bool beforeReleaseWindow, QualificationDecision q, DateOnly asOf, NeedCandidate best, List<NeedCandidate> scoped, List<Reason> reasons, List<string> hints)
    {
        var active = sanctions.Where(s => s.Until is not { } until || asOf < until).ToList();
        if (beforeReleaseWindow && !active.Any(s => s.Reason == BandReason.E_ApplyingFromPrison))
        {
            active.Add(new Sanction(BandReason.E_ApplyingFromPrison,
                [R("E.ApplyingFromPrison", "11.4", $"You are in prison, so you are in Band E and cannot bid until {D(q.NotBeforeDate!.Value)}, 56 days before your release.")])
            {
                WhatWouldChangeIt = $"From {D(q.NotBeforeDate!.Value)} ask your local housing team to reassess your application (001 §11.3-11.4).",
            });
        }

        if (active.Count == 0)
        {
            return best;
        }

        scoped.Clear();
        foreach (var sanction in active)
        {
            reasons.AddRange(sanction.Explanation);
            if (sanction.WhatWouldChangeIt is { } hint)
            {
                hints.Add(hint);
            }

            if (sanction.Until is { } until)
            {
                hints.Add($"The {sanction.Reason} sanction ends on {D(until)}.");
            }
        }

        var first = active[0];
        return Override(best, first.Reason,
            R("E.Sanction", "41.1", $"A sanction places you in Band E ({first.Reason})" + (active.Count > 1 ? $", with {active.Count - 1} other sanction(s)." : "."), first.Explanation.SelectMany(e => e.Facts).ToArray()));
    }
}
