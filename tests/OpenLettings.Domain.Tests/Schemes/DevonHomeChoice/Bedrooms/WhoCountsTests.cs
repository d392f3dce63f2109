using OpenLettings.Domain.Schemes.DevonHomeChoice;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Bedrooms;
using static OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.DevonTestData;

namespace OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.Bedrooms;

public class WhoCountsTests
{
    private static readonly DevonOptions Defaults = new();

    [Fact(DisplayName = "A child not primarily resident is left out of bedroom need (001 §14.13)")]
    public void Assess_ChildNotPrimarilyResident_Excluded()
    {
        var need = BedroomStandard.Assess(SingleParentWith(Boy("a", 12) with { PrimarilyResident = false }, Girl("b", 11)), Defaults, AsOf);
        Assert.Equal(2, need.BedroomsNeeded);
        Assert.Contains(need.Reasons, r => r.RuleId == "DHC.Bedrooms.NotPrimarilyResident" && r.Citation.Section == "14.13");
    }

    [Fact(DisplayName = "A student whose term accommodation need not be left in the holidays has no bedroom (001 §14.14)")]
    public void Assess_StudentAwayNotLeavingInHolidays_Excluded()
    {
        var student = Girl("s", 19) with { StudentAwayInTermTime = true };
        var need = BedroomStandard.Assess(SingleParentWith(student), Defaults, AsOf);
        Assert.Equal(1, need.BedroomsNeeded);
        Assert.Contains(need.Reasons, r => r.RuleId == "DHC.Bedrooms.StudentAway");
    }

    [Fact(DisplayName = "A student who must leave term accommodation in the holidays keeps a bedroom (001 §14.14)")]
    public void Assess_StudentMustLeaveInHolidays_Counted()
    {
        var student = Girl("s", 19) with { StudentAwayInTermTime = true, StudentMustLeaveTermAccommodationInHolidays = true };
        var need = BedroomStandard.Assess(SingleParentWith(student), Defaults, AsOf);
        Assert.Equal(2, need.BedroomsNeeded);
        Assert.Contains(need.Reasons, r => r.RuleId == "DHC.Bedrooms.StudentKeepsRoom" && r.Citation.Section == "14.14");
    }
}
