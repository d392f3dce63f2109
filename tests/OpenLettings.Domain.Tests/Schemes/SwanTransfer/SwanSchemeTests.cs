using OpenLettings.Domain.Common;
using OpenLettings.Domain.Households;
using OpenLettings.Domain.Options;
using OpenLettings.Domain.Schemes.SwanTransfer;
using static OpenLettings.Domain.Tests.Schemes.SwanTransfer.SwanTestData;

namespace OpenLettings.Domain.Tests.Schemes.SwanTransfer;

public class SwanSchemeTests
{
    [Fact]
    public void Assess_EveryExplanation_CitesSeed002()
    {
        var application = Application(Applicant(), Child("c1", 12, Sex.Female), Child("c2", 4, Sex.Male)).WithHome(1).Sharing("c1", "c2") with
        {
            Conduct = new SwanConduct { LastAntisocialBehaviourOn = AsOf.AddMonths(-2) },
        };
        var assessment = Scheme().Assess(application, AsOf);
        Assert.NotEmpty(assessment.Explanations);
        Assert.All(assessment.Explanations, r =>
        {
            Assert.Equal("002", r.Citation.Seed);
            Assert.StartsWith("SWAN.", r.RuleId, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(r.Text));
        });
    }

    [Fact(DisplayName = "The ASB wait is an option with an effective date; the assessment names the version used (002 §3.3)")]
    public void Assess_ScheduledAsbChange_VersionInForceApplies()
    {
        var application = Application() with { Conduct = new SwanConduct { LastAntisocialBehaviourOn = new DateOnly(2026, 3, 1) } };
        var schedule = OptionSchedule<SwanOptions>.Always(new SwanOptions())
            .WithChange(new DateOnly(2026, 6, 1), new SwanOptions { AntisocialBehaviourWaitMonths = 3 });
        var scheme = new SwanTransferScheme(schedule);

        var before = scheme.Assess(application, new DateOnly(2026, 5, 31));
        Assert.False(before.Eligibility.ConsideredForTransfer);
        Assert.Equal("defaults", before.OptionsInForce.Value);

        var after = scheme.Assess(application, new DateOnly(2026, 6, 1));
        Assert.True(after.Eligibility.ConsideredForTransfer);
        Assert.Equal("from 2026-06-01", after.OptionsInForce.Value);
    }

    [Fact]
    public void Default_UsesPolicyValues()
    {
        var options = SwanTransferScheme.Default().Options.At(AsOf);
        Assert.Equal(6, options.AntisocialBehaviourWaitMonths);
        Assert.Equal(Money.Zero, options.DebtTolerance);
        Assert.Equal(75m, options.Nominations.FamilyReletMaximumPercent);
    }
}
