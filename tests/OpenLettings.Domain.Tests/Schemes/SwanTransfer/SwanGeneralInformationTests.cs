using OpenLettings.Domain.Common;
using OpenLettings.Domain.Households;
using OpenLettings.Domain.Properties;
using OpenLettings.Domain.Schemes.SwanTransfer;
using static OpenLettings.Domain.Tests.Schemes.SwanTransfer.SwanTestData;

namespace OpenLettings.Domain.Tests.Schemes.SwanTransfer;

public class SwanMutualExchangeTests
{
    private static MutualExchangeRequest Exchange(AssessedFact<bool>? approval = null, DateOnly? on = null) => new()
    {
        Reference = "MX-1",
        Parties =
        [
            new MutualExchangeParty { Applicant = new HousingApplicationId("SWAN-0001"), Home = new PropertyId("P-1") },
            new MutualExchangeParty { Applicant = new HousingApplicationId("SWAN-0002"), Home = new PropertyId("P-2") },
        ],
        RequestedOn = AsOf.AddDays(-30),
        ExchangeDate = on,
        Approval = approval,
    };

    [Fact(DisplayName = "An exchange may not take place until it is approved (002 §6.1)")]
    public void DecideMutualExchange_NoApproval_Awaiting()
    {
        var decision = Scheme().DecideMutualExchange(Exchange(on: AsOf.AddDays(10)), AsOf);
        Assert.Equal(MutualExchangeStatus.AwaitingApproval, decision.Outcome);
        Assert.Equal("002 §6.1", decision.Reasons[0].Citation.ToString());
    }

    [Fact(DisplayName = "An approved exchange may take place (002 §6.1)")]
    public void DecideMutualExchange_Approved()
    {
        var decision = Scheme().DecideMutualExchange(Exchange(Assessed(true, AsOf.AddDays(-3)), AsOf.AddDays(7)), AsOf);
        Assert.Equal(MutualExchangeStatus.Approved, decision.Outcome);
        Assert.Contains(decision.Reasons[0].Facts, f => f.Name == "decidedBy");
    }

    [Fact(DisplayName = "An exchange that took place before approval is flagged (002 §6.1)")]
    public void DecideMutualExchange_BeforeApproval_Flagged()
    {
        Assert.Equal(MutualExchangeStatus.ExchangedWithoutApproval, Scheme().DecideMutualExchange(Exchange(Assessed(true, AsOf.AddDays(-3)), AsOf.AddDays(-10)), AsOf).Outcome);
        Assert.Equal(MutualExchangeStatus.ExchangedWithoutApproval, Scheme().DecideMutualExchange(Exchange(null, AsOf.AddDays(-1)), AsOf).Outcome);
    }

    [Fact(DisplayName = "A refused exchange cannot take place; a decision dated later is not yet known (002 §6.1)")]
    public void DecideMutualExchange_RefusedAndFuture()
    {
        Assert.Equal(MutualExchangeStatus.Refused, Scheme().DecideMutualExchange(Exchange(Assessed(false, AsOf.AddDays(-2))), AsOf).Outcome);
        Assert.Equal(MutualExchangeStatus.AwaitingApproval, Scheme().DecideMutualExchange(Exchange(Assessed(true, AsOf.AddDays(2))), AsOf).Outcome);
    }

    [Fact(DisplayName = "An exchange needs two households with different homes (002 §6.1)")]
    public void DecideMutualExchange_OneParty_Incomplete()
    {
        var request = Exchange() with { Parties = [Exchange().Parties[0]] };
        Assert.Equal(MutualExchangeStatus.Incomplete, Scheme().DecideMutualExchange(request, AsOf).Outcome);
    }

    [Fact(DisplayName = "Approval before an exchange is an option; the advice names the exchange service (002 §6.1)")]
    public void DecideMutualExchange_ApprovalNotRequiredOption()
    {
        var scheme = Scheme(new SwanOptions { MutualExchange = new MutualExchangeOptions { RequireApproval = false, ExchangeService = "HouseExchange" } });
        Assert.Equal(MutualExchangeStatus.Approved, scheme.DecideMutualExchange(Exchange(), AsOf).Outcome);
        Assert.Contains("HouseExchange", SwanGeneralInformation.MutualExchangeAdvice(scheme.Options.At(AsOf).MutualExchange).Text);
        Assert.Contains("Homeswapper", SwanGeneralInformation.MutualExchangeAdvice(new MutualExchangeOptions()).Text);
    }
}

public class SwanReviewTests
{
    private static SwanReviewRequest Review() => new()
    {
        Application = new HousingApplicationId("SWAN-0001"),
        Decision = SwanDecisionKind.PriorityStatus,
        DecidedOn = AsOf.AddDays(-20),
        DecidedBy = "A. Officer",
        RequestedOn = AsOf.AddDays(-5),
        MadeTo = SwanTeam.LettingsTeam,
        Explanation = "My daughter's letter from the school was not looked at.",
        InformationNotConsidered = ["School letter of 3 May"],
    };

    private static readonly Assessor Reviewer = new("B. Reviewer", "Lettings Team Leader");

    [Fact(DisplayName = "A review of a priority decision made to the Lettings Team with an explanation and information can go ahead (002 §6.2)")]
    public void AdmitReview_Complete_Admissible()
    {
        var decision = Scheme().AdmitReview(Review());
        Assert.Equal(ReviewAdmissibility.Admissible, decision.Outcome);
        Assert.Equal("002 §6.2", Assert.Single(decision.Reasons).Citation.ToString());
    }

    [Fact(DisplayName = "Reviews are made directly to the Lettings Team (002 §6.2)")]
    public void AdmitReview_WrongTeam() =>
        Assert.Equal(ReviewAdmissibility.NotMadeToLettingsTeam, Scheme().AdmitReview(Review() with { MadeTo = SwanTeam.HousingManagementTeam }).Outcome);

    [Fact(DisplayName = "A review needs an explanation and the information not considered; every failing requirement is reported (002 §6.2)")]
    public void AdmitReview_NoExplanationNoInformation()
    {
        var decision = Scheme().AdmitReview(Review() with { Explanation = "", InformationNotConsidered = [] });
        Assert.Equal(ReviewAdmissibility.NoExplanation, decision.Outcome);
        Assert.Equal(["SWAN.Review.NoExplanation", "SWAN.Review.NoNewInformation"], decision.Reasons.Select(r => r.RuleId));
    }

    [Fact(DisplayName = "Only priority status decisions are reviewable by default; the set is an option (002 §6.2)")]
    public void AdmitReview_EligibilityDecision()
    {
        Assert.Equal(ReviewAdmissibility.DecisionNotReviewable, Scheme().AdmitReview(Review() with { Decision = SwanDecisionKind.Eligibility }).Outcome);
        var wider = Scheme(new SwanOptions { Reviews = new ReviewOptions { ReviewableDecisions = [SwanDecisionKind.PriorityStatus, SwanDecisionKind.Eligibility] } });
        Assert.Equal(ReviewAdmissibility.Admissible, wider.AdmitReview(Review() with { Decision = SwanDecisionKind.Eligibility }).Outcome);
    }

    [Fact(DisplayName = "The policy sets no time limit; a window can be set as an option (002 §6.2)")]
    public void AdmitReview_Window()
    {
        var late = Review() with { RequestedOn = AsOf.AddDays(400) };
        Assert.Equal(ReviewAdmissibility.Admissible, Scheme().AdmitReview(late).Outcome);
        var windowed = Scheme(new SwanOptions { Reviews = new ReviewOptions { RequestWindowDays = 21 } });
        Assert.Equal(ReviewAdmissibility.OutOfTime, windowed.AdmitReview(Review() with { RequestedOn = Review().DecidedOn.AddDays(22) }).Outcome);
        Assert.Equal(ReviewAdmissibility.Admissible, windowed.AdmitReview(Review() with { RequestedOn = Review().DecidedOn.AddDays(21) }).Outcome);
        Assert.Equal(ReviewAdmissibility.BeforeDecision, windowed.AdmitReview(Review() with { RequestedOn = Review().DecidedOn.AddDays(-1) }).Outcome);
    }

    [Fact(DisplayName = "A review that finds a higher band changes it and time in band starts anew (002 §6.2, §4.2)")]
    public void DecideReview_NewInformation_BandChanged()
    {
        var scheme = Scheme();
        var application = Application();
        var original = scheme.Assess(application, Review().DecidedOn).Banding;
        var withInformation = application.WithCircumstance(SwanCircumstance.Harassment);
        var result = scheme.DecideReview(Review(), original, withInformation, Reviewer, SwanTeam.LettingsTeam, AsOf);
        Assert.Equal(SwanBand.Four, original.Band);
        Assert.Equal(ReviewOutcome.Changed, result.Outcome);
        Assert.Equal(SwanBand.One, result.Band);
        Assert.Contains(result.Reasons, r => r.RuleId == "SWAN.Band.WaitingResetOnChange" && r.Citation.ToString() == "002 §4.2");
    }

    [Fact(DisplayName = "A review that finds the same band upholds the decision (002 §6.2)")]
    public void DecideReview_SameBand_Upheld()
    {
        var scheme = Scheme();
        var original = scheme.Assess(Application(), Review().DecidedOn).Banding;
        var result = scheme.DecideReview(Review(), original, Application(), Reviewer, SwanTeam.LettingsTeam, AsOf);
        Assert.Equal(ReviewOutcome.Upheld, result.Outcome);
        Assert.Equal(SwanBand.Four, result.Band);
    }

    [Fact(DisplayName = "Reviews are decided by the Lettings Team; the original decision maker can be excluded by option (002 §6.2)")]
    public void DecideReview_WhoDecides()
    {
        var scheme = Scheme();
        var original = scheme.Assess(Application(), Review().DecidedOn).Banding;
        Assert.Equal(ReviewOutcome.ReviewerNotAuthorised, scheme.DecideReview(Review(), original, Application(), Reviewer, SwanTeam.HousingManagementTeam, AsOf).Outcome);
        Assert.Equal(ReviewOutcome.Upheld, scheme.DecideReview(Review(), original, Application(), new Assessor("A. Officer", "Lettings Officer"), SwanTeam.LettingsTeam, AsOf).Outcome);
        var independent = Scheme(new SwanOptions { Reviews = new ReviewOptions { ReviewerMustBeSomeoneElse = true } });
        var result = independent.DecideReview(Review(), original, Application(), new Assessor("A. Officer", "Lettings Officer"), SwanTeam.LettingsTeam, AsOf);
        Assert.Equal(ReviewOutcome.ReviewerNotAuthorised, result.Outcome);
        Assert.Contains(result.Reasons, r => r.RuleId == "SWAN.Review.ReviewerTookDecision");
    }

    [Fact(DisplayName = "An inadmissible review is not decided (002 §6.2)")]
    public void DecideReview_NotAdmissible()
    {
        var scheme = Scheme();
        var original = scheme.Assess(Application(), Review().DecidedOn).Banding;
        var result = scheme.DecideReview(Review() with { Explanation = "" }, original, Application().WithCircumstance(SwanCircumstance.Harassment), Reviewer, SwanTeam.LettingsTeam, AsOf);
        Assert.Equal(ReviewOutcome.NotAdmissible, result.Outcome);
        Assert.Equal(SwanBand.Four, result.Band);
    }
}

public class SwanWaitingTimeTests
{
    private static SwanWaitingEntry Entry(string id, SwanBand band, DateOnly since, int bedrooms = 1, bool considered = true) => new()
    {
        Application = new HousingApplicationId(id),
        Band = band,
        WaitingSince = since,
        RegisteredOn = since,
        Bedrooms = bedrooms,
        ConsideredForTransfer = considered,
    };

    private static SwanLetting Let(int waitedDays, SwanBand band = SwanBand.Four, int bedrooms = 1, string area = "Basildon", LettingRoute route = LettingRoute.TransferList, int monthsAgo = 2)
    {
        var on = AsOf.AddMonths(-monthsAgo);
        return new SwanLetting
        {
            Property = new PropertyId($"P-{Guid.NewGuid():N}"),
            LocalAuthority = new LocalAuthorityId("basildon"),
            Type = PropertyType.Flat,
            Bedrooms = bedrooms,
            LetOn = on,
            Route = route,
            Area = area,
            Band = band,
            WaitingSince = on.AddDays(-waitedDays),
        };
    }

    [Fact(DisplayName = "Position counts those in the same band and size who can be considered and waited longer (002 §6.3, §4.2)")]
    public void WaitingTimes_Position()
    {
        var application = Application();
        var register = new[]
        {
            Entry("A", SwanBand.Four, new DateOnly(2024, 1, 1)),
            Entry("B", SwanBand.Four, new DateOnly(2024, 6, 1)),
            Entry("C", SwanBand.Four, new DateOnly(2024, 6, 1), considered: false),
            Entry("D", SwanBand.Three, new DateOnly(2020, 1, 1)),
            Entry("E", SwanBand.Four, new DateOnly(2020, 1, 1), bedrooms: 2),
            Entry("F", SwanBand.Four, new DateOnly(2026, 1, 1)),
        };
        var info = Scheme().WaitingTimes(application, register, [], AsOf);
        Assert.Equal(3, info.Position);
        Assert.Equal(SwanBand.Four, info.Band);
        Assert.Equal(1, info.Bedrooms);
        Assert.Contains(info.Reasons, r => r.RuleId == "SWAN.WaitingTimes.NoPromise" && r.Citation.ToString() == "002 §6.3");
    }

    [Fact(DisplayName = "Typical wait is the median days in band of comparable transfers in the look-back period (002 §6.3)")]
    public void WaitingTimes_TypicalWait()
    {
        var lettings = new[]
        {
            Let(100), Let(300), Let(200), Let(1000),
            Let(5, band: SwanBand.One), Let(5, bedrooms: 2), Let(5, route: LettingRoute.LocalAuthorityNomination), Let(5, monthsAgo: 13),
        };
        var info = Scheme().WaitingTimes(Application(), [], lettings, AsOf);
        Assert.Equal(4, info.ComparableTransfers);
        Assert.Equal(250, info.TypicalWaitDays);
        Assert.Equal(100, info.ShortestWaitDays);
        Assert.Equal(1000, info.LongestWaitDays);
    }

    [Fact(DisplayName = "With too few comparable transfers no typical wait is given (002 §6.3)")]
    public void WaitingTimes_TooFew()
    {
        var info = Scheme().WaitingTimes(Application(), [], [Let(100), Let(200)], AsOf);
        Assert.Null(info.TypicalWaitDays);
        Assert.Contains(info.Reasons, r => r.RuleId == "SWAN.WaitingTimes.TooFewToSay");
        var lower = Scheme(new SwanOptions { WaitingTimes = new WaitingTimeOptions { MinimumLettingsForTypicalWait = 2 } });
        Assert.Equal(150, lower.WaitingTimes(Application(), [], [Let(100), Let(200)], AsOf).TypicalWaitDays);
    }

    [Fact(DisplayName = "Homes of the size needed let in each area, with the transfers among them (002 §6.3)")]
    public void WaitingTimes_ByArea()
    {
        var lettings = new[] { Let(10, area: "Basildon"), Let(10, area: "Basildon", route: LettingRoute.LocalAuthorityNomination), Let(10, area: "Thurrock"), Let(10, bedrooms: 3, area: "Thurrock") };
        var info = Scheme().WaitingTimes(Application(), [], lettings, AsOf);
        Assert.Equal(2, info.ByArea.Length);
        var basildon = info.ByArea.Single(a => a.Area == "Basildon");
        Assert.Equal(2, basildon.Lettings);
        Assert.Equal(1, basildon.Transfers);
    }

    [Fact(DisplayName = "The look-back period is an option (002 §6.3)")]
    public void WaitingTimes_Lookback()
    {
        var lettings = new[] { Let(100, monthsAgo: 13), Let(200, monthsAgo: 14), Let(300, monthsAgo: 20) };
        Assert.Equal(0, Scheme().WaitingTimes(Application(), [], lettings, AsOf).ComparableTransfers);
        var longer = Scheme(new SwanOptions { WaitingTimes = new WaitingTimeOptions { LookbackMonths = 24 } });
        Assert.Equal(200, longer.WaitingTimes(Application(), [], lettings, AsOf).TypicalWaitDays);
    }
}

public class SwanPolicyReviewTests
{
    [Theory(DisplayName = "The policy is reviewed every 2 years or on a change in guidance or law (002 §6.4)")]
    [InlineData("2008-01-01", false, "2009-12-31", false)]
    [InlineData("2008-01-01", false, "2010-01-01", true)]
    [InlineData("2008-01-01", true, "2008-06-01", true)]
    public void PolicyReviewDue(string lastReviewed, bool change, string asOf, bool due)
    {
        var decision = SwanGeneralInformation.PolicyReviewDue(DateOnly.Parse(lastReviewed), change, new PolicyReviewOptions(), DateOnly.Parse(asOf));
        Assert.Equal(due, decision.Outcome);
        Assert.Equal("002 §6.4", decision.Reasons[0].Citation.ToString());
    }
}

public class SwanEqualityTests
{
    private static IEnumerable<SwanMonitoringRecord> Group(string group, int applicants, int housed, ProtectedCharacteristic characteristic = ProtectedCharacteristic.EthnicOrNationalOrigin) =>
        Enumerable.Range(0, applicants).Select(i => new SwanMonitoringRecord
        {
            Application = new HousingApplicationId($"{group}-{i}"),
            Groups = [new MonitoringGroup { Characteristic = characteristic, Group = group }],
            Housed = i < housed,
        });

    [Fact(DisplayName = "A group housed at under four-fifths of the best-placed group's rate is flagged (002 §7.2)")]
    public void MonitorEquality_Disparity_Flagged()
    {
        var records = Group("White British", 20, 10).Concat(Group("Black African", 20, 6)).Concat(Group("Asian", 20, 9));
        var report = Scheme().MonitorEquality(records, AsOf);
        Assert.True(report.AnyFlagged);
        var flagged = Assert.Single(report.Checks, c => c.Flagged);
        Assert.Equal("Black African", flagged.Group);
        Assert.Equal("White British", flagged.ComparedWith);
        Assert.Equal(0.6m, flagged.Ratio);
        Assert.Equal("002 §7.2", flagged.Reason.Citation.ToString());
        Assert.Equal("SWAN.Equality.PossibleDisadvantage", flagged.Reason.RuleId);
    }

    [Fact(DisplayName = "Groups too small to compare are reported but not flagged; both figures are options (002 §7.2)")]
    public void MonitorEquality_SmallGroup()
    {
        var records = Group("Men", 20, 10, ProtectedCharacteristic.Gender).Concat(Group("Women", 20, 10, ProtectedCharacteristic.Gender)).Concat(Group("Other", 4, 0, ProtectedCharacteristic.Gender));
        var report = Scheme().MonitorEquality(records, AsOf);
        Assert.False(report.AnyFlagged);
        Assert.Equal("SWAN.Equality.TooFewToCompare", report.Checks.Single(c => c.Group == "Other").Reason.RuleId);
        var strict = Scheme(new SwanOptions { Equality = new EqualityOptions { MinimumGroupSize = 4 } });
        Assert.True(strict.MonitorEquality(records, AsOf).Checks.Single(c => c.Group == "Other").Flagged);
    }

    [Fact(DisplayName = "The applicant's own sex, marital status or age over 18 do not change the band (002 §7.2)")]
    public void Assess_ApplicantCharacteristics_DoNotChangeBand()
    {
        var scheme = Scheme();
        var woman = Application(Applicant(35, Sex.Female));
        var man = Application(Applicant(52, Sex.Male));
        Assert.Equal(scheme.Assess(woman, AsOf).Band, scheme.Assess(man, AsOf).Band);
        var couple = Application([.. Couple()]);
        Assert.Equal(scheme.Assess(Application(), AsOf).Band, scheme.Assess(couple, AsOf).Band);
    }

    [Fact(DisplayName = "Every use of a characteristic named in §7.2 is tied to a rule of the policy (002 §7.2)")]
    public void JustifiedUses_EachCited()
    {
        Assert.NotEmpty(SwanEquality.JustifiedUses);
        Assert.All(SwanEquality.JustifiedUses, r => Assert.Equal("002", r.Citation.Seed));
        Assert.Contains(SwanEquality.JustifiedUses, r => r.Citation.Section == "3.7");
    }
}
