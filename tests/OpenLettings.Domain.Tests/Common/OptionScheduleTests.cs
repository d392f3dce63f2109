using OpenLettings.Domain.Options;

namespace OpenLettings.Domain.Tests.Common;

public class OptionScheduleTests
{
    private sealed record Limits(decimal ArrearsLimit);

    [Fact]
    public void At_BeforeAndAfterScheduledChange_ReturnsVersionInForce()
    {
        var schedule = OptionSchedule<Limits>.Always(new Limits(500m))
            .WithChange(new DateOnly(2027, 4, 1), new Limits(750m));

        Assert.Equal(500m, schedule.At(new DateOnly(2027, 3, 31)).ArrearsLimit);
        Assert.Equal(750m, schedule.At(new DateOnly(2027, 4, 1)).ArrearsLimit);
        Assert.Equal("from 2027-04-01", schedule.DescribeVersionAt(new DateOnly(2027, 5, 1)).Value);
        Assert.Equal("defaults", schedule.DescribeVersionAt(new DateOnly(2026, 5, 1)).Value);
    }

    [Fact]
    public void Constructor_TwoVersionsOnSameDate_IsRejected()
    {
        var day = new DateOnly(2027, 4, 1);
        Assert.Throws<ArgumentException>(() => new OptionSchedule<Limits>(
            [new EffectiveOptions<Limits>(day, new Limits(1m)), new EffectiveOptions<Limits>(day, new Limits(2m))]));
    }
}
