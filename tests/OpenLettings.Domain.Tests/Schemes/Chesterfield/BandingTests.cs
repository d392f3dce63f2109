using OpenLettings.Domain.Common;
using OpenLettings.Domain.Households;
using OpenLettings.Domain.Properties;
using OpenLettings.Domain.Schemes.Chesterfield;
using static OpenLettings.Domain.Tests.Schemes.Chesterfield.ChesterfieldTestData;

namespace OpenLettings.Domain.Tests.Schemes.Chesterfield;

public class BandingTests
{
    [Theory(DisplayName = "Each awarded reason puts the applicant in its band (003 Appendix B 7(v)-7(vii))")]
    [InlineData(BandReasonCode.A1UrgentMedical, PriorityLevel.A)]
    [InlineData(BandReasonCode.A2MajorPropertyFactors, PriorityLevel.A)]
    [InlineData(BandReasonCode.A3UnderOccupyingTwoOrMore, PriorityLevel.A)]
    [InlineData(BandReasonCode.A4aPersonalProtection, PriorityLevel.A)]
    [InlineData(BandReasonCode.A4bFireOrFlood, PriorityLevel.A)]
    [InlineData(BandReasonCode.A4cExceptionalCircumstances, PriorityLevel.A)]
    [InlineData(BandReasonCode.A5TemporaryAccommodationMove, PriorityLevel.A)]
    [InlineData(BandReasonCode.BPlus1MainDuty, PriorityLevel.BPlus1)]
    [InlineData(BandReasonCode.BPlus2ReliefDuty, PriorityLevel.BPlus2)]
    [InlineData(BandReasonCode.B1MoveOn, PriorityLevel.B)]
    [InlineData(BandReasonCode.B3Prevention, PriorityLevel.B)]
    [InlineData(BandReasonCode.B5Medical, PriorityLevel.B)]
    [InlineData(BandReasonCode.B6UnderOccupyingLeavingFamilyHome, PriorityLevel.B)]
    [InlineData(BandReasonCode.C1LacksBasicFacilities, PriorityLevel.C)]
    [InlineData(BandReasonCode.C3SharingWithFamilyOrFriends, PriorityLevel.C)]
    [InlineData(BandReasonCode.C4MediumMedical, PriorityLevel.C)]
    [InlineData(BandReasonCode.C5MediumSocial, PriorityLevel.C)]
    [InlineData(BandReasonCode.C6HomelessNoPriorityNeed, PriorityLevel.C)]
    [InlineData(BandReasonCode.C7IntentionallyHomeless, PriorityLevel.C)]
    [InlineData(BandReasonCode.C8UnderOccupyingStayingInFamilyHome, PriorityLevel.C)]
    public void Assess_AwardedReason_Level(BandReasonCode code, PriorityLevel expected)
    {
        var result = Assess(Single().WithAward(code));
        Assert.Equal(expected, result.Level);
        Assert.Contains(code, result.Banding.ReasonCodes);
    }

    [Fact(DisplayName = "Reasons are not cumulative: the highest decides the band (003 Appendix B 7(i))")]
    public void Assess_SeveralReasons_HighestWins()
    {
        var result = Assess(Single().WithAward(BandReasonCode.C4MediumMedical).WithAward(BandReasonCode.C5MediumSocial).WithAward(BandReasonCode.B5Medical));
        Assert.Equal(ChesterfieldBand.B, result.Band);
    }

    [Fact(DisplayName = "Lacking two bedrooms is Band B (B-4) (003 Appendix B 7(vi) B-4)")]
    public void Assess_LackingTwo_B4()
    {
        var app = Couple(Child("c1", 9, Sex.Male), Child("c2", 5, Sex.Female)).WithHome(ChesterfieldTenure.PrivateTenant, 1, PropertyType.Flat);
        var result = Assess(app);
        Assert.Equal(2, result.BedroomNeed.BedroomsLacking);
        Assert.Contains(BandReasonCode.B4OvercrowdedTwoOrMore, result.Banding.ReasonCodes);
        Assert.Equal(ChesterfieldBand.B, result.Band);
    }

    [Fact(DisplayName = "Lacking one bedroom is Band C (C-2) (003 Appendix B 7(vii) C-2)")]
    public void Assess_LackingOne_C2()
    {
        var result = Assess(Single().WithMembers(Child("c1", 3, Sex.Male)));
        Assert.Contains(BandReasonCode.C2OvercrowdedOneBedroom, result.Banding.ReasonCodes);
        Assert.Equal(ChesterfieldBand.C, result.Band);
    }

    [Fact(DisplayName = "An overcrowded social tenant in a 2-bed house is Band B (B-7), not C-2 (003 Appendix B 7(vi) B-7, 7(vii) C-2)")]
    public void Assess_SocialTenantTwoBedHouseOvercrowded_B7()
    {
        var app = Couple(Child("c1", 9, Sex.Male), Child("c2", 5, Sex.Female)).WithHome(ChesterfieldTenure.OtherSocialTenant, 2, PropertyType.House);
        var result = Assess(app);
        Assert.Contains(BandReasonCode.B7OvercrowdedInTwoBedHouse, result.Banding.ReasonCodes);
        Assert.DoesNotContain(BandReasonCode.C2OvercrowdedOneBedroom, result.Banding.ReasonCodes);
        Assert.Equal(ChesterfieldBand.B, result.Band);
    }

    [Fact(DisplayName = "Chesterfield tenants in flats with children get the local-difference band (C by default) (003 §3.17)")]
    public void Assess_CbcTenantFlatWithChild_LocalDifference()
    {
        var app = Couple(Child("c1", 3, Sex.Male)).WithHome(ChesterfieldTenure.ChesterfieldCouncilTenant, 2, PropertyType.Flat);
        var result = Assess(app);
        Assert.Contains(BandReasonCode.CbcChildrenInFlat, result.Banding.ReasonCodes);
        Assert.Equal(ChesterfieldBand.C, result.Band);
        Assert.Equal(ChesterfieldBand.B, Assess(app, o => o with { ChildrenInFlatsBand = ChesterfieldBand.B }).Band);
        Assert.Equal(ChesterfieldBand.D, Assess(app, o => o with { ChildrenInFlatsBand = null }).Band);
    }

    [Fact(DisplayName = "The children-in-flats difference is for Chesterfield's own tenants only (003 §3.17)")]
    public void Assess_OtherLandlordFlatWithChild_NoLocalDifference()
    {
        var app = Couple(Child("c1", 3, Sex.Male)).WithHome(ChesterfieldTenure.OtherSocialTenant, 2, PropertyType.Flat);
        Assert.Equal(ChesterfieldBand.D, Assess(app).Band);
    }

    [Fact(DisplayName = "Maisonettes count as flats for the local difference unless switched off (003 §3.17)")]
    public void Assess_CbcMaisonette_OptionDecides()
    {
        var app = Couple(Child("c1", 3, Sex.Male)).WithHome(ChesterfieldTenure.ChesterfieldCouncilTenant, 2, PropertyType.Maisonette);
        Assert.Equal(ChesterfieldBand.C, Assess(app).Band);
        Assert.Equal(ChesterfieldBand.D, Assess(app, o => o with { ChildrenInFlatsIncludesMaisonettes = false }).Band);
    }

    [Theory(DisplayName = "Band D reasons follow tenure (003 Appendix B 7(viii))")]
    [InlineData(ChesterfieldTenure.PrivateTenant, BandReasonCode.D1PrivateTenant)]
    [InlineData(ChesterfieldTenure.ChesterfieldCouncilTenant, BandReasonCode.D2SocialTenant)]
    [InlineData(ChesterfieldTenure.LivingWithFamilyOrFriends, BandReasonCode.D4AllOthers)]
    [InlineData(ChesterfieldTenure.TiedAccommodation, BandReasonCode.D4AllOthers)]
    public void Assess_NoNeed_BandDByTenure(ChesterfieldTenure tenure, BandReasonCode expected)
    {
        var result = Assess(Single().WithHome(tenure, 1, PropertyType.Flat));
        Assert.Equal(ChesterfieldBand.D, result.Band);
        Assert.Contains(expected, result.Banding.ReasonCodes);
    }

    [Fact(DisplayName = "Equity at or above £77,974 lowers priority to D-4 (003 §3.23; Appendix B 7(iv))")]
    public void Assess_EquityAtLimit_CappedAtD()
    {
        var app = Single().WithAward(BandReasonCode.B5Medical) with
        {
            Resources = new ChesterfieldResources { PropertyValue = new Money(200000m), SecuredLoans = new Money(44052m), OwnershipShare = 0.5m },
        };
        var result = Assess(app);
        Assert.Equal(new Money(77974m), result.Equity.Equity);
        Assert.True(result.Equity.AtOrAboveLimit);
        Assert.Equal(ChesterfieldBand.D, result.Band);
        Assert.Contains(BandReasonCode.D4AllOthers, result.Banding.ReasonCodes);
        Assert.Equal(ChesterfieldBand.B, Assess(app, o => o with { EquityEffect = EquityEffect.RecordOnly }).Band);
    }

    [Fact(DisplayName = "Equity counts savings and investments and only the applicant's share (003 Appendix B 5(viii))")]
    public void Assess_EquityBelowLimit_BandKept()
    {
        var app = Single().WithAward(BandReasonCode.B5Medical) with
        {
            Resources = new ChesterfieldResources { PropertyValue = new Money(100000m), OwnershipShare = 0.5m, SavingsAndInvestments = new Money(27973.99m) },
        };
        var result = Assess(app);
        Assert.Equal(new Money(77973.99m), result.Equity.Equity);
        Assert.Equal(ChesterfieldBand.B, result.Band);
    }

    [Fact(DisplayName = "An extra bedroom on medical grounds replaces medical priority (003 Appendix B 8(vii))")]
    public void Assess_MedicalBedroom_NoMedicalPriority()
    {
        var app = (Single() with { ExtraBedroomForMedicalEquipment = true }).WithAward(BandReasonCode.B5Medical);
        var result = Assess(app);
        Assert.DoesNotContain(BandReasonCode.B5Medical, result.Banding.ReasonCodes);
        Assert.Contains(BandReasonCode.C2OvercrowdedOneBedroom, result.Banding.ReasonCodes);
        Assert.Equal(ChesterfieldBand.C, result.Band);
    }

    [Fact(DisplayName = "A medical bedroom keeps A-1 unless the option removes it (003 Appendix B 8(vii))")]
    public void Assess_MedicalBedroomUrgent_OptionDecides()
    {
        var app = (Single() with { ExtraBedroomForMedicalEquipment = true }).WithAward(BandReasonCode.A1UrgentMedical);
        Assert.Equal(ChesterfieldBand.A, Assess(app).Band);
        Assert.Equal(ChesterfieldBand.C, Assess(app, o => o with { MedicalBedroomRemovesUrgentMedical = true }).Band);
    }

    [Fact(DisplayName = "Awards dated after the assessment date are not yet applied (003 Appendix B 7(i))")]
    public void Assess_FutureAward_Ignored() =>
        Assert.Equal(ChesterfieldBand.D, Assess(Single().WithAward(BandReasonCode.B5Medical, AsOf.AddDays(1))).Band);

    [Fact(DisplayName = "A-3 holds only for a one-bed home or giving up two bedrooms (003 Appendix B 7(v) A-3)")]
    public void HoldsFor_A3_Condition()
    {
        var app = Single().WithHome(ChesterfieldTenure.OtherSocialTenant, 3);
        Assert.True(ChesterfieldBanding.HoldsFor(BandReasonCode.A3UnderOccupyingTwoOrMore, app, Home(1, PropertyType.Bungalow), false));
        Assert.False(ChesterfieldBanding.HoldsFor(BandReasonCode.A3UnderOccupyingTwoOrMore, app, Home(2, PropertyType.House), true));
        Assert.True(ChesterfieldBanding.HoldsFor(BandReasonCode.A3UnderOccupyingTwoOrMore, app with { CurrentHome = app.CurrentHome with { Bedrooms = 4 } }, Home(2, PropertyType.House), true));
    }

    [Fact(DisplayName = "B-6 holds only for moves out of family accommodation (003 Appendix B 7(vi) B-6)")]
    public void HoldsFor_B6_Condition()
    {
        var app = Single().WithHome(ChesterfieldTenure.OtherSocialTenant, 2);
        Assert.True(ChesterfieldBanding.HoldsFor(BandReasonCode.B6UnderOccupyingLeavingFamilyHome, app, Home(1, PropertyType.Flat), false));
        Assert.False(ChesterfieldBanding.HoldsFor(BandReasonCode.B6UnderOccupyingLeavingFamilyHome, app, Home(2, PropertyType.Flat), true));
    }

    [Fact(DisplayName = "Band codes print as in the policy (003 Appendix B 7)")]
    public void PrintedCode_MatchesPolicy()
    {
        Assert.Equal("A-4a", BandReasons.PrintedCode(BandReasonCode.A4aPersonalProtection));
        Assert.Equal("B+1", BandReasons.PrintedCode(BandReasonCode.BPlus1MainDuty));
        Assert.Equal("B+", BandReasons.Name(ChesterfieldBand.BPlus));
        Assert.Equal("003 Appendix B 7(vi) B-4", BandReasons.CitationOf(BandReasonCode.B4OvercrowdedTwoOrMore).ToString());
    }
}
