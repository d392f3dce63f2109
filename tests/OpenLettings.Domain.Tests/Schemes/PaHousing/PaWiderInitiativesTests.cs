using OpenLettings.Domain.Common;
using OpenLettings.Domain.Options;
using OpenLettings.Domain.Schemes.PaHousing;
using static OpenLettings.Domain.Tests.Schemes.PaHousing.PaTestData;

namespace OpenLettings.Domain.Tests.Schemes.PaHousing;

public class PaNominationsQuotaTests
{
    private static readonly DateOnly From = new(2026, 1, 1);
    private static readonly DateOnly To = new(2026, 3, 31);

    private static IEnumerable<PaLetting> Lettings(LocalAuthorityId authority, int total, int toNominees, bool fullScheme = false) =>
        Enumerable.Range(0, total).Select(i => new PaLetting
        {
            Advert = new AdvertId($"{authority.Value}-{i}"),
            LocalAuthority = authority,
            LetOn = From.AddDays(i),
            ToNominee = i < toNominees,
            FullNominationsScheme = fullScheme,
        });

    [Fact(DisplayName = "London: 2 of 4 homes to nominees falls short of 75% (004 §3.2)")]
    public void Check_LondonHalfNominated_NotMet()
    {
        var report = Assert.Single(Scheme.CheckNominations(Lettings(Lambeth, 4, 2), From, To));
        Assert.Equal(3, report.RequiredNominations);
        Assert.False(report.Met);
        Assert.Equal(1, report.Shortfall);
        Assert.Equal(SubRegion.London, report.SubRegion);
        Assert.Contains(report.Reasons, r => r.RuleId == "PA.Quota.NotMet" && r.Citation.Section == "3.2");
    }

    [Fact(DisplayName = "Midlands: 2 of 4 homes to nominees meets the typical 50% (004 §3.2)")]
    public void Check_MidlandsHalfNominated_Met()
    {
        var report = Assert.Single(Scheme.CheckNominations(Lettings(Nottingham, 4, 2), From, To));
        Assert.Equal(2, report.RequiredNominations);
        Assert.True(report.Met);
        Assert.Equal(0, report.Shortfall);
    }

    [Fact(DisplayName = "100% nominations sites need every letting nominated; lettings outside the period are ignored (004 §3.2)")]
    public void Check_FullNominationsScheme_EveryLettingRequired()
    {
        var lettings = Lettings(Nottingham, 3, 2, fullScheme: true).Append(new PaLetting
        {
            Advert = new AdvertId("old"), LocalAuthority = Nottingham, LetOn = From.AddDays(-1), ToNominee = false,
        });
        var report = Assert.Single(Scheme.CheckNominations(lettings, From, To));
        Assert.Equal(3, report.Lettings);
        Assert.Equal(3, report.RequiredNominations);
        Assert.Equal(1, report.Shortfall);
    }

    [Fact(DisplayName = "A redevelopment programme temporarily reduces the nominations share (004 §4.5)")]
    public void Check_RedevelopmentReduction_LowersRequirement()
    {
        var options = new PaHousingOptions
        {
            RedevelopmentProgrammes = [new PaRedevelopmentProgramme { Id = "R1", LocalAuthorities = [Lambeth], From = From, Until = To, ReducedNominationsPercent = 25m }],
        };
        var report = Assert.Single(PaNominationsQuota.Check(Lettings(Lambeth, 4, 1), From, To, options));
        Assert.Equal(1, report.RequiredNominations);
        Assert.True(report.Met);
        Assert.Contains(report.Reasons, r => r.RuleId == "PA.Quota.RedevelopmentReduction");
    }

    [Fact(DisplayName = "The quota percentage is an option per sub-region (004 §3.2)")]
    public void Check_OptionChanged_UsesOption()
    {
        var options = new PaHousingOptions { London = PaSubRegionOptions.LondonDefaults with { NominationsPercent = 50m } };
        var report = Assert.Single(PaNominationsQuota.Check(Lettings(Lambeth, 4, 2), From, To, options));
        Assert.True(report.Met);
    }
}

public class PaRedevelopmentPriorityTests
{
    private static PaHousingScheme WithProgramme(DateOnly? until = null) => new(OptionSchedule<PaHousingOptions>.Always(new PaHousingOptions
    {
        RedevelopmentProgrammes = [new PaRedevelopmentProgramme { Id = "R1", LocalAuthorities = [Nottingham], From = new DateOnly(2026, 1, 1), Until = until }],
    }));

    private static readonly PaHousingAdvert Reserved = Advert() with { RedevelopmentProgramme = "R1" };

    [Fact(DisplayName = "Redevelopment: affected residents come before higher bands while normal priority is suspended (004 §4.5)")]
    public void Shortlist_ActiveProgramme_AffectedResidentFirst()
    {
        var affected = Transfer().WithNeeds(PaNeed.LowLevelMedicalOrMobilityNeed) with { AffectedByRedevelopment = "R1" };
        var other = Application().WithNeeds(PaNeed.ManagementMove);
        var shortlist = WithProgramme().Shortlist(Reserved, [Bid("other", other), Bid("affected", affected)], AsOf);
        Assert.Equal(["affected", "other"], shortlist.Ranked.Select(e => e.Bid.Value));
        Assert.Equal("redevelopment", shortlist.Ranked[0].Key.FirstDifference(shortlist.Ranked[1].Key));
        Assert.Equal("4.5", shortlist.Ranked[0].Key.Parts[0].Reason.Citation.Section);
    }

    [Fact(DisplayName = "Redevelopment: once the programme has ended normal priority returns (004 §4.5)")]
    public void Shortlist_EndedProgramme_NormalOrder()
    {
        var affected = Transfer().WithNeeds(PaNeed.LowLevelMedicalOrMobilityNeed) with { AffectedByRedevelopment = "R1" };
        var other = Application().WithNeeds(PaNeed.ManagementMove);
        var shortlist = WithProgramme(until: AsOf.AddDays(-1)).Shortlist(Reserved, [Bid("affected", affected), Bid("other", other)], AsOf);
        Assert.Equal(["other", "affected"], shortlist.Ranked.Select(e => e.Bid.Value));
        Assert.DoesNotContain(shortlist.Ranked[0].Key.Parts, p => p.Name == "redevelopment");
    }
}

public class PaUnder35sTests
{
    private static readonly LocalAuthorityId Elmbridge = new("elmbridge");

    private static PaHousingAdvert Studio(LocalAuthorityId? authority = null) => Advert(0, authority ?? Richmond) with { Under35sStudio = true };

    private static PaHousingApplication Nominee(int age = 30) => Application(Applicant(age)) with
    {
        LocalAuthority = Richmond,
        Route = PaRoute.LocalAuthorityNomination,
    };

    [Fact(DisplayName = "Under-35s: a studio in Elmbridge may be designated while fewer than 10 are let, on a 6-month AST reviewed at 6 months (004 §5.1)")]
    public void Designate_StudioInBorough_AllowedWithTerms()
    {
        var start = new DateOnly(2026, 7, 1);
        var decision = Scheme.DesignateUnder35sStudio(Studio(Elmbridge), 9, start);
        Assert.True(decision.Allowed);
        Assert.Equal(new DateOnly(2027, 1, 1), decision.TenancyEnds);
        Assert.Equal(new DateOnly(2027, 1, 1), decision.ReviewBy);
        Assert.Contains(decision.Reasons, r => r.RuleId == "PA.Under35s.Terms");
    }

    [Fact(DisplayName = "Under-35s: no more than 10 studios (004 §5.1)")]
    public void Designate_CapReached_Refused()
    {
        var decision = Scheme.DesignateUnder35sStudio(Studio(Elmbridge), 10, AsOf);
        Assert.False(decision.Allowed);
        Assert.Equal("PA.Under35s.Cap", Assert.Single(decision.Failures).RuleId);
    }

    [Fact(DisplayName = "Under-35s: only studios in Elmbridge, Richmond and Kingston (004 §5.1)")]
    public void Designate_OneBedInWoking_Refused()
    {
        var decision = Scheme.DesignateUnder35sStudio(Advert(1, Woking), 0, AsOf);
        Assert.False(decision.Allowed);
        Assert.Equal(["PA.Under35s.Borough", "PA.Under35s.Studio"], decision.Failures.Select(r => r.RuleId));
    }

    [Fact(DisplayName = "Under-35s: an under-35 not working and not exempt from the benefit cap is shortlisted (004 §5.1)")]
    public void Shortlist_EligibleUnder35_Ranked()
    {
        var shortlist = Scheme.Shortlist(Studio(), [Bid("young", Nominee())], AsOf);
        Assert.Single(shortlist.Ranked);
        Assert.Empty(shortlist.Bypassed);
    }

    [Theory(DisplayName = "Under-35s: aged 35+, working, or exempt from the benefit cap: bypassed (004 §5.1)")]
    [InlineData("age")]
    [InlineData("working")]
    [InlineData("exempt")]
    public void Shortlist_ConditionNotMet_Bypassed(string condition)
    {
        var app = condition switch
        {
            "age" => Nominee(35),
            "working" => Nominee() with { Activity = new PaActivity { WorkHoursPerWeek = 20m } },
            _ => Nominee() with { BenefitCapExempt = Decided(true) },
        };
        var shortlist = Scheme.Shortlist(Studio(), [Bid("x", app)], AsOf);
        var bypassed = Assert.Single(shortlist.Bypassed);
        Assert.Equal(PaBypassReason.Under35sArrangement, Assert.Single(bypassed.Codes));
        Assert.All(bypassed.Reasons.Where(r => r.RuleId.StartsWith("PA.Shortlist.Under35s", StringComparison.Ordinal)), r => Assert.Equal("5.1", r.Citation.Section));
    }
}

public class PaLocalLettingsPlanTests
{
    private static PaHousingAdvert WithPlan(bool agreed = true, bool prioritise = false, params PaLocalLettingsRequirement[] requirements) => Advert() with
    {
        LocalLettingsPlan = new PaLocalLettingsPlan
        {
            Name = "Meadows estate",
            Requirements = [.. requirements],
            PrioritiseKeyWorkersAndChoicePlus = prioritise,
            AgreedWithLocalAuthority = agreed ? Decided(true) : null,
        },
    };

    private static PaHousingApplication Banded() => Application().WithNeeds(PaNeed.MedicalNeed);

    [Fact(DisplayName = "Local lettings plan: a household not working, training or studying is bypassed (004 §5.2, §5.5)")]
    public void Shortlist_NotWorking_Bypassed()
    {
        var advert = WithPlan(requirements: PaLocalLettingsRequirement.WorkingTrainingOrEducation);
        var shortlist = Scheme.Shortlist(advert, [Bid("idle", Banded()), Bid("student", Banded() with { Activity = new PaActivity { InTrainingOrEducation = true } })], AsOf);
        Assert.Equal("student", Assert.Single(shortlist.Ranked).Bid.Value);
        var bypassed = Assert.Single(shortlist.Bypassed);
        Assert.Equal(PaBypassReason.LocalLettingsPlan, Assert.Single(bypassed.Codes));
        Assert.Equal("5.2", bypassed.Reasons[0].Citation.Section);
    }

    [Fact(DisplayName = "Local lettings plan: not agreed with the local authority, its criteria are not applied (004 §5.2)")]
    public void Shortlist_PlanNotAgreed_CriteriaIgnored()
    {
        var advert = WithPlan(agreed: false, requirements: PaLocalLettingsRequirement.KeyWorkerOrChoicePlus);
        var shortlist = Scheme.Shortlist(advert, [Bid("x", Banded())], AsOf);
        Assert.Single(shortlist.Ranked);
        var lenient = new PaHousingScheme(OptionSchedule<PaHousingOptions>.Always(new PaHousingOptions { LocalLettingsPlansNeedLocalAuthorityAgreement = false }));
        Assert.Single(lenient.Shortlist(advert, [Bid("x", Banded())], AsOf).Bypassed);
    }

    [Fact(DisplayName = "Local lettings plan: key workers and Choice Plus are prioritised above higher bands (004 §5.2)")]
    public void Shortlist_PrioritiseKeyWorkers_KeyWorkerFirst()
    {
        var keyWorker = Application() with { Route = PaRoute.KeyWorker };
        var shortlist = Scheme.Shortlist(WithPlan(prioritise: true), [Bid("banded", Banded()), Bid("key", keyWorker)], AsOf);
        Assert.Equal(["key", "banded"], shortlist.Ranked.Select(e => e.Bid.Value));
        Assert.Equal("local lettings plan", shortlist.Ranked[0].Key.FirstDifference(shortlist.Ranked[1].Key));
    }
}

public class PaDifficultToLetTests
{
    [Theory(DisplayName = "Difficult to let: more than 3 consecutive nominee refusals (004 §3.3)")]
    [InlineData(3, false)]
    [InlineData(4, true)]
    public void Classify_ConsecutiveRefusals(int refusals, bool expected)
    {
        var decision = Scheme.ClassifyDifficultToLet(new PaLettingHistory { ConsecutiveNomineeRefusals = refusals, SuitableMatchedApplicants = 5 }, AsOf);
        Assert.Equal(expected, decision.DifficultToLet);
        Assert.All(decision.Reasons, r => Assert.Equal("004", r.Citation.Seed));
    }

    [Fact(DisplayName = "Difficult to let: no suitable matched applicants, or a low demand location (004 §3.3)")]
    public void Classify_NoMatchOrLowDemand_DifficultToLet()
    {
        Assert.True(Scheme.ClassifyDifficultToLet(new PaLettingHistory { SuitableMatchedApplicants = 0 }, AsOf).DifficultToLet);
        var lowDemand = Scheme.ClassifyDifficultToLet(new PaLettingHistory { LowDemandOrHighTurnover = Decided(true) }, AsOf);
        Assert.True(lowDemand.DifficultToLet);
        Assert.Contains(lowDemand.Reasons, r => r.RuleId == "PA.DifficultToLet.Consequence");
    }

    [Fact(DisplayName = "Difficult to let: agency referrals are shortlisted after register applicants (004 §3.3, §5.3)")]
    public void Shortlist_AgencyReferral_AfterRegister()
    {
        var referred = Application().In(SubRegion.London).WithNeeds(PaNeed.MedicalNeed);
        var nominee = Application().In(SubRegion.London) with { Route = PaRoute.LocalAuthorityNomination };
        var advert = Advert(1, Lambeth) with { DifficultToLet = true };
        var shortlist = Scheme.Shortlist(advert, [Bid("agency", referred) with { ReferringAgency = "SPEAR" }, Bid("register", nominee)], AsOf);
        Assert.Equal(["register", "agency"], shortlist.Ranked.Select(e => e.Bid.Value));
        Assert.Equal("referral source", shortlist.Ranked[0].Key.FirstDifference(shortlist.Ranked[1].Key));
    }

    [Fact(DisplayName = "Agency referrals are not taken for homes that are not difficult to let (004 §3.3)")]
    public void Shortlist_AgencyReferralOrdinaryHome_Bypassed()
    {
        var referred = Application().In(SubRegion.London).WithNeeds(PaNeed.MedicalNeed);
        var shortlist = Scheme.Shortlist(Advert(1, Lambeth), [Bid("agency", referred) with { ReferringAgency = "SPEAR" }], AsOf);
        Assert.Contains(PaBypassReason.ExternalReferralNotOpen, Assert.Single(shortlist.Bypassed).Codes);
    }
}

public class PaSupportedHousingTests
{
    private static PaHousingAdvert Supported(bool managed = true) => Advert(1, Lambeth) with { SupportedHousing = new PaSupportedHousing { ManagedByPaHousing = managed } };

    private static readonly PaHousingApplication Client = Application().In(SubRegion.London);

    private static PaSupportedHousingReferral Referral(PaReferralSource source = PaReferralSource.LocalAuthority, bool approved = true) =>
        new() { Source = source, PanelApproved = new AssessedFact<bool>(approved, new Assessor("Panel chair", "Supported housing panel"), new DateOnly(2026, 5, 1)) };

    [Fact(DisplayName = "Supported housing: an approved referral is shortlisted without a register band (004 §6.1)")]
    public void Shortlist_ApprovedReferral_Ranked()
    {
        var shortlist = Scheme.Shortlist(Supported(), [Bid("x", Client) with { SupportedHousingReferral = Referral() }], AsOf);
        Assert.Single(shortlist.Ranked);
    }

    [Theory(DisplayName = "Supported housing: no referral, a panel refusal, or a professional body for a PA-managed scheme: bypassed (004 §6.1)")]
    [InlineData("none")]
    [InlineData("refused")]
    [InlineData("professional")]
    public void Shortlist_ReferralNotValid_Bypassed(string kind)
    {
        var bid = Bid("x", Client) with
        {
            SupportedHousingReferral = kind switch
            {
                "none" => null,
                "refused" => Referral(approved: false),
                _ => Referral(PaReferralSource.ProfessionalBody),
            },
        };
        var bypassed = Assert.Single(Scheme.Shortlist(Supported(), [bid], AsOf).Bypassed);
        Assert.Contains(PaBypassReason.SupportedHousingReferral, bypassed.Codes);
        Assert.Contains(bypassed.Reasons, r => r.Citation.Section == "6.1");
    }

    [Fact(DisplayName = "Supported housing: a professional body may refer to a scheme PA Housing does not manage (004 §6.1)")]
    public void Shortlist_ProfessionalBodyExternalScheme_Ranked()
    {
        var bid = Bid("x", Client) with { SupportedHousingReferral = Referral(PaReferralSource.ProfessionalBody) };
        Assert.Single(Scheme.Shortlist(Supported(managed: false), [bid], AsOf).Ranked);
    }

    [Fact(DisplayName = "Supported housing: PA Housing may refuse a nomination only on §4.3 / §5.4 concerns (004 §6.1)")]
    public void Shortlist_OfficerBypassGrounds_Limited()
    {
        var unaffordable = Bid("u", Client) with { SupportedHousingReferral = Referral(), OfficerBypass = Decided(PaOfficerBypassReason.Unaffordable) };
        var highRisk = Bid("h", Client) with { SupportedHousingReferral = Referral(), OfficerBypass = Decided(PaOfficerBypassReason.HighRisk) };
        var shortlist = Scheme.Shortlist(Supported(), [unaffordable, highRisk], AsOf);
        Assert.Equal("u", Assert.Single(shortlist.Ranked).Bid.Value);
        Assert.Equal("h", Assert.Single(shortlist.Bypassed).Bid.Value);
    }
}

public class PaManagementMoveTests
{
    private static readonly Assessor Head = new("H Head", "Head of Housing Services");

    private static PaManagementMoveRequest Request(bool? approved = true, Assessor? by = null) => new()
    {
        CurrentHome = new PaCurrentHome { Tenure = PaTenure.PaHousingTenant, Bedrooms = 2 },
        Evidence = [Decided(PaManagementMoveEvidence.MultiAgencyRiskAssessmentConference)],
        HighRiskIfRemains = Decided(true),
        Approval = approved is { } a ? new AssessedFact<bool>(a, by ?? Head, new DateOnly(2026, 3, 1)) : null,
        ProposedHome = Property(2),
    };

    [Fact(DisplayName = "Management move: approved by the Head of Housing Services, a like-for-like single offer, reviewed at 6 months (004 §6.3)")]
    public void Decide_Approved_MayOfferLikeForLike()
    {
        var decision = Scheme.DecideManagementMove(Request(), AsOf);
        Assert.Equal(PaManagementMoveStatus.Approved, decision.Status);
        Assert.True(decision.MayOfferProposedHome);
        Assert.Equal(new DateOnly(2026, 9, 1), decision.ReviewBy);
        Assert.False(decision.SeekOtherOptions);
        Assert.Equal("Head of Housing Services", decision.Approver);
        Assert.All(decision.Reasons, r => Assert.Equal("6.3", r.Citation.Section));
    }

    [Fact(DisplayName = "Management move: not like-for-like, or a second offer, may not be made (004 §6.3)")]
    public void Decide_NotLikeForLikeOrSecondOffer_NoOffer()
    {
        Assert.False(Scheme.DecideManagementMove(Request() with { ProposedHome = Property(3) }, AsOf).MayOfferProposedHome);
        Assert.False(Scheme.DecideManagementMove(Request() with { OffersMade = 1 }, AsOf).MayOfferProposedHome);
    }

    [Fact(DisplayName = "Management move: not completed within 6 months, all other options are sought (004 §6.3)")]
    public void Decide_NotCompletedInSixMonths_SeekOtherOptions()
    {
        var decision = Scheme.DecideManagementMove(Request(), new DateOnly(2026, 9, 1));
        Assert.True(decision.SeekOtherOptions);
        Assert.Contains(decision.Reasons, r => r.RuleId == "PA.ManagementMove.Review");
    }

    [Fact(DisplayName = "Management move: not anticipated to complete within 6 months, other options are sought at once (004 §6.3)")]
    public void Decide_NotAnticipated_SeekOtherOptionsEarly()
    {
        Assert.False(Scheme.DecideManagementMove(Request(), AsOf).SeekOtherOptions);
        var decision = Scheme.DecideManagementMove(Request() with { NotAnticipatedWithinReview = Decided(true) }, AsOf);
        Assert.True(decision.SeekOtherOptions);
        Assert.Contains(decision.Reasons, r => r.RuleId == "PA.ManagementMove.Review" && r.Text.Contains("not anticipated", StringComparison.Ordinal));
        Assert.False(Scheme.DecideManagementMove(Request() with { NotAnticipatedWithinReview = Decided(true), Completed = true }, AsOf).SeekOtherOptions);
    }

    [Fact(DisplayName = "Management move: a decision by anyone else awaits the Head of Housing Services; a refusal is refused (004 §6.3)")]
    public void Decide_WrongApproverOrRefused()
    {
        Assert.Equal(PaManagementMoveStatus.AwaitingApproval, Scheme.DecideManagementMove(Request(by: Officer), AsOf).Status);
        Assert.Equal(PaManagementMoveStatus.AwaitingApproval, Scheme.DecideManagementMove(Request(approved: null), AsOf).Status);
        Assert.Equal(PaManagementMoveStatus.Refused, Scheme.DecideManagementMove(Request(approved: false), AsOf).Status);
    }

    [Fact(DisplayName = "Management move: only PA Housing residents at high risk on the evidence (004 §6.3)")]
    public void Decide_NotResidentOrNoRisk_NotEligible()
    {
        var notResident = Request() with { CurrentHome = new PaCurrentHome { Tenure = PaTenure.PrivateRented } };
        Assert.Equal(PaManagementMoveStatus.NotEligible, Scheme.DecideManagementMove(notResident, AsOf).Status);
        Assert.Equal(PaManagementMoveStatus.NotEligible, Scheme.DecideManagementMove(Request() with { HighRiskIfRemains = Decided(false) }, AsOf).Status);
        Assert.Equal(PaManagementMoveStatus.NotEligible, Scheme.DecideManagementMove(Request() with { Evidence = [] }, AsOf).Status);
    }
}

public class PaMutualExchangeTests
{
    [Theory(DisplayName = "Mutual exchange: PA Housing residents swap with PA or other social housing residents (004 §6.4)")]
    [InlineData(PaTenure.PaHousingTenant, PaTenure.OtherSocialTenant, true)]
    [InlineData(PaTenure.PaHousingTenant, PaTenure.PaHousingTenant, true)]
    [InlineData(PaTenure.PaHousingTenant, PaTenure.PrivateRented, false)]
    [InlineData(PaTenure.PrivateRented, PaTenure.PaHousingTenant, false)]
    public void MutualExchange_Parties(PaTenure ours, PaTenure theirs, bool expected)
    {
        var decision = PaWiderInitiatives.MutualExchange(ours, theirs);
        Assert.Equal(expected, decision.Outcome);
        Assert.Equal("6.4", Assert.Single(decision.Reasons).Citation.Section);
    }

    [Fact(DisplayName = "Transfer applicants not registered for a mutual exchange do not qualify (004 §6.4)")]
    public void Assess_TransferNotSeekingExchange_NotQualified()
    {
        var app = Transfer().WithNeeds(PaNeed.MedicalNeed) with { RegisteredForMutualExchange = false };
        var assessment = Assess(app);
        Assert.False(assessment.Qualification.Qualifies);
        Assert.Equal("PA.Qualification.MutualExchange", Assert.Single(assessment.Qualification.Failures).RuleId);
        Assert.True(Assess(app with { RegisteredForMutualExchange = true }).Qualification.Qualifies);
        Assert.True(Assess(app with { RegisteredForMutualExchange = null }).Qualification.Qualifies);
        var lenient = new PaHousingScheme(OptionSchedule<PaHousingOptions>.Always(new PaHousingOptions { TransferApplicantsMustSeekMutualExchange = false }));
        Assert.True(lenient.Assess(app, AsOf).Qualification.Qualifies);
    }
}
