using OpenLettings.Domain.Common;
using OpenLettings.Domain.Households;
using OpenLettings.Domain.Schemes.DevonHomeChoice;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Bedrooms;
using static OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.DevonTestData;

namespace OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.Bedrooms;

public class NeedChangeWatchTests
{
    private static readonly DevonOptions Defaults = new();

    private static Member BornOn(string id, DateOnly dob, Sex sex) => new() { Id = new(id), Role = MemberRole.Child, DateOfBirth = dob, Sex = sex };

    [Fact(DisplayName = "A girl turning 10 in the next 7 days is listed with her need before and after (001 §14.18-14.20)")]
    public void Review_GirlTurnsTenInWindow_ListedWithNeedChange()
    {
        var app = SingleParentWith(BornOn("g", AsOf.AddDays(3).AddYears(-10), Sex.Female), Boy("b", 6));
        var review = NeedChangeWatch.Review(app, Defaults, AsOf);
        Assert.NotNull(review);
        var e = Assert.Single(review.Events);
        Assert.Equal((new MemberId("g"), NeedChangeTrigger.ReachesSameSexSharingAge, AsOf.AddDays(3)), (e.Member, e.Trigger, e.On));
        Assert.Equal(2, review.Before.BedroomsNeeded);
        Assert.Equal(3, review.After.BedroomsNeeded);
        Assert.True(review.BedroomNeedChanges);
        Assert.Contains(review.Reasons, r => r.RuleId == "DHC.Bedrooms.Review.TurnsTen" && r.Citation.Section == "14.19");
    }

    [Fact(DisplayName = "A boy turning 16 is listed; the overcrowding change is reported (001 §14.19-14.20)")]
    public void Review_BoyTurnsSixteen_OvercrowdingChange()
    {
        var app = SingleParentWith(BornOn("a", AsOf.AddYears(-16), Sex.Male), Boy("b", 12)).WithCurrentBedrooms(2);
        var review = NeedChangeWatch.Review(app, Defaults, AsOf);
        Assert.NotNull(review);
        Assert.Equal(NeedChangeTrigger.ReachesAdultAge, Assert.Single(review.Events).Trigger);
        Assert.Equal((2, 3), (review.Before.BedroomsNeeded, review.After.BedroomsNeeded));
        Assert.Equal((Overcrowding.None, Overcrowding.LackingOneBedroom), (review.Before.Overcrowding, review.After.Overcrowding));
        Assert.True(review.OvercrowdingChanges);
    }

    [Theory(DisplayName = "The window covers today and the next 6 days by default (001 §14.19)")]
    [InlineData(0, true)]
    [InlineData(6, true)]
    [InlineData(7, false)]
    [InlineData(-1, false)]
    public void Review_WindowBoundaries(int daysAhead, bool listed)
    {
        var app = SingleParentWith(BornOn("g", AsOf.AddDays(daysAhead).AddYears(-10), Sex.Female));
        Assert.Equal(listed, NeedChangeWatch.Review(app, Defaults, AsOf) is not null);
    }

    [Fact(DisplayName = "The window length is an option (001 §14.19)")]
    public void Review_LongerWindowOption_ListsLaterBirthday()
    {
        var app = SingleParentWith(BornOn("g", AsOf.AddDays(10).AddYears(-10), Sex.Female));
        var options = Defaults with { Bedrooms = Defaults.Bedrooms with { NeedChangeWindowDays = 14 } };
        Assert.Null(NeedChangeWatch.Review(app, Defaults, AsOf));
        Assert.NotNull(NeedChangeWatch.Review(app, options, AsOf));
    }

    [Fact(DisplayName = "Nobody reaching a key age: not listed (001 §14.19)")]
    public void Review_NoKeyDates_Null() =>
        Assert.Null(NeedChangeWatch.Review(SingleParentWith(Boy("a", 12), Girl("b", 4)), Defaults, AsOf));

    [Fact(DisplayName = "A baby due is listed with the need if born a girl or a boy (001 §14.8, §14.19)")]
    public void Review_BabyDue_ReportsNeedBySex()
    {
        var app = SingleParentWith(Boy("a", 12), Unborn("baby", AsOf.AddDays(2)));
        var review = NeedChangeWatch.Review(app, Defaults, AsOf);
        Assert.NotNull(review);
        var e = Assert.Single(review.Events);
        Assert.Equal(NeedChangeTrigger.BabyDue, e.Trigger);
        Assert.Equal(2, review.After.BedroomsNeeded);
        Assert.Equal(2, e.BedroomsIfBornBoy);
        Assert.Equal(3, e.BedroomsIfBornGirl);
        Assert.True(review.BirthMayChangeNeed);
        Assert.Contains(review.Reasons, r => r.RuleId == "DHC.Bedrooms.Review.BabyDue");
    }

    [Fact(DisplayName = "A baby due to a household where either sex could share: birth does not change need (001 §14.8)")]
    public void Review_BabyDueWithUnderTen_BirthDoesNotChangeNeed()
    {
        var review = NeedChangeWatch.Review(SingleParentWith(Boy("a", 3), Unborn("baby", AsOf.AddDays(1))), Defaults, AsOf);
        Assert.NotNull(review);
        Assert.False(review.BirthMayChangeNeed);
    }

    [Fact(DisplayName = "Several key dates: before is the day before the first, after is the last (001 §14.19)")]
    public void Review_TwoEvents_BeforeFirstAfterLast()
    {
        var app = SingleParentWith(BornOn("a", AsOf.AddDays(1).AddYears(-16), Sex.Male), BornOn("g", AsOf.AddDays(5).AddYears(-10), Sex.Female), Boy("b", 4));
        var review = NeedChangeWatch.Review(app, Defaults, AsOf);
        Assert.NotNull(review);
        Assert.Equal([AsOf.AddDays(1), AsOf.AddDays(5)], review.Events.Select(e => e.On));
        Assert.Equal(3, review.Before.BedroomsNeeded);
        Assert.Equal(4, review.After.BedroomsNeeded);
    }

    [Fact(DisplayName = "Scan lists only applications with key dates, in input order (001 §14.19)")]
    public void Scan_ManyApplications_ListsOnlyThoseWithKeyDates()
    {
        DevonApplication Numbered(int i, DevonApplication a) => a with { Id = new HousingApplicationId($"DHC-{i}") };
        var apps = new[]
        {
            Numbered(1, SingleParentWith(Boy("a", 12))),
            Numbered(2, SingleParentWith(BornOn("g", AsOf.AddDays(2).AddYears(-10), Sex.Female))),
            Numbered(3, Application()),
            Numbered(4, SingleParentWith(Unborn("baby", AsOf.AddDays(4)))),
        };
        Assert.Equal(["DHC-2", "DHC-4"], NeedChangeWatch.Scan(apps, Defaults, AsOf).Select(r => r.Application.Value));
    }

    [Fact(DisplayName = "Scan is lazy: it reads applications only as results are taken (001 §14.19)")]
    public void Scan_IsLazy()
    {
        var read = 0;
        IEnumerable<DevonApplication> Register()
        {
            for (var i = 0; ; i++)
            {
                read++;
                yield return i % 3 == 0
                    ? SingleParentWith(BornOn("g", AsOf.AddDays(1).AddYears(-10), Sex.Female))
                    : Application();
            }
        }

        var firstTwo = NeedChangeWatch.Scan(Register(), Defaults, AsOf).Take(2).ToList();
        Assert.Equal(2, firstTwo.Count);
        Assert.Equal(4, read);
    }

    [Fact(DisplayName = "An unevidenced pregnancy due in the window is listed: the birth adds a bedroom (001 §14.5, §14.19)")]
    public void Review_UnevidencedPregnancyDue_BirthAddsBedroom()
    {
        var review = NeedChangeWatch.Review(SingleParentWith(Unborn("baby", AsOf.AddDays(2), evidenced: false)), Defaults, AsOf);
        Assert.NotNull(review);
        Assert.Equal(1, review.After.BedroomsNeeded);
        var e = Assert.Single(review.Events);
        Assert.Equal((2, 2), (e.BedroomsIfBornGirl, e.BedroomsIfBornBoy));
        Assert.True(review.BirthMayChangeNeed);
    }
}
