using OpenLettings.Domain.Allocation;
using OpenLettings.Domain.Explanations;

namespace OpenLettings.Domain.Schemes.PaHousing;

/// <summary>Who may have an advertised home, and the order of those who may.</summary>
/// <remarks>004 §3.1, §4.3, §4.5, §4.7, §4.10, §5.4, §5.5, §6.2, Appendix 2.</remarks>
public static class PaShortlistRules
{
    /// <summary>Every reason a bid is bypassed; none when it stays on the shortlist.</summary>
    public static (List<PaBypassReason> Codes, List<Reason> Reasons) Bypasses(PaHousingAdvert advert, SubRegion? advertRegion, PaHousingBid bid,
        PaHousingAssessment assessment, PaHousingOptions options, DateOnly asOf)
    {
        var codes = new List<PaBypassReason>();
        var reasons = new List<Reason>();
        void Add(PaBypassReason code, Reason reason)
        {
            codes.Add(code);
            reasons.Add(reason);
        }

        var app = bid.Application;
        if (!assessment.Eligibility.Eligible)
        {
            foreach (var failure in assessment.Eligibility.Failures)
            {
                Add(PaBypassReason.NotEligible, failure);
            }
        }

        var outsideRegister = OutsideRegister(advert, bid, options, Add, reasons);
        if (!assessment.Qualification.Qualifies && !outsideRegister)
        {
            foreach (var failure in assessment.Qualification.Failures)
            {
                Add(PaBypassReason.NotQualified, failure);
            }
        }

        if (assessment.Refusals.ActiveSuspension is { } suspension)
        {
            Add(PaBypassReason.Suspended, suspension.Reason);
        }

        var property = advert.Property;
        var need = assessment.Bedrooms;
        var sizeOk = property.Bedrooms == need.Bedrooms
            || (property.Bedrooms == 0 && need.StudioSuitable)
            || (advert.IndependentLiving && advert.UnderOccupationPermitted && property.Bedrooms == 2 && need.Bedrooms < 2);
        if (!sizeOk && assessment.SubRegion is not null)
        {
            Add(PaBypassReason.WrongSize, Pa.Reason("Shortlist.Size", "4.7",
                $"This home has {property.Bedrooms} bedrooms; your household needs {need.Bedrooms}.",
                Pa.Fact("bedrooms in home", property.Bedrooms), Pa.Fact("bedrooms needed", need.Bedrooms)));
        }
        else if (sizeOk && property.Bedrooms == 2 && need.Bedrooms < 2)
        {
            reasons.Add(Pa.Reason("Shortlist.UnderOccupationPermitted", "4.7", "This 2-bedroom Independent Living home could not be let in a reasonable time to a household needing 2 bedrooms, so under-occupation is permitted."));
        }

        var age = app.Household.MainApplicant.AgeOn(asOf);
        if (advert.IndependentLiving && !(age >= options.IndependentLivingMinimumAge))
        {
            Add(PaBypassReason.AgeRestriction, Pa.Reason("Shortlist.IndependentLivingAge", "4.3",
                $"Independent Living homes are for applicants aged {options.IndependentLivingMinimumAge} or over; you are {age}.", Pa.Fact("age", age)));
        }

        if (advert.MinimumAge is { } minimum && !(age >= minimum))
        {
            Add(PaBypassReason.AgeRestriction, Pa.Reason("Shortlist.MinimumAge", "4.3",
                $"This home is for people aged {minimum} or over; you are {age}.", Pa.Fact("age", age), Pa.Fact("minimum age", minimum)));
        }

        if (property.Mobility < app.Mobility)
        {
            Add(PaBypassReason.AccessibilityNotMet, Pa.Reason("Shortlist.Accessibility", "4.3",
                "This home is not physically suitable for your household's assessed access needs.",
                Pa.Fact("household needs", app.Mobility), Pa.Fact("home offers", property.Mobility)));
        }

        if (!advert.LocalConnectionPreference.IsDefaultOrEmpty && !advert.LocalConnectionPreference.Any(app.LocalConnections.Contains))
        {
            Add(PaBypassReason.LocalConnectionNotMet, Pa.Reason("Shortlist.LocalConnection", "4.3",
                $"This home was advertised for applicants with a local connection to {string.Join(", ", advert.LocalConnectionPreference)}, which you have not evidenced."));
        }

        if (advert.KeyWorkersOnly && app.Route != PaRoute.KeyWorker)
        {
            Add(PaBypassReason.KeyWorkersOnly, Pa.Reason("Shortlist.KeyWorkersOnly", "6.2", "This home is designated for key workers."));
        }

        if (app.Route == PaRoute.DirectApplicant && advertRegion is { } region && !outsideRegister)
        {
            var rules = options.For(region);
            var open = advert.IndependentLiving
                ? rules.DirectApplicantsForIndependentLiving || rules.DirectIndependentLivingBoroughs.Contains(property.LocalAuthority)
                : rules.DirectApplicantsForGeneralNeeds;
            if (!open)
            {
                Add(PaBypassReason.DirectApplicantRoute, Pa.Reason("Shortlist.DirectApplicantRoute", "4.5",
                    $"Direct applicants may not be housed in this kind of home in {property.LocalAuthority} ({Pa.Region(region)}).",
                    Pa.Fact("independent living", advert.IndependentLiving)));
            }
        }

        if (advert.Under35sStudio)
        {
            Under35s(app, options, asOf, Add, reasons);
        }

        if (advert.LocalLettingsPlan is { } plan)
        {
            LocalLettings(plan, app, assessment, options, Add, reasons);
        }

        if (bid.OfficerBypass is { } officer)
        {
            if (advert.SupportedHousing is { ManagedByPaHousing: true } && !options.SupportedHousingRefusalGrounds.Contains(officer.Value))
            {
                reasons.Add(Pa.Reason("Shortlist.SupportedHousingRefusalGrounds", "6.1",
                    "A nomination for a supported housing scheme PA Housing manages may be refused only for the concerns of sections 4.3 and 5.4, so this officer bypass does not apply.",
                    Pa.Fact("bypass reason", officer.Value)).With(Pa.By(officer)));
            }
            else
            {
                Add(PaBypassReason.OfficerDecision, OfficerReason(officer.Value).With(Pa.By(officer)));
            }
        }

        return (codes, reasons);
    }

    /// <summary>An applicant is a household from outside the register: a referral from an agency for a difficult to let home, or an approved supported housing referral.</summary>
    private static bool OutsideRegister(PaHousingAdvert advert, PaHousingBid bid, PaHousingOptions options, Action<PaBypassReason, Reason> add, List<Reason> reasons)
    {
        var outside = false;
        if (bid.ReferringAgency is { } agency)
        {
            if (advert.DifficultToLet)
            {
                outside = true;
                reasons.Add(Pa.Reason("Shortlist.ExternalReferral", "3.3",
                    $"This difficult to let home was advertised externally and you were referred by {agency}; you need not be on PA Housing's register, and you come after register applicants.",
                    Pa.Fact("referring agency", agency)));
            }
            else
            {
                add(PaBypassReason.ExternalReferralNotOpen, Pa.Reason("Shortlist.ExternalReferralNotOpen", "3.3",
                    $"Referrals from other agencies ({agency}) are considered only for homes classified difficult to let; this home is not.", Pa.Fact("referring agency", agency)));
            }
        }

        if (advert.SupportedHousing is { } supported)
        {
            if (bid.SupportedHousingReferral is not { } referral)
            {
                add(PaBypassReason.SupportedHousingReferral, Pa.Reason("Shortlist.SupportedHousingReferralMissing", "6.1",
                    "Supported housing is let by direct referral from the relevant professional bodies, services or the local authority; there is no referral for you."));
            }
            else if (!referral.PanelApproved.Value)
            {
                add(PaBypassReason.SupportedHousingReferral, Pa.Reason("Shortlist.SupportedHousingPanel", "6.1",
                    "The referrer's panel or approval process did not approve your referral.", Pa.Fact("referred by", referral.Source)).With(Pa.By(referral.PanelApproved)));
            }
            else if (supported.ManagedByPaHousing && referral.Source == PaReferralSource.ProfessionalBody)
            {
                add(PaBypassReason.SupportedHousingReferral, Pa.Reason("Shortlist.SupportedHousingSource", "6.1",
                    "For supported housing PA Housing manages, nominations come from the support provider or the local authority.", Pa.Fact("referred by", referral.Source)));
            }
            else
            {
                outside = true;
                reasons.Add(Pa.Reason("Shortlist.SupportedHousingReferral", "6.1",
                    $"You were referred by the {Describe(referral.Source)} after its approval process; the referrer, not PA Housing's register, decides who is referred.",
                    Pa.Fact("referred by", referral.Source)).With(Pa.By(referral.PanelApproved)));
            }
        }

        return outside;
    }

    private static string Describe(PaReferralSource source) => source switch
    {
        PaReferralSource.ProfessionalBody => "professional body or service",
        PaReferralSource.SupportProvider => "support provider",
        PaReferralSource.LocalAuthority => "local authority",
    };

    private static void Under35s(PaHousingApplication app, PaHousingOptions options, DateOnly asOf, Action<PaBypassReason, Reason> add, List<Reason> reasons)
    {
        var rules = options.Under35s;
        var age = app.Household.MainApplicant.AgeOn(asOf);
        if (!(age < rules.AgeUnder))
        {
            add(PaBypassReason.Under35sArrangement, Pa.Reason("Shortlist.Under35sAge", "5.1",
                $"This studio is let under the arrangement for people under {rules.AgeUnder}; you are {age}.", Pa.Fact("age", age)));
        }

        if (app.Activity.WorkHoursPerWeek > 0)
        {
            add(PaBypassReason.Under35sArrangement, Pa.Reason("Shortlist.Under35sWorking", "5.1",
                "This studio is let under the arrangement for under-35s who are not working; you are working.", Pa.Fact("hours a week", app.Activity.WorkHoursPerWeek)));
        }

        if (app.BenefitCapExempt is { Value: true } exempt)
        {
            add(PaBypassReason.Under35sArrangement, Pa.Reason("Shortlist.Under35sBenefitCap", "5.1",
                "This studio is let under the arrangement for under-35s who are not exempt from the benefit cap; you are exempt.").With(Pa.By(exempt)));
        }

        reasons.Add(Pa.Reason("Shortlist.Under35sStudio", "5.1",
            $"This studio is let on a {rules.TenancyMonths}-month Assured Shorthold Tenancy at the Local Housing Allowance shared accommodation rate, reviewed every {rules.ReviewMonths} months."));
    }

    private static void LocalLettings(PaLocalLettingsPlan plan, PaHousingApplication app, PaHousingAssessment assessment, PaHousingOptions options,
        Action<PaBypassReason, Reason> add, List<Reason> reasons)
    {
        if (options.LocalLettingsPlansNeedLocalAuthorityAgreement && !Pa.Approved(plan.AgreedWithLocalAuthority))
        {
            reasons.Add(Pa.Reason("Shortlist.LocalLettingsPlanNotAgreed", "5.2",
                $"The local lettings plan \"{plan.Name}\" has not been agreed with the local authority, so its criteria are not applied.", Pa.Fact("plan", plan.Name)));
            return;
        }

        foreach (var requirement in plan.Requirements.Distinct())
        {
            var (met, text) = requirement switch
            {
                PaLocalLettingsRequirement.WorkingTrainingOrEducation => (app.Activity.WorkHoursPerWeek > 0 || app.Activity.InTrainingOrEducation,
                    "households where someone is working, in training or in higher education"),
                PaLocalLettingsRequirement.KeyWorkerOrChoicePlus => (IsKeyWorkerOrChoicePlus(app, assessment), "key workers and Choice Plus (Band D) applicants"),
            };
            var reason = Pa.Reason("Shortlist.LocalLettingsPlan", "5.2", met
                ? $"The local lettings plan \"{plan.Name}\" is for {text}, and you meet it."
                : $"The local lettings plan \"{plan.Name}\" is for {text}; you do not meet it.",
                Pa.Fact("plan", plan.Name), Pa.Fact("requirement", requirement));
            if (met)
            {
                reasons.Add(reason);
            }
            else
            {
                add(PaBypassReason.LocalLettingsPlan, reason);
            }
        }
    }

    private static bool IsKeyWorkerOrChoicePlus(PaHousingApplication app, PaHousingAssessment assessment) =>
        app.Route == PaRoute.KeyWorker || assessment.Banding.Awards.Any(a => a.Band == PaBand.D);

    /// <summary>The sort key: employment preference where advertised, band, priority date, registration, bid time.</summary>
    /// <remarks>
    /// Before these: residents moved by an active redevelopment programme the advert is reserved for (004 §4.5);
    /// key workers and Choice Plus where a local lettings plan prioritises them (§5.2); register applicants before
    /// agency referrals for a difficult to let home (§3.3).
    /// </remarks>
    public static PriorityKey Key(PaHousingAdvert advert, PaHousingBid bid, PaHousingAssessment assessment, PaHousingOptions options, DateOnly asOf)
    {
        var app = bid.Application;
        var parts = new List<PriorityPart>();
        if (advert.RedevelopmentProgramme is { } programmeId
            && options.RedevelopmentProgrammes.FirstOrDefault(p => p.Id == programmeId && p.ActiveOn(asOf)) is { } programme)
        {
            var affected = app.AffectedByRedevelopment == programme.Id;
            parts.Add(new PriorityPart("redevelopment", affected ? 0 : 1, Pa.Reason("Shortlist.Redevelopment", "4.5", affected
                ? $"Normal transfer priority is suspended for redevelopment programme {programme.Id}; as an affected resident you come first."
                : $"Normal transfer priority is suspended for redevelopment programme {programme.Id}: its affected residents come before you.",
                Pa.Fact("programme", programme.Id), Pa.Fact("affected", affected))));
        }

        if (advert.DifficultToLet && bid.ReferringAgency is not null)
        {
            parts.Add(new PriorityPart("referral source", 1, Pa.Reason("Shortlist.ReferralSource", "3.3", "Agency referrals come after applicants on PA Housing's register.")));
        }
        else if (advert.DifficultToLet)
        {
            parts.Add(new PriorityPart("referral source", 0, Pa.Reason("Shortlist.ReferralSource", "3.3", "Applicants on PA Housing's register come before agency referrals.")));
        }

        if (advert.LocalLettingsPlan is { PrioritiseKeyWorkersAndChoicePlus: true } plan
            && (!options.LocalLettingsPlansNeedLocalAuthorityAgreement || Pa.Approved(plan.AgreedWithLocalAuthority)))
        {
            var prioritised = IsKeyWorkerOrChoicePlus(app, assessment);
            parts.Add(new PriorityPart("local lettings plan", prioritised ? 0 : 1, Pa.Reason("Shortlist.LocalLettingsPriority", "5.2", prioritised
                ? $"The local lettings plan \"{plan.Name}\" prioritises key workers and Choice Plus applicants, as you are."
                : $"The local lettings plan \"{plan.Name}\" prioritises key workers and Choice Plus applicants, who come before you.",
                Pa.Fact("plan", plan.Name))));
        }

        if (advert.PrioritiseHouseholdsInEmployment)
        {
            var employed = app.Activity.WorkHoursPerWeek > 0;
            parts.Add(new PriorityPart("employment preference", employed ? 0 : 1, Pa.Reason("Shortlist.EmploymentPreference", "5.5",
                employed ? "This home was advertised with preference for households in employment, and you are working." : "This home was advertised with preference for households in employment; you are not working, so you come after those who are.",
                Pa.Fact("hours a week", app.Activity.WorkHoursPerWeek))));
        }

        var band = assessment.Banding.Band;
        parts.Add(new PriorityPart("band", band is { } b ? (long)b : 4, band is { } awarded
            ? Pa.Reason("Shortlist.Band", "4.6", $"You are in Band {awarded} ({PaBanding.Describe(awarded)}).", Pa.Fact("band", awarded))
            : Pa.Reason("Shortlist.NominatedWithoutBand", "3.2", "You were nominated by your local authority without a PA Housing band, so you come after banded applicants.")));
        var registered = DateOnly.FromDateTime(app.RegisteredAt);
        var date = assessment.Banding.PriorityDate ?? registered;
        parts.Add(new PriorityPart("priority date", PriorityKey.RankOf(date), Pa.Reason("Shortlist.PriorityDate", "4.6",
            $"Within your band, applicants are ordered by the date their priority began; yours is {date:d MMMM yyyy}.", Pa.Fact("priority date", date))));
        parts.Add(new PriorityPart("registration", PriorityKey.RankOf(app.RegisteredAt), Pa.Reason("Shortlist.Registration", "3.1",
            "Where priority dates are equal, the earlier application comes first.", Pa.Fact("registered", app.RegisteredAt))));
        parts.Add(new PriorityPart("bid time", PriorityKey.RankOf(bid.PlacedAt), Pa.Reason("Shortlist.BidTime", "3.1",
            "Where all else is equal, the earlier bid comes first.", Pa.Fact("bid placed", bid.PlacedAt))));
        return new PriorityKey([.. parts]);
    }

    private static Reason OfficerReason(PaOfficerBypassReason reason) => reason switch
    {
        PaOfficerBypassReason.NoDemonstrableBenefit => Pa.Reason("Shortlist.NoDemonstrableBenefit", "4.3", "The move would bring no demonstrable benefit to your housing needs (for example a move within the same scheme on the same floor level)."),
        PaOfficerBypassReason.NotPhysicallySuitable => Pa.Reason("Shortlist.NotPhysicallySuitable", "4.3", "The home is not physically suitable for you, for example because of its floor level or access."),
        PaOfficerBypassReason.ClientGroupCriteriaNotMet => Pa.Reason("Shortlist.ClientGroup", "4.3", "You do not meet the specific criteria for the client group this home is for."),
        PaOfficerBypassReason.SensitiveLet => Pa.Reason("Shortlist.SensitiveLet", "4.3", "This is a sensitive let: a serious housing management problem is likely at this home; you may still be offered a home elsewhere."),
        PaOfficerBypassReason.CannotSustainTenancy => Pa.Reason("Shortlist.CannotSustainTenancy", "4.3", "We are not satisfied that you could conduct this tenancy satisfactorily, even with support."),
        PaOfficerBypassReason.HighRisk => Pa.Reason("Shortlist.HighRisk", "5.4", "As a high-risk nominee, the professional agencies involved do not support this allocation or have not provided the required paperwork."),
        PaOfficerBypassReason.Unaffordable => Pa.Reason("Shortlist.Unaffordable", "5.5", "We cannot show that you could afford the rent of this home."),
    };
}
