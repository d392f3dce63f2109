using OpenLettings.Domain.Common;
using OpenLettings.Domain.Households;
using OpenLettings.Domain.Schemes.SwanTransfer;
using static OpenLettings.Domain.Tests.Schemes.SwanTransfer.SwanTestData;

namespace OpenLettings.Domain.Tests.Schemes.SwanTransfer;

public class SwanValidatorTests
{
    private static IEnumerable<string> Fields(SwanApplication application) =>
        SwanApplicationValidator.Validate(application, AsOf).Select(e => e.Field);

    [Fact]
    public void Validate_DefaultApplication_NoErrors() => Assert.Empty(Fields(Application()));

    [Fact]
    public void Validate_ChildWithoutDateOfBirthOrSex_NamesFields()
    {
        var application = Application(Applicant(), Child("c1", 4, Sex.Male) with { DateOfBirth = null }, Child("c2", 4, Sex.Male) with { Sex = null });
        var fields = Fields(application).ToList();
        Assert.Contains("household.members[1].dateOfBirth", fields);
        Assert.Contains("household.members[2].sex", fields);
    }

    [Fact]
    public void Validate_NoMainApplicant_Error() =>
        Assert.Contains("household.members", Fields(Application(Child("c1", 4, Sex.Male))));

    [Fact(DisplayName = "Derived Appendix 1 circumstances may not be entered by hand (002 Appendix 1)")]
    public void Validate_DerivedCircumstanceEntered_Error() =>
        Assert.Contains("circumstances[0].value", Fields(Application().WithCircumstance(SwanCircumstance.ChildUnder12InFlat)));

    [Fact]
    public void Validate_SharedBedroomWithUnknownMember_Error()
    {
        var fields = Fields(Application(Applicant(), Child("c1", 4, Sex.Male)).Sharing("c1", "ghost")).ToList();
        Assert.Contains("currentHome.sharedBedrooms[0].occupants[1]", fields);
    }

    [Fact]
    public void Validate_SharedBedroomWithOneOccupant_Error() =>
        Assert.Contains("currentHome.sharedBedrooms[0].occupants", Fields(Application().Sharing("main")));

    [Fact]
    public void Validate_BreachRemediedBeforeItHappened_Error()
    {
        var application = Application() with
        {
            Conduct = new SwanConduct { Breaches = [new TenancyBreach { BreachedOn = new DateOnly(2026, 2, 1), RemediedOn = new DateOnly(2026, 1, 1) }] },
        };
        Assert.Contains("conduct.breaches[0].remediedOn", Fields(application));
    }

    [Fact]
    public void Validate_NegativeDebt_Error() =>
        Assert.Contains("conduct.debts.rentArrears", Fields(Application() with { Conduct = new SwanConduct { Debts = new SwanDebts { RentArrears = new Money(-5m) } } }));

    [Fact(DisplayName = "A downsizing target must be smaller than the current home (002 §4.5)")]
    public void Validate_DownsizingNotSmaller_Error() =>
        Assert.Contains("downsizing.targetBedrooms", Fields(Application() with { Downsizing = new DownsizingRequest { TargetBedrooms = 1 } }));

    [Fact]
    public void Validate_UnknownDependant_Error() =>
        Assert.Contains("dependants[0]", Fields(Application() with { Dependants = [new MemberId("nobody")] }));

    [Fact]
    public void Validate_RegisteredAfterAsOf_Error() =>
        Assert.Contains("registeredOn", Fields(Application() with { RegisteredOn = AsOf.AddDays(1) }));

    [Fact(DisplayName = "Band history cannot start before registration (002 §4.2)")]
    public void Validate_BandHistoryBeforeRegistration_Error() =>
        Assert.Contains("bandHistory[0].from", Fields(Application() with { BandHistory = [new SwanBandRecord { Band = SwanBand.Four, From = new DateOnly(2020, 1, 1) }] }));
}

public class SwanDescriptorTests
{
    [Fact]
    public void Descriptor_IdAndOptions_Listed()
    {
        var descriptor = SwanTransferScheme.Descriptor;
        Assert.Equal("swan-transfer", descriptor.Id);
        Assert.Contains(descriptor.Options, o => o.Name == nameof(SwanOptions.AntisocialBehaviourWaitMonths) && o.DefaultValue == "6" && o.Citation == "002 §3.3");
        Assert.Contains(descriptor.Options, o => o.Name == "Nominations.FamilyReletMaximumPercent" && o.DefaultValue == "75");
        Assert.Equal(descriptor.Options.Length, descriptor.Options.Select(o => o.Name).Distinct().Count());
    }

    [Fact]
    public void Descriptor_EveryOption_Described()
    {
        var names = SwanTransferScheme.Descriptor.Options.Select(o => o.Name).ToHashSet();
        Type[] nested = [typeof(NominationOptions), typeof(DirectLettingOptions), typeof(MutualExchangeOptions), typeof(ReviewOptions), typeof(WaitingTimeOptions), typeof(PolicyReviewOptions), typeof(EqualityOptions)];
        var expected = typeof(SwanOptions).GetProperties().Where(p => !nested.Contains(p.PropertyType)).Select(p => p.Name)
            .Concat(typeof(SwanOptions).GetProperties().Where(p => nested.Contains(p.PropertyType))
                .SelectMany(p => p.PropertyType.GetProperties().Select(q => p.Name + "." + q.Name)));
        Assert.All(expected, name => Assert.Contains(name, names));
    }

    [Fact(DisplayName = "Every Appendix 1 circumstance has a band and wording (002 Appendix 1)")]
    public void Circumstances_AllDescribed()
    {
        foreach (var circumstance in Enum.GetValues<SwanCircumstance>())
        {
            Assert.False(string.IsNullOrWhiteSpace(SwanCircumstances.Describe(circumstance)));
            Assert.InRange((int)SwanCircumstances.PrintedBand(circumstance), 1, 4);
        }

        Assert.Equal(8, Enum.GetValues<SwanCircumstance>().Count(c => SwanCircumstances.PrintedBand(c) == SwanBand.One));
        Assert.Equal(12, Enum.GetValues<SwanCircumstance>().Count(c => SwanCircumstances.PrintedBand(c) == SwanBand.Four));
    }
}
