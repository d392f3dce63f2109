using OpenLettings.Domain.Common;
using OpenLettings.Domain.Schemes.DevonHomeChoice;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Eligibility;
using static OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.DevonTestData;

namespace OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.Eligibility;

public class LocalConnectionRulesTests
{
    private static readonly DevonOptions Options = new();
    private static readonly LocalAuthorityId Bristol = new("bristol");
    private static readonly LocalAuthorityId Cornwall = new("cornwall");

    /// <summary>An applicant who lives outside Devon now, so the current-residence preference does not interfere.</summary>
    private static DevonApplication Outsider(LocalConnectionFacts facts) => EligibleApplication() with
    {
        CurrentHome = EligibleApplication().CurrentHome with { LivesInDevon = false, LocalAuthority = Bristol, Locality = "Bristol" },
        LocalConnection = facts,
    };

    private static LocalConnectionDecision Assess(LocalConnectionFacts facts, DevonOptions? options = null, DevonApplication? app = null) =>
        LocalConnectionRules.Assess((app ?? Outsider(facts)) with { LocalConnection = facts }, options ?? Options, AsOf);

    private static ResidencePeriod Lived(LocalAuthorityId where, DateOnly from, DateOnly? to = null, ResidenceKind kind = ResidenceKind.ByChoice) =>
        new() { Authority = where, From = from, To = to, Kind = kind };

    private static Employment Job(LocalAuthorityId where, DateOnly from, DateOnly? to = null, decimal hours = 20m) =>
        new() { Authority = where, Kind = EmploymentKind.Permanent, From = from, To = to, ContractHoursPerWeek = hours, Evidenced = true };

    // ---- Residence (001 §40.6, §40.24) ----

    [Fact(DisplayName = "No connection and no exemption: not connected, told the consequence and what would change it (001 §40.1)")]
    public void Assess_Nothing_NotConnected()
    {
        var decision = Assess(new LocalConnectionFacts { AddressHistory = [Lived(Bristol, AsOf.AddYears(-10))] });

        Assert.False(decision.ConnectedToDevon);
        Assert.False(decision.Exempt);
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.LocalConnection.None" && r.Citation.Section == "40.1");
        Assert.NotNull(decision.WhatWouldChangeIt);
    }

    [Fact(DisplayName = "Lived in Devon 6 of the last 12 months: connected (001 §40.6)")]
    public void Assess_SixOfLastTwelveMonths_Connected()
    {
        // Lived in Exeter from 11 months ago to 4 months ago (7 months), then Bristol.
        var decision = Assess(new LocalConnectionFacts
        {
            AddressHistory = [Lived(DevonAuthorities.Exeter, AsOf.AddMonths(-11), AsOf.AddMonths(-4).AddDays(-1)), Lived(Bristol, AsOf.AddMonths(-4))],
        });

        Assert.True(decision.ConnectedToDevon);
        Assert.Contains(DevonAuthorities.Exeter, decision.ConnectedAuthorities);
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.LocalConnection.Residence" && r.Citation.Section == "40.6");
    }

    [Fact(DisplayName = "The stricter 'previous 6 months' reading is an option (001 §40.24 ambiguity)")]
    public void Assess_PreviousSixMonthsOption_EarlierResidenceNotEnough()
    {
        var options = Options with { Qualification = Options.Qualification with { ResidenceTest = ResidenceTest.WholePreviousSixMonths } };
        var decision = Assess(new LocalConnectionFacts
        {
            AddressHistory = [Lived(DevonAuthorities.Exeter, AsOf.AddMonths(-11), AsOf.AddMonths(-4).AddDays(-1)), Lived(Bristol, AsOf.AddMonths(-4))],
        }, options);

        Assert.False(decision.ConnectedToDevon);
    }

    [Fact(DisplayName = "Five months in Devon is not enough (001 §40.6)")]
    public void Assess_FiveMonths_NotConnected()
    {
        var decision = Assess(new LocalConnectionFacts { AddressHistory = [Lived(Bristol, AsOf.AddYears(-3), AsOf.AddMonths(-5).AddDays(-1)), Lived(DevonAuthorities.Exeter, AsOf.AddMonths(-5))] });

        Assert.False(decision.ConnectedToDevon);
    }

    [Fact(DisplayName = "Three of the last five years: connected even after moving away (001 §40.6)")]
    public void Assess_ThreeOfLastFiveYears_Connected()
    {
        var decision = Assess(new LocalConnectionFacts
        {
            AddressHistory = [Lived(DevonAuthorities.Torridge, AsOf.AddYears(-4).AddDays(-1), AsOf.AddYears(-1)), Lived(Bristol, AsOf.AddYears(-1).AddDays(1))],
        });

        Assert.True(decision.ConnectedToDevon);
        Assert.Contains(DevonAuthorities.Torridge, decision.ConnectedAuthorities);
    }

    [Fact(DisplayName = "Time in prison gives no connection (001 §11.6)")]
    public void Assess_PrisonInDevon_NotConnected()
    {
        var decision = Assess(new LocalConnectionFacts { AddressHistory = [Lived(DevonAuthorities.Exeter, AsOf.AddYears(-2), kind: ResidenceKind.Prison)] });

        Assert.False(decision.ConnectedToDevon);
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.LocalConnection.PrisonNotCounted" && r.Citation.Section == "11.6");
    }

    [Fact(DisplayName = "Rehabilitation stay counts only if accepted after individual assessment (001 §40.11)")]
    public void Assess_RehabStay_CountsOnlyIfAccepted()
    {
        var stay = Lived(DevonAuthorities.Torbay, AsOf.AddMonths(-8), kind: ResidenceKind.Rehabilitation);

        Assert.False(Assess(new LocalConnectionFacts { AddressHistory = [stay] }).ConnectedToDevon);
        Assert.True(Assess(new LocalConnectionFacts { AddressHistory = [stay with { RehabilitationConnectionAccepted = Assessed(true) }] }).ConnectedToDevon);
    }

    [Fact(DisplayName = "Service personnel based and living in Devon have a connection where based (001 §40.6)")]
    public void Assess_ServicePosting_ConnectedToBase()
    {
        var decision = Assess(new LocalConnectionFacts { AddressHistory = [Lived(DevonAuthorities.Plymouth, AsOf.AddMonths(-2), kind: ResidenceKind.ServicePosting)] });

        Assert.True(decision.ConnectedToDevon);
        Assert.Contains(DevonAuthorities.Plymouth, decision.ConnectedAuthorities);
    }

    [Fact(DisplayName = "Living in an authority now connects to it for advert preferences, not to Devon (001 §63.14)")]
    public void Assess_LivesInExeterTwoMonths_AuthorityOnly()
    {
        var app = EligibleApplication();
        var decision = Assess(new LocalConnectionFacts { AddressHistory = [Lived(DevonAuthorities.Exeter, AsOf.AddMonths(-2))] }, app: app);

        Assert.False(decision.ConnectedToDevon);
        Assert.Contains(DevonAuthorities.Exeter, decision.ConnectedAuthorities);
        Assert.Contains("at the latest", decision.WhatWouldChangeIt, StringComparison.Ordinal);
    }

    // ---- Work (001 §40.7) ----

    [Fact(DisplayName = "Permanent 16-hour work in Devon for 6 months: connected (001 §40.7)")]
    public void Assess_Work6Months16Hours_Connected()
    {
        var decision = Assess(new LocalConnectionFacts { Employment = [Job(DevonAuthorities.MidDevon, AsOf.AddMonths(-6), hours: 16m)] });

        Assert.True(decision.ConnectedToDevon);
        Assert.Contains(DevonAuthorities.MidDevon, decision.ConnectedAuthorities);
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.LocalConnection.Work");
    }

    [Fact(DisplayName = "Under 16 hours a week does not count (001 §40.7)")]
    public void Assess_Work15Hours_NotConnected()
    {
        Assert.False(Assess(new LocalConnectionFacts { Employment = [Job(DevonAuthorities.MidDevon, AsOf.AddYears(-1), hours: 15.5m)] }).ConnectedToDevon);
    }

    [Fact(DisplayName = "Work for under 6 months does not count (001 §40.7)")]
    public void Assess_Work5Months_NotConnected()
    {
        Assert.False(Assess(new LocalConnectionFacts { Employment = [Job(DevonAuthorities.MidDevon, AsOf.AddMonths(-5))] }).ConnectedToDevon);
    }

    [Fact(DisplayName = "A break of up to 3 months is allowed, longer is not (001 §40.7)")]
    public void Assess_WorkBreaks_ThreeMonthsAllowed()
    {
        var twoMonthBreak = new LocalConnectionFacts
        {
            Employment = [Job(DevonAuthorities.Exeter, AsOf.AddMonths(-7), AsOf.AddMonths(-4)), Job(DevonAuthorities.Exeter, AsOf.AddMonths(-2))],
        };
        var fourMonthBreak = new LocalConnectionFacts
        {
            Employment = [Job(DevonAuthorities.Exeter, AsOf.AddMonths(-7), AsOf.AddMonths(-5)), Job(DevonAuthorities.Exeter, AsOf.AddMonths(-1))],
        };

        Assert.True(Assess(twoMonthBreak).ConnectedToDevon);
        Assert.False(Assess(fourMonthBreak).ConnectedToDevon);
    }

    [Fact(DisplayName = "Casual work never counts (001 §40.7)")]
    public void Assess_CasualWork_NotConnected()
    {
        var decision = Assess(new LocalConnectionFacts { Employment = [Job(DevonAuthorities.Exeter, AsOf.AddYears(-2)) with { Kind = EmploymentKind.Casual }] });

        Assert.False(decision.ConnectedToDevon);
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.LocalConnection.CasualWork");
    }

    [Fact(DisplayName = "Self-employed: assessed average of 16 hours counts (001 §40.7 fn 9)")]
    public void Assess_SelfEmployedAverage16_Connected()
    {
        var job = Job(DevonAuthorities.Exeter, AsOf.AddYears(-1), hours: 0m) with { Kind = EmploymentKind.SelfEmployed, AssessedAverageHoursPerWeek = Assessed(17m) };

        Assert.True(Assess(new LocalConnectionFacts { Employment = [job] }).ConnectedToDevon);
        Assert.False(Assess(new LocalConnectionFacts { Employment = [job with { AssessedAverageHoursPerWeek = Assessed(12m) }] }).ConnectedToDevon);
    }

    [Fact(DisplayName = "Work without evidence is not counted until proved (001 §40.10, §40.25)")]
    public void Assess_WorkNotEvidenced_NotConnected()
    {
        var decision = Assess(new LocalConnectionFacts { Employment = [Job(DevonAuthorities.Exeter, AsOf.AddYears(-1)) with { Evidenced = false }] });

        Assert.False(decision.ConnectedToDevon);
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.LocalConnection.WorkEvidenceNeeded" && r.Citation.Section == "40.25");
    }

    // ---- Family (001 §40.8) ----

    [Theory(DisplayName = "Parent, adult child or sibling resident 5 years: connected (001 §40.8)")]
    [InlineData(FamilyRelationship.Parent)]
    [InlineData(FamilyRelationship.AdultChild)]
    [InlineData(FamilyRelationship.Sibling)]
    public void Assess_CloseFamilyFiveYears_Connected(FamilyRelationship relationship)
    {
        var decision = Assess(new LocalConnectionFacts
        {
            Family = [new FamilyConnection { Relationship = relationship, Authority = DevonAuthorities.SouthHams, ResidentInDevonSince = AsOf.AddYears(-5), Evidenced = true }],
        });

        Assert.True(decision.ConnectedToDevon);
        Assert.Contains(DevonAuthorities.SouthHams, decision.ConnectedAuthorities);
    }

    [Fact(DisplayName = "A relative resident under 5 years does not count yet (001 §40.8)")]
    public void Assess_FamilyFourYears_NotConnected()
    {
        var decision = Assess(new LocalConnectionFacts
        {
            Family = [new FamilyConnection { Relationship = FamilyRelationship.Parent, Authority = DevonAuthorities.SouthHams, ResidentInDevonSince = AsOf.AddYears(-4), Evidenced = true }],
        });

        Assert.False(decision.ConnectedToDevon);
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.LocalConnection.FamilyTooRecent");
    }

    [Fact(DisplayName = "Other relatives count only in exceptional circumstances (001 §40.8)")]
    public void Assess_Aunt_OnlyIfExceptional()
    {
        var aunt = new FamilyConnection { Relationship = FamilyRelationship.OtherRelative, Authority = DevonAuthorities.Teignbridge, ResidentInDevonSince = AsOf.AddYears(-20), Evidenced = true };

        Assert.False(Assess(new LocalConnectionFacts { Family = [aunt] }).ConnectedToDevon);
        Assert.True(Assess(new LocalConnectionFacts { Family = [aunt with { ExceptionalCircumstancesAccepted = Assessed("raised by aunt") }] }).ConnectedToDevon);
    }

    [Fact(DisplayName = "Special circumstances (treatment only in Devon) give a connection (001 §40.9)")]
    public void Assess_SpecialCircumstances_Connected()
    {
        Assert.True(Assess(new LocalConnectionFacts { SpecialCircumstances = Assessed("Specialist treatment at RD&E") }).ConnectedToDevon);
    }

    // ---- Care experienced young people (001 §40.19-40.20) ----

    [Fact(DisplayName = "Looked after by Devon County Council: connected to every Devon authority (001 §40.20)")]
    public void Assess_CareLeaverDevonCounty_AllAuthorities()
    {
        var decision = Assess(new LocalConnectionFacts { CareExperience = new CareExperience { LookedAfterBy = CareAuthorities.DevonCounty } });

        Assert.True(decision.ConnectedToDevon);
        Assert.Equal(DevonAuthorities.All.Length, decision.ConnectedAuthorities.Length);
    }

    [Fact(DisplayName = "Placed 2+ years in a district including before 16: connected there until 21 (001 §40.19)")]
    public void Assess_CarePlacementInDistrict_ConnectedUntil21()
    {
        var dob = AsOf.AddYears(-19);
        var app = Outsider(new LocalConnectionFacts()) with { Household = HouseholdOf(MainApplicant(dob)) };
        var facts = new LocalConnectionFacts
        {
            CareExperience = new CareExperience
            {
                LookedAfterBy = Cornwall,
                Placements = [new CarePlacement(DevonAuthorities.NorthDevon, dob.AddYears(15), dob.AddYears(17).AddDays(1))],
            },
        };

        var decision = Assess(facts, app: app);
        Assert.True(decision.ConnectedToDevon);
        Assert.Contains(DevonAuthorities.NorthDevon, decision.ConnectedAuthorities);

        var at21 = LocalConnectionRules.Assess(app with { LocalConnection = facts }, Options, dob.AddYears(21));
        Assert.DoesNotContain(DevonAuthorities.NorthDevon, at21.ConnectedAuthorities);
    }

    [Fact(DisplayName = "A placement begun after 16 gives no district connection (001 §40.19)")]
    public void Assess_CarePlacementAfter16_NoConnection()
    {
        var dob = AsOf.AddYears(-19);
        var app = Outsider(new LocalConnectionFacts()) with { Household = HouseholdOf(MainApplicant(dob)) };
        var decision = Assess(new LocalConnectionFacts
        {
            CareExperience = new CareExperience { LookedAfterBy = Cornwall, Placements = [new CarePlacement(DevonAuthorities.NorthDevon, dob.AddYears(16), dob.AddYears(18).AddDays(1))] },
        }, app: app);

        Assert.False(decision.ConnectedToDevon);
    }

    // ---- Exemptions (001 §40.3, §40.12-40.18, §40.30) ----

    [Fact(DisplayName = "Partner-landlord tenants are exempt (001 §40.12, §40.30)")]
    public void Assess_PartnerLandlordTenant_Exempt()
    {
        var app = Outsider(new LocalConnectionFacts()) with { CurrentHome = Outsider(new LocalConnectionFacts()).CurrentHome with { Tenure = Tenure.PartnerLandlordTenant } };
        var decision = Assess(new LocalConnectionFacts(), app: app);

        Assert.True(decision.Exempt);
        Assert.False(decision.ConnectedToDevon);
        Assert.Null(decision.WhatWouldChangeIt);
    }

    [Theory(DisplayName = "Accepted exemptions mean the connection is not applied (001 §40.3, §40.14-40.18, §40.30)")]
    [InlineData(LocalConnectionExemption.HomelessWithConnectionWaived, "40.3")]
    [InlineData(LocalConnectionExemption.FleeingDomesticAbuseInDevonRefuge, "40.3")]
    [InlineData(LocalConnectionExemption.FleeingDomesticAbuseAtRiskWhereConnected, "40.3")]
    [InlineData(LocalConnectionExemption.GiveOrReceiveSupport, "40.3")]
    [InlineData(LocalConnectionExemption.SpecialCircumstances, "40.3")]
    [InlineData(LocalConnectionExemption.ArmedForcesMemberOrFormer, "40.14")]
    [InlineData(LocalConnectionExemption.InjuredReservist, "40.15")]
    [InlineData(LocalConnectionExemption.DivorcedOrSeparatedSpouseLeavingMoDAccommodation, "40.16")]
    [InlineData(LocalConnectionExemption.RightToMove, "40.18")]
    [InlineData(LocalConnectionExemption.MovingForWork, "40.30")]
    public void Assess_Exemption_Exempt(LocalConnectionExemption exemption, string section)
    {
        var decision = Assess(new LocalConnectionFacts { Exemptions = [Assessed(exemption)] });

        Assert.True(decision.Exempt);
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.LocalConnection.Exempt." + exemption && r.Citation.Section == section);
    }

    [Fact(DisplayName = "No connection anywhere in the UK: deemed connected to Devon (001 §40.3)")]
    public void Assess_NoConnectionAnywhere_DeemedConnected()
    {
        var decision = Assess(new LocalConnectionFacts { Exemptions = [Assessed(LocalConnectionExemption.NoConnectionAnywhereInUk)] });

        Assert.True(decision.ConnectedToDevon);
    }

    [Fact(DisplayName = "Bereaved service spouse: exempt only while applying from SFA (001 §40.14 (b), §40.15)")]
    public void Assess_BereavedSpouse_ExemptOnlyFromSfa()
    {
        var facts = new LocalConnectionFacts { Exemptions = [Assessed(LocalConnectionExemption.BereavedSpouseLeavingServicesFamilyAccommodation)] };
        var inPrs = Outsider(facts);
        var inSfa = inPrs with { CurrentHome = inPrs.CurrentHome with { Tenure = Tenure.ServicesFamilyAccommodation } };

        Assert.False(Assess(facts, app: inPrs).Exempt);
        Assert.Contains(Assess(facts, app: inPrs).Reasons, r => r.RuleId == "DHC.LocalConnection.BereavedSpouseLeftSfa");
        Assert.True(Assess(facts, app: inSfa).Exempt);
    }

    [Fact(DisplayName = "Fleeing domestic abuse: excluded from advert connection preferences except s106 (001 §61.19)")]
    public void Assess_FleeingDomesticAbuse_AdvertPreferencesWaived()
    {
        var decision = Assess(new LocalConnectionFacts { FleeingDomesticAbuse = true });

        Assert.True(decision.ExemptFromAdvertConnectionPreferences);
        Assert.Contains(decision.Reasons, r => r.Citation.Section == "61.19");
    }
}
