using System.Collections.Immutable;
using System.Globalization;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Households;

namespace OpenLettings.Domain.Schemes.SwanTransfer;

/// <summary>Whether management move priority is held (002 §4.3).</summary>
public enum ManagementPriorityStatus
{
    None,
    Held,
    /// <summary>Removed because a suitable offer was refused without good reason (002 §4.3).</summary>
    Removed,
}

/// <summary>The band, every Appendix 1 circumstance found, and the date time waited in the band counts from.</summary>
public sealed record SwanBandDecision
{
    public required SwanBand Band { get; init; }

    /// <summary>The date time waited in the current band counts from (002 §4.2).</summary>
    public required DateOnly WaitingSince { get; init; }

    /// <summary>Every Appendix 1 circumstance that applies.</summary>
    public required ImmutableArray<SwanCircumstance> Circumstances { get; init; }

    public ManagementPriorityStatus ManagementPriority { get; init; }

    /// <summary>The band rests only on moving to a smaller home of this size (002 §4.5, Appendix 1), else null.</summary>
    public int? LimitedToBedrooms { get; init; }

    public ImmutableArray<Reason> Reasons { get; init; } = [];
}

/// <summary>Bands one to four by the circumstances of Appendix 1, and time waited in band (002 §4).</summary>
public static class SwanBanding
{
    private static readonly Citation Appendix1 = new("002", "Appendix 1");

    private static Citation S(string section) => new("002", section);

    /// <summary>Management move priority: held from the award until a suitable offer is refused without good reason.</summary>
    /// <remarks>002 §4.3.</remarks>
    public static Decision<ManagementPriorityStatus> ManagementPriority(SwanApplication application, SwanOptions options, DateOnly asOf)
    {
        if (application.ManagementMove is not { } move || move.Award.AssessedOn > asOf)
        {
            return new(ManagementPriorityStatus.None, []);
        }

        var awardedOn = move.Award.AssessedOn;
        var sinceAward = application.Refusals.Where(r => r.RefusedOn >= awardedOn && r.RefusedOn <= asOf).ToList();
        var withoutGoodReason = sinceAward.Count(r => r.GoodReason is { Value: false });
        var facts = new[]
        {
            new Fact("management move awarded", $"{awardedOn:yyyy-MM-dd}"),
            new Fact("refusals without good reason", withoutGoodReason.ToString(CultureInfo.InvariantCulture)),
            new Fact("offers allowed", options.ManagementMoveOffers.ToString(CultureInfo.InvariantCulture)),
        };
        if (withoutGoodReason >= options.ManagementMoveOffers)
        {
            return new(ManagementPriorityStatus.Removed, [new Reason("SWAN.Band.ManagementMoveRemoved", S("4.3"),
                "Your management move priority has been removed because you refused a suitable offer without good reason.").With(facts)]);
        }

        var reasons = ImmutableArray.CreateBuilder<Reason>();
        reasons.Add(new Reason("SWAN.Band.ManagementMoveOneOffer", S("4.3"),
            $"You have management move priority. You will normally be made {options.ManagementMoveOffers} suitable offer(s); refusing without good reason removes the priority.").With(facts));
        if (sinceAward.Any(r => r.GoodReason is null))
        {
            reasons.Add(new Reason("SWAN.Band.ManagementMoveRefusalPending", S("4.3"),
                "A refusal is waiting for a decision on whether you had good reason; your priority stays until then."));
        }

        return new(ManagementPriorityStatus.Held, reasons.ToImmutable());
    }

    /// <summary>Finds every Appendix 1 circumstance, the band and the waiting date.</summary>
    /// <remarks>002 §4.1-4.6, Appendix 1.</remarks>
    public static SwanBandDecision Assess(
        SwanApplication application,
        SwanHouseholdProfile household,
        Decision<ManagementPriorityStatus> managementPriority,
        SwanOptions options,
        DateOnly asOf)
    {
        var reasons = ImmutableArray.CreateBuilder<Reason>();
        var found = new List<(SwanCircumstance Circumstance, Reason Reason)>();
        void Add(SwanCircumstance c, Citation citation, string text, params Fact[] facts) =>
            found.Add((c, new Reason($"SWAN.Band.{c}", citation, $"Your household {SwanCircumstances.Describe(c)}{text}").With(facts)));

        Medical(application, options, reasons, Add);

        reasons.AddRange(managementPriority.Reasons);
        if (managementPriority.Outcome == ManagementPriorityStatus.Held)
        {
            Add(SwanCircumstance.ManagementMove, S("4.3"), ".", new Fact("ground", application.ManagementMove!.Award.Value.ToString()),
                new Fact("awarded by", application.ManagementMove.Award.AssessedBy.Name));
        }

        UnderOccupation(application, household, options, reasons, Add);
        Older(application, household, options, Add, asOf);
        Sharing(application, household, options, Add, asOf);

        var home = application.CurrentHome;
        if (home.Adapted && application.Suitability.NeedsAdaptation is { Value: false } adaptation)
        {
            Add(SwanCircumstance.AdaptedPropertyNoLongerNeeded, Appendix1, ".", new Fact("assessed by", adaptation.AssessedBy.Name));
        }

        if (options.FlatTypes.Contains(home.PropertyType))
        {
            var young = household.Children.Select(id => application.Household.Find(id)!)
                .Where(m => m.Role == MemberRole.Child && m.AgeOn(asOf) is { } age && age < options.ChildInFlatUnderAge).ToList();
            if (young.Count > 0)
            {
                Add(SwanCircumstance.ChildUnder12InFlat, Appendix1, ".", new Fact("home type", home.PropertyType.ToString()),
                    new Fact("children under " + options.ChildInFlatUnderAge.ToString(CultureInfo.InvariantCulture), string.Join(", ", young.Select(m => m.Id.Value))));
            }
        }

        if (household.Counted.Length == 1 && home.HousingType == SwanHousingType.Supported)
        {
            Add(SwanCircumstance.SinglePersonInSupportedHousing, Appendix1, ".", new Fact("people counted", "1"));
        }

        if (!household.NonResidentChildren.IsEmpty)
        {
            Add(SwanCircumstance.ChildrenForAccessVisits, Appendix1, ".", new Fact("children", string.Join(", ", household.NonResidentChildren.Select(m => m.Value))));
        }

        if (home.Occupancy == SwanOccupancy.IndependentAdult)
        {
            Add(SwanCircumstance.AdultOtherThanTenant, Appendix1, ".");
        }

        foreach (var assessed in application.Circumstances)
        {
            if (SwanCircumstances.IsDerived(assessed.Value) || assessed.AssessedOn > asOf || found.Any(f => f.Circumstance == assessed.Value))
            {
                continue;
            }

            Add(assessed.Value, Appendix1, $" (assessed by {assessed.AssessedBy.Name}, {assessed.AssessedBy.Role}, on {assessed.AssessedOn:d MMMM yyyy}).",
                new Fact("assessed by", assessed.AssessedBy.Name), new Fact("evidence", assessed.EvidenceReference ?? "none recorded"));
        }

        var band = found.Count == 0 ? SwanBand.Four : found.Min(f => options.BandFor(f.Circumstance));
        foreach (var (circumstance, reason) in found.OrderBy(f => options.BandFor(f.Circumstance)))
        {
            var given = options.BandFor(circumstance);
            reasons.Add(reason with { Text = $"{reason.Text} This is a band {(int)given} circumstance." });
        }

        reasons.Add(new Reason("SWAN.Band.Placed", S("4.1"), $"You are in band {(int)band}: {Describe(band)}.")
            .With(new Fact("band", ((int)band).ToString(CultureInfo.InvariantCulture))));

        var downsizingOnly = new[] { SwanCircumstance.UnderOccupyingThreeBedMovingToOneBed, SwanCircumstance.TwoBedMovingToOneBed };
        var topCircumstances = found.Where(f => options.BandFor(f.Circumstance) == band).Select(f => f.Circumstance).ToList();
        int? limited = topCircumstances.Count > 0 && topCircumstances.All(downsizingOnly.Contains) && application.Downsizing is { } request
            ? request.TargetBedrooms
            : null;

        var (waitingSince, waitingReason) = WaitingSince(application, band, asOf);
        reasons.Add(waitingReason);

        return new SwanBandDecision
        {
            Band = band,
            WaitingSince = waitingSince,
            Circumstances = [.. found.Select(f => f.Circumstance).Distinct()],
            ManagementPriority = managementPriority.Outcome,
            LimitedToBedrooms = limited,
            Reasons = reasons.ToImmutable(),
        };
    }

    /// <summary>The date time waited counts from: registration for the first band, then the date of each change of band.</summary>
    /// <remarks>002 §4.2: "Priority will be given in each band for time waited only. If an applicant changes band, their time priority will start anew."</remarks>
    public static (DateOnly WaitingSince, Reason Reason) WaitingSince(SwanApplication application, SwanBand band, DateOnly asOf)
    {
        var history = application.BandHistory.Where(h => h.From <= asOf).OrderBy(h => h.From).ToList();
        if (history.Count == 0)
        {
            return (application.RegisteredOn, new Reason("SWAN.Band.WaitingFromRegistration", S("4.2"),
                $"Your time waited counts from when you registered on {application.RegisteredOn:d MMMM yyyy}.")
                .With(new Fact("registered on", $"{application.RegisteredOn:yyyy-MM-dd}")));
        }

        if (history[^1].Band != band)
        {
            return (asOf, new Reason("SWAN.Band.WaitingResetOnChange", S("4.2"),
                $"Your band has changed from band {(int)history[^1].Band} to band {(int)band}, so your time waited starts again from {asOf:d MMMM yyyy}.")
                .With(new Fact("previous band", ((int)history[^1].Band).ToString(CultureInfo.InvariantCulture)), new Fact("previous band from", $"{history[^1].From:yyyy-MM-dd}")));
        }

        var start = history.Count - 1;
        while (start > 0 && history[start - 1].Band == band)
        {
            start--;
        }

        var since = start == 0 && application.RegisteredOn < history[0].From ? application.RegisteredOn : history[start].From;
        return (since, new Reason("SWAN.Band.WaitingInBand", S("4.2"),
            $"You have been in band {(int)band} since {since:d MMMM yyyy}; your time waited in this band counts from then.")
            .With(new Fact("in band since", $"{since:yyyy-MM-dd}")));
    }

    /// <summary>The policy's description of a band (002 §4.1).</summary>
    public static string Describe(SwanBand band) => band switch
    {
        SwanBand.One => "the highest level of housing need and an urgent need to move",
        SwanBand.Two => "a high level of housing need",
        SwanBand.Three => "a moderate level of housing need",
        SwanBand.Four => "a lower level or no housing need to move",
    };

    private static void Medical(SwanApplication application, SwanOptions options, ImmutableArray<Reason>.Builder reasons,
        Action<SwanCircumstance, Citation, string, Fact[]> add)
    {
        if (application.Medical is not { } medical || medical.Category.Value == MedicalCategory.None)
        {
            add(SwanCircumstance.NoMedicalPriority, Appendix1, ".", []);
            return;
        }

        if (!medical.RequestFormCompleted)
        {
            reasons.Add(new Reason("SWAN.Band.MedicalFormMissing", S("4.4"), "Medical priority needs a completed medical priority request form, so none is given yet."));
            add(SwanCircumstance.NoMedicalPriority, Appendix1, ".", []);
            return;
        }

        var facts = new[] { new Fact("medical category", medical.Category.Value.ToString()), new Fact("assessed by", medical.Category.AssessedBy.Name),
            new Fact("evidence", medical.Category.EvidenceReference ?? "none recorded") };
        switch (medical.Category.Value)
        {
            case MedicalCategory.A when options.MedicalBandOneRequiresEvidence && string.IsNullOrWhiteSpace(medical.Category.EvidenceReference):
                reasons.Add(new Reason("SWAN.Band.MedicalANeedsEvidence", S("4.4"),
                    "Band one for medical reasons needs evidence that your home is having a severely detrimental effect on your medical condition; none is recorded, so medical category A is not applied.").With(facts));
                add(SwanCircumstance.NoMedicalPriority, Appendix1, ".", []);
                break;
            case MedicalCategory.A:
                add(SwanCircumstance.MedicalCategoryA, S("4.4"), ", evidenced as your home having a severely detrimental effect on your medical condition.", facts);
                break;
            case MedicalCategory.B:
                add(SwanCircumstance.MedicalCategoryB, Appendix1, ".", facts);
                break;
            case MedicalCategory.C:
                add(SwanCircumstance.MedicalCategoryC, Appendix1, ".", facts);
                break;
            case MedicalCategory.None:
                break;
        }
    }

    private static void UnderOccupation(SwanApplication application, SwanHouseholdProfile household, SwanOptions options,
        ImmutableArray<Reason>.Builder reasons, Action<SwanCircumstance, Citation, string, Fact[]> add)
    {
        var home = application.CurrentHome;
        if (home.Occupancy == SwanOccupancy.IndependentAdult)
        {
            return;
        }

        var current = home.Bedrooms;
        var need = household.BedroomNeed;
        var sizeFacts = new[] { new Fact("bedrooms now", current.ToString(CultureInfo.InvariantCulture)), new Fact("bedroom need", need.ToString(CultureInfo.InvariantCulture)) };

        if (current > need && need == options.UnderOccupationBandTwoNeed)
        {
            add(SwanCircumstance.UnderOccupyingStillNeedsTwoBedrooms, Appendix1, ".", sizeFacts);
        }

        if (options.BandOneForAnyUnderOccupationByExcess && current - need >= options.UnderOccupationBandOneExcess)
        {
            add(SwanCircumstance.UnderOccupyingByAtLeastTwo, S("4.1"), ".", sizeFacts);
        }

        if (application.Downsizing is not { } request)
        {
            return;
        }

        var target = request.TargetBedrooms;
        var fitsTarget = household.SuitableFor.Any(c => SuitabilityMatrix.BedroomsOf(c) == target);
        var facts = sizeFacts.Append(new Fact("moving to bedrooms", target.ToString(CultureInfo.InvariantCulture))).ToArray();
        if (target != options.DownsizingTargetBedrooms || target >= current)
        {
            return;
        }

        if (!fitsTarget)
        {
            reasons.Add(new Reason("SWAN.Band.DownsizeTargetTooSmall", new Citation("002", "Appendix 2"),
                $"Your household is too large for a {target} bedroom home under the guidelines, so moving to one does not give priority.").With(facts));
            return;
        }

        if (current >= options.DownsizingMinimumCurrentBedrooms)
        {
            var decision = request.SchemeDecision;
            if (!options.DownsizingBandOneRequiresApproval || decision is { Value: true })
            {
                add(SwanCircumstance.UnderOccupyingThreeBedMovingToOneBed, S("4.5"), " under the downsizing scheme.",
                    decision is null ? facts : [.. facts, new Fact("downsizing scheme decided by", decision.AssessedBy.Name)]);
            }
            else
            {
                reasons.Add(new Reason("SWAN.Band.DownsizingNotApproved", S("4.5"), decision is null
                        ? "Your downsizing scheme application has not been decided yet; band one is granted if it is successful."
                        : "Your downsizing scheme application was not successful, so it does not give band one.").With(facts));
            }
        }
        else if (current == options.SmallDownsizeCurrentBedrooms)
        {
            add(SwanCircumstance.TwoBedMovingToOneBed, Appendix1, ".", facts);
        }
    }

    private static void Older(SwanApplication application, SwanHouseholdProfile household, SwanOptions options,
        Action<SwanCircumstance, Citation, string, Fact[]> add, DateOnly asOf)
    {
        if (!application.WishesToMoveToSheltered || application.CurrentHome.HousingType != SwanHousingType.GeneralNeeds)
        {
            return;
        }

        var members = household.Counted.Select(id => application.Household.Find(id)!).ToList();
        if (members.All(m => m.AgeOn(asOf) is { } age && age >= options.OlderHouseholdAge))
        {
            add(SwanCircumstance.OlderHouseholdWantsSheltered, Appendix1, ".", [new Fact("youngest age", members.Min(m => m.AgeOn(asOf) ?? 0).ToString(CultureInfo.InvariantCulture))]);
        }
    }

    private static void Sharing(SwanApplication application, SwanHouseholdProfile household, SwanOptions options,
        Action<SwanCircumstance, Citation, string, Fact[]> add, DateOnly asOf)
    {
        var best = new Dictionary<SwanCircumstance, Fact[]>();
        foreach (var room in application.CurrentHome.SharedBedrooms)
        {
            var children = room.Occupants.Where(household.Children.Contains).Select(id => application.Household.Find(id)!)
                .Where(m => m.Role != MemberRole.Unborn && m.DateOfBirth is not null).ToList();
            var roomFact = new Fact("sharing", string.Join(", ", children.Select(c => $"{c.Id} ({c.Sex}, {c.AgeOn(asOf)})")));
            if (children.Count > options.ChildrenSharingBandTwoMoreThan)
            {
                best.TryAdd(SwanCircumstance.MoreThanThreeChildrenSharing, [roomFact]);
            }
            else if (children.Count > options.ChildrenSharingBandThreeMoreThan)
            {
                best.TryAdd(SwanCircumstance.MoreThanTwoChildrenSharing, [roomFact]);
            }

            for (var i = 0; i < children.Count; i++)
            {
                for (var j = i + 1; j < children.Count; j++)
                {
                    var (a, b) = (children[i], children[j]);
                    if (a.Sex is null || b.Sex is null)
                    {
                        continue;
                    }

                    var older = Math.Max(a.AgeOn(asOf) ?? 0, b.AgeOn(asOf) ?? 0);
                    if (a.Sex != b.Sex)
                    {
                        var row = older >= options.OppositeSexSharingBandTwoAge ? SwanCircumstance.OppositeSexSharingOneOver11
                            : older >= options.OppositeSexSharingBandThreeAge ? SwanCircumstance.OppositeSexSharingOneOver6
                            : SwanCircumstance.OppositeSexSharingUnder6;
                        best.TryAdd(row, [roomFact]);
                    }
                    else if (older >= options.SameSexSharingBandThreeAge)
                    {
                        best.TryAdd(SwanCircumstance.SameSexSharingOneOver11, [roomFact]);
                    }
                }
            }
        }

        foreach (var (circumstance, facts) in best)
        {
            add(circumstance, Appendix1, ".", facts);
        }
    }
}
