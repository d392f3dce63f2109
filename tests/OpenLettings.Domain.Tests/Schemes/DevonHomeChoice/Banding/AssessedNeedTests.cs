using OpenLettings.Domain.Properties;
using OpenLettings.Domain.Schemes.DevonHomeChoice;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Bedrooms;
using static OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.Banding.BandingTestData;

namespace OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.Banding;

/// <summary>Criteria decided by officers and panels (001 §19, §24-§28, §31-§33, §36-§39).</summary>
public class AssessedNeedTests
{
    [Fact(DisplayName = "High health and wellbeing: Band B, reviewed every 6 months (001 §24, §39.10)")]
    public void Assess_HealthWellbeingHigh_BandBSixMonthReview()
    {
        var fact = HealthWellbeing(HealthWellbeingLevel.High, new DateOnly(2026, 1, 15));
        var decision = Assess(App().WithNeeds(n => n with { HealthWellbeing = fact }));
        Assert.Equal(BandReason.B_HealthWellbeingHigh, decision.General!.Reason);
        Assert.Equal(new DateOnly(2026, 7, 15), decision.General.ReviewDue);
    }

    [Fact(DisplayName = "Medium health and wellbeing: Band C (001 §31)")]
    public void Assess_HealthWellbeingMedium_BandC() =>
        Assert.Equal(BandReason.C_HealthWellbeingMedium, Assess(App().WithNeeds(n => n with { HealthWellbeing = HealthWellbeing(HealthWellbeingLevel.Medium) })).General!.Reason);

    [Fact(DisplayName = "No health professional evidence: no health and wellbeing band (001 §39.6)")]
    public void Assess_HealthWellbeingWithoutEvidence_NoBand()
    {
        var fact = Assessed(new HealthWellbeingAssessment { Level = HealthWellbeingLevel.High, HealthProfessionalEvidence = false });
        var decision = Assess(EastDevonApp().WithNeeds(n => n with { HealthWellbeing = fact }));
        Assert.Equal(Band.E, decision.General!.Band);
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.Banding.HealthWellbeing.NoEvidence");
    }

    [Fact(DisplayName = "Needs support to live independently, no support package: not Band A or B (001 §39.5)")]
    public void Assess_HealthWellbeingHighNoSupportPackage_BandC()
    {
        var fact = Assessed(new HealthWellbeingAssessment { Level = HealthWellbeingLevel.High, HealthProfessionalEvidence = true, NeedsSupportToLiveIndependently = true });
        Assert.Equal(Band.C, Assess(App().WithNeeds(n => n with { HealthWellbeing = fact })).General!.Band);
        var withPackage = fact with { Value = fact.Value with { SupportPackageInPlace = true } };
        Assert.Equal(Band.B, Assess(App().WithNeeds(n => n with { HealthWellbeing = withPackage })).General!.Band);
    }

    [Fact(DisplayName = "Health and wellbeing priority for adaptations: only homes with them (001 §39.4)")]
    public void Assess_HealthWellbeingAdaptations_ScopedToAdaptedHomes()
    {
        var fact = Assessed(new HealthWellbeingAssessment
        {
            Level = HealthWellbeingLevel.High,
            HealthProfessionalEvidence = true,
            Purpose = HealthWellbeingPurpose.Adaptations,
            RequiredAdaptations = [Adaptation.LevelAccessShower],
        });
        var decision = Assess(App().WithNeeds(n => n with { HealthWellbeing = fact }));
        Assert.Equal(Band.E, decision.General!.Band);
        Assert.Equal(Band.B, decision.AwardFor(DevonTestData.Property() with { Adaptations = [Adaptation.LevelAccessShower] })!.Band);
        Assert.Equal(Band.E, decision.AwardFor(DevonTestData.Property())!.Band);
    }

    [Fact(DisplayName = "Adaptation priority removed once the current home is adapted (001 §39.4)")]
    public void Assess_HealthWellbeingAdaptationsCurrentHomeAdapted_Removed()
    {
        var fact = Assessed(new HealthWellbeingAssessment { Level = HealthWellbeingLevel.High, HealthProfessionalEvidence = true, Purpose = HealthWellbeingPurpose.Adaptations, CurrentHomeAdapted = true });
        Assert.Equal(RegistrationOutcome.NotRegistered, Assess(App().WithNeeds(n => n with { HealthWellbeing = fact })).Registration);
    }

    [Fact(DisplayName = "Health and wellbeing priority to give or receive support: only homes near the person (001 §39.32)")]
    public void Assess_HealthWellbeingSupportMove_ScopedToLocalities()
    {
        var fact = Assessed(new HealthWellbeingAssessment { Level = HealthWellbeingLevel.Medium, HealthProfessionalEvidence = true, Purpose = HealthWellbeingPurpose.GiveOrReceiveSupport, SupportLocalities = ["Crediton"] });
        var decision = Assess(App().WithNeeds(n => n with { HealthWellbeing = fact }));
        Assert.Equal(Band.C, decision.AwardFor(DevonTestData.Property() with { Locality = "Crediton" })!.Band);
        Assert.Equal(Band.E, decision.AwardFor(DevonTestData.Property())!.Band);
    }

    [Fact(DisplayName = "High housing defect: Band B, reviewed every 3 months (001 §38.6)")]
    public void Assess_HousingDefectHigh_BandBThreeMonthReview()
    {
        var defect = Assessed(new HousingDefectAssessment { Level = HousingDefectLevel.ImprovementNotice }, new DateOnly(2026, 5, 20));
        var decision = Assess(App().WithNeeds(n => n with { HousingDefect = defect }));
        Assert.Equal(BandReason.B_HousingDefectHigh, decision.General!.Reason);
        Assert.Equal(new DateOnly(2026, 8, 20), decision.General.ReviewDue);
    }

    [Theory(DisplayName = "No defect priority: social tenants, remedial action in time, not living in Devon (001 §38.3, §38.4, §38.7)")]
    [InlineData("social")]
    [InlineData("remedial")]
    [InlineData("outside")]
    [InlineData("preventing")]
    public void Assess_HousingDefectExcluded_NoPriority(string why)
    {
        var assessment = new HousingDefectAssessment { Level = HousingDefectLevel.ImprovementNotice, RemedialActionPossibleInTime = why == "remedial", ApplicantPreventingRepairs = why == "preventing" };
        var app = EastDevonApp().WithNeeds(n => n with { HousingDefect = Assessed(assessment) })
            .WithHome(h => h with { Tenure = why == "social" ? Tenure.PartnerLandlordTenant : h.Tenure, LivesInDevon = why != "outside" });
        Assert.Equal(Band.E, Assess(app).General!.Band);
    }

    [Fact(DisplayName = "NWMS: Band B with 5 extra years (001 §19.5)")]
    public void Assess_WitnessMobility_BandBBackdatedFiveYears()
    {
        var decision = Assess(App().WithNeeds(n => n with { NationalWitnessMobility = Assessed(true) }));
        Assert.Equal(BandReason.B_WitnessMobility, decision.General!.Reason);
        Assert.Equal(new DateTime(2020, 1, 10, 9, 30, 0), decision.BandStartDate);
    }

    [Fact(DisplayName = "Ready to move on, private renting not appropriate: Band B, backdated to the earliest of stay or prevention case (001 §26.2, §43.14)")]
    public void Assess_MoveOnReady_BandBBackdated()
    {
        var app = App().WithHome(h => h with { Tenure = Tenure.SupportedAccommodation, MovedInOn = new DateOnly(2024, 9, 1) })
            .WithNeeds(n => n with
            {
                MoveOn = Assessed(new MoveOnAssessment { ReadyToMoveOn = true, PrivateRentedAppropriate = false, ContinuousStaySince = new DateOnly(2023, 6, 1) }),
                Homelessness = new HomelessnessCase { Stage = HomelessnessStage.UnderInvestigation, OwedBy = DevonAuthorities.Exeter, FirstDevonPreventionCaseOn = new DateOnly(2023, 9, 1) },
            });
        var decision = Assess(app);
        Assert.Equal(BandReason.B_MoveOnReady, decision.General!.Reason);
        Assert.Equal(new DateTime(2023, 6, 1), decision.BandStartDate);
    }

    [Fact(DisplayName = "Ready to move on, private renting appropriate: Band D (001 §26.3, §34.3)")]
    public void Assess_MoveOnPrsAppropriate_BandD()
    {
        var app = App().WithHome(h => h with { Tenure = Tenure.SupportedAccommodation })
            .WithNeeds(n => n with { MoveOn = Assessed(new MoveOnAssessment { ReadyToMoveOn = true, PrivateRentedAppropriate = true }) });
        Assert.Equal(BandReason.D_MoveOnPrsAppropriate, Assess(app).General!.Reason);
    }

    [Fact(DisplayName = "Care Experienced within 3 months: Band B backdated to the 16th birthday (001 §26.14, §43.16)")]
    public void Assess_CareExperiencedWithinThreeMonths_BandBFromSixteenthBirthday()
    {
        var app = AppBornOn(new DateOnly(2006, 8, 20))
            .WithNeeds(n => n with { CareExperienced = Assessed(new CareExperiencedAssessment { Confirmed = true, AwardedOn = AsOf.AddMonths(-1) }) });
        var decision = Assess(app);
        Assert.Equal(BandReason.B_CareExperienced, decision.General!.Reason);
        Assert.Equal(new DateTime(2022, 8, 20), decision.BandStartDate);
        Assert.Equal(AsOf.AddMonths(2), decision.General.Expires);
    }

    [Fact(DisplayName = "Care Experienced after 3 months without extension: Band D (001 §26.14)")]
    public void Assess_CareExperiencedAfterThreeMonths_BandD()
    {
        var app = App().WithNeeds(n => n with { CareExperienced = Assessed(new CareExperiencedAssessment { Confirmed = true, AwardedOn = AsOf.AddMonths(-4) }) });
        Assert.Equal(BandReason.D_CareExperiencedNotBidding, Assess(app).General!.Reason);
    }

    [Fact(DisplayName = "Care Experienced extended once: Band B until 6 months (001 §26.14)")]
    public void Assess_CareExperiencedExtended_BandB()
    {
        var app = App().WithNeeds(n => n with { CareExperienced = Assessed(new CareExperiencedAssessment { Confirmed = true, AwardedOn = AsOf.AddMonths(-4), ExtendedOnce = true }) });
        Assert.Equal(BandReason.B_CareExperienced, Assess(app).General!.Reason);
    }

    [Fact(DisplayName = "Care Experienced rejecting a reasonable offer: Band D (001 §26.14)")]
    public void Assess_CareExperiencedRejectedOffer_BandD()
    {
        var app = App().WithNeeds(n => n with { CareExperienced = Assessed(new CareExperiencedAssessment { Confirmed = true, AwardedOn = AsOf.AddDays(-5), RejectedReasonableOffer = true }) });
        Assert.Equal(BandReason.D_CareExperiencedNotBidding, Assess(app).General!.Reason);
    }

    [Fact(DisplayName = "Social need (foster carers) approved by two managers: Band B; not approved: none (001 §27)")]
    public void Assess_SocialNeed_NeedsTwoManagers()
    {
        var approved = Assessed(new SocialNeedAssessment(SocialNeedKind.FosteringOrAdoption) { ApprovedByTwoManagers = true });
        Assert.Equal(BandReason.B_SocialNeed, Assess(App().WithNeeds(n => n with { SocialNeed = approved })).General!.Reason);
        var notApproved = Assessed(new SocialNeedAssessment(SocialNeedKind.SpecialGuardianship) { ApprovedByTwoManagers = false });
        Assert.Equal(Band.E, Assess(EastDevonApp().WithNeeds(n => n with { SocialNeed = notApproved })).General!.Band);
    }

    [Fact(DisplayName = "Releasing an adapted home: Band B backdated to the move-in date (001 §28.2)")]
    public void Assess_ReleasingAdaptedHome_BandBFromMoveIn()
    {
        var app = App().WithHome(h => h with { Tenure = Tenure.PartnerLandlordTenant, ExtensivelyAdapted = true, MovedInOn = new DateOnly(2012, 4, 2) })
            .WithNeeds(n => n with { EffectiveManagement = Assessed(new EffectiveManagementAssessment(EffectiveManagementKind.ReleasingHighNeedProperty) { AgreedByLandlordAndAuthority = true }) });
        var decision = Assess(app);
        Assert.Equal(BandReason.B_EffectiveManagement, decision.General!.Reason);
        Assert.Equal(new DateTime(2012, 4, 2), decision.BandStartDate);
    }

    [Fact(DisplayName = "Disposal of a social home outside Devon: Band D (001 §34.4)")]
    public void Assess_DisposalOutsideDevon_BandD()
    {
        var app = App().WithHome(h => h with { Tenure = Tenure.OtherSocialTenant, LivesInDevon = false })
            .WithNeeds(n => n with { EffectiveManagement = Assessed(new EffectiveManagementAssessment(EffectiveManagementKind.Disposal) { AgreedByLandlordAndAuthority = true }) });
        Assert.Equal(BandReason.D_DisposalOutsideDevon, Assess(app).General!.Reason);
    }

    [Theory(DisplayName = "Moves for work: Band C only over 25 miles, 16+ hours, permanent, not from home (001 §33)")]
    [InlineData(30, 16, false, Band.C)]
    [InlineData(25, 16, false, Band.E)]
    [InlineData(30, 15, false, Band.E)]
    [InlineData(30, 16, true, Band.E)]
    public void Assess_MovesForWork_Thresholds(int miles, int hours, bool fromHome, Band expected)
    {
        var work = new MoveForWork { WorkInDevon = true, MilesEachWay = miles, ContractedHoursPerWeek = hours, CanWorkFromHome = fromHome, Permanent = true, Evidenced = true };
        Assert.Equal(expected, Assess(EastDevonApp().WithNeeds(n => n with { MovesForWork = work })).General!.Band);
    }

    [Fact(DisplayName = "Armed forces in urgent need: Band C where otherwise Band D (001 §32)")]
    public void Assess_ArmedForcesOtherwiseD_BandC()
    {
        var app = App().WithHome(h => h with { SharesFacilities = true }).WithNeeds(n => n with { ArmedForces = ArmedForcesCategory.FormerRegular });
        Assert.Equal(BandReason.C_ArmedForcesUrgentNeed, Assess(app).General!.Reason);
    }

    [Fact(DisplayName = "Armed forces with no housing need: stays Band E (001 §32)")]
    public void Assess_ArmedForcesNoNeed_BandE() =>
        Assert.Equal(Band.E, Assess(EastDevonApp().WithNeeds(n => n with { ArmedForces = ArmedForcesCategory.FormerRegular })).General!.Band);

    [Fact(DisplayName = "Teignbridge community contribution: Band D in the rural area, Band E elsewhere (001 §36.2-36.3)")]
    public void Assess_CommunityContribution_ScopedBandD()
    {
        var app = App() with { ManagingAuthority = DevonAuthorities.Teignbridge };
        app = app.WithNeeds(n => n with { CommunityContribution = new CommunityContribution { Localities = ["Bovey Tracey"], HoursPerWeek = 20, WorkingContinuouslySince = AsOf.AddMonths(-13) } });
        var decision = Assess(app);
        Assert.Equal(RegistrationOutcome.Registered, decision.Registration);
        Assert.Equal(BandReason.E_OutsideLocalPriorityArea, decision.General!.Reason);
        Assert.Equal(Band.D, decision.AwardFor(DevonTestData.Property() with { Locality = "Bovey Tracey" })!.Band);
        Assert.Equal(Band.E, decision.AwardFor(DevonTestData.Property() with { Locality = "Newton Abbot" })!.Band);
    }

    [Fact(DisplayName = "Community contribution for under 12 months, or outside Teignbridge: no priority (001 §36.1-36.2)")]
    public void Assess_CommunityContributionNotMet_NoPriority()
    {
        var cc = new CommunityContribution { Localities = ["Bovey Tracey"], HoursPerWeek = 20, WorkingContinuouslySince = AsOf.AddMonths(-11) };
        var teignbridge = (App() with { ManagingAuthority = DevonAuthorities.Teignbridge }).WithNeeds(n => n with { CommunityContribution = cc });
        Assert.Equal(RegistrationOutcome.NotRegistered, Assess(teignbridge).Registration);
        var eastDevon = EastDevonApp().WithNeeds(n => n with { CommunityContribution = cc with { WorkingContinuouslySince = AsOf.AddYears(-3) } });
        Assert.Empty(Assess(eastDevon).Scoped);
    }

    [Fact(DisplayName = "Deliberate worsening: Band D over a higher need, reviewed after 12 months (001 §37.1-37.2)")]
    public void Assess_DeliberateWorsening_BandDReviewTwelveMonths()
    {
        var decidedOn = AsOf.AddMonths(-2);
        var app = App().WithNeeds(n => n with { DeliberateWorsening = Assessed(new DeliberateWorsening(DeliberateWorseningKind.General), decidedOn) });
        var decision = Assess(app, Inputs(NeedOf(3, 1, Overcrowding.Severe)));
        Assert.Equal(BandReason.D_DeliberateWorsening, decision.General!.Reason);
        Assert.Equal(Band.B, decision.General.UnderlyingBand);
        Assert.Equal(decidedOn.AddMonths(12), decision.General.ReviewDue);
    }

    [Fact(DisplayName = "Deliberate worsening after 12 months: banded on need with the band start date reset (001 §37.2)")]
    public void Assess_DeliberateWorseningReviewed_BandedOnNeedBsdReset()
    {
        var decidedOn = new DateOnly(2025, 3, 1);
        var app = App().WithNeeds(n => n with { DeliberateWorsening = Assessed(new DeliberateWorsening(DeliberateWorseningKind.General), decidedOn) }) with
        {
            History = new BandHistory { Awards = [Past(Band.D, BandReason.D_DeliberateWorsening, new DateTime(2025, 3, 1), decidedOn)] },
        };
        var decision = Assess(app, Inputs(NeedOf(3, 1, Overcrowding.Severe)));
        Assert.Equal(BandReason.B_SevereOvercrowding, decision.General!.Reason);
        Assert.Equal(new DateTime(2026, 3, 1), decision.BandStartDate);
    }

    [Fact(DisplayName = "High-value deprivation of capital: Band E (001 §37.1)")]
    public void Assess_HighValueDeprivation_BandE()
    {
        var app = EastDevonApp().WithNeeds(n => n with { DeliberateWorsening = Assessed(new DeliberateWorsening(DeliberateWorseningKind.HighValueDeprivationOfCapital)) });
        Assert.Equal(BandReason.E_DeliberateDeprivationOfCapital, Assess(app, Inputs(NeedOf(2, 1, Overcrowding.LackingOneBedroom))).General!.Reason);
    }

    [Fact(DisplayName = "Deliberate worsening, armed forces exception: Band C (001 §37.5)")]
    public void Assess_DeliberateWorseningArmedForces_BandC()
    {
        var app = App().WithNeeds(n => n with
        {
            DeliberateWorsening = Assessed(new DeliberateWorsening(DeliberateWorseningKind.General)),
            ArmedForces = ArmedForcesCategory.ReserveWithServiceAttributableInjury,
        });
        Assert.Equal(BandReason.C_ArmedForcesUrgentNeed, Assess(app).General!.Reason);
    }

    private static DevonApplication AppBornOn(DateOnly dateOfBirth) => DevonTestData.Application(DevonTestData.MainApplicant(dateOfBirth));
}
