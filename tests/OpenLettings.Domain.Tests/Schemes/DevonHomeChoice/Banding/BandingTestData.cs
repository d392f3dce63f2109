using OpenLettings.Domain.Common;
using OpenLettings.Domain.Schemes.DevonHomeChoice;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Bedrooms;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Eligibility;

namespace OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.Banding;

/// <summary>
/// Banding inputs with valid defaults: eligible, qualifying, connected to Devon, within the financial limits,
/// no sanctions, needing the one bedroom the household has. Tests override with <c>with { … }</c>.
/// </summary>
public static class BandingTestData
{
    public static readonly DateOnly AsOf = DevonTestData.AsOf;

    public static readonly Assessor Officer = new("A. Officer", "Senior Officer");

    public static AssessedFact<T> Assessed<T>(T value, DateOnly? on = null) => new(value, Officer, on ?? AsOf.AddDays(-10));

    public static BedroomNeed NeedOf(int needed = 1, int current = 1, Overcrowding overcrowding = Overcrowding.None) => new()
    {
        StandardBedrooms = needed,
        BedroomsNeeded = needed,
        CurrentBedrooms = current,
        Overcrowding = overcrowding,
        Reasons = [],
    };

    public static BandingInputs Inputs(BedroomNeed? bedrooms = null) => new(
        bedrooms ?? NeedOf(),
        new EligibilityDecision { Eligible = true, JointTenancyPossible = true, Reasons = [] },
        new QualificationDecision { Outcome = QualificationOutcome.Qualifies, Reasons = [] },
        new LocalConnectionDecision { ConnectedToDevon = true, Exempt = false, Reasons = [] },
        new FinancialDecision
        {
            Exempt = false,
            IncomeAboveLimit = false,
            Capital = CapitalOutcome.BelowThreshold,
            ReasonablePropertyInterest = false,
            Reasons = [],
        },
        []);

    /// <summary>The default application (Exeter, which does not register Band E).</summary>
    public static DevonApplication App() => DevonTestData.Application();

    /// <summary>The default application managed by East Devon, which registers Band E.</summary>
    public static DevonApplication EastDevonApp() => App() with { ManagingAuthority = DevonAuthorities.EastDevon };

    public static DevonApplication WithNeeds(this DevonApplication app, Func<HousingNeedFacts, HousingNeedFacts> change) =>
        app with { Needs = change(app.Needs) };

    public static DevonApplication WithHome(this DevonApplication app, Func<CurrentHome, CurrentHome> change) =>
        app with { CurrentHome = change(app.CurrentHome) };

    public static BandDecision Assess(DevonApplication app, BandingInputs? inputs = null, DevonOptions? options = null, DateOnly? asOf = null) =>
        DevonBanding.Assess(app, inputs ?? Inputs(), options ?? new DevonOptions(), asOf ?? AsOf);

    public static HomelessnessCase MainDuty(bool prsAppropriate = false) => new()
    {
        Stage = HomelessnessStage.MainDuty,
        OwedBy = DevonAuthorities.Exeter,
        PreventionDutyFrom = new DateOnly(2026, 2, 1),
        ReliefDutyFrom = new DateOnly(2026, 3, 1),
        MainDutyFrom = new DateOnly(2026, 4, 1),
        PrivateRentedAppropriate = Assessed(prsAppropriate),
    };

    public static AssessedFact<HealthWellbeingAssessment> HealthWellbeing(HealthWellbeingLevel level, DateOnly? on = null) =>
        Assessed(new HealthWellbeingAssessment { Level = level, HealthProfessionalEvidence = true }, on);

    public static DomesticAbusePanelDecision Panel(params PanelVote[] votes) => new()
    {
        Votes = [.. votes.Select((v, i) => new PanelMemberVote($"member-{i + 1}", v) { Reasons = "Evidence of immediate risk." })],
        DecidedOn = AsOf.AddDays(-7),
        LeadOfficer = Officer,
    };

    public static PastBandAward Past(Band band, BandReason reason, DateTime bsd, DateOnly from, DateOnly? to = null) =>
        new(band, reason, bsd, from) { To = to };
}
