using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Bedrooms;
using static OpenLettings.Domain.Schemes.DevonHomeChoice.Banding.Banding;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;

/// <summary>Criteria from homelessness and from the current home (001 §20-§23, §30, §34-§35, §38.8).</summary>
internal static partial class NeedCriteria
{
    /// <summary>
    /// Homelessness: statutorily homeless (B, or D where private renting is appropriate), HRA prevention and
    /// relief (B for HRA Qualifying, else D), investigations (D) and a discharged duty (D) (001 §20, §21, §34.1-34.2, §64.8-64.9).
    /// </summary>
    private static void Homelessness(DevonApplication app, BandingOptions options, NeedFindings found)
    {
        if (app.Needs.Homelessness is not { } h)
        {
            return;
        }

        var owedBy = new Fact("local authority", h.OwedBy.Value);
        if (!DevonAuthorities.IsPartner(h.OwedBy))
        {
            found.Notes.Add(R("Homeless.NotDevon", "20.1", "Homelessness priority is given only where a Devon local authority has assessed or owes the duty.", owedBy));
            return;
        }

        DateOnly? dutyDate = h.PreventionDutyFrom ?? h.ReliefDutyFrom ?? h.MainDutyFrom;
        var ruleDate = dutyDate is { } d ? StartOfDay(d) : (DateTime?)null;
        var armed = app.Needs.ArmedForces is not null;
        var prs = h.PrivateRentedAppropriate;
        var prsAppropriate = prs is { Value: true } && !armed;
        var prsFacts = prs is null ? new[] { owedBy } : [owedBy, DecidedBy(prs)];
        switch (h.Stage)
        {
            case HomelessnessStage.UnderInvestigation:
                found.Add(new NeedCandidate(Award(BandReason.D_HomelessInvestigation,
                    R("D.HomelessInvestigation", "34.2", "You have applied as homeless to a Devon local authority, so you are in Band D while it investigates, unless your circumstances place you in a higher band.", owedBy))));
                return;

            case HomelessnessStage.Prevention:
            case HomelessnessStage.Relief:
                if (h.NotCooperatingWithPersonalisedPlan is { Value: true } nc)
                {
                    found.Add(new NeedCandidate(Award(BandReason.D_HraDutyPrsAppropriate,
                        R("D.HraNotCooperating", "21.5", "You are owed a homelessness duty but have deliberately and unreasonably not cooperated with your Personalised Plan, so you are in Band D.", owedBy, DecidedBy(nc))),
                        StartRule.HomelessDuty) { RuleDate = ruleDate, DecidedOn = nc.AssessedOn });
                    found.Hints.Add("Take the actions in your Personalised Housing Plan (001 §21.5).");
                    return;
                }

                if (h.HraQualifyingAccepted is { Value: true } hra && !prsAppropriate)
                {
                    var review = hra.AssessedOn.AddDays(options.HraQualifyingReviewDays);
                    var award = Award(BandReason.B_HraQualifying,
                        R("B.HraQualifying", "21.3", "You are in Band B as an HRA Qualifying applicant: a Devon local authority owes you the prevention or relief duty, private renting is not possible and appropriate for you"
                            + (armed && prs is { Value: true } ? " (the armed forces exception applies, 001 §21.6)" : "")
                            + ", and you are taking the actions in your Personalised Plan.", owedBy, DecidedBy(hra), new Fact("review due", D(review))))
                        with { ReviewDue = review };
                    found.Add(new NeedCandidate(award, StartRule.HomelessDuty) { RuleDate = ruleDate, DecidedOn = hra.AssessedOn });
                    found.Hints.Add("Refusing a reasonable offer usually ends HRA Qualifying priority (001 §21.12).");
                    return;
                }

                found.Add(new NeedCandidate(Award(BandReason.D_HraDutyPrsAppropriate,
                    R("D.HraDuty", "21.4", prsAppropriate
                        ? "A Devon local authority owes you the prevention or relief duty and it is possible and appropriate for you to find a private rented home, so you are in Band D."
                        : "A Devon local authority owes you the prevention or relief duty; you are in Band D unless you are accepted as an HRA Qualifying applicant.", prsFacts)),
                    StartRule.HomelessDuty) { RuleDate = ruleDate, DecidedOn = h.PreventionDutyFrom ?? h.ReliefDutyFrom });
                return;

            case HomelessnessStage.DutyDischarged when !h.ReviewFoundRefusalReasonable:
                found.Add(new NeedCandidate(Award(BandReason.D_HomelessDutyDischarged,
                    R("D.HomelessDutyDischarged", "64.8", "The local authority has discharged its homelessness duty because you refused a reasonable offer, so you are in Band D (and stay there during any review).", owedBy))));
                found.Hints.Add("If a review finds your refusal was reasonable, your homelessness priority is restored (001 §64.9).");
                return;

            case HomelessnessStage.DutyDischarged:
            case HomelessnessStage.MainDuty:
                if (prs is null && !armed)
                {
                    found.Notes.Add(R("Homeless.PrsNotDecided", "20.3", "The local authority has not yet decided whether it is possible and appropriate for you to find a private rented home; you are placed in Band B until it decides.", owedBy));
                }

                var main = prsAppropriate
                    ? Award(BandReason.D_NoPermanentHomePrsAppropriate,
                        R("D.HomelessPrsAppropriate", "34.1", "You are statutorily homeless and it is possible and appropriate for you to find a private rented home, so you are in Band D.", prsFacts))
                    : Award(BandReason.B_StatutorilyHomeless,
                        R("B.StatutorilyHomeless", "20.1", "You are in Band B because a Devon local authority has accepted that you are homeless, in priority need and not intentionally homeless, and private renting is not possible and appropriate for you"
                            + (armed && prs is { Value: true } ? " (the armed forces exception applies, 001 §20.7)." : "."), prsFacts));
                found.Add(new NeedCandidate(main, StartRule.HomelessDuty) { RuleDate = ruleDate, DecidedOn = h.MainDutyFrom });
                return;
        }
    }

    /// <summary>
    /// Overcrowding from the bedroom need, with the tenure rules: temporary accommodation, no fixed abode, short
    /// stays with family, bedsits and supported accommodation (001 §22, §26.9, §30, §34.1).
    /// </summary>
    private static void OvercrowdingNeed(DevonApplication app, BandingInputs inputs, BandingOptions options, NeedFindings found)
    {
        var home = app.CurrentHome;
        var need = inputs.Bedrooms;
        var bedrooms = new[]
        {
            new Fact("bedrooms needed", need.BedroomsNeeded.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Fact("bedrooms for exclusive use", need.CurrentBedrooms.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        switch (home.Tenure)
        {
            case Tenure.NoFixedAbode:
            case Tenure.RoughSleeping:
                found.Add(new NeedCandidate(Award(BandReason.D_NoPermanentAddress,
                    R("D.NoPermanentAddress", "34.1", "You have no permanent address (rough sleeping, no fixed abode or sofa-surfing), so you are in Band D unless another need places you higher."))));
                return;

            case Tenure.LivingWithFamilyOrFriends when home.StayIsShortTerm || !home.DeclaredForCouncilTax:
                found.Add(new NeedCandidate(Award(BandReason.D_NoPermanentAddress,
                    R("D.ShortStayWithFamily", "30.3", "You are staying with family or friends on a short-term basis, or the stay has not been declared for Council Tax, so it is not your permanent address and you are in Band D.",
                        new Fact("short-term", home.StayIsShortTerm ? "yes" : "no"), new Fact("declared for Council Tax", home.DeclaredForCouncilTax ? "yes" : "no")))));
                return;

            case Tenure.TemporaryAccommodation when need.Overcrowding != Overcrowding.None:
                found.Notes.Add(R("Overcrowding.TemporaryAccommodation", "30.4", "Priority for lacking bedrooms is not given to households in temporary accommodation provided by a local authority.", bedrooms));
                return;

            case Tenure.CaravanBoatOrBus:
                found.Add(new NeedCandidate(Award(BandReason.D_CaravanBoatOrBus,
                    R("D.CaravanBoatOrBus", "38.8", "You live in a caravan, boat, bus or similar, so you are in Band D to start with; serious cases are assessed by Environmental Health and Housing."))));
                break;

            default:
                break;
        }

        if (options.SettledFamilyStayGetsBandC && home.Tenure == Tenure.LivingWithFamilyOrFriends && need.Overcrowding == Overcrowding.None)
        {
            found.Add(new NeedCandidate(Award(BandReason.C_LackingOneBedroom,
                R("C.SettledFamilyStay", "34.1", "You are staying with family or friends on a settled basis, declared for Council Tax, so you are in Band C."))));
        }

        switch (need.Overcrowding)
        {
            case Overcrowding.Severe:
                found.Add(new NeedCandidate(Award(BandReason.B_SevereOvercrowding,
                    R("B.SevereOvercrowding", "22.1", $"You are in Band B because your home is severely overcrowded: you lack {need.LackingBedrooms} bedroom(s) (or two children lack a bedroom).", bedrooms))));
                return;

            case Overcrowding.LackingOneBedroom when home.IsBedsit && need.BedroomsNeeded < 2:
                found.Notes.Add(R("C.Bedsit", "30.8", "People living in bedsits get priority for lacking a bedroom only if a child or another member needs a second bedroom.", bedrooms));
                return;

            case Overcrowding.LackingOneBedroom when home.Tenure == Tenure.SupportedAccommodation && app.Needs.MoveOn is not { Value.ReadyToMoveOn: true }:
                found.Notes.Add(R("C.SupportedNotReady", "26.9", "People in supported accommodation who are not ready to move on are not placed in Band C for lacking a bedroom.", bedrooms));
                return;

            case Overcrowding.LackingOneBedroom:
                found.Add(new NeedCandidate(Award(BandReason.C_LackingOneBedroom,
                    R("C.LackingOneBedroom", "30.1", "You are in Band C because your home lacks one bedroom for your household.", bedrooms))));
                return;

            case Overcrowding.None:
                return;
        }
    }

    /// <summary>Under-occupying partner-landlord tenants: Band B for smaller homes in Devon, Band D outside Devon (001 §23, §43.17).</summary>
    private static void UnderOccupation(DevonApplication app, BandingInputs inputs, BandingOptions options, DateOnly asOf, NeedFindings found)
    {
        var home = app.CurrentHome;
        var need = inputs.Bedrooms;
        if (need.SpareBedrooms < 1)
        {
            return;
        }

        var facts = new[]
        {
            new Fact("bedrooms needed", need.BedroomsNeeded.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Fact("bedrooms now", need.CurrentBedrooms.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        if (home.Tenure == Tenure.SharedOwnership)
        {
            found.Notes.Add(R("B.UnderOccupation.SharedOwnership", "23.6", "Under-occupation priority is not given to people in shared ownership homes, as these are not re-let through Devon Home Choice.", facts));
            return;
        }

        if (home.Tenure != Tenure.PartnerLandlordTenant)
        {
            return;
        }

        var since = home.TenancyStartedOn ?? home.MovedInOn;
        var longEnough = since is { } s && s.AddMonths(options.UnderOccupationMinimumMonths) <= asOf;
        var waived = app.Needs.UnderOccupationResidenceWaived is { Value: true };
        if (!longEnough && !waived)
        {
            found.Notes.Add(R("B.UnderOccupation.TooSoon", "23.5", $"Under-occupation priority needs you to have lived in your home for at least {options.UnderOccupationMinimumMonths} months, unless the local authority accepts exceptional circumstances.", facts));
            if (since is { } start)
            {
                found.Hints.Add($"From {D(start.AddMonths(options.UnderOccupationMinimumMonths))} you will have lived in your home long enough for under-occupation priority (001 §23.5).");
            }

            return;
        }

        var scope = new AwardScope.SmallerThanCurrentHome(need.CurrentBedrooms);
        if (!home.LivesInDevon)
        {
            found.Add(new NeedCandidate(Award(BandReason.D_UnderOccupierOutsideDevon, scope,
                R("D.UnderOccupierOutsideDevon", "23.3", "You are a partner-landlord tenant with a spare bedroom but do not live in Devon, so you are in Band D for homes smaller than your current home.", facts))));
            return;
        }

        var downsizing = need.CurrentBedrooms >= options.DownsizingBackdateMinimumBedrooms && options.DownsizingBackdateYears > 0
            && (options.DownsizingBackdateFrom is not { } from || asOf >= from)
            && (options.DownsizingBackdateUntil is not { } until || asOf <= until);
        found.Add(new NeedCandidate(Award(BandReason.B_UnderOccupation, scope,
            R("B.UnderOccupation", "23.5", $"You are in Band B when you bid for homes with fewer than {need.CurrentBedrooms} bedrooms, because you are a partner-landlord tenant in Devon with {need.SpareBedrooms} spare bedroom(s).", facts)),
            downsizing ? StartRule.Downsizing : StartRule.Default));
    }

    /// <summary>Shared facilities: Band D, worked out from the current home (001 §35).</summary>
    private static void CurrentHomeLowNeed(DevonApplication app, NeedFindings found)
    {
        if (app.CurrentHome.SharesFacilities)
        {
            found.Add(new NeedCandidate(Award(BandReason.D_SharedFacilities,
                R("D.SharedFacilities", "35.1", "You are in Band D because you share a toilet, bathroom or kitchen with people who are not on your application."))));
        }
    }
}
