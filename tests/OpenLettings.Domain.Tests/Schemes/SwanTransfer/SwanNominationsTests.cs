using OpenLettings.Domain.Common;
using OpenLettings.Domain.Options;
using OpenLettings.Domain.Properties;
using OpenLettings.Domain.Schemes.SwanTransfer;

namespace OpenLettings.Domain.Tests.Schemes.SwanTransfer;

public class SwanNominationsTests
{
    private static readonly DateOnly From = new(2026, 4, 1);
    private static readonly DateOnly To = new(2027, 3, 31);

    private static SwanLetting Letting(int bedrooms, LettingRoute route, bool newBuild = false, string council = "basildon", PropertyType type = PropertyType.House, DateOnly? on = null) => new()
    {
        Property = new PropertyId($"P-{Guid.NewGuid():N}"),
        LocalAuthority = new LocalAuthorityId(council),
        Type = type,
        Bedrooms = bedrooms,
        NewBuild = newBuild,
        LetOn = on ?? new DateOnly(2026, 6, 1),
        Route = route,
    };

    private static IEnumerable<SwanLetting> Many(int count, Func<SwanLetting> make) => Enumerable.Range(0, count).Select(_ => make());

    [Fact(DisplayName = "New builds: normally 100% to council nominees (002 §2.1)")]
    public void Check_NewBuildBelowHundred_NotMet()
    {
        var lettings = Many(9, () => Letting(2, LettingRoute.LocalAuthorityNomination, newBuild: true)).Append(Letting(2, LettingRoute.TransferList, newBuild: true));
        var check = Assert.Single(SwanTransferScheme.Default().CheckNominations(lettings, From, To).Checks);
        Assert.Equal(NominationCategory.NewBuild, check.Category);
        Assert.Equal(90m, check.ActualPercent);
        Assert.False(check.Met);
        Assert.Equal("002 §2.1", check.Reason.Citation.ToString());
    }

    [Theory(DisplayName = "Family-sized re-lets: no more than 75% to council nominees (002 §2.1)")]
    [InlineData(3, 1, true)]
    [InlineData(4, 1, false)]
    public void Check_FamilyRelets_AtMost75(int nominated, int transfers, bool met)
    {
        var lettings = Many(nominated, () => Letting(3, LettingRoute.LocalAuthorityNomination)).Concat(Many(transfers, () => Letting(2, LettingRoute.TransferList)));
        var check = Assert.Single(SwanTransferScheme.Default().CheckNominations(lettings, From, To).Checks);
        Assert.Equal(NominationCategory.FamilyRelet, check.Category);
        Assert.Equal(met, check.Met);
    }

    [Theory(DisplayName = "1 bedroom homes: at least 50% to council nominees (002 §2.1)")]
    [InlineData(1, 1, true)]
    [InlineData(1, 2, false)]
    public void Check_OneBedroom_AtLeast50(int nominated, int transfers, bool met)
    {
        var lettings = Many(nominated, () => Letting(1, LettingRoute.LocalAuthorityNomination, type: PropertyType.Flat))
            .Concat(Many(transfers, () => Letting(1, LettingRoute.TransferList, type: PropertyType.Flat)));
        var check = Assert.Single(SwanTransferScheme.Default().CheckNominations(lettings, From, To).Checks);
        Assert.Equal(NominationCategory.OneBedroom, check.Category);
        Assert.Equal(met, check.Met);
    }

    [Fact(DisplayName = "Each council is checked separately and lettings outside the period are ignored (002 §2.1)")]
    public void Check_PerCouncilAndPeriod()
    {
        var lettings = new[]
        {
            Letting(1, LettingRoute.LocalAuthorityNomination, council: "basildon", type: PropertyType.Flat),
            Letting(1, LettingRoute.TransferList, council: "thurrock", type: PropertyType.Flat),
            Letting(1, LettingRoute.LocalAuthorityNomination, council: "thurrock", type: PropertyType.Flat, on: new DateOnly(2026, 3, 31)),
        };
        var report = SwanTransferScheme.Default().CheckNominations(lettings, From, To);
        Assert.Equal(2, report.Checks.Length);
        Assert.True(report.Checks.Single(c => c.LocalAuthority.Value == "basildon").Met);
        Assert.False(report.Checks.Single(c => c.LocalAuthority.Value == "thurrock").Met);
        Assert.False(report.AllMet);
    }

    [Fact(DisplayName = "Bedsits count as 1 bedroom homes unless the option says not (002 §2.1)")]
    public void CategoryOf_Bedsit_Option()
    {
        var bedsit = Letting(0, LettingRoute.TransferList, type: PropertyType.Bedsit);
        Assert.Equal(NominationCategory.OneBedroom, SwanNominations.CategoryOf(bedsit, new NominationOptions()));
        Assert.Null(SwanNominations.CategoryOf(bedsit, new NominationOptions { BedsitsCountAsOneBedroom = false }));
    }

    [Fact(DisplayName = "Percentages are options with effective dates: the version in force at the period end applies (002 §2.1)")]
    public void CheckNominations_ScheduledChange_UsesVersionAtPeriodEnd()
    {
        var schedule = OptionSchedule<SwanOptions>.Always(new SwanOptions())
            .WithChange(new DateOnly(2027, 1, 1), new SwanOptions { Nominations = new NominationOptions { OneBedroomMinimumPercent = 30m } });
        var lettings = new[] { Letting(1, LettingRoute.LocalAuthorityNomination, type: PropertyType.Flat) }
            .Concat(Many(2, () => Letting(1, LettingRoute.TransferList, type: PropertyType.Flat)));
        var scheme = new SwanTransferScheme(schedule);
        Assert.False(Assert.Single(scheme.CheckNominations(lettings, From, new DateOnly(2026, 12, 31)).Checks).Met);
        Assert.True(Assert.Single(scheme.CheckNominations(lettings, From, To).Checks).Met);
    }
}
