using System.Collections.Immutable;
using OpenLettings.Domain.Explanations;
using static OpenLettings.Domain.Schemes.DevonHomeChoice.Banding.Banding;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;

/// <summary>Criteria that rest on an officer's or panel's judgement (001 §17, §19, §24-§28, §31, §33, §38, §39).</summary>
internal static partial class NeedCriteria
{
    /// <summary>Band A for domestic abuse or violence, decided by the virtual panel by majority (001 §17.3, §17.5(3), §17.9, §17.23-17.24).</summary>
    private static void DomesticAbuseEmergency(DevonApplication app, BandingOptions options, NeedFindings found)
    {
        if (app.Needs.DomesticAbusePanel is not { } panel)
        {
            return;
        }

        var accepts = panel.Votes.Count(v => v.CountsAsAcceptance);
        var votes = new Fact("panel votes", $"{accepts} of {panel.Votes.Length} count as acceptances"
            + (panel.Votes.Any(v => v.Vote == PanelVote.AcceptWithCondition && !v.ConditionMet) ? " (conditional acceptances whose condition is not met count as rejections)" : ""));
        if (!panel.Accepted)
        {
            found.Notes.Add(R("A.DomesticAbuse.PanelRejected", "17.24",
                "The Band A panel did not accept your request by a majority, so you are not in Band A for domestic abuse or violence.", votes));
            return;
        }

        if (!app.CurrentHome.LivesInDevon && !panel.ConsideredFromOutsideDevon)
        {
            found.Notes.Add(R("A.MustLiveInDevon", "17.3",
                "Band A is only for households living in Devon, unless a Devon panel agrees to consider someone fleeing domestic abuse from outside Devon.", votes));
            return;
        }

        var review = panel.ExtendedUntil ?? panel.DecidedOn.AddDays(options.BandAInitialDays);
        var reason = R("A.DomesticAbuse", "17.5", "You are in Band A because a Band A panel agreed by a majority that your household is at immediate and serious risk of domestic abuse, violence or serious harassment.",
            votes, new Fact("decided on", D(panel.DecidedOn)), new Fact("lead officer", $"{panel.LeadOfficer.Name} ({panel.LeadOfficer.Role})"));
        var award = Award(BandReason.A_DomesticAbuseOrViolence, reason,
            R("A.InitialFourWeeks", "17.9", $"Band A is awarded for {options.BandAInitialDays} days initially; if you do not bid for suitable homes or refuse a suitable offer it will be reviewed.",
                new Fact("review due", D(review))))
            with { ReviewDue = review };
        found.Add(new NeedCandidate(award) { DecidedOn = panel.DecidedOn });
        found.Hints.Add($"Bid for suitable homes: Band A is reviewed on {D(review)} and may end if you do not bid or refuse a suitable offer (001 §17.9, §62.5).");
    }

    /// <summary>Health and wellbeing at levels A, B and C (001 §17.5(1), §24, §31, §39.4-39.6, §39.10, §39.32).</summary>
    private static void HealthWellbeing(DevonApplication app, BandingOptions options, DateOnly asOf, NeedFindings found)
    {
        if (app.Needs.HealthWellbeing is not { } fact || fact.Value.Level == HealthWellbeingLevel.None)
        {
            return;
        }

        var hw = fact.Value;
        var decided = DecidedBy(fact);
        if (!hw.HealthProfessionalEvidence)
        {
            found.Notes.Add(R("HealthWellbeing.NoEvidence", "39.6",
                "Health and wellbeing priority needs supporting evidence from a relevant health professional, and none has been provided.", decided));
            found.Hints.Add("Provide evidence from a relevant health professional so your health and wellbeing need can be banded (001 §39.6).");
            return;
        }

        var level = hw.Level;
        var steps = new List<Reason>();
        if (level is HealthWellbeingLevel.Emergency or HealthWellbeingLevel.High && hw.NeedsSupportToLiveIndependently && !hw.SupportPackageInPlace)
        {
            level = HealthWellbeingLevel.Medium;
            steps.Add(R("HealthWellbeing.SupportPackage", "39.5",
                "You need housing support to live independently, so health and wellbeing priority can only be Band A or B once a package of support is in place; until then it is Band C.", decided));
            found.Hints.Add("Once a package of support is in place, your health and wellbeing need can be banded at the level assessed (001 §39.5).");
        }

        if (level == HealthWellbeingLevel.Emergency && !app.CurrentHome.LivesInDevon)
        {
            level = HealthWellbeingLevel.High;
            steps.Add(R("A.MustLiveInDevon", "17.3",
                "Band A is only for households living in Devon, so your emergency health and wellbeing need is banded as a high need (Band B).", decided));
        }

        AwardScope scope = AnyHome;
        if (hw.Purpose == HealthWellbeingPurpose.Adaptations)
        {
            if (hw.CurrentHomeAdapted)
            {
                found.Notes.Add(R("HealthWellbeing.CurrentHomeAdapted", "39.4",
                    "Your health and wellbeing priority was for a home with adaptations, and your current home has now been adapted, so the priority is removed.", decided));
                return;
            }

            var required = hw.RequiredAdaptations.IsDefaultOrEmpty ? app.AdaptationsNeeded : hw.RequiredAdaptations;
            scope = new AwardScope.WithAdaptations(required);
        }
        else if (hw.Purpose == HealthWellbeingPurpose.GiveOrReceiveSupport && !hw.SupportLocalities.IsDefaultOrEmpty)
        {
            scope = new AwardScope.InLocalities(hw.SupportLocalities);
        }

        var (reason, section, words) = level switch
        {
            HealthWellbeingLevel.Emergency => (BandReason.A_HealthWellbeingEmergency, "17.5", "an emergency"),
            HealthWellbeingLevel.High => (BandReason.B_HealthWellbeingHigh, "24", "a high"),
            HealthWellbeingLevel.Medium => (BandReason.C_HealthWellbeingMedium, "31", "a medium"),
            HealthWellbeingLevel.None => (BandReason.E_NoHousingNeed, "41.1", "no"),
        };
        DateOnly? review = level switch
        {
            HealthWellbeingLevel.Emergency => MinDate(
                fact.AssessedOn.AddDays(options.BandAInitialDays) is var initial && initial >= asOf ? initial : null,
                NextCycle(fact.AssessedOn, options.HealthWellbeingBandAReviewMonths, asOf)),
            HealthWellbeingLevel.High => NextCycle(fact.AssessedOn, options.HealthWellbeingBandBReviewMonths, asOf),
            HealthWellbeingLevel.Medium or HealthWellbeingLevel.None => null,
        };
        var text = $"You are in {reason.BandFor().Describe()} because your health and wellbeing were assessed as {words} need caused or made worse by your current home"
            + (scope is AwardScope.AnyHome ? "." : $"; this priority applies only to {scope.Describe()} (001 §39.4, §39.32).");
        var main = R("HealthWellbeing." + level, section, text, decided);
        if (review is { } due)
        {
            main = main.With(new Fact("review due", D(due)));
        }

        var award = Award(reason, scope, [.. steps, main]) with { ReviewDue = review };
        found.Add(new NeedCandidate(award) { DecidedOn = fact.AssessedOn });
    }

    private static DateOnly MinDate(DateOnly? a, DateOnly b) => a is { } x && x < b ? x : b;

    /// <summary>Housing defects at Band A (Prohibition Order or emergency action) and Band B (Improvement Notice) (001 §17.5(2), §25, §38.3-38.7).</summary>
    private static void HousingDefect(DevonApplication app, BandingOptions options, DateOnly asOf, NeedFindings found)
    {
        if (app.Needs.HousingDefect is not { } fact || fact.Value.Level == HousingDefectLevel.None)
        {
            return;
        }

        var defect = fact.Value;
        var decided = DecidedBy(fact);
        if (!app.CurrentHome.LivesInDevon)
        {
            found.Notes.Add(R("Defects.MustLiveInDevon", "38.4", "Priority for housing defects is only for households living in Devon.", decided));
            return;
        }

        if (app.CurrentHome.Tenure is Tenure.PartnerLandlordTenant or Tenure.OtherSocialTenant && !defect.ExceptionalForSocialTenant)
        {
            found.Notes.Add(R("Defects.SocialTenant", "38.7", "Council and housing association tenants do not normally get priority for housing defects: your landlord must carry out repairs.", decided));
            return;
        }

        if (defect.RemedialActionPossibleInTime)
        {
            found.Notes.Add(R("Defects.RemedialAction", "38.3", "No priority is given for defects because remedial action is possible within an appropriate timescale.", decided));
            return;
        }

        if (defect.ApplicantPreventingRepairs)
        {
            found.Notes.Add(R("Defects.PreventingRepairs", "38.6", "Priority for housing defects is withdrawn because repairs are being prevented.", decided));
            found.Hints.Add("Allow the repairs to be carried out (001 §38.6).");
            return;
        }

        if (defect.Level == HousingDefectLevel.ProhibitionOrEmergencyAction)
        {
            if (!defect.RecommendedByEho)
            {
                found.Notes.Add(R("Defects.A.NeedsEhoRecommendation", "17.5", "Band A for disrepair needs the recommendation of an Environmental Health Officer after a site visit.", decided));
                return;
            }

            var review = fact.AssessedOn.AddDays(options.BandAInitialDays);
            var award = Award(BandReason.A_DisrepairEmergency,
                R("Defects.A", "38.5", "You are in Band A because, on an Environmental Health Officer's recommendation after a site visit, your home has defects that cannot be put right in time and a Prohibition Order or emergency action is appropriate.",
                    decided, new Fact("review due", D(review))))
                with { ReviewDue = review };
            found.Add(new NeedCandidate(award) { DecidedOn = fact.AssessedOn });
            return;
        }

        var reviewB = NextCycle(fact.AssessedOn, options.HousingDefectBandBReviewMonths, asOf);
        var awardB = Award(BandReason.B_HousingDefectHigh,
            R("Defects.B", "38.6", "You are in Band B because an Environmental Health Officer found serious health and safety hazards in your home for which an Improvement Notice is appropriate, and they cannot be put right in an appropriate time.",
                decided, new Fact("review due", D(reviewB))))
            with { ReviewDue = reviewB };
        found.Add(new NeedCandidate(awardB) { DecidedOn = fact.AssessedOn });
    }

    /// <summary>National Witness Mobility Service referrals: Band B with 5 extra years (001 §19).</summary>
    private static void WitnessMobility(DevonApplication app, BandingOptions options, DateOnly asOf, NeedFindings found)
    {
        if (app.Needs.NationalWitnessMobility is not { Value: true } fact)
        {
            return;
        }

        var award = Award(BandReason.B_WitnessMobility,
            R("B.WitnessMobility", "19.5", $"You are in Band B as a National Witness Mobility Service referral accepted by the Devon authorities, with {options.WitnessMobilityBackdateYears} years' extra waiting time.", DecidedBy(fact)))
            with { ReviewDue = NextCycle(fact.AssessedOn, options.BandBMonitoringMonths, asOf) };
        found.Add(new NeedCandidate(award, StartRule.WitnessMobility) { DecidedOn = fact.AssessedOn });
    }

    /// <summary>Move-on from supported accommodation in Devon, and supported accommodation residents not ready (001 §26.2-26.9, §34.3).</summary>
    private static void MoveOn(DevonApplication app, BandingOptions options, DateOnly asOf, NeedFindings found)
    {
        var home = app.CurrentHome;
        if (home.Tenure != Tenure.SupportedAccommodation)
        {
            return;
        }

        if (app.Needs.MoveOn is { Value.ReadyToMoveOn: true } fact && home.LivesInDevon)
        {
            var moveOn = fact.Value;
            var decided = DecidedBy(fact);
            if (moveOn.PrioritySuspended)
            {
                found.Notes.Add(R("MoveOn.Suspended", "26.20", "Your move-on priority is suspended until the panel reconsiders it.", decided));
                return;
            }

            var staySince = moveOn.ContinuousStaySince ?? home.MovedInOn;
            var prevention = app.Needs.Homelessness is { } h && DevonAuthorities.IsPartner(h.OwedBy) ? h.FirstDevonPreventionCaseOn ?? h.PreventionDutyFrom : null;
            DateOnly? ruleDate = (staySince, prevention) switch
            {
                ({ } s, { } p) => s < p ? s : p,
                ({ } s, null) => s,
                (null, { } p) => p,
                (null, null) => null,
            };
            var armed = app.Needs.ArmedForces is not null;
            var award = moveOn.PrivateRentedAppropriate && !armed
                ? Award(BandReason.D_MoveOnPrsAppropriate,
                    R("D.MoveOnPrsAppropriate", "34.3", "You are ready to move on from supported accommodation and it is possible and appropriate for you to find a private rented home, so you are in Band D.", decided))
                : Award(BandReason.B_MoveOnReady,
                    R("B.MoveOn", "26.2", "You are in Band B because you have been assessed as ready to move on from supported accommodation in Devon and private renting is not possible and appropriate for you"
                        + (moveOn.PrivateRentedAppropriate ? " (the armed forces exception applies, 001 §26.4)." : "."), decided))
                    with { ReviewDue = NextCycle(fact.AssessedOn, options.BandBMonitoringMonths, asOf) };
            found.Add(new NeedCandidate(award, StartRule.MoveOn) { RuleDate = ruleDate is { } r ? StartOfDay(r) : null, DecidedOn = fact.AssessedOn });
            return;
        }

        if (home.SelfContained)
        {
            found.Add(new NeedCandidate(Award(BandReason.E_SupportedNotReady,
                R("E.SupportedNotReady", "26.7", "You live in self-contained supported accommodation and have not yet been assessed as ready to move on, so you have no housing need unless another need applies."))));
            found.Hints.Add("When your support provider assesses you as ready to move on, your band will be reassessed (001 §26).");
        }
        else
        {
            found.Add(new NeedCandidate(Award(BandReason.D_SupportedNotReadySharingFacilities,
                R("D.SupportedNotReadySharing", "26.7", "You live in supported accommodation sharing facilities and have not yet been assessed as ready to move on, so you are in Band D unless another need applies."))));
        }
    }

    /// <summary>Care Experienced Young People: Band B for 3 months, one 3-month extension, then Band D (001 §26.14, §43.16).</summary>
    private static void CareExperienced(DevonApplication app, BandingOptions options, DateOnly asOf, NeedFindings found)
    {
        if (app.Needs.CareExperienced is not { Value.Confirmed: true } fact)
        {
            return;
        }

        var care = fact.Value;
        var decided = DecidedBy(fact);
        var ends = care.AwardedOn.AddMonths(options.CareExperiencedMonths + (care.ExtendedOnce ? options.CareExperiencedExtensionMonths : 0));
        var dob = care.DateOfBirth ?? app.Household.MainApplicant.DateOfBirth;
        DateTime? birthday = dob is { } d ? StartOfDay(Common.Age.DateReaching(d, options.CareLeaverBackdateBirthday)) : null;
        if (care.RejectedReasonableOffer)
        {
            found.Add(new NeedCandidate(Award(BandReason.D_CareExperiencedNotBidding,
                R("D.CareExperiencedRejectedOffer", "26.14", "You rejected a reasonable offer of a social or private rented home, so your Care Experienced priority has ended and you are in Band D.", decided)))
            { DecidedOn = fact.AssessedOn });
            return;
        }

        if (asOf >= ends)
        {
            found.Add(new NeedCandidate(Award(BandReason.D_CareExperiencedNotBidding,
                R("D.CareExperiencedEnded", "26.14", $"Your Care Experienced Band B ended on {D(ends)}" + (care.ExtendedOnce ? " after its one extension" : " and was not extended") + ", so you are in Band D.", decided)))
            { DecidedOn = fact.AssessedOn });
            return;
        }

        var award = Award(BandReason.B_CareExperienced,
            R("B.CareExperienced", "26.14", $"You are in Band B as a Care Experienced Young Person ready to move on, until {D(ends)}.", decided, new Fact("ends", D(ends))))
            with { ReviewDue = ends, Expires = ends };
        found.Add(new NeedCandidate(award, StartRule.CareLeaver) { RuleDate = birthday, DecidedOn = fact.AssessedOn });
        found.Hints.Add(care.ExtendedOnce
            ? $"Your Care Experienced priority ends on {D(ends)} and cannot be extended again (001 §26.14)."
            : $"Your Care Experienced priority ends on {D(ends)}; it may be extended once by {options.CareExperiencedExtensionMonths} months if you are bidding effectively or no suitable homes were advertised (001 §26.14).");
    }

    /// <summary>Social need, approved by two managers (001 §27).</summary>
    private static void SocialNeed(DevonApplication app, BandingOptions options, DateOnly asOf, NeedFindings found)
    {
        if (app.Needs.SocialNeed is not { } fact)
        {
            return;
        }

        if (!fact.Value.ApprovedByTwoManagers)
        {
            found.Notes.Add(R("B.SocialNeed.NotApproved", "27.11", "A social need request must be approved by two managers; it has not been.", DecidedBy(fact)));
            return;
        }

        var award = Award(BandReason.B_SocialNeed,
            R("B.SocialNeed", "27.1", $"You are in Band B for social need ({fact.Value.Kind}), approved by two managers.", DecidedBy(fact)))
            with { ReviewDue = NextCycle(fact.AssessedOn, options.BandBMonitoringMonths, asOf) };
        found.Add(new NeedCandidate(award) { DecidedOn = fact.AssessedOn });
    }

    /// <summary>Effective management (a)-(g), and disposal outside Devon (001 §28, §34.4).</summary>
    private static void EffectiveManagement(DevonApplication app, BandingOptions options, DateOnly asOf, NeedFindings found)
    {
        if (app.Needs.EffectiveManagement is not { } fact)
        {
            return;
        }

        if (!fact.Value.AgreedByLandlordAndAuthority)
        {
            found.Notes.Add(R("B.EffectiveManagement.NotAgreed", "28.1", "Effective management priority must be agreed between the landlord and the local authority; it has not been.", DecidedBy(fact)));
            return;
        }

        var kind = fact.Value.Kind;
        if (kind == EffectiveManagementKind.Disposal && !app.CurrentHome.LivesInDevon)
        {
            found.Add(new NeedCandidate(Award(BandReason.D_DisposalOutsideDevon,
                R("D.DisposalOutsideDevon", "34.4", "Your social home outside Devon is being disposed of by a partner landlord, so you are in Band D.", DecidedBy(fact))))
            { DecidedOn = fact.AssessedOn });
            return;
        }

        var award = Award(BandReason.B_EffectiveManagement,
            R("B.EffectiveManagement", "28.1", $"You are in Band B for the effective management of social housing ({kind}), agreed by your landlord and the local authority.", DecidedBy(fact)))
            with { ReviewDue = NextCycle(fact.AssessedOn, options.BandBMonitoringMonths, asOf) };
        var releasesAdapted = kind == EffectiveManagementKind.ReleasingHighNeedProperty && app.CurrentHome.MovedInOn is not null;
        found.Add(new NeedCandidate(award, releasesAdapted ? StartRule.MovedIntoAdaptedHome : StartRule.Default)
        {
            RuleDate = releasesAdapted ? StartOfDay(app.CurrentHome.MovedInOn!.Value) : null,
            DecidedOn = fact.AssessedOn,
        });
    }

    /// <summary>Moves for work: Band C (001 §33).</summary>
    private static void MovesForWork(DevonApplication app, BandingOptions options, NeedFindings found)
    {
        if (app.Needs.MovesForWork is not { } work)
        {
            return;
        }

        var facts = new[]
        {
            new Fact("work in Devon", work.WorkInDevon ? "yes" : "no"),
            new Fact("miles each way", work.MilesEachWay.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Fact("can work from home", work.CanWorkFromHome ? "yes" : "no"),
            new Fact("permanent", work.Permanent ? "yes" : "no"),
            new Fact("contracted hours a week", work.ContractedHoursPerWeek.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Fact("evidenced", work.Evidenced ? "yes" : "no"),
        };
        var missing = ImmutableArray.CreateBuilder<string>();
        if (!work.WorkInDevon)
        {
            missing.Add("the work must be in Devon");
        }

        if (work.MilesEachWay <= options.MovesForWorkMinimumMiles)
        {
            missing.Add($"you must otherwise travel more than {options.MovesForWorkMinimumMiles} miles each way");
        }

        if (work.CanWorkFromHome)
        {
            missing.Add("you must be unable to work from home");
        }

        if (!work.Permanent || work.ContractedHoursPerWeek < options.MovesForWorkMinimumHours)
        {
            missing.Add($"the job must be permanent with a contract of at least {options.MovesForWorkMinimumHours} hours a week");
        }

        if (!work.Evidenced)
        {
            missing.Add("proof of the job or offer is needed");
        }

        if (missing.Count > 0)
        {
            found.Notes.Add(R("C.MovesForWork.NotMet", "33", "You do not meet the moves-for-work criteria: " + string.Join("; ", missing) + ".", facts));
            return;
        }

        found.Add(new NeedCandidate(Award(BandReason.C_MovesForWork,
            R("C.MovesForWork", "33", "You are in Band C because you need to move to take up or keep permanent work in Devon that you could not otherwise reach.", facts))));
    }

    /// <summary>Teignbridge's community contribution: Band D in the named rural localities only (001 §36).</summary>
    private static void CommunityContribution(DevonApplication app, BandingOptions options, DateOnly asOf, NeedFindings found)
    {
        if (app.Needs.CommunityContribution is not { } cc)
        {
            return;
        }

        if (!options.CommunityContributionAuthorities.Contains(app.ManagingAuthority))
        {
            found.Notes.Add(R("D.LocalPriority.NotOffered", "36.1", "The community contribution local priority is not offered by the authority managing your application."));
            return;
        }

        var qualifyingFrom = cc.WorkingContinuouslySince.AddMonths(options.CommunityContributionMinimumMonths);
        if (cc.HoursPerWeek < options.CommunityContributionMinimumHours || asOf < qualifyingFrom)
        {
            found.Notes.Add(R("D.LocalPriority.NotMet", "36.2",
                $"Community contribution priority needs at least {options.CommunityContributionMinimumHours} hours' work a week in the rural area, continuously for {options.CommunityContributionMinimumMonths} months.",
                new Fact("hours a week", cc.HoursPerWeek.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Fact("working since", D(cc.WorkingContinuouslySince))));
            if (cc.HoursPerWeek >= options.CommunityContributionMinimumHours)
            {
                found.Hints.Add($"From {D(qualifyingFrom)} you will have worked there long enough for community contribution priority (001 §36.2).");
            }

            return;
        }

        var scope = new AwardScope.InLocalities(cc.Localities);
        found.Add(new NeedCandidate(Award(BandReason.D_LocalPriority, scope,
            R("D.LocalPriority", "36.3", $"You are in Band D for homes in {string.Join(", ", cc.Localities)} because of your community contribution there; for homes elsewhere you are banded on your other needs (Band E if none).",
                new Fact("hours a week", cc.HoursPerWeek.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Fact("working since", D(cc.WorkingContinuouslySince))))));
    }
}
