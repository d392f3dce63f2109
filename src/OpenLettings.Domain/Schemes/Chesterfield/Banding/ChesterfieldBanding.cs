using System.Collections.Immutable;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Households;
using OpenLettings.Domain.Properties;

namespace OpenLettings.Domain.Schemes.Chesterfield;

/// <summary>A priority reason that applies, with the date it was awarded (null for reasons the engine derives).</summary>
public sealed record AppliedReason(BandReasonCode Code, DateOnly? AwardedOn);

/// <summary>The banding outcome: every reason that applies, the level and band, the priority date and the history to store.</summary>
public sealed record ChesterfieldBandDecision
{
    /// <summary>Every reason that applies (the highest decides the level; reasons are not cumulative).</summary>
    public required ImmutableArray<BandReasonCode> ReasonCodes { get; init; }

    /// <summary>The reasons with their award dates (used to re-derive the level for homes a conditional reason does not cover).</summary>
    public required ImmutableArray<AppliedReason> AppliedReasons { get; init; }

    public required PriorityLevel Level { get; init; }

    public ChesterfieldBand Band => BandReasons.BandOf(Level);

    /// <summary>The priority date within the level.</summary>
    public required DateOnly PriorityDate { get; init; }

    /// <summary>The history with this assessment's level appended if it changed (for the register to store).</summary>
    public required ImmutableArray<PriorityHistoryEntry> History { get; init; }

    public ImmutableArray<Reason> Reasons { get; init; } = [];
}

/// <summary>Bands A, B+, B, C and D and their reasons (003 Appendix B 7), and priority dates (003 Appendix B 5(x)).</summary>
public static class ChesterfieldBanding
{
    /// <summary>The reasons that apply on <paramref name="asOf"/>, including those the engine derives.</summary>
    public static ImmutableArray<AppliedReason> ReasonsFor(
        ChesterfieldApplication application, ChesterfieldBedroomNeed need, EquityDecision equity, ChesterfieldOptions options, DateOnly asOf, ImmutableArray<Reason>.Builder reasons)
    {
        var result = new List<AppliedReason>();
        foreach (var award in application.Awards.Where(a => a.AwardedOn <= asOf && !BandReasons.IsDerived(a.Code)))
        {
            if (award.Code == BandReasonCode.B1MoveOn && options.MoveOnRequiresPriorLocalConnection && application.LocalConnectionBeforeSupportedAccommodation == false)
            {
                if (!application.MoveOnExceptionalCircumstances)
                {
                    reasons.Add(new Reason("CBC.Band.B1NoPriorLocalConnection", ChesterfieldCitations.Policy("7(vi) B-1"),
                        "Move-on priority (B-1) is not given because you did not have a local connection to the area before you moved into supported accommodation, and no exceptional circumstances apply. You will be helped to reconnect with the area where you lived before. You can ask for a review of this decision."));
                    continue;
                }

                reasons.Add(new Reason("CBC.Band.B1ExceptionalCircumstances", ChesterfieldCitations.Policy("7(vi) B-1"),
                    "You did not have a local connection to the area before moving into supported accommodation, but exceptional circumstances were accepted, so move-on priority (B-1) is given."));
            }

            if (need.MedicalBedroomGiven && BandReasons.IsMedical(award.Code)
                && (award.Code != BandReasonCode.A1UrgentMedical || options.MedicalBedroomRemovesUrgentMedical))
            {
                reasons.Add(new Reason("CBC.Band.MedicalBedroomNoMedicalPriority", ChesterfieldCitations.Policy("8(vii)"),
                        $"Medical priority {BandReasons.PrintedCode(award.Code)} is not given because you have an extra bedroom on medical grounds and are assessed as overcrowded instead.")
                    .With(new Fact("reason", BandReasons.PrintedCode(award.Code))));
                continue;
            }

            var text = $"An officer awarded priority reason {BandReasons.PrintedCode(award.Code)} (Band {BandReasons.Name(BandReasons.BandOf(award.Code, options))}).";
            var reason = new Reason("CBC.Band.Award." + BandReasons.PrintedCode(award.Code), BandReasons.CitationOf(award.Code), text)
                .With(new Fact("awarded on", award.AwardedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            if (award.AwardedBy is { } by)
            {
                reason = reason.With(new Fact("awarded by", $"{by.Name} ({by.Role})"));
            }

            reasons.Add(reason);
            result.Add(new AppliedReason(award.Code, award.AwardedOn));
        }

        var home = application.CurrentHome;
        var social = home.Tenure is ChesterfieldTenure.ChesterfieldCouncilTenant or ChesterfieldTenure.OtherSocialTenant;
        if (need.BedroomsLacking >= options.SevereOvercrowdingBedroomsLacking)
        {
            result.Add(new AppliedReason(BandReasonCode.B4OvercrowdedTwoOrMore, null));
            reasons.Add(new Reason("CBC.Band.B4", BandReasons.CitationOf(BandReasonCode.B4OvercrowdedTwoOrMore),
                $"You lack {need.BedroomsLacking} bedrooms, so you are in Band B for overcrowding (B-4).").With(new Fact("bedrooms lacking", need.BedroomsLacking.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        if (need.BedroomsLacking >= 1 && social && home.Type == PropertyType.House && home.Bedrooms == 2)
        {
            result.Add(new AppliedReason(BandReasonCode.B7OvercrowdedInTwoBedHouse, null));
            reasons.Add(new Reason("CBC.Band.B7", BandReasons.CitationOf(BandReasonCode.B7OvercrowdedInTwoBedHouse),
                "You are an overcrowded social tenant in a two-bedroom house, so you are in Band B to free up the house (B-7)."));
        }
        else if (need.BedroomsLacking >= 1 && need.BedroomsLacking < options.SevereOvercrowdingBedroomsLacking)
        {
            result.Add(new AppliedReason(BandReasonCode.C2OvercrowdedOneBedroom, null));
            reasons.Add(new Reason("CBC.Band.C2", BandReasons.CitationOf(BandReasonCode.C2OvercrowdedOneBedroom),
                "You lack one bedroom, so you are in Band C for overcrowding (C-2)."));
        }

        if (options.ChildrenInFlatsBand is { } flatsBand && home.Tenure == ChesterfieldTenure.ChesterfieldCouncilTenant
            && (home.Type == PropertyType.Flat || home.Type == PropertyType.Bedsit || (home.Type == PropertyType.Maisonette && options.ChildrenInFlatsIncludesMaisonettes))
            && need.People.Any(p => p.IsDependant && p.Member.Role == MemberRole.Child))
        {
            result.Add(new AppliedReason(BandReasonCode.CbcChildrenInFlat, null));
            reasons.Add(new Reason("CBC.Band.ChildrenInFlat", BandReasons.CitationOf(BandReasonCode.CbcChildrenInFlat),
                $"You are a Chesterfield Borough Council tenant living in a flat with children whose only and main home is with you, so Chesterfield's local difference gives you Band {BandReasons.Name(flatsBand)}."));
        }

        var fallback = home.Tenure switch
        {
            ChesterfieldTenure.PrivateTenant => BandReasonCode.D1PrivateTenant,
            ChesterfieldTenure.ChesterfieldCouncilTenant or ChesterfieldTenure.OtherSocialTenant => BandReasonCode.D2SocialTenant,
            ChesterfieldTenure.OwnerOccupier => BandReasonCode.D3OwnerOccupier,
            ChesterfieldTenure.LivingWithFamilyOrFriends or ChesterfieldTenure.TiedAccommodation or ChesterfieldTenure.TemporaryAccommodation
                or ChesterfieldTenure.SupportedAccommodation or ChesterfieldTenure.NoFixedAbode => BandReasonCode.D4AllOthers,
        };

        if (equity.AtOrAboveLimit && options.EquityEffect == EquityEffect.CapAtBandD && result.Count > 0)
        {
            reasons.Add(new Reason("CBC.Band.EquityCap", ChesterfieldCitations.Policy("7(iv)"),
                    $"Your equity is at or above {options.EquityLimit}, so your priority is Band D (D-4, sufficient equity to resolve your own housing need).")
                .With(new Fact("reasons set aside", string.Join(", ", result.Select(r => BandReasons.PrintedCode(r.Code))))));
            result.Clear();
            fallback = BandReasonCode.D4AllOthers;
        }

        result.Add(new AppliedReason(fallback, null));
        return [.. result];
    }

    /// <summary>Assesses the band and priority date.</summary>
    public static ChesterfieldBandDecision Assess(ChesterfieldApplication application, ChesterfieldBedroomNeed need, EquityDecision equity, ChesterfieldOptions options, DateOnly asOf)
    {
        var reasons = ImmutableArray.CreateBuilder<Reason>();
        var codes = ReasonsFor(application, need, equity, options, asOf, reasons);
        var level = codes.Min(c => BandReasons.LevelOf(c.Code, options));
        reasons.Add(new Reason("CBC.Band.Highest", ChesterfieldCitations.Policy("7(i)"),
                $"Your priority is Band {BandReasons.Name(level)}: your highest priority reason decides the band; reasons do not add up.")
            .With(new Fact("reasons", string.Join(", ", codes.Select(c => BandReasons.PrintedCode(c.Code))))));
        var (date, history, dateReasons) = PriorityDates.For(application, codes, level, options, asOf, appendToHistory: true);
        reasons.AddRange(dateReasons);
        return new ChesterfieldBandDecision
        {
            ReasonCodes = [.. codes.Select(c => c.Code).Distinct()],
            AppliedReasons = codes,
            Level = level,
            PriorityDate = date,
            History = history,
            Reasons = reasons.ToImmutable(),
        };
    }

    /// <summary>
    /// Whether a conditional award holds for a move to <paramref name="property"/> (003 Appendix B 7(i) conditions):
    /// A-3 only to a one-bedroom home or giving up at least two bedrooms; B-6 only to a home that is not family
    /// accommodation; C-8 only when giving up one bedroom. Every other reason holds for every home.
    /// </summary>
    public static bool HoldsFor(BandReasonCode code, ChesterfieldApplication application, Property property, bool familyAccommodation) => code switch
    {
        BandReasonCode.A3UnderOccupyingTwoOrMore => property.Bedrooms <= 1 || application.CurrentHome.Bedrooms - property.Bedrooms >= 2,
        BandReasonCode.B6UnderOccupyingLeavingFamilyHome => !familyAccommodation && property.Bedrooms < application.CurrentHome.Bedrooms,
        BandReasonCode.C8UnderOccupyingStayingInFamilyHome => property.Bedrooms < application.CurrentHome.Bedrooms,
        _ => true,
    };
}

/// <summary>Priority dates with revert-on-drop history (003 Appendix B 5(x), 7(i), 7(vi) B-1).</summary>
public static class PriorityDates
{
    /// <summary>The date an application's waiting time starts: the application date, moved to the date information arrived if that was after the grace period.</summary>
    public static DateOnly BaseDate(ChesterfieldApplication application, ChesterfieldOptions options) =>
        application.InformationCompleteOn is { } complete && complete > application.AppliedOn.AddDays(options.InformationGraceDays)
            ? complete
            : application.AppliedOn;

    /// <summary>
    /// The priority date for <paramref name="level"/>, given the stored history. Same level: unchanged. Higher:
    /// the date the higher priority came into effect. Lower: the date previously held at that level (option).
    /// </summary>
    public static (DateOnly Date, ImmutableArray<PriorityHistoryEntry> History, ImmutableArray<Reason> Reasons) For(
        ChesterfieldApplication application, ImmutableArray<AppliedReason> codes, PriorityLevel level,
        ChesterfieldOptions options, DateOnly asOf, bool appendToHistory)
    {
        var reasons = ImmutableArray.CreateBuilder<Reason>();
        var cite = ChesterfieldCitations.Policy("5(x)");
        var baseDate = BaseDate(application, options);
        if (baseDate != application.AppliedOn)
        {
            reasons.Add(new Reason("CBC.Date.LateInformation", cite,
                    $"Your information arrived more than {options.InformationGraceDays} days after you applied, so your waiting time starts from the date it arrived.")
                .With(new Fact("applied on", Iso(application.AppliedOn)), new Fact("information complete on", Iso(baseDate))));
        }

        var history = application.History.Where(h => h.From <= asOf).OrderBy(h => h.From).ToImmutableArray();
        var awardDates = codes.Where(c => BandReasons.LevelOf(c.Code, options) == level).Select(c => c.AwardedOn).ToList();
        var explicitDates = awardDates.Where(d => d.HasValue).Select(d => d!.Value).ToList();

        if (history.IsEmpty)
        {
            var awarded = awardDates.Any(d => d is null) || explicitDates.Count == 0 ? baseDate : Max(baseDate, explicitDates.Min());
            reasons.Add(new Reason("CBC.Date.FirstAward", ChesterfieldCitations.Policy("7(i)"),
                awarded == baseDate
                    ? $"Your priority date is {Iso(awarded)}, the date your waiting time started."
                    : $"Your priority date is {Iso(awarded)}, the date your Band {BandReasons.Name(level)} priority was awarded (it is not back-dated).").With(new Fact("priority date", Iso(awarded))));
            return (awarded, appendToHistory ? [new PriorityHistoryEntry { Level = level, From = awarded, PriorityDate = awarded }] : [], reasons.ToImmutable());
        }

        var last = history[^1];
        if (last.Level == level)
        {
            reasons.Add(new Reason("CBC.Date.Unchanged", cite, $"Your band has not changed, so your priority date stays {Iso(last.PriorityDate)}.")
                .With(new Fact("priority date", Iso(last.PriorityDate))));
            return (last.PriorityDate, history, reasons.ToImmutable());
        }

        DateOnly date;
        DateOnly from;
        if (level < last.Level)
        {
            var effective = explicitDates.Where(d => d >= last.From).DefaultIfEmpty(asOf).Min();
            date = Max(effective, baseDate);
            from = date;
            reasons.Add(new Reason("CBC.Date.Increase", cite,
                    $"Your priority went up from {BandReasons.Name(last.Level)} to {BandReasons.Name(level)}, so your priority date is {Iso(date)}, when the higher priority came into effect.")
                .With(new Fact("previous level", BandReasons.Name(last.Level)), new Fact("priority date", Iso(date))));
        }
        else
        {
            var previous = history.LastOrDefault(h => h.Level == level);
            date = options.DecreaseDateRule switch
            {
                PriorityDecreaseDateRule.PreviousDateAtLevel => previous?.PriorityDate ?? baseDate,
                PriorityDecreaseDateRule.EarlierOfPreviousAndApplication => Min(previous?.PriorityDate ?? baseDate, baseDate),
            };
            from = asOf;
            reasons.Add(new Reason("CBC.Date.DecreaseReverts", cite,
                    previous is not null
                        ? $"Your priority went down from {BandReasons.Name(last.Level)} to {BandReasons.Name(level)}, so your priority date reverts to {Iso(date)}."
                        : $"Your priority went down from {BandReasons.Name(last.Level)} to {BandReasons.Name(level)}, a band you have not held before, so your priority date reverts to {Iso(date)}, when your waiting time started.")
                .With(new Fact("previous level", BandReasons.Name(last.Level)), new Fact("priority date", Iso(date))));
        }

        return (date, appendToHistory ? history.Add(new PriorityHistoryEntry { Level = level, From = from, PriorityDate = date }) : history, reasons.ToImmutable());
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
