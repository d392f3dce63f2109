using OpenLettings.Domain.Common;
using OpenLettings.Domain.Households;
using OpenLettings.Domain.Schemes.DevonHomeChoice;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Eligibility;
using static OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.DevonTestData;

namespace OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.Eligibility;

public class EligibilityRulesTests
{
    private static readonly DevonOptions Options = new();

    private static DevonApplication WithStatus(DevonApplication app, string member, EligibilityClass status, DateOnly? leaveExpires = null) =>
        app with
        {
            Eligibility = app.Eligibility with
            {
                Members = [.. app.Eligibility.Members.Where(m => m.Member.Value != member),
                    new MemberEligibility(new MemberId(member), Assessed(status)) { LeaveToRemainExpiresOn = leaveExpires }],
            },
        };

    [Fact(DisplayName = "An adult UK citizen habitually resident is eligible (001 §5.1, §6.6)")]
    public void Assess_AdultUkCitizen_Eligible()
    {
        var decision = EligibilityRules.Assess(EligibleApplication(), Options, AsOf);

        Assert.True(decision.Eligible);
        Assert.False(decision.MainApplicantUnder18);
        Assert.Empty(decision.IneligibleMembers);
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.Eligibility.EligibleClass" && r.Citation.Section == "6.6");
        Assert.Null(decision.WhatWouldChangeIt);
    }

    [Fact(DisplayName = "Under 16 is not eligible and is told when they can apply (001 §5.1)")]
    public void Assess_Aged15_NotEligibleWithDateTheyCanApply()
    {
        var dob = AsOf.AddYears(-15).AddDays(-10);
        var decision = EligibilityRules.Assess(EligibleApplication(MainApplicant(dob)), Options, AsOf);

        Assert.False(decision.Eligible);
        var reason = Assert.Single(decision.Reasons, r => r.RuleId == "DHC.Eligibility.TooYoung");
        Assert.Equal("5.1", reason.Citation.Section);
        Assert.Contains(Age.DateReaching(dob, 16).ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), decision.WhatWouldChangeIt);
    }

    [Fact(DisplayName = "On the 16th birthday the applicant is eligible (001 §5.1)")]
    public void Assess_On16thBirthday_Eligible()
    {
        var decision = EligibilityRules.Assess(EligibleApplication(MainApplicant(AsOf.AddYears(-16))), Options, AsOf);

        Assert.True(decision.Eligible);
    }

    [Fact(DisplayName = "16 or 17: eligible, told some landlords will not let to under-18s (001 §5.2)")]
    public void Assess_Aged17_EligibleWithUnder18Note()
    {
        var decision = EligibilityRules.Assess(EligibleApplication(MainApplicant(AsOf.AddYears(-17))), Options, AsOf);

        Assert.True(decision.Eligible);
        Assert.True(decision.MainApplicantUnder18);
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.Eligibility.Under18" && r.Citation.Section == "5.2" && r.Text.Contains("guarantor", StringComparison.Ordinal));
    }

    [Fact(DisplayName = "Minimum age is an option (001 §5.1)")]
    public void Assess_MinimumAgeOption18_Aged17NotEligible()
    {
        var options = Options with { Qualification = Options.Qualification with { MinimumAge = 18 } };
        var decision = EligibilityRules.Assess(EligibleApplication(MainApplicant(AsOf.AddYears(-17))), options, AsOf);

        Assert.False(decision.Eligible);
    }

    [Fact(DisplayName = "No officer determination yet: not eligible until checked, and says what is needed (001 §6.12)")]
    public void Assess_NoDetermination_AwaitingNotEligible()
    {
        var decision = EligibilityRules.Assess(Application(), Options, AsOf);

        Assert.False(decision.Eligible);
        Assert.Equal(new MemberId("main"), Assert.Single(decision.AwaitingDetermination));
        Assert.NotNull(decision.WhatWouldChangeIt);
    }

    [Theory(DisplayName = "Eligible classes as the manual lists them (001 §6.6, §6.9)")]
    [InlineData(EligibilityClass.CommonTravelAreaCitizenHabituallyResident)]
    [InlineData(EligibilityClass.NotSubjectToImmigrationControl)]
    [InlineData(EligibilityClass.EeaSettledStatus)]
    [InlineData(EligibilityClass.EeaPreSettledWithRetainedRight)]
    [InlineData(EligibilityClass.EeaPreSettledTransitionCase)]
    [InlineData(EligibilityClass.EeaSettlementApplicationPending)]
    [InlineData(EligibilityClass.FrontierWorkerPermit)]
    [InlineData(EligibilityClass.IrishCitizenHabituallyResident)]
    [InlineData(EligibilityClass.Regulation3Class)]
    [InlineData(EligibilityClass.DeportedToUkEligible)]
    public void Assess_EligibleClass_Eligible(EligibilityClass status)
    {
        var decision = EligibilityRules.Assess(Application().WithEligibility(status), Options, AsOf);

        Assert.True(decision.Eligible);
    }

    [Theory(DisplayName = "Ineligible classes (001 §6.8, §6.10, §6.16)")]
    [InlineData(EligibilityClass.FailedHabitualResidenceTest, "6.8")]
    [InlineData(EligibilityClass.NotHabituallyResident, "6.10")]
    [InlineData(EligibilityClass.SubjectToImmigrationControl, "6.10")]
    [InlineData(EligibilityClass.Regulation4Jobseeker, "6.10")]
    [InlineData(EligibilityClass.Regulation4InitialRightOfResidence, "6.10")]
    [InlineData(EligibilityClass.Regulation4DerivativeRight, "6.10")]
    [InlineData(EligibilityClass.ArrivedFrom2021PointsBasedOrFamilyPermit, "6.10")]
    [InlineData(EligibilityClass.EeaCitizenWithoutQualifyingStatus, "6.10")]
    [InlineData(EligibilityClass.AsylumSeeker, "6.16")]
    [InlineData(EligibilityClass.OtherNotEligible, "6.16")]
    public void Assess_IneligibleClass_NotEligibleWithReasonAndWayForward(EligibilityClass status, string section)
    {
        var decision = EligibilityRules.Assess(Application().WithEligibility(status), Options, AsOf);

        Assert.False(decision.Eligible);
        Assert.False(decision.JointTenancyPossible);
        Assert.Contains(new MemberId("main"), decision.IneligibleMembers);
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.Eligibility.NotEligibleClass" && r.Citation.Section == section);
        Assert.NotNull(decision.WhatWouldChangeIt);
    }

    [Fact(DisplayName = "An ineligible asylum seeker is pointed to the Home Office (001 §6.16)")]
    public void Assess_AsylumSeeker_AdvisedHomeOffice()
    {
        var decision = EligibilityRules.Assess(Application().WithEligibility(EligibilityClass.AsylumSeeker), Options, AsOf);

        Assert.Contains(decision.Reasons, r => r.Text.Contains("Home Office", StringComparison.Ordinal));
    }

    [Fact(DisplayName = "The determination records who decided and the evidence (001 §6.4)")]
    public void Assess_Determination_FactsNameAssessor()
    {
        var decision = EligibilityRules.Assess(EligibleApplication(), Options, AsOf);

        var reason = Assert.Single(decision.Reasons, r => r.RuleId == "DHC.Eligibility.EligibleClass");
        Assert.Contains(reason.Facts, f => f.Name == "eligibility class" && f.Value.Contains(Officer.Name, StringComparison.Ordinal));
    }

    [Fact(DisplayName = "All joint parties eligible: joint tenancy possible (001 §7.2)")]
    public void Assess_CoupleBothEligible_JointTenancyPossible()
    {
        var decision = EligibilityRules.Assess(EligibleApplication([.. Couple()]), Options, AsOf);

        Assert.True(decision.Eligible);
        Assert.True(decision.JointTenancyPossible);
    }

    [Fact(DisplayName = "An ineligible joint applicant: no joint tenancy, but a sole tenancy (001 §7.2, §7.6)")]
    public void Assess_JointApplicantIneligible_SoleTenancyOnly()
    {
        var app = WithStatus(EligibleApplication([.. Couple()]), "partner", EligibilityClass.SubjectToImmigrationControl);

        var decision = EligibilityRules.Assess(app, Options, AsOf);

        Assert.True(decision.Eligible);
        Assert.False(decision.JointTenancyPossible);
        Assert.Equal(new MemberId("partner"), Assert.Single(decision.IneligibleMembers));
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.Eligibility.JointPartyNotEligible" && r.Citation.Section == "7.6");
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.Eligibility.NoJointTenancy" && r.Citation.Section == "7.2");
        Assert.Contains("joint tenancy would become possible", decision.WhatWouldChangeIt, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "An ineligible household member does not stop a sole tenancy (001 §7.6)")]
    public void Assess_OtherMemberIneligible_MainStillEligible()
    {
        var app = WithStatus(EligibleApplication(MainApplicant(), Adult("sister", new DateOnly(1995, 1, 1), Sex.Female)), "sister", EligibilityClass.NotHabituallyResident);

        var decision = EligibilityRules.Assess(app, Options, AsOf);

        Assert.True(decision.Eligible);
        Assert.Equal(new MemberId("sister"), Assert.Single(decision.IneligibleMembers));
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.Eligibility.MemberNotEligible");
    }

    [Fact(DisplayName = "A joint applicant not yet checked: no joint tenancy until determined (001 §7.2)")]
    public void Assess_JointApplicantUndetermined_NoJointTenancyYet()
    {
        var couple = Couple();
        var app = Application([.. couple]) with
        {
            Eligibility = new EligibilityFacts { Members = [new MemberEligibility(couple[0].Id, Assessed(EligibilityClass.EeaSettledStatus))] },
        };

        var decision = EligibilityRules.Assess(app, Options, AsOf);

        Assert.True(decision.Eligible);
        Assert.False(decision.JointTenancyPossible);
        Assert.Equal(new MemberId("partner"), Assert.Single(decision.AwaitingDetermination));
    }

    [Fact(DisplayName = "Leave to remain ending within 3 months is flagged for a recheck at offer (001 §6.13)")]
    public void Assess_LeaveEndsWithin3Months_RecheckFlagged()
    {
        var app = WithStatus(Application(), "main", EligibilityClass.Regulation3Class, AsOf.AddMonths(2));

        var decision = EligibilityRules.Assess(app, Options, AsOf);

        Assert.True(decision.Eligible);
        Assert.True(decision.RecheckLeaveAtOffer);
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.Eligibility.LeaveExpiring" && r.Citation.Section == "6.13");
    }

    [Fact(DisplayName = "Leave to remain ending after 3 months is not flagged (001 §6.13)")]
    public void Assess_LeaveEndsIn4Months_NoRecheck()
    {
        var app = WithStatus(Application(), "main", EligibilityClass.Regulation3Class, AsOf.AddMonths(4));

        var decision = EligibilityRules.Assess(app, Options, AsOf);

        Assert.False(decision.RecheckLeaveAtOffer);
    }

    [Fact(DisplayName = "Expired leave is flagged for confirmation of a reapplication (001 §6.13)")]
    public void Assess_LeaveExpired_RecheckFlagged()
    {
        var app = WithStatus(Application(), "main", EligibilityClass.Regulation3Class, AsOf.AddDays(-5));

        var decision = EligibilityRules.Assess(app, Options, AsOf);

        Assert.True(decision.RecheckLeaveAtOffer);
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.Eligibility.LeaveExpiring" && r.Text.Contains("ended", StringComparison.Ordinal));
    }
}
