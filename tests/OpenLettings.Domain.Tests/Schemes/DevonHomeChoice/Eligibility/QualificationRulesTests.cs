using OpenLettings.Domain.Common;
using OpenLettings.Domain.Schemes.DevonHomeChoice;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Eligibility;
using static OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.DevonTestData;

namespace OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.Eligibility;

public class QualificationRulesTests
{
    private static readonly DevonOptions Options = new();

    private static QualificationDecision Assess(QualificationFacts facts, DevonOptions? options = null, DateOnly? asOf = null, DevonApplication? app = null) =>
        QualificationRules.Assess((app ?? EligibleApplication()) with { Qualification = facts }, options ?? Options, asOf ?? AsOf);

    private static BehaviourFinding Finding(DateOnly occurred) => new()
    {
        Kind = UnacceptableBehaviourKind.AntiSocialBehaviour,
        OccurredOn = occurred,
        ReliableEvidence = true,
        WouldMeetGroundForPossession = true,
        WithinApplicantsControl = true,
        CouldRecur = true,
    };

    private static QualificationFacts Decided(BehaviourFinding finding, DateOnly? noticeOn = null) => new()
    {
        BehaviourEnquiry = new BehaviourEnquiry
        {
            Stage = BehaviourEnquiryStage.Decided,
            ExclusionNoticeSentOn = noticeOn ?? AsOf.AddDays(-40),
            Finding = Assessed(finding),
        },
    };

    private static ArrearsRecord Intentional(decimal amount) => new()
    {
        Landlord = LandlordKind.Social,
        Outstanding = new Money(amount),
        Intent = Assessed(ArrearsIntent.Intentional),
    };

    // ---- Unacceptable behaviour (001 §8) ----

    [Fact(DisplayName = "No concerns: qualifies (001 §8.17)")]
    public void Assess_NoConcerns_Qualifies()
    {
        var decision = Assess(new QualificationFacts());

        Assert.Equal(QualificationOutcome.Qualifies, decision.Outcome);
        Assert.Empty(decision.Sanctions);
        Assert.NotEmpty(decision.Reasons);
    }

    [Fact(DisplayName = "A declared trigger with no enquiry yet: pending enquiries (001 §8.12, §8.15)")]
    public void Assess_TriggerWithoutEnquiry_Pending()
    {
        var decision = Assess(new QualificationFacts { EnquiryTriggers = [EnquiryTrigger.EvictedInLast2Years] });

        Assert.Equal(QualificationOutcome.PendingEnquiries, decision.Outcome);
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.Behaviour.EnquiriesNeeded" && r.Citation.Section == "8.12");
    }

    [Fact(DisplayName = "Enquiries in progress: pending, application stays Assigned (001 §8.15-8.16)")]
    public void Assess_EnquiriesInProgress_Pending()
    {
        var decision = Assess(new QualificationFacts { BehaviourEnquiry = new BehaviourEnquiry { Stage = BehaviourEnquiryStage.EnquiriesInProgress } });

        Assert.Equal(QualificationOutcome.PendingEnquiries, decision.Outcome);
        Assert.Contains(decision.Reasons, r => r.Citation.Section == "8.15" && r.Text.Contains("Assigned", StringComparison.Ordinal));
    }

    [Fact(DisplayName = "No evidence found: processed as normal (001 §8.17)")]
    public void Assess_NoEvidenceFound_Qualifies()
    {
        var decision = Assess(new QualificationFacts
        {
            EnquiryTriggers = [EnquiryTrigger.DeclaredCriminalConvictions],
            BehaviourEnquiry = new BehaviourEnquiry { Stage = BehaviourEnquiryStage.NoEvidenceFound },
        });

        Assert.Equal(QualificationOutcome.Qualifies, decision.Outcome);
    }

    [Fact(DisplayName = "Within the 28-day representation window: pending enquiries even if a finding is drafted (001 §8.18-8.19)")]
    public void Assess_Within28Days_Pending()
    {
        var decision = Assess(Decided(Finding(AsOf.AddMonths(-6)), noticeOn: AsOf.AddDays(-27)));

        Assert.Equal(QualificationOutcome.PendingEnquiries, decision.Outcome);
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.Behaviour.RepresentationPeriod" && r.Citation.Section == "8.18");
    }

    [Fact(DisplayName = "Notice sent, 28 days passed, no decision yet: pending, decision due (001 §8.19)")]
    public void Assess_NoticeExpiredNoDecision_PendingDecisionDue()
    {
        var decision = Assess(new QualificationFacts
        {
            BehaviourEnquiry = new BehaviourEnquiry { Stage = BehaviourEnquiryStage.ExclusionNoticeSent, ExclusionNoticeSentOn = AsOf.AddDays(-28) },
        });

        Assert.Equal(QualificationOutcome.PendingEnquiries, decision.Outcome);
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.Behaviour.DecisionDue");
    }

    [Fact(DisplayName = "Every criterion met within 2 years: not qualifying, with review right (001 §8.20, §8.22)")]
    public void Assess_UnacceptableBehaviourProven_NotQualifying()
    {
        var decision = Assess(Decided(Finding(AsOf.AddMonths(-6))));

        Assert.Equal(QualificationOutcome.NotQualifying, decision.Outcome);
        var reason = Assert.Single(decision.Reasons, r => r.RuleId == "DHC.Behaviour.UnacceptableBehaviour");
        Assert.Equal("8.22", reason.Citation.Section);
        Assert.Contains("review", reason.Text, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "No exclusion without the written notice and 28 days first (001 §8.18)")]
    public void Assess_FindingWithoutNotice_Pending()
    {
        var facts = new QualificationFacts
        {
            BehaviourEnquiry = new BehaviourEnquiry { Stage = BehaviourEnquiryStage.Decided, Finding = Assessed(Finding(AsOf.AddMonths(-6))) },
        };

        var decision = Assess(facts);

        Assert.Equal(QualificationOutcome.PendingEnquiries, decision.Outcome);
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.Behaviour.NoticeRequired");
    }

    [Fact(DisplayName = "Behaviour over 2 years ago no longer counts (001 §8.4)")]
    public void Assess_BehaviourOutsideLookBack_Qualifies()
    {
        var decision = Assess(Decided(Finding(AsOf.AddMonths(-25))));

        Assert.Equal(QualificationOutcome.Qualifies, decision.Outcome);
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.Behaviour.OutsideLookBack" && r.Citation.Section == "8.4");
    }

    [Fact(DisplayName = "Serious behaviour (e.g. prosecuted) can count beyond 2 years (001 §8.20)")]
    public void Assess_SeriousBehaviourOlderThan2Years_NotQualifying()
    {
        var decision = Assess(Decided(Finding(AsOf.AddYears(-4)) with { Serious = true }));

        Assert.Equal(QualificationOutcome.NotQualifying, decision.Outcome);
    }

    [Fact(DisplayName = "Look-back is an option (001 §8.4)")]
    public void Assess_LookBackOption12Months_18MonthOldBehaviourIgnored()
    {
        var options = Options with { Qualification = Options.Qualification with { BehaviourLookBackMonths = 12 } };
        var decision = Assess(Decided(Finding(AsOf.AddMonths(-18))), options);

        Assert.Equal(QualificationOutcome.Qualifies, decision.Outcome);
    }

    [Theory(DisplayName = "Each decision criterion must hold (001 §8.6, §8.20)")]
    [InlineData("evidence", "DHC.Behaviour.NotReliableEvidence")]
    [InlineData("ground", "DHC.Behaviour.NoGroundForPossession")]
    [InlineData("control", "DHC.Behaviour.NotWithinControl")]
    [InlineData("recur", "DHC.Behaviour.NotLikelyToRecur")]
    public void Assess_CriterionFails_Qualifies(string failing, string ruleId)
    {
        var finding = Finding(AsOf.AddMonths(-3));
        finding = failing switch
        {
            "evidence" => finding with { ReliableEvidence = false },
            "ground" => finding with { WouldMeetGroundForPossession = false },
            "control" => finding with { WithinApplicantsControl = false },
            _ => finding with { CouldRecur = false },
        };

        var decision = Assess(Decided(finding));

        Assert.Equal(QualificationOutcome.Qualifies, decision.Outcome);
        Assert.Contains(decision.Reasons, r => r.RuleId == ruleId);
    }

    [Fact(DisplayName = "Behaviour addressed (e.g. addiction treatment): reconsidered, qualifies (001 §8.7)")]
    public void Assess_BehaviourAddressed_Qualifies()
    {
        var decision = Assess(Decided(Finding(AsOf.AddMonths(-3)) with { BehaviourAddressed = true }));

        Assert.Equal(QualificationOutcome.Qualifies, decision.Outcome);
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.Behaviour.Addressed" && r.Citation.Section == "8.7");
    }

    // ---- Rent arrears (001 §9) ----

    [Fact(DisplayName = "Outright possession order for arrears in the last 2 years: excluded (001 §9.1)")]
    public void Assess_PossessionOrderWithin2Years_NotQualifying()
    {
        var decision = Assess(new QualificationFacts
        {
            Arrears = [new ArrearsRecord
            {
                Landlord = LandlordKind.Social,
                Outstanding = new Money(1_200m),
                OutrightPossessionOrderOn = AsOf.AddMonths(-10),
                PossessionLedToEvictionOrAbandonment = true,
            }],
        });

        Assert.Equal(QualificationOutcome.NotQualifying, decision.Outcome);
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.Arrears.PossessionOrder" && r.Citation.Section == "9.1");
    }

    [Fact(DisplayName = "A possession order more than 2 years ago does not exclude (001 §9.1)")]
    public void Assess_PossessionOrderOver2YearsAgo_Qualifies()
    {
        var decision = Assess(new QualificationFacts
        {
            Arrears = [new ArrearsRecord
            {
                Landlord = LandlordKind.Social,
                Outstanding = Money.Zero,
                OutrightPossessionOrderOn = AsOf.AddMonths(-25),
                PossessionLedToEvictionOrAbandonment = true,
            }],
        });

        Assert.Equal(QualificationOutcome.Qualifies, decision.Outcome);
    }

    [Fact(DisplayName = "Intentional arrears over £500: Band E sanction (001 §9.2, §9.6)")]
    public void Assess_IntentionalArrears501_BandESanction()
    {
        var decision = Assess(new QualificationFacts { Arrears = [Intentional(500.01m)] });

        Assert.Equal(QualificationOutcome.Qualifies, decision.Outcome);
        var sanction = Assert.Single(decision.Sanctions);
        Assert.Equal(BandReason.E_IntentionalArrears, sanction.Reason);
        Assert.Equal("9.2", Assert.Single(sanction.Explanation).Citation.Section);
        Assert.Contains("3 months", sanction.WhatWouldChangeIt, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "Exactly £500 is not over £500 (001 §9.2; ambiguity, option)")]
    public void Assess_IntentionalArrearsExactly500_NoSanction()
    {
        Assert.Empty(Assess(new QualificationFacts { Arrears = [Intentional(500m)] }).Sanctions);

        var inclusive = Options with { Qualification = Options.Qualification with { ArrearsThresholdInclusive = true } };
        Assert.Single(Assess(new QualificationFacts { Arrears = [Intentional(500m)] }, inclusive).Sanctions);
    }

    [Fact(DisplayName = "The arrears threshold is an option (001 §9.2)")]
    public void Assess_ThresholdOption750_600NoSanction()
    {
        var options = Options with { Qualification = Options.Qualification with { ArrearsThreshold = new Money(750m) } };

        Assert.Empty(Assess(new QualificationFacts { Arrears = [Intentional(600m)] }, options).Sanctions);
    }

    [Fact(DisplayName = "Intentional arrears across two tenancies are added up (001 §9.2)")]
    public void Assess_TwoTenanciesTogetherOver500_Sanction()
    {
        var facts = new QualificationFacts { Arrears = [Intentional(300m), Intentional(300m) with { Landlord = LandlordKind.Private }] };

        Assert.Single(Assess(facts).Sanctions);
        var separate = Options with { Qualification = Options.Qualification with { AggregateArrears = false } };
        Assert.Empty(Assess(facts, separate).Sanctions);
    }

    [Theory(DisplayName = "Arrears not treated as deliberate: good faith, domestic abuse, unintentional (001 §9.2, §9.9)")]
    [InlineData(ArrearsIntent.GoodFaith, "DHC.Arrears.GoodFaith")]
    [InlineData(ArrearsIntent.DomesticAbuseControllingBehaviour, "DHC.Arrears.DomesticAbuse")]
    [InlineData(ArrearsIntent.Unintentional, "DHC.Arrears.Unintentional")]
    public void Assess_NotDeliberate_NoSanction(ArrearsIntent intent, string ruleId)
    {
        var decision = Assess(new QualificationFacts { Arrears = [Intentional(2_000m) with { Intent = Assessed(intent) }] });

        Assert.Empty(decision.Sanctions);
        Assert.Contains(decision.Reasons, r => r.RuleId == ruleId);
    }

    [Fact(DisplayName = "Arrears over £500 not yet assessed: pending enquiries (001 §9.4)")]
    public void Assess_UnassessedArrears_Pending()
    {
        var decision = Assess(new QualificationFacts { Arrears = [Intentional(800m) with { Intent = null }] });

        Assert.Equal(QualificationOutcome.PendingEnquiries, decision.Outcome);
        Assert.Empty(decision.Sanctions);
    }

    [Fact(DisplayName = "Sanction lifted when benefit entitlement covers the arrears (001 §9.6 (b))")]
    public void Assess_BenefitCovers_NoSanction()
    {
        var decision = Assess(new QualificationFacts { Arrears = [Intentional(900m) with { BenefitEntitlementCoversArrears = true }] });

        Assert.Empty(decision.Sanctions);
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.Arrears.BenefitCovers");
    }

    [Fact(DisplayName = "Sanction lifted after 3 months of an agreed repayment plan (001 §9.6 (c))")]
    public void Assess_RepaymentPlanKept3Months_NoSanction()
    {
        var decision = Assess(new QualificationFacts { Arrears = [Intentional(900m) with { RepaymentScheduleKeptSince = AsOf.AddMonths(-3) }] });

        Assert.Empty(decision.Sanctions);
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.Arrears.RepaymentPlanKept");
    }

    [Fact(DisplayName = "Under 3 months of repayments: sanction stays, ending when 3 months are reached (001 §9.6 (c))")]
    public void Assess_RepaymentPlan2Months_SanctionUntil3Months()
    {
        var since = AsOf.AddMonths(-2);
        var decision = Assess(new QualificationFacts { Arrears = [Intentional(900m) with { RepaymentScheduleKeptSince = since }] });

        var sanction = Assert.Single(decision.Sanctions);
        Assert.Equal(since.AddMonths(3), sanction.Until);
    }

    [Fact(DisplayName = "The authority may agree a shorter repayment period in exceptional cases (001 §9.6 (c))")]
    public void Assess_AgreedShorterPeriod_NoSanction()
    {
        var decision = Assess(new QualificationFacts
        {
            Arrears = [Intentional(900m) with { RepaymentScheduleKeptSince = AsOf.AddMonths(-1), AgreedShorterRepaymentMonths = Assessed(1) }],
        });

        Assert.Empty(decision.Sanctions);
    }

    [Fact(DisplayName = "Exceptional circumstances lift the sanction (001 §9.6 (d))")]
    public void Assess_Exceptional_NoSanction()
    {
        var decision = Assess(new QualificationFacts { Arrears = [Intentional(900m) with { ExceptionalCircumstances = Assessed("terminal illness") }] });

        Assert.Empty(decision.Sanctions);
    }

    [Fact(DisplayName = "Partner tenant downsizing with bedroom-tax arrears is exempt (001 §9.8)")]
    public void Assess_BedroomTaxDownsizer_NoSanction()
    {
        var app = EligibleApplication() with { CurrentHome = EligibleApplication().CurrentHome with { Tenure = Tenure.PartnerLandlordTenant } };
        var decision = Assess(new QualificationFacts { Arrears = [Intentional(900m) with { DueToBedroomTax = true }] }, app: app);

        Assert.Empty(decision.Sanctions);
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.Arrears.BedroomTaxDownsizer" && r.Citation.Section == "9.8");
    }

    [Fact(DisplayName = "Intentional arrears in the last 2 years: not normally offered (001 §9.7)")]
    public void Assess_RecentIntentionalArrears_NotNormallyOffered()
    {
        var decision = Assess(new QualificationFacts { Arrears = [Intentional(900m) with { LastAccruedOn = AsOf.AddMonths(-5) }] });

        Assert.True(decision.NotNormallyOffered);
        Assert.Contains(decision.Alerts, a => a.Contains("9.7", StringComparison.Ordinal));
    }

    [Fact(DisplayName = "DRO: sanction until 2 years from discharge (001 §9.14)")]
    public void Assess_DroDischarged1YearAgo_SanctionUntil2YearsFromDischarge()
    {
        var discharged = AsOf.AddYears(-1);
        var decision = Assess(new QualificationFacts
        {
            Arrears = [Intentional(900m) with { Insolvency = new Insolvency { Kind = InsolvencyKind.DebtReliefOrder, OrderedOn = AsOf.AddYears(-2), DischargedOn = discharged } }],
        });

        Assert.Equal(discharged.AddYears(2), Assert.Single(decision.Sanctions).Until);
    }

    [Fact(DisplayName = "DRO repaid in full: sanction ends (001 §9.14)")]
    public void Assess_DroRepaid_NoSanction()
    {
        var decision = Assess(new QualificationFacts
        {
            Arrears = [Intentional(900m) with { Insolvency = new Insolvency { Kind = InsolvencyKind.DebtReliefOrder, OrderedOn = AsOf.AddMonths(-6), RepaidInFull = true } }],
        });

        Assert.Empty(decision.Sanctions);
    }

    [Fact(DisplayName = "Bankruptcy: sanction for 2 years from the order, then ends (001 §9.14)")]
    public void Assess_Bankruptcy_SanctionTwoYearsFromOrder()
    {
        var ordered = AsOf.AddMonths(-18);
        var facts = new QualificationFacts { Arrears = [Intentional(900m) with { Insolvency = new Insolvency { Kind = InsolvencyKind.Bankruptcy, OrderedOn = ordered } }] };

        Assert.Equal(ordered.AddYears(2), Assert.Single(Assess(facts).Sanctions).Until);
        Assert.Empty(Assess(facts, asOf: ordered.AddYears(2)).Sanctions);
    }

    [Fact(DisplayName = "Insolvency is not lifted by a repayment plan, only by its own period (001 §9.12-9.14)")]
    public void Assess_BankruptcyWithRepaymentPlan_StillSanctioned()
    {
        var decision = Assess(new QualificationFacts
        {
            Arrears = [Intentional(900m) with
            {
                RepaymentScheduleKeptSince = AsOf.AddMonths(-6),
                Insolvency = new Insolvency { Kind = InsolvencyKind.Bankruptcy, OrderedOn = AsOf.AddMonths(-6) },
            }],
        });

        Assert.Single(decision.Sanctions);
    }

    [Fact(DisplayName = "IVA duration is an option: default 2 years from completion (001 §9.14 ambiguity)")]
    public void Assess_Iva_DurationFollowsOption()
    {
        var approved = AsOf.AddYears(-3);
        var completed = AsOf.AddMonths(-6);
        var facts = new QualificationFacts
        {
            Arrears = [Intentional(900m) with { Insolvency = new Insolvency { Kind = InsolvencyKind.IndividualVoluntaryArrangement, OrderedOn = approved, DischargedOn = completed } }],
        };

        Assert.Equal(completed.AddYears(2), Assert.Single(Assess(facts).Sanctions).Until);
        var fromApproval = Options with { Qualification = Options.Qualification with { IvaSanction = IvaSanctionRule.PeriodFromApproval } };
        Assert.Empty(Assess(facts, fromApproval).Sanctions);
        var untilCompleted = Options with { Qualification = Options.Qualification with { IvaSanction = IvaSanctionRule.UntilCompleted } };
        Assert.Empty(Assess(facts, untilCompleted).Sanctions);
    }

    // ---- Prison (001 §11) ----

    [Fact(DisplayName = "On remand: keeps band and band start date up to 52 weeks (001 §11.1)")]
    public void Assess_Remand30Weeks_RetainsBand()
    {
        var decision = Assess(new QualificationFacts { Custody = new Custody { Kind = CustodyKind.Remand, Since = AsOf.AddDays(-7 * 30) } });

        Assert.True(decision.RetainsPreviousBandAndDate);
        Assert.False(decision.BiddingSuspended);
    }

    [Fact(DisplayName = "Bail away from home beyond 52 weeks: band no longer kept automatically (001 §11.1)")]
    public void Assess_Bail53Weeks_NotRetained()
    {
        var decision = Assess(new QualificationFacts { Custody = new Custody { Kind = CustodyKind.BailConditionAwayFromHome, Since = AsOf.AddDays(-7 * 53) } });

        Assert.False(decision.RetainsPreviousBandAndDate);
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.Prison.RemandOver52Weeks");
    }

    [Fact(DisplayName = "Sentence of 13 weeks or less keeps band and date (001 §11.2)")]
    public void Assess_Sentence13Weeks_Retains()
    {
        var decision = Assess(new QualificationFacts { Custody = new Custody { Kind = CustodyKind.Sentenced, Since = AsOf.AddDays(-20), SentenceWeeks = 13 } });

        Assert.True(decision.RetainsPreviousBandAndDate);
        Assert.False(decision.BiddingSuspended);
    }

    [Fact(DisplayName = "Sentence over 13 weeks: bidding suspended until 56 days before release (001 §11.3)")]
    public void Assess_Sentence14Weeks_SuspendedUntil56DaysBeforeRelease()
    {
        var release = AsOf.AddMonths(6);
        var decision = Assess(new QualificationFacts { Custody = new Custody { Kind = CustodyKind.Sentenced, Since = AsOf.AddDays(-20), SentenceWeeks = 40, ExpectedReleaseOn = release } });

        Assert.True(decision.BiddingSuspended);
        Assert.Equal(release.AddDays(-56), decision.NotBeforeDate);
        Assert.Empty(decision.Sanctions);
    }

    [Fact(DisplayName = "Within 56 days of release and reactivation asked: bidding again, band and date kept (001 §11.3, §11.7)")]
    public void Assess_ReactivationRequestedWithin56Days_Reactivated()
    {
        var release = AsOf.AddDays(50);
        var decision = Assess(new QualificationFacts
        {
            Custody = new Custody { Kind = CustodyKind.Sentenced, Since = AsOf.AddYears(-1), SentenceWeeks = 60, ExpectedReleaseOn = release, ReleaseConfirmedAndReassessmentRequested = true },
        });

        Assert.False(decision.BiddingSuspended);
        Assert.True(decision.RetainsPreviousBandAndDate);
    }

    [Fact(DisplayName = "New application from prison, Band-E authority: Band E, suspended until 56 days before release (001 §11.4)")]
    public void Assess_ApplyingFromPrisonInBandEAuthority_BandESanction()
    {
        var release = AsOf.AddMonths(8);
        var app = EligibleApplication() with { ManagingAuthority = DevonAuthorities.MidDevon };
        var decision = Assess(new QualificationFacts
        {
            Custody = new Custody { Kind = CustodyKind.Sentenced, Since = AsOf.AddMonths(-4), SentenceWeeks = 52, ExpectedReleaseOn = release, ApplicationMadeFromPrison = true },
        }, app: app);

        var sanction = Assert.Single(decision.Sanctions);
        Assert.Equal(BandReason.E_ApplyingFromPrison, sanction.Reason);
        Assert.Equal(release.AddDays(-56), sanction.Until);
        Assert.True(decision.BiddingSuspended);
        Assert.Equal(release.AddDays(-56), decision.NotBeforeDate);
        Assert.Equal("11.4", sanction.Explanation[0].Citation.Section);
    }

    [Fact(DisplayName = "New application from prison, non-Band-E authority: not registered until 56 days before release (001 §11.5)")]
    public void Assess_ApplyingFromPrisonInExeter_NotBeforeDateCites115()
    {
        var release = AsOf.AddMonths(8);
        var decision = Assess(new QualificationFacts
        {
            Custody = new Custody { Kind = CustodyKind.Sentenced, Since = AsOf.AddMonths(-4), SentenceWeeks = 52, ExpectedReleaseOn = release, ApplicationMadeFromPrison = true },
        });

        var sanction = Assert.Single(decision.Sanctions);
        Assert.Equal("11.5", sanction.Explanation[0].Citation.Section);
        Assert.Equal(release.AddDays(-56), decision.NotBeforeDate);
    }

    [Fact(DisplayName = "Prison reactivation period is an option (001 §11.3)")]
    public void Assess_ReactivationDaysOption_ChangesNotBeforeDate()
    {
        var release = AsOf.AddMonths(6);
        var options = Options with { Qualification = Options.Qualification with { PrisonReactivationDaysBeforeRelease = 28 } };
        var decision = Assess(new QualificationFacts { Custody = new Custody { Kind = CustodyKind.Sentenced, Since = AsOf, SentenceWeeks = 40, ExpectedReleaseOn = release } }, options);

        Assert.Equal(release.AddDays(-28), decision.NotBeforeDate);
    }

    [Fact(DisplayName = "Within 56 days of release but no request yet: still suspended, told to contact the team now (001 §11.3, §11.7)")]
    public void Assess_WithinWindowNoRequest_StillSuspendedToldToContact()
    {
        var decision = Assess(new QualificationFacts
        {
            Custody = new Custody { Kind = CustodyKind.Sentenced, Since = AsOf.AddYears(-1), SentenceWeeks = 60, ExpectedReleaseOn = AsOf.AddDays(30) },
        });

        Assert.True(decision.BiddingSuspended);
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.Prison.LongSentenceSuspended" && r.Text.Contains("contact your local housing team now", StringComparison.Ordinal));
    }

    // ---- MAPPA, risk, fraud (001 §12, §13, §16) ----

    [Fact(DisplayName = "MAPPA: alert, offers via Lead Officer and restrictions shown (001 §12.23, §12.29)")]
    public void Assess_Mappa_AlertAndLeadOfficer()
    {
        var decision = Assess(new QualificationFacts
        {
            Mappa = [new MappaManagement
            {
                Member = new MemberId("main"),
                Category = MappaCategory.Category2ViolentOffender,
                LeadOfficer = "DS Smith",
                Restrictions = ["Not within 5 miles of Bideford"],
            }],
        });

        Assert.True(decision.OffersViaLeadOfficer);
        Assert.Contains(decision.Alerts, a => a.Contains("Category 2", StringComparison.Ordinal) && a.Contains("DS Smith", StringComparison.Ordinal));
        Assert.Contains(decision.Alerts, a => a.Contains("Bideford", StringComparison.Ordinal));
        Assert.Equal(QualificationOutcome.Qualifies, decision.Outcome);
    }

    [Fact(DisplayName = "Risk to staff is recorded as an alert (001 §13.1)")]
    public void Assess_RiskToStaff_Alert()
    {
        var decision = Assess(new QualificationFacts { Risks = [Assessed(new RiskConcern(RiskTarget.Staff, "Threatened reception staff"))] });

        Assert.Contains(decision.Alerts, a => a.StartsWith("Risk to staff", StringComparison.Ordinal));
        Assert.Contains(decision.Reasons, r => r.Citation.Section == "13.1");
    }

    [Fact(DisplayName = "Suspected fraud is referred to the managing authority (001 §16)")]
    public void Assess_SuspectedFraud_ReferralAlert()
    {
        var decision = Assess(new QualificationFacts { SuspectedFraud = Assessed(new FraudConcern("Undeclared tenancy elsewhere")) });

        Assert.Contains(decision.Alerts, a => a.Contains("fraud", StringComparison.OrdinalIgnoreCase) && a.Contains("exeter", StringComparison.Ordinal));
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.Fraud.Referral" && r.Citation.Section == "16");
    }

    [Fact(DisplayName = "Not qualifying beats pending enquiries (001 §8, §9.1)")]
    public void Assess_PossessionOrderAndEnquiries_NotQualifying()
    {
        var decision = Assess(new QualificationFacts
        {
            EnquiryTriggers = [EnquiryTrigger.OfficerConcern],
            Arrears = [new ArrearsRecord
            {
                Landlord = LandlordKind.Social,
                Outstanding = new Money(100m),
                OutrightPossessionOrderOn = AsOf.AddMonths(-3),
                PossessionLedToEvictionOrAbandonment = true,
            }],
        });

        Assert.Equal(QualificationOutcome.NotQualifying, decision.Outcome);
    }
}
