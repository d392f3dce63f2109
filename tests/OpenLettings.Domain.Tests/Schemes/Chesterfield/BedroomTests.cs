using OpenLettings.Domain.Households;
using OpenLettings.Domain.Schemes.Chesterfield;
using static OpenLettings.Domain.Tests.Schemes.Chesterfield.ChesterfieldTestData;

namespace OpenLettings.Domain.Tests.Schemes.Chesterfield;

public class BedroomTests
{
    private static ChesterfieldBedroomNeed Need(ChesterfieldApplication app, DateOnly? asOf = null) =>
        OvercrowdingStandard.Assess(app, new ChesterfieldOptions(), asOf ?? AsOf);

    [Fact(DisplayName = "A couple shares one bedroom (003 Appendix B 7(vi) B-4)")]
    public void Assess_Couple_OneBedroom() => Assert.Equal(1, Need(Couple()).BedroomsNeeded);

    [Fact(DisplayName = "A child does not share with a parent (003 Appendix B 7(vi) B-4)")]
    public void Assess_SingleParentOneChild_TwoBedrooms() => Assert.Equal(2, Need(Single().WithMembers(Child("c1", 2, Sex.Male))).BedroomsNeeded);

    [Fact(DisplayName = "Opposite-sex children share while neither is over seven (003 Appendix B 7(vi) B-4)")]
    public void Assess_OppositeSexSevenAndFive_Share() =>
        Assert.Equal(2, Need(Couple(Child("c1", 7, Sex.Male), Child("c2", 5, Sex.Female))).BedroomsNeeded);

    [Fact(DisplayName = "Opposite-sex children do not share once one is over seven (003 Appendix B 7(vi) B-4)")]
    public void Assess_OppositeSexEightAndFive_DoNotShare() =>
        Assert.Equal(3, Need(Couple(Child("c1", 8, Sex.Male), Child("c2", 5, Sex.Female))).BedroomsNeeded);

    [Fact(DisplayName = "Same-sex children: one aged 10+ with a gap of 5+ years do not share (003 Appendix B 7(vi) B-4)")]
    public void Assess_SameSexTenAndFiveGap_DoNotShare()
    {
        var older = ChildBorn("c1", new DateOnly(2016, 1, 1), Sex.Female);
        Assert.Equal(3, Need(Couple(older, ChildBorn("c2", new DateOnly(2021, 1, 1), Sex.Female))).BedroomsNeeded);
        Assert.Equal(2, Need(Couple(older, ChildBorn("c2", new DateOnly(2020, 12, 31), Sex.Female))).BedroomsNeeded);
    }

    [Fact(DisplayName = "Same-sex children with a big gap share while the older is under ten (003 Appendix B 7(vi) B-4)")]
    public void Assess_SameSexNineAndThree_Share() =>
        Assert.Equal(2, Need(Couple(Child("c1", 9, Sex.Male), Child("c2", 3, Sex.Male))).BedroomsNeeded);

    [Fact(DisplayName = "Adults who are not a couple and not siblings do not share; adult siblings may (003 Appendix B 7(vi) B-4)")]
    public void Assess_Adults_SharingRules()
    {
        Assert.Equal(3, Need(Couple(Adult("lodger1", 30, Sex.Male), Adult("lodger2", 31, Sex.Male))).BedroomsNeeded);
        Assert.Equal(2, Need(Couple(Child("s1", 19, Sex.Male), Child("s2", 20, Sex.Male))).BedroomsNeeded);
    }

    [Fact(DisplayName = "An unborn child counts from the 25th week of pregnancy (003 Appendix B 8(iii))")]
    public void Assess_Pregnancy_CountsFromWeek25()
    {
        // 24 completed weeks = 168 days of gestation = 112 days before the due date.
        var app = Single().WithMembers(Unborn("baby", AsOf.AddDays(112)));
        Assert.Equal(2, Need(app).BedroomsNeeded);
        Assert.Equal(1, Need(Single().WithMembers(Unborn("baby", AsOf.AddDays(113)))).BedroomsNeeded);
    }

    [Fact(DisplayName = "An unborn child is not counted without evidence from a doctor or midwife (003 Appendix B 8(iii))")]
    public void Assess_PregnancyNotEvidenced_NotCounted()
    {
        var need = Need(Single().WithMembers(Unborn("baby", AsOf.AddDays(30), evidenced: false)));
        Assert.Equal(1, need.BedroomsNeeded);
        Assert.Contains(need.Reasons, r => r.RuleId == "CBC.Bedrooms.PregnancyNotEvidenced");
    }

    [Fact(DisplayName = "Dependants are household members up to 21 (003 Appendix B 8(iv))")]
    public void Assess_Dependants_UpTo21()
    {
        var need = Need(Single().WithMembers(Child("c21", 21, Sex.Male), Child("c22", 22, Sex.Male)));
        Assert.Equal(1, need.Dependants);
        Assert.Equal(2, Need(Single().WithMembers(Child("c22", 22, Sex.Male)), null).People.Length);
    }

    [Fact(DisplayName = "Joint access: the bedroom goes to the parent receiving child benefit (003 Appendix B 8(v))")]
    public void Assess_JointAccess_ChildBenefitDecides()
    {
        var app = Single().WithMembers(Child("c1", 6, Sex.Male));
        var without = app with { JointAccessChildren = [new JointAccessChild { Member = new("c1"), ChildBenefitPaidToThisHousehold = false }] };
        var with = app with { JointAccessChildren = [new JointAccessChild { Member = new("c1"), ChildBenefitPaidToThisHousehold = true }] };
        Assert.Equal(1, Need(without).BedroomsNeeded);
        Assert.Equal(2, Need(with).BedroomsNeeded);
    }

    [Fact(DisplayName = "An extra bedroom on medical grounds makes the household overcrowded (003 Appendix B 8(vii))")]
    public void Assess_MedicalEquipmentBedroom_AddsBedroom()
    {
        var need = Need(Single() with { ExtraBedroomForMedicalEquipment = true });
        Assert.Equal(2, need.BedroomsNeeded);
        Assert.Equal(1, need.BedroomsLacking);
        Assert.True(need.MedicalBedroomGiven);
    }
}
