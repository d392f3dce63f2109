using OpenLettings.Domain.Common;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Households;

namespace OpenLettings.Domain.Schemes.PaHousing;

/// <summary>
/// Who is eligible for PA Housing accommodation: age, Right to Rent, income and savings, owner occupiers,
/// the transfer conditions (time in the home, inspection, rechargeable debt, arrears), conduct, previous
/// evictions and intentional worsening by mutual exchange.
/// </summary>
/// <remarks>004 §4.1, §4.2, §4.11, §6.2, §6.4, §6.5, §7.1.</remarks>
public static class PaEligibilityRules
{
    /// <summary>Applies every eligibility rule; the household is eligible when none fails.</summary>
    public static PaEligibilityDecision Assess(PaHousingApplication app, SubRegion region, PaHousingOptions options, DateOnly asOf)
    {
        var failed = new List<Reason>();
        var passed = new List<Reason>();
        DateOnly? barredUntil = null;

        void Check(bool ok, Reason reason) => (ok ? passed : failed).Add(reason);

        CheckAges(app, options, asOf, Check);
        CheckRightToRent(app, Check);
        CheckFinances(app, region, options, Check);
        if (app.Route == PaRoute.Transfer)
        {
            CheckTransfer(app, options, asOf, Check);
        }

        CheckConduct(app, Check);
        foreach (var eviction in app.PreviousEvictions)
        {
            var (ok, reason, until) = CheckEviction(eviction, options, asOf);
            Check(ok, reason);
            if (!ok && until is { } end && (barredUntil is null || end > barredUntil))
            {
                barredUntil = end;
            }
        }

        if (failed.Count == 0)
        {
            passed.Add(Pa.Reason("Eligibility.Eligible", "4.1", "You are eligible for PA Housing accommodation."));
            return new PaEligibilityDecision(true, [.. passed]);
        }

        return new PaEligibilityDecision(false, [.. failed, .. passed]) { BarredUntil = barredUntil, Failures = [.. failed] };
    }

    private static void CheckAges(PaHousingApplication app, PaHousingOptions options, DateOnly asOf, Action<bool, Reason> check)
    {
        foreach (var member in app.Household.Members.Where(m => m.Role is MemberRole.MainApplicant or MemberRole.JointApplicant))
        {
            if (member.AgeOn(asOf) is not { } age)
            {
                continue;
            }

            var who = member.Role == MemberRole.MainApplicant ? "You are" : $"Joint applicant {member.Id} is";
            if (age < options.MinimumApplicantAge)
            {
                check(false, Pa.Reason("Eligibility.UnderMinimumAge", "4.1",
                    $"{who} {age}; PA Housing does not offer tenancies to anyone under {options.MinimumApplicantAge}.",
                    Pa.Fact("age", age)));
            }
            else if (age <= options.YoungApplicantMaximumAge)
            {
                var exceptional = app.Approvals.YoungApplicantExceptionalCircumstances;
                var reason = Pa.Reason("Eligibility.YoungApplicant", "4.1",
                    Pa.Approved(exceptional)
                        ? $"{who} {age}; tenancies to {options.MinimumApplicantAge}-{options.YoungApplicantMaximumAge} year olds are offered only in exceptional circumstances, and these have been accepted."
                        : $"{who} {age}; PA Housing offers tenancies to {options.MinimumApplicantAge}-{options.YoungApplicantMaximumAge} year olds only in exceptional circumstances, and none have been accepted.",
                    Pa.Fact("age", age));
                check(Pa.Approved(exceptional), exceptional is null ? reason : reason.With(Pa.By(exceptional)));
            }
        }
    }

    private static void CheckRightToRent(PaHousingApplication app, Action<bool, Reason> check)
    {
        var status = Pa.Fact("right to rent", app.RightToRent);
        switch (app.RightToRent)
        {
            case RightToRentStatus.NoRightToRent:
                check(false, Pa.Reason("Eligibility.RightToRent", "4.1", "You do not have the Right to Rent in the UK, so PA Housing cannot offer you a tenancy.", status));
                break;
            case RightToRentStatus.NotChecked when app.Route == PaRoute.LocalAuthorityNomination:
                check(true, Pa.Reason("Eligibility.RightToRent", "4.1", "Your nominating local authority carries out the Right to Rent checks for a nomination.", status));
                break;
            case RightToRentStatus.NotChecked:
                check(false, Pa.Reason("Eligibility.RightToRent", "4.4", "Your Right to Rent in the UK has not yet been confirmed; PA Housing checks it for everyone who applies directly.", status));
                break;
            case RightToRentStatus.Confirmed:
                check(true, Pa.Reason("Eligibility.RightToRent", "4.1", "Your Right to Rent in the UK has been confirmed.", status));
                break;
        }
    }

    /// <summary>Household income without welfare benefits (004 §4.1).</summary>
    public static Money AssessableIncome(PaFinances finances) =>
        finances.Income.Where(i => i.Kind != IncomeKind.WelfareBenefit).Aggregate(Money.Zero, (sum, i) => sum + i.AnnualAmount);

    private static void CheckFinances(PaHousingApplication app, SubRegion region, PaHousingOptions options, Action<bool, Reason> check)
    {
        var finances = app.Finances;
        if (finances.UndisclosedResourcesFound)
        {
            check(false, Pa.Reason("Eligibility.UndisclosedResources", "4.1",
                "Savings, assets or income you did not disclose have been found; this is treated as fraud and your application cannot proceed."));
        }

        var subRegion = options.For(region);
        if (app.CurrentHome.Tenure == PaTenure.OwnerOccupier)
        {
            var assets = finances.Savings + finances.AssetValue;
            var need = app.Approvals.OwnerOccupierIndependentLivingNeed;
            var ok = app.SeekingIndependentLiving && Pa.Approved(need) && assets <= subRegion.SavingsOrAssetThreshold;
            var reason = Pa.Reason("Eligibility.OwnerOccupier", "4.1",
                ok
                    ? $"You own your home, but you may be considered for Independent Living because you have an evidenced need and your equity and savings ({assets}) are not above {subRegion.SavingsOrAssetThreshold} in {Pa.Region(region)}."
                    : $"Owner occupiers are not usually eligible; they may be considered only for Independent Living for older people, with an evidenced need and equity and savings not above {subRegion.SavingsOrAssetThreshold} in {Pa.Region(region)}.",
                Pa.Fact("seeking Independent Living", app.SeekingIndependentLiving), Pa.Fact("evidenced need", Pa.Approved(need)),
                Pa.Fact("equity and savings", assets), Pa.Fact("threshold", subRegion.SavingsOrAssetThreshold));
            check(ok, reason);
        }

        if (app.Route == PaRoute.LocalAuthorityNomination && !options.FinancialThresholdsApplyToNominations)
        {
            return;
        }

        var local = app.Route == PaRoute.Transfer && options.LocalAuthorityThresholds.TryGetValue(app.LocalAuthority, out var set) ? set : null;
        var incomeThreshold = local?.Income ?? options.IncomeThreshold;
        var savingsThreshold = local?.SavingsOrAssets ?? subRegion.SavingsOrAssetThreshold;
        var source = local is null ? "PA Housing's" : $"{app.LocalAuthority}'s";
        var income = AssessableIncome(finances);
        var benefits = finances.Income.Where(i => i.Kind == IncomeKind.WelfareBenefit).Aggregate(Money.Zero, (s, i) => s + i.AnnualAmount);
        var overIncome = income > incomeThreshold;
        var overSavings = options.CombineSavingsAndAssets
            ? finances.Savings + finances.AssetValue > savingsThreshold
            : finances.Savings > savingsThreshold || finances.AssetValue > savingsThreshold;
        var facts = new[]
        {
            Pa.Fact("income (welfare benefits excluded)", income), Pa.Fact("welfare benefits (excluded)", benefits),
            Pa.Fact("income threshold", incomeThreshold), Pa.Fact("savings", finances.Savings),
            Pa.Fact("asset value", finances.AssetValue), Pa.Fact("savings or asset threshold", savingsThreshold),
            Pa.Fact("thresholds set by", source),
        };
        if (!overIncome && !overSavings)
        {
            check(true, Pa.Reason("Eligibility.FinancialThresholds", "4.1",
                $"Your household income of {income} (welfare benefits are not counted) and your savings and assets are within {source} thresholds ({incomeThreshold} income, {savingsThreshold} savings or assets in {Pa.Region(region)}).", facts));
            return;
        }

        var what = overIncome && overSavings ? "income and savings or assets are" : overIncome ? "income is" : "savings or assets are";
        var approval = app.Approvals.AboveFinancialThresholds;
        var text = Pa.Approved(approval)
            ? $"Your household {what} above {source} thresholds, but the Executive Director of Operations has approved your application."
            : $"Your household {what} above {source} thresholds ({incomeThreshold} income, {savingsThreshold} savings or assets in {Pa.Region(region)}), so you are considered able to meet your own housing needs.";
        var r = Pa.Reason("Eligibility.FinancialThresholds", "4.1", text, facts);
        check(Pa.Approved(approval), approval is null ? r : r.With(Pa.By(approval)));
    }

    private static void CheckTransfer(PaHousingApplication app, PaHousingOptions options, DateOnly asOf, Action<bool, Reason> check)
    {
        var home = app.CurrentHome;
        if (home.Tenure != PaTenure.PaHousingTenant)
        {
            check(false, Pa.Reason("Eligibility.TransferNotTenant", "1.3", "Only existing PA Housing tenants can apply to transfer.", Pa.Fact("tenure", home.Tenure)));
            return;
        }

        if (home.KeyWorkerTenancy)
        {
            check(false, Pa.Reason("Eligibility.KeyWorkerTenancy", "6.2", "Key worker tenants are not eligible to apply for a transfer."));
        }

        if (home.TenancyStartDate is { } start)
        {
            var afterExchange = home.MovedInByMutualExchange;
            var months = afterExchange ? options.MonthsAfterMutualExchangeBeforeTransfer : options.MinimumMonthsInHomeBeforeTransfer;
            var from = start.AddMonths(months);
            var change = app.Approvals.SuddenUnforeseenChange;
            var ok = asOf >= from || (afterExchange && Pa.Approved(change));
            var text = asOf >= from
                ? $"You have lived in your home for at least {months} months."
                : afterExchange && Pa.Approved(change)
                    ? $"You moved in by mutual exchange less than {months} months ago, but a sudden and unforeseen change in your circumstances has been accepted."
                    : $"You must have lived in your home for {months} months before applying to transfer{(afterExchange ? " after a mutual exchange" : "")}; you can apply from {from:d MMMM yyyy}.";
            var reason = Pa.Reason(afterExchange ? "Eligibility.MutualExchangeTwelveMonths" : "Eligibility.TwelveMonthsInHome", afterExchange ? "6.4" : "4.1", text,
                Pa.Fact("tenancy start", start), Pa.Fact("may apply from", from));
            check(ok, change is not null && afterExchange ? reason.With(Pa.By(change)) : reason);
        }
        else
        {
            check(false, Pa.Reason("Eligibility.TwelveMonthsInHome", "4.1", "The start date of your tenancy is needed to confirm you have lived in your home for 12 months."));
        }

        check(home.StarterPeriodCompleted, Pa.Reason("Eligibility.StarterPeriod", "4.1",
            home.StarterPeriodCompleted ? "You have completed any starter or introductory period of your tenancy." : "You must complete the starter or introductory period of your tenancy before you can transfer."));

        var inspection = home.PreTransferInspection;
        var inspected = Pa.Approved(inspection);
        var inspectionReason = Pa.Reason("Eligibility.PreTransferInspection", "4.1",
            inspection is null ? "A pre-transfer inspection of your home is needed before you can transfer."
            : inspected ? "The pre-transfer inspection found your home kept to an acceptable standard."
            : "The pre-transfer inspection found your home has not been kept to an acceptable standard.");
        check(inspected, inspection is null ? inspectionReason : inspectionReason.With(Pa.By(inspection)));

        check(home.RechargeableWorksDebt <= Money.Zero, Pa.Reason("Eligibility.RechargeableDebt", "4.1",
            home.RechargeableWorksDebt <= Money.Zero ? "You owe nothing for rechargeable works." : $"You owe {home.RechargeableWorksDebt} for rechargeable works; this must be cleared before you can transfer.",
            Pa.Fact("rechargeable works debt", home.RechargeableWorksDebt)));

        CheckArrears(app, options, check);

        if (app.WorsenedByMutualExchange is { Value: true } worsened)
        {
            check(false, Pa.Reason("Eligibility.WorsenedByMutualExchange", "4.11",
                "You deliberately worsened your housing circumstances by a mutual exchange to a less suitable home, so you cannot be accepted for transfer.").With(Pa.By(worsened)));
        }
    }

    /// <summary>The arrears guidance tier and whether its condition is met (004 §4.1).</summary>
    public static (bool GuidanceMet, string Guidance) ArrearsGuidance(Money arrears, int monthsKept, PaHousingOptions options)
    {
        if (arrears <= Money.Zero)
        {
            return (true, "no arrears");
        }

        if (arrears <= options.ArrearsLowerTierLimit)
        {
            return (monthsKept >= options.ArrearsLowerTierMonthsOfRepayment,
                $"arrears up to {options.ArrearsLowerTierLimit} should be cleared in full, or a repayment plan kept for at least {options.ArrearsLowerTierMonthsOfRepayment} months");
        }

        if (arrears <= options.ArrearsUpperTierLimit)
        {
            return (monthsKept >= options.ArrearsMiddleTierMonthsOfRepayment,
                $"arrears up to {options.ArrearsUpperTierLimit} need a repayment plan kept for at least {options.ArrearsMiddleTierMonthsOfRepayment} months");
        }

        return (false, $"arrears over {options.ArrearsUpperTierLimit} are considered only in exceptional cases");
    }

    private static void CheckArrears(PaHousingApplication app, PaHousingOptions options, Action<bool, Reason> check)
    {
        var home = app.CurrentHome;
        if (home.RentArrears <= Money.Zero)
        {
            return;
        }

        var (met, guidance) = ArrearsGuidance(home.RentArrears, home.MonthsKeptToRepaymentPlan, options);
        var discretion = app.Approvals.ArrearsDiscretion;
        var ok = discretion?.Value ?? met;
        var text = discretion is null
            ? met
                ? $"You have rent arrears of {home.RentArrears}; under the guidance ({guidance}) your transfer can be considered."
                : $"You have rent arrears of {home.RentArrears}; under the guidance ({guidance}) your transfer cannot be considered yet."
            : ok
                ? $"You have rent arrears of {home.RentArrears}; the Head of Income and Inclusion has agreed to consider your transfer."
                : $"You have rent arrears of {home.RentArrears}; the Head of Income and Inclusion has decided your transfer cannot be considered.";
        var reason = Pa.Reason("Eligibility.RentArrears", "4.1", text, Pa.Fact("arrears", home.RentArrears),
            Pa.Fact("months kept to repayment plan", home.MonthsKeptToRepaymentPlan), Pa.Fact("guidance met", met));
        check(ok, discretion is null ? reason : reason.With(Pa.By(discretion)));
    }

    private static void CheckConduct(PaHousingApplication app, Action<bool, Reason> check)
    {
        var conduct = app.Conduct;
        if (conduct.ThreatenedStaff)
        {
            var authorised = conduct.ThreatsAuthorisation;
            var reason = Pa.Reason("Eligibility.ThreatsToStaff", "4.1", Pa.Approved(authorised)
                ? "You have threatened PA Housing staff or representatives, but the Executive Director of Operations has authorised your application."
                : "You have threatened PA Housing staff or representatives, so you are not eligible.");
            check(Pa.Approved(authorised), authorised is null ? reason : reason.With(Pa.By(authorised)));
        }

        if (conduct.ObtainedTenancyByPaymentOrDeception)
        {
            check(false, Pa.Reason("Eligibility.TenancyByDeception", "4.1", "You paid money to obtain a tenancy illegally or obtained a tenancy by deception, so you are not eligible."));
        }

        if (conduct.BreachGivingPossessionGround)
        {
            check(false, Pa.Reason("Eligibility.Schedule2Breach", "4.1", "You committed a breach of tenancy that would have entitled the landlord to possession under Schedule 2 of the Housing Act 1988, so you are not eligible."));
        }

        if (conduct.FalseOrMisleadingInformation)
        {
            check(false, Pa.Reason("Eligibility.FalseInformation", "7.1", "You gave false or misleading information, so your application is cancelled."));
        }

        if (conduct.FormerEmployeeWithRelatedConviction)
        {
            check(false, Pa.Reason("Eligibility.FormerEmployeeConviction", "6.5", "As a former employee with a conviction or pending action related to your employment with PA Housing or its residents, your application cannot be considered."));
        }

        if (conduct.DismissedByPaHousing)
        {
            var approval = app.Approvals.DismissedEmployeeRehousing;
            var reason = Pa.Reason("Eligibility.DismissedEmployee", "6.5", Pa.Approved(approval)
                ? "You were dismissed by PA Housing, but a director has approved your application after an impartial review."
                : "Someone dismissed from employment by PA Housing is not normally rehoused.");
            check(Pa.Approved(approval), approval is null ? reason : reason.With(Pa.By(approval)));
        }
    }

    /// <summary>Whether a previous eviction still bars the household, and until when (004 §4.2).</summary>
    public static (bool Ok, Reason Reason, DateOnly? Until) CheckEviction(PreviousEviction eviction, PaHousingOptions options, DateOnly asOf)
    {
        var evicted = Pa.Fact("evicted on", eviction.EvictedOn);
        switch (eviction.Ground)
        {
            case EvictionGround.AntisocialBehaviour:
            {
                var until = eviction.EvictedOn.AddYears(options.AntisocialBehaviourEvictionYears);
                if (asOf < until)
                {
                    return (false, Pa.Reason("Eviction.AntisocialBehaviour", "4.2",
                        $"You were evicted for anti-social behaviour on {eviction.EvictedOn:d MMMM yyyy}; you are not eligible for at least {options.AntisocialBehaviourEvictionYears} years, until {until:d MMMM yyyy}.",
                        evicted, Pa.Fact("barred until", until)), until);
                }

                if (options.AntisocialBehaviourNeedsRiskAssessment && !Pa.Approved(eviction.RiskAssessment))
                {
                    var reason = Pa.Reason("Eviction.AntisocialBehaviourRiskAssessment", "4.2",
                        eviction.RiskAssessment is null
                            ? $"The {options.AntisocialBehaviourEvictionYears} years since your eviction for anti-social behaviour have passed; a risk assessment is needed before you can be considered."
                            : "The risk assessment after your eviction for anti-social behaviour does not support rehousing you.", evicted);
                    return (false, eviction.RiskAssessment is null ? reason : reason.With(Pa.By(eviction.RiskAssessment)), null);
                }

                return (true, Pa.Reason("Eviction.AntisocialBehaviour", "4.2",
                    $"Your eviction for anti-social behaviour was more than {options.AntisocialBehaviourEvictionYears} years ago{(options.AntisocialBehaviourNeedsRiskAssessment ? " and the risk assessment supports rehousing you" : "")}.", evicted), null);
            }

            case EvictionGround.RentArrears:
            {
                var until = eviction.EvictedOn.AddYears(options.RentArrearsEvictionYears);
                var owed = options.RentArrearsEvictionNeedsRepayment && eviction.DebtOutstanding > Money.Zero;
                var facts = new[] { evicted, Pa.Fact("barred at least until", until), Pa.Fact("debt outstanding", eviction.DebtOutstanding) };
                if (asOf < until || owed)
                {
                    var text = asOf < until
                        ? $"You were evicted for rent arrears on {eviction.EvictedOn:d MMMM yyyy}; you are not eligible for at least {options.RentArrearsEvictionYears} years, until {until:d MMMM yyyy}{(owed ? $", and the debt of {eviction.DebtOutstanding} must be repaid" : "")}."
                        : $"You were evicted for rent arrears; the {options.RentArrearsEvictionYears} years have passed but the debt of {eviction.DebtOutstanding} must be repaid before you are eligible.";
                    return (false, Pa.Reason("Eviction.RentArrears", "4.2", text, facts), asOf < until ? until : null);
                }

                return (true, Pa.Reason("Eviction.RentArrears", "4.2",
                    $"Your eviction for rent arrears was more than {options.RentArrearsEvictionYears} years ago and the debt has been repaid.", facts), null);
            }

            case EvictionGround.TenancyFraud:
            {
                if (options.TenancyFraudEvictionYears is { } years && asOf >= eviction.EvictedOn.AddYears(years))
                {
                    return (true, Pa.Reason("Eviction.TenancyFraud", "4.2", $"Your eviction for tenancy fraud was more than {years} years ago.", evicted), null);
                }

                var until = options.TenancyFraudEvictionYears is { } y ? eviction.EvictedOn.AddYears(y) : (DateOnly?)null;
                return (false, Pa.Reason("Eviction.TenancyFraud", "4.2", until is null
                    ? "You were evicted for tenancy fraud, so you are permanently ineligible for PA Housing accommodation."
                    : $"You were evicted for tenancy fraud; you are not eligible until {until:d MMMM yyyy}.", evicted), until);
            }
        }

        return (true, Pa.Reason("Eviction.None", "4.2", "No eviction bars your application."), null);
    }
}
