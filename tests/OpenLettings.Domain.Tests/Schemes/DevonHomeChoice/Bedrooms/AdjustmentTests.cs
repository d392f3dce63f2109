using OpenLettings.Domain.Common;
using OpenLettings.Domain.Households;
using OpenLettings.Domain.Schemes.DevonHomeChoice;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Bedrooms;
using static OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.DevonTestData;

namespace OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.Bedrooms;

public class AdjustmentTests
{
    private static readonly DevonOptions Defaults = new();
    private static readonly MemberId Main = new("main");

    private static BedroomNeed Assess(DevonApplication app, DevonOptions? options = null) => BedroomStandard.Assess(app, options ?? Defaults, AsOf);

    private static DevonApplication WithFacts(BedroomFacts facts, params Member[] children) => SingleParentWith(children) with { Bedrooms = facts };

    private static MedicalBedroomClaim MedicalClaim(DisabilityBenefit benefit = DisabilityBenefit.PersonalIndependencePaymentDailyLiving, bool evidence = true, MedicalBedroomGround? ground = MedicalBedroomGround.CarePackageWithNightSleeper) =>
        new() { Member = Main, Benefit = benefit, SecondaryCareEvidence = evidence, Ground = ground };

    [Fact(DisplayName = "An overridden bedroom need replaces the calculation, citing who decided and why (001 §14.17)")]
    public void Assess_Override_ReplacesNeedAndRecordsDecider()
    {
        var facts = new BedroomFacts { Override = Assessed(new BedroomOverride(3, "Nephew taken in cannot share (panel ref HW-12)")) };
        var need = Assess(WithFacts(facts, Boy("a", 5), Boy("b", 4)));
        Assert.Equal(2, need.StandardBedrooms);
        Assert.Equal(3, need.BedroomsNeeded);
        Assert.True(need.Overridden);
        var reason = Assert.Single(need.Reasons, r => r.RuleId == "DHC.Bedrooms.Override");
        Assert.Equal("14.17", reason.Citation.Section);
        Assert.Contains(reason.Facts, f => f.Name == "decided by" && f.Value.Contains(Officer.Name, StringComparison.Ordinal));
        Assert.Contains("Nephew taken in", reason.Text, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "An override may also lower the need (001 §14.17)")]
    public void Assess_OverrideLower_LowersNeed()
    {
        var facts = new BedroomFacts { Override = Assessed(new BedroomOverride(1, "Agreed by panel")) };
        var need = Assess(WithFacts(facts, Boy("a", 12), Girl("b", 13)));
        Assert.Equal(3, need.StandardBedrooms);
        Assert.Equal(1, need.BedroomsNeeded);
        Assert.Single(need.Rooms);
    }

    [Fact(DisplayName = "A regular overnight carer agreed by the panel adds a bedroom (001 §14.17)")]
    public void Assess_OvernightCarer_AddsBedroom()
    {
        var need = Assess(WithFacts(new BedroomFacts { RegularOvernightCarer = Assessed(true) }));
        Assert.Equal(1, need.StandardBedrooms);
        Assert.Equal(2, need.BedroomsNeeded);
        Assert.Contains(need.Rooms, r => r.Use == RoomUse.OvernightCarer);
    }

    [Fact(DisplayName = "A carer claim assessed as not needed adds nothing (001 §14.17)")]
    public void Assess_OvernightCarerRefused_NoBedroom() =>
        Assert.Equal(1, Assess(WithFacts(new BedroomFacts { RegularOvernightCarer = Assessed(false) })).BedroomsNeeded);

    [Theory(DisplayName = "A medical extra bedroom needs a qualifying benefit (001 §39.33)")]
    [InlineData(DisabilityBenefit.DisabilityLivingAllowanceCareMiddle, 2)]
    [InlineData(DisabilityBenefit.DisabilityLivingAllowanceCareHighest, 2)]
    [InlineData(DisabilityBenefit.PersonalIndependencePaymentDailyLiving, 2)]
    [InlineData(DisabilityBenefit.AttendanceAllowance, 2)]
    [InlineData(DisabilityBenefit.DisabilityLivingAllowanceCareLowest, 1)]
    [InlineData(DisabilityBenefit.PersonalIndependencePaymentMobilityOnly, 1)]
    [InlineData(DisabilityBenefit.None, 1)]
    public void Assess_MedicalClaim_BenefitDecides(DisabilityBenefit benefit, int expected)
    {
        var need = Assess(WithFacts(new BedroomFacts { MedicalClaims = [Assessed(MedicalClaim(benefit))] }));
        Assert.Equal(expected, need.BedroomsNeeded);
    }

    [Fact(DisplayName = "A medical extra bedroom needs secondary-care evidence (001 §39.33)")]
    public void Assess_MedicalClaimWithoutSecondaryCareEvidence_NotAwarded()
    {
        var need = Assess(WithFacts(new BedroomFacts { MedicalClaims = [Assessed(MedicalClaim(evidence: false))] }));
        Assert.Equal(1, need.BedroomsNeeded);
        var reason = Assert.Single(need.Reasons, r => r.RuleId == "DHC.Bedrooms.MedicalNotMet");
        Assert.Contains("secondary care", reason.Text, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "A medical extra bedroom needs one of the grounds (a)-(g) (001 §39.33)")]
    public void Assess_MedicalClaimWithNoGround_NotAwarded() =>
        Assert.Equal(1, Assess(WithFacts(new BedroomFacts { MedicalClaims = [Assessed(MedicalClaim(ground: null))] })).BedroomsNeeded);

    [Theory(DisplayName = "Each of the grounds (a)-(g) gives an extra bedroom, said to be for DHC only (001 §39.33, §39.36)")]
    [InlineData(MedicalBedroomGround.DisturbedNightsPartnerCannotSleep)]
    [InlineData(MedicalBedroomGround.PartnerIsFullTimeCarer)]
    [InlineData(MedicalBedroomGround.UnstableConditionNeedsOvernightCare)]
    [InlineData(MedicalBedroomGround.CarePackageWithNightSleeper)]
    [InlineData(MedicalBedroomGround.HygienicMedicalTreatment)]
    [InlineData(MedicalBedroomGround.LargeMedicalEquipment)]
    [InlineData(MedicalBedroomGround.RapidDegenerativeCondition)]
    public void Assess_MedicalClaimEachGround_Awarded(MedicalBedroomGround ground)
    {
        var need = Assess(WithFacts(new BedroomFacts { MedicalClaims = [Assessed(MedicalClaim(ground: ground))] }));
        Assert.Equal(2, need.BedroomsNeeded);
        var reason = Assert.Single(need.Reasons, r => r.RuleId == "DHC.Bedrooms.MedicalExtraBedroom");
        Assert.Contains("does not affect any Housing Benefit claim", reason.Text, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "Two medical claims for one member give one extra bedroom (001 §39.33)")]
    public void Assess_TwoMedicalClaimsSameMember_OneBedroom()
    {
        var facts = new BedroomFacts { MedicalClaims = [Assessed(MedicalClaim()), Assessed(MedicalClaim(ground: MedicalBedroomGround.LargeMedicalEquipment))] };
        Assert.Equal(2, Assess(WithFacts(facts)).BedroomsNeeded);
    }

    [Fact(DisplayName = "A medical claim for someone not in the household is not awarded (001 §39.33)")]
    public void Assess_MedicalClaimForUnknownMember_NotAwarded()
    {
        var claim = MedicalClaim() with { Member = new MemberId("nobody") };
        Assert.Equal(1, Assess(WithFacts(new BedroomFacts { MedicalClaims = [Assessed(claim)] })).BedroomsNeeded);
    }

    [Fact(DisplayName = "A disabled child who cannot share gets their own room (001 §39.34)")]
    public void Assess_DisabledChildCannotShare_OwnRoom()
    {
        var claim = new DisabledChildClaim { Child = new("a"), Benefit = DisabilityBenefit.DisabilityLivingAllowanceCareMiddle, CannotShareConfirmed = true };
        var need = Assess(WithFacts(new BedroomFacts { DisabledChildren = [Assessed(claim)] }, Boy("a", 7), Boy("b", 5)));
        Assert.Equal(2, need.StandardBedrooms);
        Assert.Equal(3, need.BedroomsNeeded);
        Assert.Contains(need.Rooms, r => r.Use == RoomUse.DisabledChild && r.Occupants.Single() == new MemberId("a"));
    }

    [Fact(DisplayName = "A disabled child who already has a room alone adds nothing (001 §39.34)")]
    public void Assess_DisabledChildAlreadyAlone_NoExtra()
    {
        var claim = new DisabledChildClaim { Child = new("a"), Benefit = DisabilityBenefit.DisabilityLivingAllowanceCareHighest, CannotShareConfirmed = true };
        var need = Assess(WithFacts(new BedroomFacts { DisabledChildren = [Assessed(claim)] }, Boy("a", 12), Girl("b", 5)));
        Assert.Equal(3, need.StandardBedrooms);
        Assert.Equal(3, need.BedroomsNeeded);
    }

    [Theory(DisplayName = "The disabled-child test needs DLA care at middle or highest rate and confirmed evidence (001 §39.34)")]
    [InlineData(DisabilityBenefit.DisabilityLivingAllowanceCareLowest, true)]
    [InlineData(DisabilityBenefit.PersonalIndependencePaymentDailyLiving, true)]
    [InlineData(DisabilityBenefit.DisabilityLivingAllowanceCareMiddle, false)]
    public void Assess_DisabledChildConditionsNotMet_Shares(DisabilityBenefit benefit, bool confirmed)
    {
        var claim = new DisabledChildClaim { Child = new("a"), Benefit = benefit, CannotShareConfirmed = confirmed };
        var need = Assess(WithFacts(new BedroomFacts { DisabledChildren = [Assessed(claim)] }, Boy("a", 7), Boy("b", 5)));
        Assert.Equal(2, need.BedroomsNeeded);
        Assert.Contains(need.Reasons, r => r.RuleId == "DHC.Bedrooms.DisabledChildNotMet");
    }

    [Theory(DisplayName = "Fostering, adoption and special guardianship add one bedroom (001 §27.9)")]
    [InlineData(CaringArrangement.Fostering)]
    [InlineData(CaringArrangement.Adoption)]
    [InlineData(CaringArrangement.SpecialGuardianship)]
    public void Assess_Fostering_AddsOne(CaringArrangement arrangement)
    {
        var facts = new BedroomFacts { Fostering = Assessed(new FosteringOrAdoption { Arrangement = arrangement }) };
        var need = Assess(Application([.. Couple()]) with { Bedrooms = facts });
        Assert.Equal(2, need.BedroomsNeeded);
        Assert.Contains(need.Reasons, r => r.RuleId == "DHC.Bedrooms.Fostering" && r.Citation.Section == "27.9");
    }

    [Fact(DisplayName = "Social Services confirming 2 bedrooms still gives 1 without evidence of a specific need for more (001 §27.9)")]
    public void Assess_FosteringTwoConfirmedNoEvidence_CappedAtOne()
    {
        var facts = new BedroomFacts { Fostering = Assessed(new FosteringOrAdoption { Arrangement = CaringArrangement.Fostering, ExtraBedroomsConfirmed = 2 }) };
        Assert.Equal(2, Assess(WithFacts(facts)).BedroomsNeeded);
    }

    [Fact(DisplayName = "A specific confirmed need for more gives the bedrooms Social Services confirm (001 §27.8-27.9)")]
    public void Assess_FosteringTwoConfirmedWithEvidence_Two()
    {
        var facts = new BedroomFacts { Fostering = Assessed(new FosteringOrAdoption { Arrangement = CaringArrangement.Fostering, ExtraBedroomsConfirmed = 2, SpecificNeedForMoreEvidenced = true }) };
        Assert.Equal(3, Assess(WithFacts(facts)).BedroomsNeeded);
    }

    [Fact(DisplayName = "The fostering limit is an option (001 §27.9)")]
    public void Assess_FosteringLimitOption_Applies()
    {
        var options = Defaults with { Bedrooms = Defaults.Bedrooms with { FosteringExtraBedroomsLimit = 2 } };
        var facts = new BedroomFacts { Fostering = Assessed(new FosteringOrAdoption { Arrangement = CaringArrangement.Adoption, ExtraBedroomsConfirmed = 2 }) };
        Assert.Equal(3, Assess(WithFacts(facts), options).BedroomsNeeded);
    }

    [Fact(DisplayName = "Adjustments add up: carer, medical and fostering (001 §14.17, §39.33, §27.9)")]
    public void Assess_SeveralAdjustments_AddUp()
    {
        var facts = new BedroomFacts
        {
            RegularOvernightCarer = Assessed(true),
            MedicalClaims = [Assessed(MedicalClaim(ground: MedicalBedroomGround.LargeMedicalEquipment))],
            Fostering = Assessed(new FosteringOrAdoption { Arrangement = CaringArrangement.Fostering }),
        };
        var need = Assess(WithFacts(facts, Boy("a", 4)));
        Assert.Equal(2, need.StandardBedrooms);
        Assert.Equal(5, need.BedroomsNeeded);
        Assert.Contains(need.Reasons, r => r.RuleId == "DHC.Bedrooms.Adjusted");
    }
}
