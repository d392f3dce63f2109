using System.Collections.Immutable;
using System.Globalization;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;
using static OpenLettings.Domain.Schemes.DevonHomeChoice.Eligibility.Explain;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Eligibility;

/// <summary>
/// The qualification tests (001 §8-§13, §16): unacceptable behaviour, rent arrears and insolvency, prison, MAPPA,
/// risk and suspected fraud. Returns the outcome, any Band E sanctions (the banding step turns Band E into "not
/// registered" where the authority does not register households with no housing need), suspensions and alerts.
/// </summary>
/// <remarks>
/// Outcomes combine as: not qualifying beats pending enquiries beats qualifies. Households with no housing need in
/// Exeter, Teignbridge and Torbay (001 §8.8-8.10) are handled by banding, not here.
/// </remarks>
public static class QualificationRules
{
    /// <summary>Assesses qualification on <paramref name="asOf"/>.</summary>
    public static QualificationDecision Assess(DevonApplication app, DevonOptions options, DateOnly asOf)
    {
        var state = new State();
        Behaviour(app, options.Qualification, asOf, state);
        PossessionOrders(app, options.Qualification, asOf, state);
        IntentionalArrears(app, options.Qualification, asOf, state);
        if (state.NotNormallyOffered)
        {
            state.Alerts.Add("Intentional rent arrears accrued in the last 2 years: not normally offered a home (001 §9.7).");
            state.Reasons.Add(Because("DHC.Arrears.NotNormallyOffered", "9.7",
                "Because rent arrears built up intentionally in the last 2 years, you will not normally be offered a home. Landlords' own arrears policies also apply (001 §9.10)."));
        }

        Prison(app, options, asOf, state);
        Mappa(app, state);
        Risks(app, state);
        Fraud(app, state);

        if (state.Reasons.Count == 0)
        {
            state.Reasons.Add(Because("DHC.Qualification.NoConcerns", "8.17",
                "Nothing in your application stops you qualifying to join the register."));
        }

        return new QualificationDecision
        {
            Outcome = state.Outcome,
            Sanctions = state.Sanctions.ToImmutable(),
            BiddingSuspended = state.BiddingSuspended,
            NotBeforeDate = state.NotBefore,
            RetainsPreviousBandAndDate = state.Retains,
            Alerts = state.Alerts.ToImmutable(),
            OffersViaLeadOfficer = state.ViaLeadOfficer,
            NotNormallyOffered = state.NotNormallyOffered,
            Reasons = [.. state.Reasons],
        };
    }

    private sealed class State
    {
        public QualificationOutcome Outcome { get; private set; } = QualificationOutcome.Qualifies;
        public List<Reason> Reasons { get; } = [];
        public ImmutableArray<Sanction>.Builder Sanctions { get; } = ImmutableArray.CreateBuilder<Sanction>();
        public ImmutableArray<string>.Builder Alerts { get; } = ImmutableArray.CreateBuilder<string>();
        public bool BiddingSuspended { get; set; }
        public DateOnly? NotBefore { get; set; }
        public bool Retains { get; set; }
        public bool ViaLeadOfficer { get; set; }
        public bool NotNormallyOffered { get; set; }

        public void Raise(QualificationOutcome outcome)
        {
            if (Rank(outcome) > Rank(Outcome))
            {
                Outcome = outcome;
            }
        }

        private static int Rank(QualificationOutcome outcome) => outcome switch
        {
            QualificationOutcome.Qualifies => 0,
            QualificationOutcome.PendingEnquiries => 1,
            QualificationOutcome.NotQualifying => 2,
        };
    }

    // ---- Unacceptable behaviour (001 §8) ----

    private static void Behaviour(DevonApplication app, QualificationOptions q, DateOnly asOf, State state)
    {
        var facts = app.Qualification;
        var enquiry = facts.BehaviourEnquiry;
        var triggers = facts.EnquiryTriggers.Select(t => new Fact("enquiry trigger", t.ToString())).ToArray();

        if (enquiry is null)
        {
            if (!facts.EnquiryTriggers.IsEmpty)
            {
                state.Raise(QualificationOutcome.PendingEnquiries);
                state.Reasons.Add(Because("DHC.Behaviour.EnquiriesNeeded", "8.12",
                    "Because of what you told us, we need to make enquiries (for example with your landlords) before we can register you. Your application will stay as 'Assigned' until we have the information.",
                    triggers));
            }

            return;
        }

        switch (enquiry.Stage)
        {
            case BehaviourEnquiryStage.EnquiriesInProgress:
                state.Raise(QualificationOutcome.PendingEnquiries);
                state.Reasons.Add(Because("DHC.Behaviour.EnquiriesInProgress", "8.15",
                    "We are making enquiries to confirm whether you can be registered. Your application will stay as 'Assigned' until we have the information.",
                    triggers));
                return;
            case BehaviourEnquiryStage.NoEvidenceFound:
                state.Reasons.Add(Because("DHC.Behaviour.NoEvidence", "8.17",
                    "Our enquiries found no evidence of unacceptable behaviour, so your application is processed as normal."));
                return;
            case BehaviourEnquiryStage.ExclusionNoticeSent:
            case BehaviourEnquiryStage.Decided:
                break;
        }

        if (enquiry.ExclusionNoticeSentOn is { } noticeOn && asOf < noticeOn.AddDays(q.RepresentationPeriodDays))
        {
            var endsOn = noticeOn.AddDays(q.RepresentationPeriodDays);
            state.Raise(QualificationOutcome.PendingEnquiries);
            state.Reasons.Add(Because("DHC.Behaviour.RepresentationPeriod", "8.18",
                $"We wrote to you on {D(noticeOn)} to say we are considering excluding you from the register. You have until {D(endsOn)} to give us any more information; we will decide after that.",
                new Fact("notice sent", Iso(noticeOn)), new Fact("representations until", Iso(endsOn))));
            return;
        }

        if (enquiry.Stage == BehaviourEnquiryStage.ExclusionNoticeSent || enquiry.Finding is null)
        {
            state.Raise(QualificationOutcome.PendingEnquiries);
            state.Reasons.Add(Because("DHC.Behaviour.DecisionDue", "8.19",
                "The time to give us more information has ended. We will now consider the evidence and make a decision about your application."));
            return;
        }

        var finding = enquiry.Finding.Value;
        var used = new List<Fact>
        {
            Assessed("behaviour finding", enquiry.Finding),
            new("behaviour", finding.Kind.ToString()),
            new("occurred on", Iso(finding.OccurredOn)),
        };
        var failures = new List<(string Rule, string Section, string Text)>();
        if (!finding.ReliableEvidence)
        {
            failures.Add(("DHC.Behaviour.NotReliableEvidence", "8.20", "the evidence is not reliable enough (hearsay is not enough)"));
        }

        if (!finding.WouldMeetGroundForPossession)
        {
            failures.Add(("DHC.Behaviour.NoGroundForPossession", "8.20", "it is not shown that the behaviour would probably have met a ground for possession had you been a tenant"));
        }

        if (!finding.WithinApplicantsControl)
        {
            failures.Add(("DHC.Behaviour.NotWithinControl", "8.20", "the behaviour was not within your control"));
        }

        if (!finding.CouldRecur)
        {
            failures.Add(("DHC.Behaviour.NotLikelyToRecur", "8.6", "there are no reasonable grounds to believe it could continue or happen again"));
        }

        var lookBack = finding.Serious ? q.SeriousBehaviourLookBackMonths : q.BehaviourLookBackMonths;
        DateOnly? countsUntil = lookBack is { } months ? finding.OccurredOn.AddMonths(months) : null;
        if (countsUntil is { } until && asOf > until)
        {
            failures.Add(("DHC.Behaviour.OutsideLookBack", "8.4", $"the behaviour was more than {lookBack} months ago"));
        }

        if (finding.BehaviourAddressed)
        {
            failures.Add(("DHC.Behaviour.Addressed", "8.7", "you have taken positive steps to address the behaviour"));
        }

        if (failures.Count > 0)
        {
            foreach (var (rule, section, text) in failures)
            {
                state.Reasons.Add(Because(rule, section, $"You are not excluded for behaviour because {text}.", [.. used]));
            }

            return;
        }

        if (enquiry.ExclusionNoticeSentOn is null)
        {
            state.Raise(QualificationOutcome.PendingEnquiries);
            state.Reasons.Add(Because("DHC.Behaviour.NoticeRequired", "8.18",
                $"Before deciding to exclude you, we must write to tell you exclusion is being considered and give you {q.RepresentationPeriodDays} days to send more information.",
                [.. used]));
            return;
        }

        state.Raise(QualificationOutcome.NotQualifying);
        var change = "If you take steps to address the behaviour, your application will be reconsidered"
            + (countsUntil is { } end ? $"; the behaviour will normally no longer count after {D(end)}." : ".");
        state.Reasons.Add(Because("DHC.Behaviour.UnacceptableBehaviour", "8.22",
            $"We have found that you or a member of your household have been guilty of unacceptable behaviour ({Describe(finding.Kind)}) serious enough to make you unsuitable to be a tenant, so you do not qualify and your application is cancelled. You can ask for a review of this decision. {change}",
            [.. used]));
    }

    private static string Describe(UnacceptableBehaviourKind kind) => kind switch
    {
        UnacceptableBehaviourKind.EvictedForBreachOfTenancy => "eviction for breaking the tenancy conditions",
        UnacceptableBehaviourKind.AbandonedTenancyWithoutNotice => "abandoning a tenancy without notice",
        UnacceptableBehaviourKind.LeftAfterPossessionProceedings => "leaving a tenancy after possession proceedings began",
        UnacceptableBehaviourKind.UnaddressedArrearsOrBreach => "significant arrears or breach of tenancy with no attempt to put it right",
        UnacceptableBehaviourKind.UnauthorisedAlterations => "unauthorised alterations to a social home",
        UnacceptableBehaviourKind.AntiSocialBehaviour => "a significant history of anti-social behaviour",
        UnacceptableBehaviourKind.ImmoralOrIllegalUse => "immoral or illegal use of a home",
        UnacceptableBehaviourKind.SeriousDamageOrNeglect => "serious damage to or neglect of a home",
        UnacceptableBehaviourKind.DomesticRacistOrHomophobicAbuse => "domestic, racist or homophobic abuse",
        UnacceptableBehaviourKind.DomesticAbuseProtectionNoticeOrOrder => "a domestic abuse protection notice or order",
        UnacceptableBehaviourKind.FalseOrWithheldInformation => "giving false information or withholding information",
        UnacceptableBehaviourKind.UnlawfulSublettingOrObtainingFalsely => "unlawful subletting or obtaining a social home falsely",
        UnacceptableBehaviourKind.BenefitFraud => "benefit fraud",
        UnacceptableBehaviourKind.ThreatsOrViolenceToPartnerStaff => "threats or violence towards partner staff",
        UnacceptableBehaviourKind.Other => "other unacceptable behaviour",
    };

    // ---- Possession orders for arrears (001 §9.1) ----

    private static void PossessionOrders(DevonApplication app, QualificationOptions q, DateOnly asOf, State state)
    {
        foreach (var record in app.Qualification.Arrears)
        {
            if (record.OutrightPossessionOrderOn is not { } orderOn || record.Landlord != LandlordKind.Social || !record.PossessionLedToEvictionOrAbandonment)
            {
                continue;
            }

            var endsOn = orderOn.AddMonths(q.PossessionOrderLookBackMonths);
            var facts = new[] { new Fact("possession order", Iso(orderOn)), new Fact("arrears outstanding", record.Outstanding.ToString()) };
            if (asOf >= endsOn)
            {
                continue;
            }

            if (record.ExceptionalCircumstances is { } exceptional)
            {
                state.Reasons.Add(Because("DHC.Arrears.PossessionOrderExceptional", "9.1",
                    "A landlord obtained a possession order for rent arrears in the last 2 years, but exceptional circumstances have been accepted, so you are not excluded.",
                    [.. facts, Assessed("exceptional circumstances", exceptional)]));
                continue;
            }

            state.Raise(QualificationOutcome.NotQualifying);
            state.Reasons.Add(Because("DHC.Arrears.PossessionOrder", "9.1",
                $"A council or housing association obtained an outright possession order for rent arrears on {D(orderOn)}, which led to an eviction or the home being given up, so you are excluded from the register. This normally stops applying from {D(endsOn)}; exceptional circumstances may also change it. You can ask for a review.",
                facts));
        }
    }

    // ---- Intentional arrears and insolvency (001 §9.2-9.14) ----

    private static void IntentionalArrears(DevonApplication app, QualificationOptions q, DateOnly asOf, State state)
    {
        var live = new List<(ArrearsRecord Record, DateOnly? Until)>();
        var isPartnerTenant = app.CurrentHome.Tenure == Tenure.PartnerLandlordTenant;

        foreach (var record in app.Qualification.Arrears)
        {
            var amount = new Fact("arrears outstanding", record.Outstanding.ToString());
            if (record.Outstanding <= Money.Zero)
            {
                continue;
            }

            if (record.Intent is null)
            {
                if (Exceeds(record.Outstanding, q))
                {
                    state.Raise(QualificationOutcome.PendingEnquiries);
                    state.Reasons.Add(Because("DHC.Arrears.AwaitingAssessment", "9.4",
                        $"You have rent arrears or tenancy debt of {record.Outstanding}. We need to find out how they built up before we can go further.",
                        amount));
                }

                continue;
            }

            var intentFact = Assessed("arrears intent", record.Intent);
            switch (record.Intent.Value)
            {
                case ArrearsIntent.GoodFaith:
                    state.Reasons.Add(Because("DHC.Arrears.GoodFaith", "9.2",
                        "Your arrears came from something done in good faith without knowing a relevant fact, so they are not treated as deliberate.", amount, intentFact));
                    continue;
                case ArrearsIntent.DomesticAbuseControllingBehaviour:
                    state.Reasons.Add(Because("DHC.Arrears.DomesticAbuse", "9.2",
                        "Your arrears built up because of domestic abuse and controlling behaviour, so they are not treated as deliberate.", amount, intentFact));
                    continue;
                case ArrearsIntent.Unintentional:
                    state.Reasons.Add(Because("DHC.Arrears.Unintentional", "9.9",
                        "Your arrears built up through no fault of your own, so your application is banded as normal.", amount, intentFact));
                    continue;
                case ArrearsIntent.Intentional:
                    break;
            }

            if (record.DueToBedroomTax && isPartnerTenant)
            {
                state.Reasons.Add(Because("DHC.Arrears.BedroomTaxDownsizer", "9.8",
                    "Your arrears are due to the bedroom tax and you are a partner landlord tenant looking to downsize, so the arrears sanction does not apply.", amount, intentFact));
                continue;
            }

            if (record.LastAccruedOn is { } accrued && accrued > asOf.AddMonths(-q.IntentionalArrearsNoOfferMonths) && record.ExceptionalCircumstances is null)
            {
                state.NotNormallyOffered = true;
            }

            if (record.ExceptionalCircumstances is { } exceptional)
            {
                state.Reasons.Add(Because("DHC.Arrears.Exceptional", "9.6",
                    "Exceptional circumstances have been accepted, so the arrears sanction does not apply.", amount, intentFact, Assessed("exceptional circumstances", exceptional)));
                continue;
            }

            if (record.Insolvency is { } insolvency)
            {
                var until = InsolvencySanctionEnd(insolvency, q);
                var insolvencyFacts = new[] { amount, intentFact, new Fact("insolvency", insolvency.Kind.ToString()), new Fact("order date", Iso(insolvency.OrderedOn)) };
                if (insolvency.Kind == InsolvencyKind.DebtReliefOrder && insolvency.RepaidInFull)
                {
                    state.Reasons.Add(Because("DHC.Arrears.DroRepaid", "9.14",
                        "The arrears in your Debt Relief Order have been repaid in full, so the sanction has ended.", insolvencyFacts));
                    continue;
                }

                if (until is { } end && asOf >= end)
                {
                    state.Reasons.Add(Because("DHC.Arrears.InsolvencyPeriodEnded", "9.14",
                        $"The sanction for arrears included in your {Describe(insolvency.Kind)} ended on {D(end)}.", insolvencyFacts));
                    continue;
                }

                live.Add((record, until));
                continue;
            }

            if (record.BenefitEntitlementCoversArrears)
            {
                state.Reasons.Add(Because("DHC.Arrears.BenefitCovers", "9.6",
                    "Your landlord is satisfied you are entitled to enough benefit to clear the arrears, so the sanction does not apply.", amount, intentFact));
                continue;
            }

            var months = record.AgreedShorterRepaymentMonths?.Value ?? q.RepaymentTrackRecordMonths;
            if (record.RepaymentScheduleKeptSince is { } since)
            {
                var liftsOn = since.AddMonths(months);
                if (asOf >= liftsOn)
                {
                    state.Reasons.Add(Because("DHC.Arrears.RepaymentPlanKept", "9.6",
                        $"You have kept to an agreed repayment plan since {D(since)}, at least {months} months, which shows a clear intention to pay, so the sanction does not apply.",
                        amount, intentFact, new Fact("repaying since", Iso(since))));
                    continue;
                }

                live.Add((record, liftsOn));
                continue;
            }

            live.Add((record, null));
        }

        if (live.Count == 0)
        {
            return;
        }

        var total = q.AggregateArrears
            ? live.Aggregate(Money.Zero, (sum, r) => sum + r.Record.Outstanding)
            : live.Max(r => r.Record.Outstanding);
        var totalFact = new Fact(q.AggregateArrears ? "intentional arrears, all tenancies" : "largest intentional arrears", total.ToString());
        if (!Exceeds(total, q))
        {
            state.Reasons.Add(Because("DHC.Arrears.BelowThreshold", "9.2",
                $"Your intentional arrears of {total} are not above {q.ArrearsThreshold}, so the arrears sanction does not apply.", totalFact));
            return;
        }

        var allDated = live.All(r => r.Until is not null);
        DateOnly? sanctionUntil = allDated ? live.Max(r => r.Until) : null;
        var whatWouldChange = live.Any(r => r.Record.Insolvency is not null)
            ? WhatEndsInsolvencySanction(live.Select(r => r.Record).ToList(), q)
            : $"Clear the debt, show your landlord you are entitled to enough benefit to clear it, or keep to an agreed repayment plan for {q.RepaymentTrackRecordMonths} months.";
        var explanation = Because("DHC.Arrears.IntentionalOverThreshold", "9.2",
            $"You or a member of your household owe {total} in rent arrears or tenancy debt that built up intentionally, which is over {q.ArrearsThreshold}. Your application is placed in Band E (No housing need), or not registered where the council does not register households with no housing need. {whatWouldChange}",
            [totalFact, .. live.Select(r => new Fact("arrears", $"{r.Record.Outstanding} ({r.Record.Landlord} landlord{(r.Record.Insolvency is { } i ? ", " + i.Kind : "")})"))]);
        state.Reasons.Add(explanation);
        state.Sanctions.Add(new Sanction(BandReason.E_IntentionalArrears, [explanation])
        {
            Until = sanctionUntil,
            WhatWouldChangeIt = whatWouldChange,
        });

    }

    private static bool Exceeds(Money amount, QualificationOptions q) =>
        q.ArrearsThresholdInclusive ? amount >= q.ArrearsThreshold : amount > q.ArrearsThreshold;

    private static DateOnly? InsolvencySanctionEnd(Insolvency insolvency, QualificationOptions q) => insolvency.Kind switch
    {
        InsolvencyKind.DebtReliefOrder => insolvency.DischargedOn?.AddYears(q.DebtReliefOrderSanctionYears),
        InsolvencyKind.Bankruptcy => insolvency.OrderedOn.AddYears(q.BankruptcySanctionYears),
        InsolvencyKind.IndividualVoluntaryArrangement => q.IvaSanction switch
        {
            IvaSanctionRule.PeriodFromCompletion => insolvency.DischargedOn?.AddYears(q.IvaSanctionYears),
            IvaSanctionRule.PeriodFromApproval => insolvency.OrderedOn.AddYears(q.IvaSanctionYears),
            IvaSanctionRule.UntilCompleted => insolvency.DischargedOn,
        },
    };

    private static string Describe(InsolvencyKind kind) => kind switch
    {
        InsolvencyKind.DebtReliefOrder => "Debt Relief Order",
        InsolvencyKind.Bankruptcy => "bankruptcy",
        InsolvencyKind.IndividualVoluntaryArrangement => "individual voluntary arrangement",
    };

    private static string WhatEndsInsolvencySanction(List<ArrearsRecord> records, QualificationOptions q)
    {
        var parts = new List<string>();
        foreach (var kind in records.Where(r => r.Insolvency is not null).Select(r => r.Insolvency!.Kind).Distinct())
        {
            parts.Add(kind switch
            {
                InsolvencyKind.DebtReliefOrder => $"for a Debt Relief Order, {q.DebtReliefOrderSanctionYears} years after it is discharged or once the debt is repaid in full",
                InsolvencyKind.Bankruptcy => $"for a bankruptcy, {q.BankruptcySanctionYears} years from the date of the order",
                InsolvencyKind.IndividualVoluntaryArrangement => q.IvaSanction switch
                {
                    IvaSanctionRule.PeriodFromCompletion => $"for an IVA, {q.IvaSanctionYears} years after it is completed",
                    IvaSanctionRule.PeriodFromApproval => $"for an IVA, {q.IvaSanctionYears} years from its approval",
                    IvaSanctionRule.UntilCompleted => "for an IVA, when it is completed",
                },
            });
        }

        return "The sanction ends " + string.Join("; ", parts) + ", or earlier if there are exceptional circumstances.";
    }

    // ---- Prison (001 §11) ----

    private static void Prison(DevonApplication app, DevonOptions options, DateOnly asOf, State state)
    {
        var q = options.Qualification;
        if (app.Qualification.Custody is not { } custody)
        {
            return;
        }

        var since = new Fact("in custody since", Iso(custody.Since));
        switch (custody.Kind)
        {
            case CustodyKind.Remand:
            case CustodyKind.BailConditionAwayFromHome:
                var keepsUntil = custody.Since.AddDays(7 * q.RemandRetentionWeeks);
                if (asOf <= keepsUntil)
                {
                    state.Retains = true;
                    state.Reasons.Add(Because("DHC.Prison.RemandOrBail", "11.1",
                        $"While you are {(custody.Kind == CustodyKind.Remand ? "held on remand" : "living away from home as a condition of bail")}, you keep your band and band start date for up to {q.RemandRetentionWeeks} weeks (until {D(keepsUntil)}).",
                        since));
                }
                else
                {
                    state.Reasons.Add(Because("DHC.Prison.RemandOver52Weeks", "11.1",
                        $"You have been {(custody.Kind == CustodyKind.Remand ? "on remand" : "away from home on bail")} for more than {q.RemandRetentionWeeks} weeks, so your band and band start date are no longer kept automatically; your application is reassessed on your circumstances now.",
                        since));
                }

                return;
            case CustodyKind.Sentenced:
                break;
        }

        state.Alerts.Add("Known offender: consult the relevant support agencies before any offer (001 §11.8).");
        DateOnly? notBefore = custody.ExpectedReleaseOn?.AddDays(-q.PrisonReactivationDaysBeforeRelease);
        var release = custody.ExpectedReleaseOn is { } r ? new Fact("expected release", Iso(r)) : new Fact("expected release", "unknown");
        var fromText = notBefore is { } nb ? $"from {D(nb)} ({q.PrisonReactivationDaysBeforeRelease} days before your release)" : $"from {q.PrisonReactivationDaysBeforeRelease} days before your release";
        var windowOpen = notBefore is { } due && asOf >= due;
        var reactivationDue = windowOpen && custody.ReleaseConfirmedAndReassessmentRequested;
        var nowText = windowOpen
            ? $" Your release is now within {q.PrisonReactivationDaysBeforeRelease} days: you or an advocate should contact your local housing team now."
            : "";

        if (custody.ApplicationMadeFromPrison)
        {
            if (reactivationDue)
            {
                state.Reasons.Add(Because("DHC.Prison.NewApplicationReassessed", "11.7",
                    "Your release is within the next 56 days and you have asked us to reassess your application, so it is now assessed on your housing need when you leave prison.",
                    since, release));
                return;
            }

            state.BiddingSuspended = true;
            state.NotBefore = notBefore;
            var registers = options.RegistersNoHousingNeed(app.ManagingAuthority);
            var text = registers
                ? $"As you are applying from prison, your application is placed in Band E (No housing need) and you cannot bid until {(notBefore is { } nbd ? D(nbd) : $"{q.PrisonReactivationDaysBeforeRelease} days before your release")}, when it can be reassessed.{nowText}"
                : $"As you are applying from prison, this council can only register you {fromText}, if you have a housing need then.{nowText}";
            var explanation = Because("DHC.Prison.ApplyingFromPrison", registers ? "11.4" : "11.5", text, since, release,
                new Fact("managing authority", app.ManagingAuthority.Value));
            state.Reasons.Add(explanation);
            state.Sanctions.Add(new Sanction(BandReason.E_ApplyingFromPrison, [explanation])
            {
                Until = notBefore,
                WhatWouldChangeIt = $"Tell your local housing team when your release is within {q.PrisonReactivationDaysBeforeRelease} days and ask for a reassessment.",
            });
            return;
        }

        if (custody.SentenceWeeks is not { } weeks)
        {
            state.Reasons.Add(Because("DHC.Prison.SentenceLengthNeeded", "11.2",
                "Tell us the length of your sentence so we can work out what happens to your application.", since));
            return;
        }

        var sentence = new Fact("sentence (weeks)", weeks.ToString(CultureInfo.InvariantCulture));
        if (weeks <= q.ShortSentenceWeeks)
        {
            state.Retains = true;
            state.Reasons.Add(Because("DHC.Prison.ShortSentence", "11.2",
                $"Your sentence is {q.ShortSentenceWeeks} weeks or less, so you keep your band and band start date.", since, sentence));
            return;
        }

        if (reactivationDue)
        {
            state.Retains = true;
            state.Reasons.Add(Because("DHC.Prison.Reactivated", "11.3",
                "Your release is within the next 56 days and you asked for your application to be reactivated, so you can bid again. If your circumstances are the same as before prison, you keep your band and band start date.",
                since, sentence, release));
            return;
        }

        state.BiddingSuspended = true;
        state.NotBefore = notBefore;
        state.Reasons.Add(Because("DHC.Prison.LongSentenceSuspended", "11.3",
            $"Your sentence is more than {q.ShortSentenceWeeks} weeks, so you cannot bid for now. You or an advocate can ask us to reactivate your application {fromText}.{nowText}",
            since, sentence, release));
    }

    // ---- MAPPA, risk and fraud (001 §12, §13, §16) ----

    private static void Mappa(DevonApplication app, State state)
    {
        foreach (var mappa in app.Qualification.Mappa)
        {
            state.ViaLeadOfficer = true;
            var category = mappa.Category switch
            {
                MappaCategory.Category1RegisteredSexualOffender => "Category 1 (registered sexual offender)",
                MappaCategory.Category2ViolentOffender => "Category 2 (violent offender)",
                MappaCategory.Category3OtherDangerousOffender => "Category 3 (other offender posing a risk of serious harm)",
            };
            var leadOfficer = mappa.LeadOfficer is { } officer ? $" ({officer})" : "";
            state.Alerts.Add($"MAPPA {category}, member {mappa.Member}: all offers via the Lead Officer{leadOfficer}, not directly to the offender (001 §12.29).");
            foreach (var restriction in mappa.Restrictions)
            {
                state.Alerts.Add($"MAPPA restriction set by the Lead Officer: {restriction} (001 §12.23).");
            }

            state.Reasons.Add(Because("DHC.Mappa.OffersViaLeadOfficer", "12.29",
                "Any offer of a home will be made through the Lead Officer.",
                [new Fact("member", mappa.Member.Value), new Fact("MAPPA category", mappa.Category.ToString()),
                 .. mappa.Restrictions.Select(x => new Fact("restriction", x))]));
        }
    }

    private static void Risks(DevonApplication app, State state)
    {
        foreach (var risk in app.Qualification.Risks)
        {
            var target = risk.Value.Target switch
            {
                RiskTarget.Staff => "staff",
                RiskTarget.Others => "others",
                RiskTarget.Self => "themselves",
            };
            state.Alerts.Add($"Risk to {target}: {risk.Value.Detail} (001 §13.1).");
            state.Reasons.Add(Because("DHC.Risk.Alert", "13.1",
                $"An alert records a risk to {target}. It will be removed when the risk no longer applies.",
                Assessed("risk", risk)));
        }
    }

    private static void Fraud(DevonApplication app, State state)
    {
        if (app.Qualification.SuspectedFraud is not { } fraud)
        {
            return;
        }

        state.Alerts.Add($"Suspected social housing fraud: refer to the relevant person at {app.ManagingAuthority} (001 §16). {fraud.Value.Detail}");
        state.Reasons.Add(Because("DHC.Fraud.Referral", "16",
            "A concern that information given was false or withheld has been referred to the council for investigation.",
            Assessed("fraud concern", fraud)));
    }
}
