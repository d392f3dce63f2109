using System.Collections.Immutable;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Explanations;

namespace OpenLettings.Domain.Schemes.Chesterfield;

/// <summary>The local-connection tier of a bid for one home (003 Appendix B 6(ii), 10(ii)).</summary>
public enum LocalConnectionTier
{
    /// <summary>A connection to the district where the home is.</summary>
    OwnDistrict = 1,
    /// <summary>A connection to another Home-Options district.</summary>
    PartnerDistrict = 2,
    /// <summary>No connection.</summary>
    None = 3,
}

/// <summary>The outcome of the Chesterfield local residency requirement and local connection tests.</summary>
public sealed record LocalResidencyDecision
{
    /// <summary>Meets the Chesterfield local residency requirement by one of its criteria (003 Appendix A "Local residency").</summary>
    public required bool MeetsRequirement { get; init; }

    /// <summary>Falls in an exemption class, so the requirement does not bar qualification (003 Appendix B 5(viii)(a)).</summary>
    public required bool Exempt { get; init; }

    /// <summary>Has a local connection to Chesterfield for shortlisting (6 months' residence, or a class that gives one, 003 Appendix B 6(i)).</summary>
    public required bool LocalConnectionToChesterfield { get; init; }

    public ImmutableArray<Reason> Reasons { get; init; } = [];
}

/// <summary>The Chesterfield local residency requirement, its exemption classes, and the local-connection tier.</summary>
public static class LocalResidency
{
    private static readonly ImmutableArray<ResidencyExemption> ConnectionGivingClasses =
    [
        ResidencyExemption.CareLeaverSection23C, ResidencyExemption.CareLeaverSection22A, ResidencyExemption.TemporarilyAwayFleeingViolence,
        ResidencyExemption.NormallyResidentTemporarilyAway, ResidencyExemption.RefugeResident,
    ];

    /// <summary>Applies the requirement, the exemptions and the local-connection definition.</summary>
    public static LocalResidencyDecision Assess(ChesterfieldApplication application, ChesterfieldOptions options, DateOnly asOf)
    {
        var r = application.Residency;
        var reasons = ImmutableArray.CreateBuilder<Reason>();
        var soc = ChesterfieldCitations.SummaryOfChanges("Local residency");
        var meets = false;

        var livesThere = r.LivingInChesterfieldSince is { } since && !r.ResidentOnlyBecauseOfPrisonOrHospital;
        if (r.LivingInChesterfieldSince is not null && r.ResidentOnlyBecauseOfPrisonOrHospital)
        {
            reasons.Add(new Reason("CBC.Residency.PrisonOrHospital", ChesterfieldCitations.Policy("5(viii)(a)"),
                "Living in Chesterfield only because you are in prison or hospital does not meet the local residency requirement."));
        }

        if (livesThere && r.LivingInChesterfieldSince!.Value.AddMonths(options.CurrentResidenceMonths) <= asOf)
        {
            meets = true;
            reasons.Add(new Reason("CBC.Residency.LivesInChesterfield", soc, "You meet the local residency requirement because you live in Chesterfield.")
                .With(new Fact("living in Chesterfield since", r.LivingInChesterfieldSince.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
        }

        if (r.MonthsInChesterfieldWithinLastFiveYears >= options.PastResidenceMonths)
        {
            meets = true;
            reasons.Add(new Reason("CBC.Residency.PastResidence", soc,
                    $"You meet the local residency requirement because you lived in Chesterfield for at least {options.PastResidenceMonths} of the last {options.PastResidenceWindowMonths} months.")
                .With(new Fact("months in Chesterfield", r.MonthsInChesterfieldWithinLastFiveYears.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        if (r.PermanentlyEmployedInChesterfieldSince is { } work && work.AddMonths(options.EmploymentMonths) <= asOf)
        {
            meets = true;
            reasons.Add(new Reason("CBC.Residency.Employment", soc,
                $"You meet the local residency requirement because you have been permanently employed in Chesterfield for at least {options.EmploymentMonths} months."));
        }

        if (r.AcceptedHomelessFullDuty)
        {
            meets = true;
            reasons.Add(new Reason("CBC.Residency.HomelessDuty", ChesterfieldCitations.Policy("5(viii)(a)"),
                "You meet the local residency requirement because a Home-Options partner owes you the main homelessness duty."));
        }

        if (r.SupportPersonInChesterfieldSince is { } support)
        {
            var ok = support.AddMonths(options.SupportPersonResidenceMonths) <= asOf;
            meets |= ok;
            reasons.Add(new Reason("CBC.Residency.Support", soc,
                ok
                    ? $"You meet the local residency requirement to give or receive support: the person has lived in Chesterfield continuously for at least {options.SupportPersonResidenceMonths} months."
                    : $"The person you give or receive support from has not yet lived in Chesterfield for {options.SupportPersonResidenceMonths} months, so support does not meet the requirement.")
                .With(new Fact("resident since", support.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
        }

        if (r.FamilyMemberInChesterfieldSince is { } family)
        {
            var ok = family.AddMonths(options.FamilyConnectionResidenceMonths) <= asOf;
            meets |= ok;
            reasons.Add(new Reason("CBC.Residency.Family", soc,
                ok
                    ? $"You meet the local residency requirement through a family connection: your relative has lived in Chesterfield for at least {options.FamilyConnectionResidenceMonths} months."
                    : $"Your relative has not yet lived in Chesterfield for {options.FamilyConnectionResidenceMonths} months, so the family connection does not meet the requirement."));
        }

        if (r.LearningDisabilityNeedToAccessServices)
        {
            meets = true;
            reasons.Add(new Reason("CBC.Residency.LearningDisability", soc,
                "You meet the local residency requirement because you have a learning disability and need to access services or volunteer in Chesterfield."));
        }

        var exempt = false;
        foreach (var exemption in r.Exemptions.Distinct())
        {
            var (applies, text) = Exemption(exemption, application, options, asOf);
            exempt |= applies;
            reasons.Add(new Reason("CBC.Residency.Exemption." + exemption, ChesterfieldCitations.Policy("5(viii)(a)"), text)
                .With(new Fact("exemption", exemption.ToString())));
        }

        var connection = (livesThere && r.LivingInChesterfieldSince!.Value.AddMonths(options.LocalConnectionResidenceMonths) <= asOf)
            || r.MonthsInChesterfieldWithinLastFiveYears >= options.PastResidenceMonths
            || (r.PermanentlyEmployedInChesterfieldSince is { } w && w.AddMonths(options.LocalConnectionResidenceMonths) <= asOf)
            || (r.SupportPersonInChesterfieldSince is { } s && s.AddMonths(options.LocalConnectionResidenceMonths) <= asOf)
            || r.AcceptedHomelessFullDuty
            || r.Exemptions.Any(ConnectionGivingClasses.Contains);

        if (!meets && !exempt)
        {
            reasons.Add(new Reason("CBC.Residency.NotMet", ChesterfieldCitations.CabinetReport("3.14"),
                options.LocalResidencyIsQualificationBar
                    ? "You do not meet the Chesterfield local residency requirement."
                    : "You do not meet the Chesterfield local residency requirement. You can still join the register, but you will be considered for Chesterfield homes only after applicants who meet it."));
        }

        return new LocalResidencyDecision
        {
            MeetsRequirement = meets,
            Exempt = exempt,
            LocalConnectionToChesterfield = connection,
            Reasons = reasons.ToImmutable(),
        };
    }

    private static (bool Applies, string Text) Exemption(ResidencyExemption exemption, ChesterfieldApplication application, ChesterfieldOptions options, DateOnly asOf)
    {
        switch (exemption)
        {
            case ResidencyExemption.ArmedForcesFormer:
                var left = application.Residency.LeftRegularForcesOn;
                var within = left is { } l && l.AddMonths(options.ArmedForcesExemptionMonths) >= asOf;
                return (within, within
                    ? $"You left the regular forces within the last {options.ArmedForcesExemptionMonths} months, so the local residency requirement does not apply to you."
                    : $"The armed-forces exemption applies only within {options.ArmedForcesExemptionMonths} months of leaving the regular forces.");
            case ResidencyExemption.LowDemandShelteredFiftyPlus:
                var age = application.Household.Members.FirstOrDefault(m => m.Role == Households.MemberRole.MainApplicant)?.AgeOn(asOf) ?? 0;
                var old = age >= options.LowDemandExemptionMinimumAge;
                return (old, old
                    ? $"You are {options.LowDemandExemptionMinimumAge} or over and willing to accept a low-demand sheltered bedsit or one-bedroom flat, so the partnership has accepted you without the local residency requirement."
                    : $"The low-demand exemption is only for applicants aged {options.LowDemandExemptionMinimumAge} or over.");
            case ResidencyExemption.ArmedForcesServing:
            case ResidencyExemption.ArmedForcesBereavedPartner:
            case ResidencyExemption.InjuredReservist:
                return (true, "Under the armed forces qualification regulations (2012) the local residency requirement does not apply to you.");
            case ResidencyExemption.RightToMove:
                return (true, "You are moving for work under the Right to Move and would suffer hardship otherwise, so the local residency requirement does not apply to you.");
            case ResidencyExemption.CareLeaverSection23C:
            case ResidencyExemption.CareLeaverSection22A:
                return (true, "As a care leaver you meet the local residency requirement and have a local connection.");
            case ResidencyExemption.TemporarilyAwayFleeingViolence:
                return (true, "You are staying away from your home because of violence or harassment, so you keep your residency and local connection.");
            case ResidencyExemption.NormallyResidentTemporarilyAway:
                return (true, "You normally live in the area (3 of the 5 years before you left) and are away only for study, treatment, prison or service, so you keep your residency.");
            case ResidencyExemption.RefugeResident:
                return (true, "Living in a refuge in the area meets the local residency requirement and gives a local connection.");
            case ResidencyExemption.FleeingViolenceFromElsewhere:
                return (true, "You are fleeing violence from another area, so you may join without meeting the local residency requirement.");
            default:
                throw new ArgumentOutOfRangeException(nameof(exemption));
        }
    }

    /// <summary>
    /// The tier of an applicant for a home in <paramref name="district"/>. For the council's own homes tier 1 is
    /// the local residency requirement (or the 6-month local connection, by option); for a partner's home, a
    /// connection an officer found to that district.
    /// </summary>
    public static (LocalConnectionTier Tier, Reason Reason) TierFor(LocalResidencyDecision residency, ChesterfieldApplication application, LocalAuthorityId district, ChesterfieldOptions options)
    {
        var citation = ChesterfieldCitations.Policy("6(ii)");
        var connectedToHome = options.TierOneTest == ChesterfieldTierOneTest.LocalResidencyRequirement
            ? residency.MeetsRequirement || residency.LocalConnectionToChesterfield
            : residency.LocalConnectionToChesterfield;
        var partners = application.Residency.ConnectedPartnerDistricts;
        bool ownDistrict;
        bool anyPartner;
        if (district == options.HomeDistrict)
        {
            ownDistrict = connectedToHome;
            anyPartner = partners.Any(options.PartnerDistricts.Contains);
        }
        else
        {
            ownDistrict = partners.Contains(district);
            anyPartner = connectedToHome || partners.Any(options.PartnerDistricts.Contains);
        }

        if (ownDistrict)
        {
            return (LocalConnectionTier.OwnDistrict, new Reason("CBC.Tier.OwnDistrict", district == options.HomeDistrict ? ChesterfieldCitations.CabinetReport("3.14") : citation,
                $"You have a connection with {district}, where this home is, so you are in the first group considered.").With(new Fact("district", district.Value)));
        }

        if (anyPartner)
        {
            return (LocalConnectionTier.PartnerDistrict, new Reason("CBC.Tier.PartnerDistrict", citation,
                $"You have a connection with another Home-Options district but not with {district}, so you are considered after applicants connected with {district}.").With(new Fact("district", district.Value)));
        }

        return (LocalConnectionTier.None, new Reason("CBC.Tier.None", ChesterfieldCitations.CabinetReport("3.14"),
            $"You have no connection with {district} or another Home-Options district, so you are considered after applicants who do.").With(new Fact("district", district.Value)));
    }
}
