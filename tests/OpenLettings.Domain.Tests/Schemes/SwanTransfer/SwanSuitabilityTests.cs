using OpenLettings.Domain.Common;
using OpenLettings.Domain.Households;
using OpenLettings.Domain.Properties;
using OpenLettings.Domain.Schemes.SwanTransfer;
using static OpenLettings.Domain.Tests.Schemes.SwanTransfer.SwanTestData;

namespace OpenLettings.Domain.Tests.Schemes.SwanTransfer;

public class SwanSuitabilityTests
{
    private static SwanHouseholdProfile Profile(SwanApplication application, SwanOptions? options = null) =>
        SwanHouseholdRules.Assess(application, options ?? new SwanOptions(), AsOf);

    private static bool Suits(SwanApplication application, Property property, SwanOptions? options = null) =>
        Scheme(options).IsSuitable(application, property, AsOf).Outcome;

    [Theory(DisplayName = "Appendix 2 rows: households without children (002 Appendix 2)")]
    [InlineData(35, false, HouseholdCategory.OnePerson)]
    [InlineData(61, false, HouseholdCategory.SinglePersonOver60)]
    [InlineData(35, true, HouseholdCategory.Couple)]
    [InlineData(64, true, HouseholdCategory.CoupleOver60)]
    public void Assess_NoChildren_Row(int age, bool couple, HouseholdCategory expected)
    {
        var application = couple ? Application(Couple(age).ToArray()) : Application(Applicant(age));
        Assert.Equal(expected, Profile(application).Category);
    }

    [Fact(DisplayName = "A couple is over 60 only if both are, unless the option says either (002 Appendix 2)")]
    public void Assess_CoupleOneUnder60_DependsOnOption()
    {
        var application = Application(Applicant(64) with { PartnerId = new MemberId("partner") }, Partner(55));
        Assert.Equal(HouseholdCategory.Couple, Profile(application).Category);
        Assert.Equal(HouseholdCategory.CoupleOver60, Profile(application, new SwanOptions { OlderCouple = OlderCoupleRule.EitherPartner }).Category);
    }

    [Theory(DisplayName = "Appendix 2 rows: households with children (002 Appendix 2)")]
    [InlineData(HouseholdCategory.OneChildUnderOne, 0)]
    [InlineData(HouseholdCategory.OneChildOverOne, 1)]
    [InlineData(HouseholdCategory.TwoChildrenSameSexOver7, 7, 9)]
    [InlineData(HouseholdCategory.TwoChildrenDifferentSexOver7, 8, -9)]
    [InlineData(HouseholdCategory.TwoChildrenSameSexFiveYearGapOneOver7, 8, 3)]
    [InlineData(HouseholdCategory.TwoChildrenOtherwise, 8, 4)]
    [InlineData(HouseholdCategory.TwoChildrenOtherwise, 3, -2)]
    [InlineData(HouseholdCategory.ThreeChildrenSameSexUnder7, 1, 3, 6)]
    [InlineData(HouseholdCategory.ThreeChildrenSameSexOneOver7, 1, 3, 7)]
    [InlineData(HouseholdCategory.ThreeChildrenDifferentSexOneOver7, 1, -3, 7)]
    [InlineData(HouseholdCategory.ThreeChildrenOtherwise, 1, -3, 6)]
    [InlineData(HouseholdCategory.FourOrMoreChildren, 1, 2, 3, 4)]
    public void Assess_Children_Row(HouseholdCategory expected, params int[] ages)
    {
        // A negative age stands for a girl, a positive one (and 0) for a boy.
        var children = ages.Select((a, i) => Child($"c{i}", Math.Abs(a), a < 0 ? Sex.Female : Sex.Male)).ToList();
        var application = Application([Applicant(), .. children]);
        Assert.Equal(expected, Profile(application).Category);
    }

    [Theory(DisplayName = "Matrix: single people and couples suit bedsits to 2 bedrooms, not 3 (002 Appendix 2)")]
    [InlineData(0, PropertyType.Bedsit, true)]
    [InlineData(1, PropertyType.Flat, true)]
    [InlineData(2, PropertyType.House, true)]
    [InlineData(3, PropertyType.House, false)]
    public void IsSuitable_OnePerson_Sizes(int bedrooms, PropertyType type, bool expected) =>
        Assert.Equal(expected, Suits(Application(), Home("P", bedrooms, type)));

    [Theory(DisplayName = "Matrix: one child suits 1 to 3 bedrooms, not bedsits or 4 (002 Appendix 2)")]
    [InlineData(0, PropertyType.Bedsit, false)]
    [InlineData(1, PropertyType.Flat, true)]
    [InlineData(3, PropertyType.House, true)]
    [InlineData(4, PropertyType.House, false)]
    public void IsSuitable_OneChild_Sizes(int bedrooms, PropertyType type, bool expected) =>
        Assert.Equal(expected, Suits(Application(Applicant(), Child("c1", 3, Sex.Male)), Home("P", bedrooms, type)));

    [Theory(DisplayName = "Matrix: two or three children suit 2 to 4/5 bedrooms (002 Appendix 2)")]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(5, true)]
    public void IsSuitable_TwoChildren_Sizes(int bedrooms, bool expected) =>
        Assert.Equal(expected, Suits(Application(Applicant(), Child("c1", 8, Sex.Male), Child("c2", 9, Sex.Male)), Home("P", bedrooms, PropertyType.House)));

    [Theory(DisplayName = "Matrix: four or more children suit 3 or 4/5 bedrooms only (002 Appendix 2)")]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    public void IsSuitable_FourChildren_Sizes(int bedrooms, bool expected)
    {
        var application = Application(Applicant(), Child("c1", 1, Sex.Male), Child("c2", 2, Sex.Male), Child("c3", 3, Sex.Male), Child("c4", 4, Sex.Male));
        Assert.Equal(expected, Suits(application, Home("P", bedrooms, PropertyType.House)));
    }

    [Fact(DisplayName = "Designated elderly homes: ticked for every childless row as printed; option restricts them to the over-60 rows (002 Appendix 2)")]
    public void IsSuitable_DesignatedElderly_Option()
    {
        var elderly = Home("P", 1, PropertyType.Bungalow) with { OlderPersons = true };
        Assert.Equal(PropertyCategory.DesignatedElderlyOneBed, SuitabilityMatrix.CategoryOf(elderly));
        Assert.True(Suits(Application(Applicant(35)), elderly));
        var strict = new SwanOptions { DesignatedElderlyOnlyForOlderHouseholds = true };
        Assert.False(Suits(Application(Applicant(35)), elderly, strict));
        Assert.True(Suits(Application(Applicant(66)), elderly, strict));
        Assert.False(Suits(Application(Applicant(66), Child("c1", 3, Sex.Male)), elderly));
    }

    [Fact(DisplayName = "Bedroom need is the smallest size the household's row is ticked for (002 Appendix 2)")]
    public void Assess_BedroomNeed_FromMatrix()
    {
        Assert.Equal(1, Profile(Application()).BedroomNeed);
        Assert.Equal(2, Profile(Application(Applicant(), Child("c1", 8, Sex.Male), Child("c2", 9, Sex.Female))).BedroomNeed);
        Assert.Equal(3, Profile(Application(Applicant(), Child("c1", 1, Sex.Male), Child("c2", 2, Sex.Male), Child("c3", 3, Sex.Male), Child("c4", 4, Sex.Male))).BedroomNeed);
    }

    [Fact(DisplayName = "Only immediate family count unless listed as dependants (002 §3.2)")]
    public void Assess_OtherAdult_CountedOnlyAsDependant()
    {
        var application = Application(Applicant(), Adult("lodger", 40));
        Assert.Equal(HouseholdCategory.OnePerson, Profile(application).Category);
        Assert.Equal(HouseholdCategory.OneChildOverOne, Profile(application with { Dependants = [new MemberId("lodger")] }).Category);
        Assert.Equal(HouseholdCategory.OneChildOverOne, Profile(application, new SwanOptions { ImmediateFamilyOnly = false }).Category);
    }

    [Fact(DisplayName = "Children with a permanent home elsewhere are not counted (002 §5.2)")]
    public void Assess_ChildLivingElsewhere_NotCounted()
    {
        var profile = Profile(Application(Applicant(), Child("c1", 5, Sex.Female) with { PrimarilyResident = false }));
        Assert.Single(profile.Counted);
        Assert.Contains(profile.Reasons, r => r.Citation.ToString() == "002 §5.2");
    }

    [Fact(DisplayName = "With the evidence option, children under 16 count once child benefit is evidenced (002 §5.2)")]
    public void Assess_ChildBenefitOption_RequiresEvidence()
    {
        var options = new SwanOptions { RequireChildBenefitEvidence = true };
        var application = Application(Applicant(), Child("c1", 5, Sex.Female));
        Assert.Equal(HouseholdCategory.OnePerson, Profile(application, options).Category);
        Assert.Equal(HouseholdCategory.OneChildOverOne, Profile(application with { ChildBenefitEvidencedFor = [new MemberId("c1")] }, options).Category);
    }
}

public class SwanJointApplicantTests
{
    [Fact(DisplayName = "A joint applicant who is not the partner is always counted (002 §3.2)")]
    public void Assess_JointApplicantNotPartner_Counted()
    {
        var sibling = SwanTestData.Adult("sibling", 40) with { Role = MemberRole.JointApplicant };
        var profile = SwanHouseholdRules.Assess(SwanTestData.Application(SwanTestData.Applicant(), sibling), new SwanOptions(), SwanTestData.AsOf);
        Assert.Equal(2, profile.Counted.Length);
        Assert.Equal(HouseholdCategory.OneChildOverOne, profile.Category);
    }
}
