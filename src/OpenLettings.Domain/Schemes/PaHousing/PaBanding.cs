using OpenLettings.Domain.Common;
using OpenLettings.Domain.Explanations;

namespace OpenLettings.Domain.Schemes.PaHousing;

/// <summary>
/// Bands A-D: every Appendix 2 criterion the household meets, placed by its sub-region's variation of the
/// table, after disregarding needs caused deliberately; the band is the highest, and its priority date the
/// day its need was first established (not before registration).
/// </summary>
/// <remarks>004 §4.6, §4.11, Appendix 2.</remarks>
public static class PaBanding
{
    /// <summary>Assesses the band of one application in its sub-region.</summary>
    public static PaBandDecision Assess(PaHousingApplication app, SubRegion region, PaBedroomNeed bedrooms, PaHousingOptions options, DateOnly asOf)
    {
        var rules = options.For(region);
        var registered = DateOnly.FromDateTime(app.RegisteredAt);
        var reasons = new List<Reason>();
        var found = new List<(PaNeed Need, DateOnly On, Fact[] Facts)>();

        Derive(app, bedrooms, options, asOf, registered, found);
        foreach (var assessed in app.AssessedNeeds)
        {
            var need = assessed.Value;
            if (PaNeedCatalogue.Derived.Contains(need))
            {
                reasons.Add(Pa.Reason("Banding.DerivedNeedEntered", "Appendix 2",
                    $"'{PaNeedCatalogue.Wording(need)}' is worked out from your application, not entered by an officer, so the entry was not used.").With(Pa.By(assessed)));
                continue;
            }

            if (need == PaNeed.NonDependentChildFirstTenancy && app.Household.MainApplicant.AgeOn(asOf) is < 18)
            {
                reasons.Add(Pa.Reason("Banding.NonDependentChildAge", "Appendix 2", "The non-dependent child criterion is for applicants aged 18 or over.").With(Pa.By(assessed)));
                continue;
            }

            if (need == PaNeed.ExistingTenantPositiveBehaviour && app.Route != PaRoute.Transfer)
            {
                reasons.Add(Pa.Reason("Banding.ExistingTenantOnly", "Appendix 2", "The positive behaviour criterion is for existing PA Housing tenants applying to transfer.").With(Pa.By(assessed)));
                continue;
            }

            found.Add((need, assessed.AssessedOn, [Pa.By(assessed)]));
        }

        if (app.SeekingIndependentLiving && app.Household.MainApplicant.AgeOn(asOf) >= options.IndependentLivingMinimumAge
            && !found.Any(f => rules.Bands.TryGetValue(f.Need, out var b) && b != PaBand.D))
        {
            found.Add((PaNeed.IndependentLivingNoOtherNeed, registered, [Pa.Fact("seeking Independent Living", true)]));
        }

        var awards = new List<PaNeedAward>();
        foreach (var (need, on, facts) in found.DistinctBy(f => f.Need))
        {
            var worsened = app.DeliberateWorsening.FirstOrDefault(w => w.Value.Need == need);
            if (worsened is not null && !worsened.Value.ExceptionalCircumstancesProved)
            {
                reasons.Add(Pa.Reason("Banding.DeliberateWorsening", "4.11",
                    $"This need is not considered because it was found to result from a deliberate action or inaction: {PaNeedCatalogue.Wording(need)}.",
                    Pa.Fact("need", need)).With(Pa.By(worsened)));
                continue;
            }

            if (!rules.Bands.TryGetValue(need, out var band))
            {
                reasons.Add(Pa.Reason("Banding.NotInSubRegion", "Appendix 2",
                    $"This criterion does not give priority in {Pa.Region(region)}: {PaNeedCatalogue.Wording(need)}.",
                    Pa.Fact("need", need), Pa.Fact("sub-region", region)));
                continue;
            }

            var item = PaNeedCatalogue.Placement(need).TryGetValue(region, out var placed) && placed.Band == band ? $" (Appendix 2 {placed})" : "";
            var established = on < registered ? registered : on;
            var reason = new Reason("PA.Banding." + need, Pa.Cite("Appendix 2"),
                $"Band {band}{item} in {Pa.Region(region)}: {PaNeedCatalogue.Wording(need)}.").With(facts).With(Pa.Fact("established on", established));
            if (worsened is not null)
            {
                reason = reason.With(new Fact("deliberate worsening", "exceptional circumstances proved (004 §4.11)"));
            }

            awards.Add(new PaNeedAward(need, band, established, reason));
        }

        awards = [.. awards.OrderBy(a => a.Band).ThenBy(a => a.EstablishedOn)];
        if (app.CanResolveInPrivateSector is { Value: true } canResolve)
        {
            reasons.Add(Pa.Reason("Banding.CanResolveInPrivateSector", "4.11",
                "You could resolve your housing need by renting a suitable home privately without public funds and have chosen not to, so no priority is awarded.").With(Pa.By(canResolve)));
            return new PaBandDecision(null, null, [.. awards], [.. reasons]);
        }

        if (awards.Count == 0)
        {
            reasons.Add(Pa.Reason("Banding.NoCriteria", "4.6", $"You do not meet any of the banding criteria that apply in {Pa.Region(region)}."));
            return new PaBandDecision(null, null, [], [.. reasons]);
        }

        var top = awards[0].Band;
        var date = awards.Where(a => a.Band == top).Min(a => a.EstablishedOn);
        var summary = Pa.Reason("Banding.Band", "4.6",
            $"You are in Band {top} ({Describe(top)}), the highest band of the criteria you meet; your priority date is {date:d MMMM yyyy}.",
            Pa.Fact("band", top), Pa.Fact("priority date", date));
        return new PaBandDecision(top, date, [.. awards], [summary, .. awards.Select(a => a.Reason), .. reasons]);
    }

    /// <summary>The band's name in the policy.</summary>
    public static string Describe(PaBand band) => band switch
    {
        PaBand.A => "emergency housing need",
        PaBand.B => "urgent housing need",
        PaBand.C => "identified housing need",
        PaBand.D => "key worker or Choice Plus",
    };

    private static void Derive(PaHousingApplication app, PaBedroomNeed bedrooms, PaHousingOptions options, DateOnly asOf, DateOnly registered,
        List<(PaNeed, DateOnly, Fact[])> found)
    {
        var home = app.CurrentHome;
        if (home.Bedrooms is { } have)
        {
            var facts = new[] { Pa.Fact("bedrooms needed", bedrooms.CurrentNeed), Pa.Fact("bedrooms in current home", have) };
            var shortfall = bedrooms.CurrentNeed - have;
            if (shortfall >= 2)
            {
                found.Add((PaNeed.OvercrowdedByTwoOrMore, registered, facts));
            }
            else if (shortfall == 1)
            {
                found.Add((PaNeed.OvercrowdedByOne, registered, facts));
            }

            if (home.Tenure is PaTenure.PaHousingTenant or PaTenure.OtherSocialTenant)
            {
                var surplus = have - bedrooms.CurrentNeed;
                if (surplus >= 2)
                {
                    found.Add((PaNeed.UnderOccupyingByTwoOrMore, registered, facts));
                }
                else if (surplus == 1)
                {
                    found.Add((PaNeed.UnderOccupyingByOne, registered, facts));
                }
            }
        }

        if (app.Route == PaRoute.KeyWorker)
        {
            found.Add((PaNeed.KeyWorker, registered, [Pa.Fact("route", app.Route)]));
        }

        var activity = app.Activity;
        if (activity.WorkHoursPerWeek >= options.EmploymentHoursPerWeek && activity.WorkingSince is { } working
            && working.AddMonths(options.EmploymentMonths) <= asOf)
        {
            found.Add((PaNeed.InEmployment, working.AddMonths(options.EmploymentMonths),
                [Pa.Fact("hours a week", activity.WorkHoursPerWeek), Pa.Fact("working since", working)]));
        }

        if (activity.VolunteeringHoursPerMonth >= options.VolunteeringHoursPerMonth && activity.VolunteeringSince is { } volunteering
            && volunteering.AddMonths(options.VolunteeringMonths) <= asOf)
        {
            found.Add((PaNeed.CommunityVolunteering, volunteering.AddMonths(options.VolunteeringMonths),
                [Pa.Fact("hours a month", activity.VolunteeringHoursPerMonth), Pa.Fact("volunteering since", volunteering)]));
        }

        if (home.Tenure == PaTenure.PrivateRented && home.MonthlyRent is { } rent)
        {
            var income = app.Finances.Income.Aggregate(Money.Zero, (s, i) => s + i.AnnualAmount);
            var annualRent = rent.Pounds * 12m;
            if (annualRent > income.Pounds * options.PrivateRentShareOfIncomePercent / 100m)
            {
                found.Add((PaNeed.PrivateRentOverShareOfIncome, registered,
                    [Pa.Fact("annual rent", new Money(annualRent)), Pa.Fact("annual income", income), Pa.Fact("limit (per cent of income)", options.PrivateRentShareOfIncomePercent)]));
            }
        }
    }
}
