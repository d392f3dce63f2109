using System.Collections.Immutable;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Households;

namespace OpenLettings.Domain.Schemes.Chesterfield;

/// <summary>The status of an application on the register (003 Appendix B 5(ix)).</summary>
public enum RegistrationStatus
{
    /// <summary>Registered and able to bid.</summary>
    Live,
    /// <summary>Registered, accruing waiting time, but unable to bid or receive an offer.</summary>
    Pending,
    /// <summary>Does not qualify to join (or is removed).</summary>
    NotQualifying,
    /// <summary>Not eligible for an allocation under the immigration and residence rules.</summary>
    Ineligible,
}

/// <summary>The qualification outcome, the earliest date the applicant could qualify (where known), and the reasons.</summary>
public sealed record ChesterfieldQualificationDecision
{
    public required RegistrationStatus Status { get; init; }

    /// <summary>When a time bar ends (the latest of those in force), if the status is not live because of one.</summary>
    public DateOnly? BarredUntil { get; init; }

    public ImmutableArray<Reason> Reasons { get; init; } = [];
}

/// <summary>Who qualifies to join Home-Options in Chesterfield (003 Appendix B 5(viii), 5(iv); §3.13-3.14, §3.22).</summary>
public static class ChesterfieldQualification
{
    /// <summary>Applies every qualification rule and returns the worst outcome with every reason.</summary>
    public static ChesterfieldQualificationDecision Assess(
        ChesterfieldApplication application, ChesterfieldBandDecision band, LocalResidencyDecision residency, RefusalDecision refusals,
        ChesterfieldOptions options, DateOnly asOf)
    {
        var reasons = ImmutableArray.CreateBuilder<Reason>();
        var status = RegistrationStatus.Live;
        DateOnly? barredUntil = null;

        void Fail(RegistrationStatus s, Reason reason, DateOnly? until = null)
        {
            if (s > status)
            {
                status = s;
            }

            if (until is { } u && (barredUntil is null || u > barredUntil))
            {
                barredUntil = u;
            }

            reasons.Add(reason);
        }

        // Statutory eligibility (003 Appendix B 5(vii)).
        var eligibility = application.Eligibility;
        if (eligibility.SubjectToImmigrationControl && !eligibility.ExistingSocialTenantOrPrescribedClass)
        {
            Fail(RegistrationStatus.Ineligible, new Reason("CBC.Eligibility.ImmigrationControl", ChesterfieldCitations.Policy("5(vii)"),
                "You are subject to immigration control and not in a class that is eligible, so you cannot be registered. You will get written reasons and can ask for a review."));
        }

        if (eligibility.FailedHabitualResidenceTest)
        {
            Fail(RegistrationStatus.Ineligible, new Reason("CBC.Eligibility.HabitualResidence", ChesterfieldCitations.Policy("5(vii)"),
                "You came to live in the UK in the two years before applying and are not habitually resident, so you are not eligible. You can ask for a review."));
        }

        if (eligibility.NoRightToReside)
        {
            Fail(RegistrationStatus.Ineligible, new Reason("CBC.Eligibility.RightToReside", ChesterfieldCitations.Policy("5(vii)"),
                "You do not have a right to reside that makes you eligible, so you cannot be registered. You can ask for a review."));
        }

        // Age (003 Appendix B 5(viii), 5(iv)).
        var main = application.Household.Members.FirstOrDefault(m => m.Role == MemberRole.MainApplicant);
        if (main?.DateOfBirth is { } dob)
        {
            var age = Age.InYears(dob, asOf);
            if (age < options.MinimumAge)
            {
                Fail(RegistrationStatus.NotQualifying, new Reason("CBC.Qualify.TooYoung", ChesterfieldCitations.Policy("5(viii)"),
                    $"You need to be {options.MinimumAge} or over to register.").With(new Fact("age", age.ToString(System.Globalization.CultureInfo.InvariantCulture))),
                    Age.DateReaching(dob, options.MinimumAge));
            }
            else if (age < options.AdultAge)
            {
                AssessMinor(application.MinorAssessment, dob, options, reasons, Fail);
            }
        }

        // Exclusions (003 Appendix B 5(viii)(c), 5(viii)(d)).
        foreach (var exclusion in application.Exclusions.Where(e => e.DecidedOn <= asOf))
        {
            if (exclusion.LiftedOn is { } lifted && lifted <= asOf)
            {
                reasons.Add(new Reason("CBC.Qualify.ExclusionLifted", ChesterfieldCitations.Policy("5(viii)(c)"),
                    $"An exclusion decided on {exclusion.DecidedOn:yyyy-MM-dd} was lifted on {lifted:yyyy-MM-dd}."));
                continue;
            }

            switch (exclusion.Ground)
            {
                case ExclusionGround.UnacceptableBehaviour:
                    var behaviourEnd = exclusion.DecidedOn.AddMonths(options.BehaviourBarMonths);
                    if (asOf < behaviourEnd)
                    {
                        Fail(RegistrationStatus.NotQualifying, new Reason("CBC.Qualify.UnacceptableBehaviour", ChesterfieldCitations.Policy("5(viii)(c)"),
                                $"You cannot register for {options.BehaviourBarMonths} months because of unacceptable behaviour, until {behaviourEnd:yyyy-MM-dd}. If you reapply and your behaviour or circumstances have not changed, you may be excluded for a further period. You have the right to ask for a review.")
                            .With(new Fact("decided on", exclusion.DecidedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))), behaviourEnd);
                    }

                    break;
                case ExclusionGround.FalseInformation:
                    var months = Math.Min(exclusion.Months ?? options.FalseInformationBarMonths, options.FalseInformationBarMonths);
                    var falseEnd = exclusion.DecidedOn.AddMonths(months);
                    if (asOf < falseEnd)
                    {
                        Fail(RegistrationStatus.NotQualifying, new Reason("CBC.Qualify.FalseInformation", ChesterfieldCitations.Policy("5(viii)(d)(iii)"),
                            $"You cannot register until {falseEnd:yyyy-MM-dd} because you knowingly gave false or misleading information. You have the right to ask for a review."), falseEnd);
                    }

                    break;
                case ExclusionGround.UnableToSustainTenancy:
                    Fail(RegistrationStatus.NotQualifying, new Reason("CBC.Qualify.UnableToSustain", ChesterfieldCitations.Policy("5(viii)(d)(i)"),
                        "You do not qualify at present because you have been assessed as unable to sustain a tenancy without support. You have the right to ask for a review."));
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(application));
            }
        }

        // Refusals (003 Appendix B 11(v)).
        if (refusals.RemovedUntil is { } removedUntil)
        {
            Fail(RegistrationStatus.NotQualifying, new Reason("CBC.Qualify.RefusalRemoval", ChesterfieldCitations.Policy("11(v)"),
                $"You are removed from the register until {removedUntil:yyyy-MM-dd} for refusing {options.RefusalLimit} formal offers within {options.RefusalWindowMonths} months."), removedUntil);
        }

        // Tenancy-related debt (003 Appendix B 5(viii)(c)).
        if (application.Debt is { } debt && debt.Amount > Money.Zero)
        {
            AssessDebt(debt, options, reasons, Fail);
        }

        // Owner-occupiers (003 Appendix B 5(viii)(b); Appendix A "Owner occupiers").
        if (application.Resources.OwnsHome)
        {
            switch (options.OwnerOccupiers)
            {
                case OwnerOccupierTest.ExceptionalCircumstances when application.Resources.ExceptionalCircumstance is { } circumstance:
                    reasons.Add(new Reason("CBC.Qualify.OwnerExceptional", ChesterfieldCitations.Policy("5(viii)(b)"),
                        $"You own your home but qualify because of exceptional circumstances ({circumstance}). You will be expected to take reasonable steps to sell it if rehoused."));
                    break;
                case OwnerOccupierTest.ExceptionalCircumstances:
                    Fail(RegistrationStatus.NotQualifying, new Reason("CBC.Qualify.OwnerNotExceptional", ChesterfieldCitations.Policy("5(viii)(b)"),
                        "People who own their own home qualify only in exceptional circumstances (disrepair or unsuitable housing and vulnerable, a home at risk that cannot be saved, or eligible for Extracare), and none has been accepted."));
                    break;
                case OwnerOccupierTest.HousingNeed when band.Band != ChesterfieldBand.D:
                    reasons.Add(new Reason("CBC.Qualify.OwnerWithNeed", ChesterfieldCitations.SummaryOfChanges("Owner occupiers"),
                        "You own your home but qualify because you have a housing need."));
                    break;
                case OwnerOccupierTest.HousingNeed:
                    Fail(RegistrationStatus.NotQualifying, new Reason("CBC.Qualify.OwnerNoNeed", ChesterfieldCitations.SummaryOfChanges("Owner occupiers"),
                        "Owner-occupiers are accepted only if they have a housing need, and you have none."));
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(options));
            }
        }

        // Re-registration after rehousing (003 Appendix B 5(viii), 8(viii)).
        if (application.RehousedThroughHomeOptionsOn is { } rehoused)
        {
            var barEnd = rehoused.AddMonths(options.RehousingBarMonths);
            if (asOf < barEnd)
            {
                if (options.RehousingBarExceptionBands.Contains(band.Band))
                {
                    reasons.Add(new Reason("CBC.Qualify.RehousedButNeed", ChesterfieldCitations.Policy("5(viii)"),
                            $"You were rehoused through Home-Options less than {options.RehousingBarMonths} months ago, but you qualify because your circumstances now meet the criteria for Band {BandReasons.Name(band.Band)}.")
                        .With(new Fact("tenancy started", rehoused.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
                }
                else
                {
                    Fail(RegistrationStatus.NotQualifying, new Reason("CBC.Qualify.RehousedRecently", ChesterfieldCitations.Policy("5(viii)"),
                            $"You were rehoused through Home-Options on {rehoused:yyyy-MM-dd}; you cannot rejoin until {barEnd:yyyy-MM-dd} unless your circumstances change enough to meet the criteria for Band A, B or C.")
                        .With(new Fact("tenancy started", rehoused.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))), barEnd);
                }
            }
        }

        // Pending and deferred applications (003 Appendix B 5(ix), 5(v), 7(vi) B-1).
        if (band.ReasonCodes.Contains(BandReasonCode.B1MoveOn) && band.Level == PriorityLevel.B && !application.MoveOnReadyConfirmed)
        {
            Fail(RegistrationStatus.Pending, new Reason("CBC.Qualify.MoveOnDeferred", ChesterfieldCitations.Policy("7(vi) B-1"),
                "Your move-on application is deferred until your support provider confirms you have sustained supported living and have a move-on support package. Your priority date is the date Band B was awarded, not the date you are set to live."));
        }

        if (application.InInstitutionWithoutReleaseDate)
        {
            Fail(RegistrationStatus.Pending, new Reason("CBC.Qualify.NoReleaseDate", ChesterfieldCitations.Policy("5(v)"),
                "You are in prison or institutional care without a release or discharge date, so your application is pending (it still accrues waiting time)."));
        }

        if (application.NotReadyToMove)
        {
            Fail(RegistrationStatus.Pending, new Reason("CBC.Qualify.NotReadyToMove", ChesterfieldCitations.Policy("5(ix)"),
                "You are not ready to move yet, so your application is pending while it accrues waiting time."));
        }

        // Local residency requirement (§3.13-3.14; Appendix B 5(viii)(a)).
        reasons.AddRange(residency.Reasons);
        if (options.LocalResidencyIsQualificationBar && !residency.MeetsRequirement && !residency.Exempt)
        {
            Fail(RegistrationStatus.NotQualifying, new Reason("CBC.Qualify.LocalResidency", ChesterfieldCitations.Policy("5(viii)(a)"),
                "To qualify you must meet the local residency requirement or fall within one of its exemptions."));
        }

        if (status == RegistrationStatus.Live)
        {
            reasons.Add(new Reason("CBC.Qualify.Live", ChesterfieldCitations.Policy("5(viii)"), "You qualify to join the register and can bid for homes."));
        }

        return new ChesterfieldQualificationDecision { Status = status, BarredUntil = barredUntil, Reasons = reasons.ToImmutable() };
    }

    private static void AssessMinor(MinorApplicantAssessment? assessment, DateOnly dob, ChesterfieldOptions options, ImmutableArray<Reason>.Builder reasons, Action<RegistrationStatus, Reason, DateOnly?> fail)
    {
        var cite = ChesterfieldCitations.Policy("5(iv)");
        var adult = Age.DateReaching(dob, options.AdultAge);
        if (assessment is not null && (assessment.SocialCarePriorityNomination || assessment.AccreditedSupportProviderMoveOn
            || assessment.MoveOnSupportPackageInPlace || assessment.AcceptedHomeless))
        {
            reasons.Add(new Reason("CBC.Qualify.MinorException", cite,
                "You are 16 or 17 and can bid because of a Social Care nomination, supported move-on, a move-on support package or a homelessness acceptance. A trustee will hold the tenancy in trust for you until you are 18."));
            return;
        }

        if (assessment?.CapableOfManagingTenancy == true)
        {
            reasons.Add(new Reason("CBC.Qualify.MinorCapable", cite,
                "You are 16 or 17 and have been assessed as capable of managing a tenancy, so you can bid; a trustee will hold the tenancy in trust for you until you are 18."));
            return;
        }

        fail(RegistrationStatus.Pending, new Reason("CBC.Qualify.MinorPending", cite,
                assessment?.CapableOfManagingTenancy == false
                    ? $"You are 16 or 17 and have not been assessed as capable of managing a tenancy, so your application stays pending until you are {options.AdultAge} ({adult:yyyy-MM-dd})."
                    : "You are 16 or 17, so your application is pending while we assess whether you can manage a tenancy.")
            .With(new Fact("reaches adult age on", adult.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))),
            assessment?.CapableOfManagingTenancy == false ? adult : null);
    }

    private static void AssessDebt(HousingDebt debt, ChesterfieldOptions options, ImmutableArray<Reason>.Builder reasons, Action<RegistrationStatus, Reason, DateOnly?> fail)
    {
        var cite = ChesterfieldCitations.Policy("5(viii)(c)");
        var facts = new[] { new Fact("debt", debt.Amount.ToString()), new Fact("threshold", options.ArrearsExclusionThreshold.ToString()) };
        var atThreshold = options.ArrearsComparison switch
        {
            ThresholdComparison.AtOrAbove => debt.Amount >= options.ArrearsExclusionThreshold,
            ThresholdComparison.Above => debt.Amount > options.ArrearsExclusionThreshold,
        };

        if (debt.MoveIsOnlyWayToStopArrears)
        {
            reasons.Add(new Reason("CBC.Qualify.ArrearsMoveOnlyWay", cite,
                $"You have tenancy-related debt of {debt.Amount}, but your income cannot cover your rent and moving is the only way to stop the arrears growing, so you qualify. You will be expected to arrange to repay the arrears after moving.").With(facts));
            return;
        }

        if (atThreshold)
        {
            fail(RegistrationStatus.NotQualifying, new Reason("CBC.Qualify.ArrearsOverLimit", cite,
                $"You have tenancy-related debt of {debt.Amount}; debts of {options.ArrearsExclusionThreshold}{(options.ArrearsComparison == ThresholdComparison.AtOrAbove ? " or more" : " and over")} mean you do not qualify. You have the right to ask for a review.").With(facts), null);
            return;
        }

        if (debt.PaymentPlanInPlace && debt.WeeksOfRegularPayments >= options.MinimumPaymentRecordWeeks)
        {
            reasons.Add(new Reason("CBC.Qualify.ArrearsPaymentRecord", cite,
                    $"You have tenancy-related debt of {debt.Amount} but a payment plan with at least {options.MinimumPaymentRecordWeeks} weeks of regular payments, so you qualify.")
                .With([.. facts, new Fact("weeks of payments", debt.WeeksOfRegularPayments.ToString(System.Globalization.CultureInfo.InvariantCulture))]));
            return;
        }

        var status = options.ArrearsWithoutRecord == ArrearsDeferralOutcome.Pending ? RegistrationStatus.Pending : RegistrationStatus.NotQualifying;
        fail(status, new Reason("CBC.Qualify.ArrearsNoRecord", cite,
                $"You have tenancy-related debt of {debt.Amount}. You need a payment plan and a record of at least {options.MinimumPaymentRecordWeeks} weeks of regular payments before you can {(status == RegistrationStatus.Pending ? "bid; until then your application is deferred" : "qualify")}.")
            .With([.. facts, new Fact("payment plan", debt.PaymentPlanInPlace ? "yes" : "no"), new Fact("weeks of payments", debt.WeeksOfRegularPayments.ToString(System.Globalization.CultureInfo.InvariantCulture))]), null);
    }
}
