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

        if (!assessment.Qualification.Qualifies)
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

        if (app.Route == PaRoute.DirectApplicant && advertRegion is { } region)
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

        if (bid.OfficerBypass is { } officer)
        {
            Add(PaBypassReason.OfficerDecision, OfficerReason(officer.Value).With(Pa.By(officer)));
        }

        return (codes, reasons);
    }

    /// <summary>The sort key: employment preference where advertised, band, priority date, registration, bid time.</summary>
    public static PriorityKey Key(PaHousingAdvert advert, PaHousingBid bid, PaHousingAssessment assessment)
    {
        var app = bid.Application;
        var parts = new List<PriorityPart>();
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
