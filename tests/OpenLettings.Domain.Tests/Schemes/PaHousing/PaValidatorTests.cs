using OpenLettings.Domain.Common;
using OpenLettings.Domain.Households;
using OpenLettings.Domain.Schemes.PaHousing;
using static OpenLettings.Domain.Tests.Schemes.PaHousing.PaTestData;

namespace OpenLettings.Domain.Tests.Schemes.PaHousing;

public class PaValidatorTests
{
    [Fact]
    public void Validate_DefaultApplication_NoErrors() =>
        Assert.Empty(PaHousingApplicationValidator.Validate(Application(), AsOf));

    [Fact(DisplayName = "The local authority must be in Appendix 1 (004 Appendix 1)")]
    public void Validate_UnknownAuthority_FieldLocalAuthority() =>
        Assert.Equal("localAuthority", Assert.Single(PaHousingApplicationValidator.Validate(Application() with { LocalAuthority = new LocalAuthorityId("exeter") }, AsOf)).Field);

    [Fact(DisplayName = "Derived criteria cannot be entered as assessed needs (004 Appendix 2)")]
    public void Validate_DerivedNeedEntered_Error()
    {
        var error = Assert.Single(PaHousingApplicationValidator.Validate(Application().WithNeeds(PaNeed.MedicalNeed, PaNeed.OvercrowdedByOne), AsOf));
        Assert.Equal("assessedNeeds[1].value", error.Field);
        Assert.Equal("derived-need", error.Rule);
    }

    [Fact(DisplayName = "A transfer is for a PA Housing tenant with a tenancy start date (004 §1.3, §4.1)")]
    public void Validate_TransferFromPrivateRent_Errors()
    {
        var errors = PaHousingApplicationValidator.Validate(Application() with { Route = PaRoute.Transfer }, AsOf);
        Assert.Contains(errors, e => e.Field == "currentHome.tenure");
        Assert.Contains(errors, e => e.Field == "currentHome.tenancyStartDate");
    }

    [Fact]
    public void Validate_MemberProblems_NamedByPath()
    {
        var child = Child("kid", 5, Sex.Male) with { Sex = null };
        var app = Application(Applicant(), child, Child("kid", 3, Sex.Female)) with
        {
            SharedCare = [new SharedCare { Child = new MemberId("ghost"), NightsPerWeek = 9 }],
        };
        var errors = PaHousingApplicationValidator.Validate(app, AsOf);
        Assert.Contains(errors, e => e.Field == "household.members[1].sex");
        Assert.Contains(errors, e => e.Field == "household.members[2].id" && e.Rule == "unique");
        Assert.Contains(errors, e => e.Field == "sharedCare[0].child");
        Assert.Contains(errors, e => e.Field == "sharedCare[0].nightsPerWeek");
    }

    [Fact]
    public void Validate_NegativeMoneyAndFutureDates_Errors()
    {
        var app = Application() with
        {
            RegisteredAt = new DateTime(2026, 7, 1),
            Finances = new PaFinances { Savings = new Money(-1m) },
            PreviousEvictions = [new PreviousEviction { Ground = EvictionGround.RentArrears, EvictedOn = AsOf.AddDays(1) }],
        };
        var errors = PaHousingApplicationValidator.Validate(app, AsOf);
        Assert.Contains(errors, e => e.Field == "registeredAt");
        Assert.Contains(errors, e => e.Field == "finances.savings");
        Assert.Contains(errors, e => e.Field == "previousEvictions[0].evictedOn");
    }
}
