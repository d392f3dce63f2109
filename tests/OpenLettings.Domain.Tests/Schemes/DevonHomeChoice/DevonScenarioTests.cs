using OpenLettings.Domain.Common;
using OpenLettings.Domain.Households;
using OpenLettings.Domain.Schemes.DevonHomeChoice;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Bedrooms;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Eligibility;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Refusals;
using static OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.DevonTestData;

namespace OpenLettings.Domain.Tests.Schemes.DevonHomeChoice;

/// <summary>
/// Households walked through several decisions over time with the whole engine (<see cref="DevonHomeChoiceScheme"/>),
/// recording each decision in the band history as the register does.
/// </summary>
public class DevonScenarioTests
{
    private static readonly DevonHomeChoiceScheme Scheme = DevonHomeChoiceScheme.Default();

    private static readonly DateTime Registered = new(2025, 1, 10, 9, 30, 0);

    /// <summary>A single parent in East Devon (which registers Band E) renting privately since 2019.</summary>
    private static DevonApplication Family(params Member[] children) =>
        EligibleApplication([MainApplicant(), .. children]) with
        {
            ManagingAuthority = DevonAuthorities.EastDevon,
            EvidenceCompletedAt = Registered,
            CurrentHome = new CurrentHome
            {
                Tenure = Tenure.PrivateRented,
                LivesInDevon = true,
                LocalAuthority = DevonAuthorities.EastDevon,
                Locality = "Exmouth",
                BedroomsForExclusiveUse = 2,
                MovedInOn = new DateOnly(2019, 4, 1),
            },
        };

    /// <summary>What the register does after a decision: ends the previous award and records the new one.</summary>
    private static DevonApplication Record(DevonApplication app, DevonAssessment assessment, DateOnly on, DateOnly? notifiedOn = null)
    {
        var awards = app.History.Awards;
        if (!awards.IsEmpty)
        {
            if (awards[^1].Band == assessment.Band && awards[^1].Reason == assessment.Banding.General!.Reason)
            {
                return app;
            }

            awards = awards.SetItem(awards.Length - 1, awards[^1] with { To = on, ChangeNotifiedOn = notifiedOn ?? on });
        }

        var general = assessment.Banding.General!;
        return app with { History = app.History with { Awards = awards.Add(new PastBandAward(general.Band, general.Reason, assessment.BandStartDate!.Value, on)) } };
    }

    private static AssessedFact<HealthWellbeingAssessment> HighHealthNeed(DateOnly on) =>
        new(new HealthWellbeingAssessment { Level = HealthWellbeingLevel.High, HealthProfessionalEvidence = true }, Officer, on);

    [Fact(DisplayName = "A boy turning 10 can no longer share with his younger sister: the household moves from no need to lacking a bedroom (001 §14.2, §14.18-14.22, §30)")]
    public void Assess_ChildTurns10_AddsBedroomAndMovesUpToBandC()
    {
        var tenthBirthday = new DateOnly(2026, 3, 20);
        var boy = new Member { Id = new MemberId("boy"), Role = MemberRole.Child, DateOfBirth = tenthBirthday.AddYears(-10), Sex = Sex.Male };
        var app = Family(boy, Child("girl", 6, Sex.Female, new DateOnly(2026, 3, 1)));

        var before = Scheme.Assess(app, new DateOnly(2026, 3, 15));
        Assert.Equal(2, before.Bedrooms.BedroomsNeeded);
        Assert.Equal(Band.E, before.Band);

        // The weekly "Bedroom/Band review" list shows the birthday in the 7 days ahead (001 §14.19).
        var review = NeedChangeWatch.Review(app, Scheme.Schedule.At(new DateOnly(2026, 3, 15)), new DateOnly(2026, 3, 15));
        Assert.NotNull(review);
        Assert.True(review.BedroomNeedChanges);
        Assert.Equal(3, review.After.BedroomsNeeded);

        app = Record(app, before, new DateOnly(2026, 3, 15));
        var after = Scheme.Assess(app with { Needs = app.Needs with { ChangeEvidenceReceivedAt = new DateTime(2026, 3, 20, 9, 0, 0) } }, new DateOnly(2026, 3, 20));
        Assert.Equal(3, after.Bedrooms.BedroomsNeeded);
        Assert.Equal(Overcrowding.LackingOneBedroom, after.Bedrooms.Overcrowding);
        Assert.Equal(Band.C, after.Band);
        Assert.Equal(new DateTime(2026, 3, 20, 9, 0, 0), after.BandStartDate);
    }

    [Theory(DisplayName = "Up to Band B for health, then back down: the old date returns only if notified within 56 days (001 §43.5-43.6)")]
    [InlineData(40, true)]
    [InlineData(56, true)]
    [InlineData(57, false)]
    public void Assess_UpThenDown_RevertsOnlyWithin56Days(int daysToNotify, bool reverts)
    {
        var app = Family(Child("son", 12, Sex.Male), Child("daughter", 8, Sex.Female));
        var first = Scheme.Assess(app, new DateOnly(2025, 2, 1));
        Assert.Equal(Band.C, first.Band);
        Assert.Equal(Registered, first.BandStartDate);
        app = Record(app, first, new DateOnly(2025, 2, 1));

        app = app with { Needs = app.Needs with { HealthWellbeing = HighHealthNeed(new DateOnly(2026, 1, 5)), ChangeEvidenceReceivedAt = new DateTime(2026, 1, 5, 14, 0, 0) } };
        var up = Scheme.Assess(app, new DateOnly(2026, 1, 6));
        Assert.Equal(Band.B, up.Band);
        Assert.Equal(new DateTime(2026, 1, 5, 14, 0, 0), up.BandStartDate);
        app = Record(app, up, new DateOnly(2026, 1, 6));

        var needEnded = new DateOnly(2026, 5, 1);
        var notified = needEnded.AddDays(daysToNotify);
        app = app with { Needs = app.Needs with { HealthWellbeing = null, ChangeEvidenceReceivedAt = notified.ToDateTime(new TimeOnly(11, 0)) } };
        app = app with { History = app.History with { Awards = app.History.Awards.SetItem(app.History.Awards.Length - 1, app.History.Awards[^1] with { To = needEnded, ChangeNotifiedOn = notified }) } };

        var down = Scheme.Assess(app, notified);

        Assert.Equal(Band.C, down.Band);
        if (reverts)
        {
            Assert.Equal(Registered, down.BandStartDate);
        }
        else
        {
            Assert.NotEqual(Registered, down.BandStartDate);
            Assert.True(down.BandStartDate > up.BandStartDate, "After 56 days the household gets a new band start date, later than the higher band's.");
        }
    }

    [Fact(DisplayName = "Three reasonable refusals: Band E for 12 months, then banded on need again (001 §62.6); a mis-advertised home does not count (001 §62.7)")]
    public void Assess_ThreeReasonableRefusals_BandEFor12Months()
    {
        var app = Family(Child("son", 12, Sex.Male), Child("daughter", 8, Sex.Female));
        Assert.Equal(Band.C, Scheme.Assess(app, new DateOnly(2026, 1, 1)).Band);

        RefusalRecord Refusal(string advert, DateOnly on, bool misadvertised = false) => new()
        {
            Advert = new AdvertId(advert),
            RefusedOn = on,
            Kind = RefusalKind.DeclinedFormalOffer,
            IncorrectlyAdvertised = misadvertised,
            HomeConsideredReasonable = new AssessedFact<bool>(true, Officer, on.AddDays(2)),
        };

        app = app with { Refusals = [Refusal("A-1", new DateOnly(2026, 1, 10)), Refusal("A-2", new DateOnly(2026, 2, 10)), Refusal("A-3", new DateOnly(2026, 3, 10), misadvertised: true)] };
        var afterTwoCounted = Scheme.Assess(app, new DateOnly(2026, 3, 20));
        Assert.Equal(Band.C, afterTwoCounted.Band);
        Assert.Equal(2, afterTwoCounted.Refusals.Counted.Length);

        app = app with { Refusals = app.Refusals.Add(Refusal("A-4", new DateOnly(2026, 4, 10))) };
        var sanctioned = Scheme.Assess(app, new DateOnly(2026, 4, 15));
        Assert.Equal(Band.E, sanctioned.Band);
        Assert.Equal(BandReason.E_ThreeReasonableRefusals, sanctioned.Banding.General!.Reason);
        Assert.Equal(new DateOnly(2027, 4, 10), sanctioned.Refusals.Sanction!.Until);

        var afterSanction = Scheme.Assess(app, new DateOnly(2027, 4, 11));
        Assert.Equal(Band.C, afterSanction.Band);
    }

    [Fact(DisplayName = "Three refusals in an authority that does not register Band E: not registered for 12 months (001 §62.6, §41.3)")]
    public void Assess_ThreeRefusalsInExeter_NotRegistered()
    {
        var app = Family(Child("son", 12, Sex.Male), Child("daughter", 8, Sex.Female)) with { ManagingAuthority = DevonAuthorities.Exeter };
        app = app with
        {
            Refusals = [.. Enumerable.Range(1, 3).Select(i => new RefusalRecord
            {
                Advert = new AdvertId($"A-{i}"),
                RefusedOn = new DateOnly(2026, i, 10),
                Kind = RefusalKind.DeclinedInitialMatch,
                HomeConsideredReasonable = new AssessedFact<bool>(true, Officer, new DateOnly(2026, i, 12)),
            })],
        };

        var decision = Scheme.Assess(app, new DateOnly(2026, 4, 1));

        Assert.Equal(RegistrationOutcome.NotRegistered, decision.Banding.Registration);
    }

    [Fact(DisplayName = "A scheduled policy change applies from its date; earlier decisions explain themselves under the old value (001 §9.2, options with effective dates)")]
    public void Assess_ScheduledArrearsLimitChange_AppliesFromItsDateOnly()
    {
        var schedule = DevonOptions.DefaultSchedule().WithChange(new DateOnly(2027, 4, 1),
            new DevonOptions { Qualification = new QualificationOptions { ArrearsThreshold = new Money(750m) } });
        var scheme = new DevonHomeChoiceScheme(schedule);
        var app = Family(Child("son", 12, Sex.Male), Child("daughter", 8, Sex.Female)) with
        {
            Qualification = new QualificationFacts
            {
                Arrears = [new ArrearsRecord
                {
                    Landlord = LandlordKind.Social,
                    Outstanding = new Money(620m),
                    LastAccruedOn = new DateOnly(2027, 1, 15),
                    Intent = new AssessedFact<ArrearsIntent>(ArrearsIntent.Intentional, Officer, new DateOnly(2027, 2, 1)),
                }],
            },
        };

        var beforeChange = scheme.Assess(app, new DateOnly(2027, 3, 31));
        var afterChange = scheme.Assess(app, new DateOnly(2027, 4, 1));

        Assert.Equal(Band.E, beforeChange.Band);
        Assert.Equal("defaults", beforeChange.OptionsInForce);
        Assert.Equal(Band.C, afterChange.Band);
        Assert.Equal("from 2027-04-01", afterChange.OptionsInForce);
    }
}
