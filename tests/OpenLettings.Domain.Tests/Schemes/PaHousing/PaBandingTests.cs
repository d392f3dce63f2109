using OpenLettings.Domain.Households;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Options;
using OpenLettings.Domain.Schemes.PaHousing;
using static OpenLettings.Domain.Tests.Schemes.PaHousing.PaTestData;

namespace OpenLettings.Domain.Tests.Schemes.PaHousing;

public class PaBandingTests
{
    private static PaBandDecision Band(PaHousingApplication app, SubRegion region) => Assess(app.In(region)).Banding;

    [Theory(DisplayName = "Every Appendix 2 criterion gets its band, or none, in each sub-region (004 Appendix 2)")]
    [InlineData(PaNeed.LifeThreateningMedicalOrMobilityNeed, PaBand.A, PaBand.A, PaBand.A)]
    [InlineData(PaNeed.HomeToBeDemolishedOrMajorWorks, PaBand.A, PaBand.A, PaBand.A)]
    [InlineData(PaNeed.ManagementMove, PaBand.A, PaBand.A, PaBand.A)]
    [InlineData(PaNeed.StatutoryHomeless, PaBand.A, PaBand.A, null)]
    [InlineData(PaNeed.EmergencyWelfareNeed, PaBand.A, PaBand.A, PaBand.A)]
    [InlineData(PaNeed.AdaptationsNoLongerRequired, PaBand.A, PaBand.A, PaBand.A)]
    [InlineData(PaNeed.SucceededOnBasisOfMoveToSmallerHome, null, PaBand.A, PaBand.A)]
    [InlineData(PaNeed.MedicalNeed, PaBand.B, PaBand.B, PaBand.B)]
    [InlineData(PaNeed.UnsustainableTenancyWelfareNeed, null, null, PaBand.B)]
    [InlineData(PaNeed.OngoingAntisocialBehaviourOrHarassment, PaBand.B, PaBand.B, PaBand.B)]
    [InlineData(PaNeed.ReadyToMoveOn, PaBand.B, PaBand.B, PaBand.B)]
    [InlineData(PaNeed.LeavingArmedForces, PaBand.B, null, null)]
    [InlineData(PaNeed.SofaSurfingNoFixedAbodeOrTemporaryHousing, PaBand.B, null, null)]
    [InlineData(PaNeed.RelocatingForEmployment, PaBand.B, null, null)]
    [InlineData(PaNeed.LowLevelMedicalOrMobilityNeed, PaBand.C, PaBand.C, PaBand.C)]
    [InlineData(PaNeed.PersistentLowLevelAntisocialBehaviour, PaBand.C, PaBand.C, PaBand.C)]
    [InlineData(PaNeed.LocationSpecificSocialOrWelfareNeed, PaBand.C, PaBand.C, PaBand.C)]
    [InlineData(PaNeed.ApprovedForAdoption, PaBand.C, null, null)]
    [InlineData(PaNeed.AskedToLeaveByFamilyOrFriends, PaBand.C, null, null)]
    [InlineData(PaNeed.NonDependentChildFirstTenancy, PaBand.C, null, null)]
    [InlineData(PaNeed.OtherRecognisedHousingNeed, PaBand.C, null, null)]
    [InlineData(PaNeed.RunningLocalBusiness, PaBand.D, null, null)]
    public void Assess_AssessedCriterion_BandBySubRegion(PaNeed need, PaBand? midlands, PaBand? london, PaBand? southEast)
    {
        var app = Application().WithNeeds(need);
        Assert.Equal(midlands, Band(app, SubRegion.Midlands).Band);
        Assert.Equal(london, Band(app, SubRegion.London).Band);
        Assert.Equal(southEast, Band(app, SubRegion.SouthEast).Band);
        var notApplying = new[] { (SubRegion.Midlands, midlands), (SubRegion.London, london), (SubRegion.SouthEast, southEast) }.Where(x => x.Item2 is null);
        foreach (var (region, _) in notApplying)
        {
            Assert.Contains(Band(app, region).Reasons, r => r.RuleId == "PA.Banding.NotInSubRegion" && r.Citation.ToString() == "004 Appendix 2");
        }
    }

    [Theory(DisplayName = "Overcrowded by 2: Band A in the Midlands, Band B in London and the South East (004 Appendix 2 A9, B1)")]
    [InlineData(SubRegion.Midlands, PaBand.A, "A9")]
    [InlineData(SubRegion.London, PaBand.B, "B1")]
    [InlineData(SubRegion.SouthEast, PaBand.B, "B1")]
    public void Assess_OvercrowdedByTwo_DiffersBySubRegion(SubRegion region, PaBand band, string item)
    {
        var app = Application([.. Couple(), Child("a", 12, Sex.Female), Child("b", 11, Sex.Male)]);
        var decision = Band(app, region);
        Assert.Equal(band, decision.Band);
        var award = Assert.Single(decision.Awards);
        Assert.Equal(PaNeed.OvercrowdedByTwoOrMore, award.Need);
        Assert.Contains($"Appendix 2 {item}", award.Reason.Text, StringComparison.Ordinal);
    }

    [Theory(DisplayName = "Overcrowded by 1: Band B in the Midlands, Band C in London and the South East (004 Appendix 2 B10, C1)")]
    [InlineData(SubRegion.Midlands, PaBand.B)]
    [InlineData(SubRegion.London, PaBand.C)]
    [InlineData(SubRegion.SouthEast, PaBand.C)]
    public void Assess_OvercrowdedByOne_DiffersBySubRegion(SubRegion region, PaBand band) =>
        Assert.Equal(band, Band(Application([.. Couple(), Child("a", 4, Sex.Female)]), region).Band);

    [Theory(DisplayName = "Under-occupying social tenants: by 2 Band A, by 1 Band B (004 Appendix 2 A3, B6)")]
    [InlineData(3, PaBand.A)]
    [InlineData(2, PaBand.B)]
    public void Assess_UnderOccupyingTenant_Banded(int bedrooms, PaBand band)
    {
        var app = Transfer();
        Assert.Equal(band, Band(app with { CurrentHome = app.CurrentHome with { Bedrooms = bedrooms } }, SubRegion.London).Band);
    }

    [Fact(DisplayName = "Under-occupation counts only for social tenants (004 Appendix 2 A3)")]
    public void Assess_UnderOccupyingPrivateRenter_NoBand() =>
        Assert.Null(Band(Application() with { CurrentHome = new PaCurrentHome { Tenure = PaTenure.PrivateRented, Bedrooms = 3 } }, SubRegion.Midlands).Band);

    [Theory(DisplayName = "Key workers are Band D in every sub-region (004 Appendix 2 D1)")]
    [InlineData(SubRegion.Midlands)]
    [InlineData(SubRegion.London)]
    [InlineData(SubRegion.SouthEast)]
    public void Assess_KeyWorker_BandD(SubRegion region) =>
        Assert.Equal(PaBand.D, Band(Application() with { Route = PaRoute.KeyWorker }, region).Band);

    [Theory(DisplayName = "Working 16 hours a week for 12 months: Band D in the Midlands only (004 Appendix 2 D2)")]
    [InlineData(SubRegion.Midlands, 12, PaBand.D)]
    [InlineData(SubRegion.Midlands, 11, null)]
    [InlineData(SubRegion.London, 24, null)]
    public void Assess_InEmployment_MidlandsOnly(SubRegion region, int months, PaBand? band)
    {
        var app = Application() with { Activity = new PaActivity { WorkHoursPerWeek = 16m, WorkingSince = AsOf.AddMonths(-months) } };
        Assert.Equal(band, Band(app, region).Band);
    }

    [Fact(DisplayName = "Volunteering 16 hours a month for 6 months: Band D in the Midlands (004 Appendix 2 D3)")]
    public void Assess_Volunteering_MidlandsBandD()
    {
        var app = Application() with { Activity = new PaActivity { VolunteeringHoursPerMonth = 16m, VolunteeringSince = AsOf.AddMonths(-6) } };
        Assert.Equal(PaBand.D, Band(app, SubRegion.Midlands).Band);
        Assert.Null(Band(app with { Activity = app.Activity with { VolunteeringHoursPerMonth = 15m } }, SubRegion.Midlands).Band);
        Assert.Null(Band(app, SubRegion.SouthEast).Band);
    }

    [Theory(DisplayName = "Private rent over 40% of income: Band D in the Midlands (004 Appendix 2 D5)")]
    [InlineData(800, PaBand.D)]
    [InlineData(700, null)]
    public void Assess_PrivateRentShare_MidlandsBandD(decimal monthlyRent, PaBand? band)
    {
        var app = Application() with
        {
            CurrentHome = new PaCurrentHome { Tenure = PaTenure.PrivateRented, Bedrooms = 1, MonthlyRent = new Money(monthlyRent) },
            Finances = new PaFinances { Income = [new(IncomeKind.Employment, new Money(21_000m))] },
        };
        Assert.Equal(band, Band(app, SubRegion.Midlands).Band);
    }

    [Fact(DisplayName = "Independent Living with no other need is Band C; another need takes precedence (004 Appendix 2 C4)")]
    public void Assess_IndependentLivingNoOtherNeed_BandC()
    {
        var app = Application(Applicant(60)) with { SeekingIndependentLiving = true };
        var decision = Band(app, SubRegion.London);
        Assert.Equal(PaBand.C, decision.Band);
        Assert.Equal(PaNeed.IndependentLivingNoOtherNeed, Assert.Single(decision.Awards).Need);
        var withNeed = Band(app.WithNeeds(PaNeed.MedicalNeed), SubRegion.London);
        Assert.Equal(PaBand.B, withNeed.Band);
        Assert.DoesNotContain(withNeed.Awards, a => a.Need == PaNeed.IndependentLivingNoOtherNeed);
    }

    [Theory(DisplayName = "An existing tenant with positive behaviour and no need: Band D in the Midlands only (004 Appendix 2 D6, §1.3)")]
    [InlineData(SubRegion.Midlands, PaBand.D, true)]
    [InlineData(SubRegion.London, null, false)]
    public void Assess_ExistingTenantPositiveBehaviour_MidlandsOnly(SubRegion region, PaBand? band, bool qualifies)
    {
        var result = Assess(Transfer().WithNeeds(PaNeed.ExistingTenantPositiveBehaviour).In(region));
        Assert.Equal(band, result.Banding.Band);
        Assert.Equal(qualifies, result.Qualification.Qualifies);
    }

    [Fact(DisplayName = "The positive behaviour criterion is for existing tenants only (004 Appendix 2 D6)")]
    public void Assess_PositiveBehaviourDirectApplicant_Ignored() =>
        Assert.Null(Band(Application().WithNeeds(PaNeed.ExistingTenantPositiveBehaviour), SubRegion.Midlands).Band);

    [Fact(DisplayName = "The non-dependent child criterion is for applicants 18 or over (004 Appendix 2 C8)")]
    public void Assess_NonDependentChildUnder18_Ignored() =>
        Assert.Null(Band(Application(Applicant(17)).WithNeeds(PaNeed.NonDependentChildFirstTenancy), SubRegion.Midlands).Band);

    [Fact(DisplayName = "The highest band applies; the priority date is when its need was established, not before registration (004 §4.6)")]
    public void Assess_SeveralNeeds_HighestBandAndItsDate()
    {
        var app = Application() with
        {
            AssessedNeeds = [Need(PaNeed.LowLevelMedicalOrMobilityNeed, new DateOnly(2024, 6, 1)), Need(PaNeed.MedicalNeed, new DateOnly(2025, 11, 3)), Need(PaNeed.ReadyToMoveOn, new DateOnly(2024, 1, 1))],
        };
        var decision = Band(app, SubRegion.Midlands);
        Assert.Equal(PaBand.B, decision.Band);
        Assert.Equal(new DateOnly(2025, 1, 10), decision.PriorityDate);
        Assert.Equal(3, decision.Awards.Length);
        Assert.Equal("PA.Banding.Band", decision.Reasons[0].RuleId);
    }

    [Fact(DisplayName = "A need caused deliberately is disregarded unless exceptional circumstances are proved (004 §4.11)")]
    public void Assess_DeliberateWorsening_NeedDisregarded()
    {
        var app = Application().WithNeeds(PaNeed.MedicalNeed, PaNeed.AskedToLeaveByFamilyOrFriends) with
        {
            DeliberateWorsening = [Decided(new WorseningFinding { Need = PaNeed.MedicalNeed })],
        };
        var decision = Band(app, SubRegion.Midlands);
        Assert.Equal(PaBand.C, decision.Band);
        Assert.Contains(decision.Reasons, r => r.RuleId == "PA.Banding.DeliberateWorsening" && r.Citation.ToString() == "004 §4.11");
        var proved = app with { DeliberateWorsening = [Decided(new WorseningFinding { Need = PaNeed.MedicalNeed, ExceptionalCircumstancesProved = true })] };
        Assert.Equal(PaBand.B, Band(proved, SubRegion.Midlands).Band);
    }

    [Fact(DisplayName = "A household able to rent privately and choosing not to gets no priority (004 §4.11)")]
    public void Assess_CanResolveInPrivateSector_NoBand()
    {
        var decision = Band(Application().WithNeeds(PaNeed.MedicalNeed) with { CanResolveInPrivateSector = Decided(true) }, SubRegion.London);
        Assert.Null(decision.Band);
        Assert.Contains(decision.Reasons, r => r.RuleId == "PA.Banding.CanResolveInPrivateSector");
    }

    [Fact(DisplayName = "The band table is an option: a scheduled change moves a criterion's band (004 Appendix 2)")]
    public void Assess_BandTableChangedBySchedule_AppliesFromDate()
    {
        var changed = new PaHousingOptions { London = PaSubRegionOptions.LondonDefaults with { Bands = PaSubRegionOptions.LondonDefaults.Bands.SetItem(PaNeed.LeavingArmedForces, PaBand.B) } };
        var scheme = new PaHousingScheme(OptionSchedule<PaHousingOptions>.Always(new PaHousingOptions()).WithChange(new DateOnly(2026, 7, 1), changed));
        var app = Application().WithNeeds(PaNeed.LeavingArmedForces).In(SubRegion.London);
        Assert.Null(scheme.Assess(app, AsOf).Banding.Band);
        Assert.Equal(PaBand.B, scheme.Assess(app, new DateOnly(2026, 7, 1)).Banding.Band);
    }
}
