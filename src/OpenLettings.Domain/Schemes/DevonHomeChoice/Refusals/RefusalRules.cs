using System.Collections.Immutable;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Eligibility;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Refusals;

/// <summary>The consequences of an application's refusals on a date.</summary>
public sealed record RefusalDecision
{
    /// <summary>Refusals that count towards the sanction (001 §62.1, §62.6-62.7).</summary>
    public required ImmutableArray<RefusalRecord> Counted { get; init; }

    /// <summary>The refusal sanction in force on the date: Band E, or removal where Band E is not registered (001 §62.6).</summary>
    public Sanction? Sanction { get; init; }

    /// <summary>A Band A household refused a home: its Band A status must be reviewed (001 §62.5, §17.40).</summary>
    public bool BandAReviewRequired { get; init; }

    /// <summary>
    /// The managing authority decided a homeless household's refusal of a formal offer was unreasonable, so the duty
    /// is discharged and banding places the application in Band D (<see cref="BandReason.D_HomelessDutyDischarged"/>),
    /// where it stays during any review (001 §62.3, §64.8-64.9).
    /// </summary>
    public bool HomelessDutyDischarged { get; init; }

    /// <summary>A homeless household refused a formal offer and the authority has not yet decided whether it was reasonable (24 hours, 001 §62.3).</summary>
    public bool AwaitingHomelessRefusalDecision { get; init; }

    public required ImmutableArray<Reason> Reasons { get; init; }
}

/// <summary>What counts as a refusal and what follows from refusals (001 §62, §64.8-64.9, §17.40).</summary>
public static class RefusalRules
{
    /// <summary>Assesses every refusal made on or before <paramref name="asOf"/>.</summary>
    public static RefusalDecision Assess(IEnumerable<RefusalRecord> refusals, DevonOptions options, DateOnly asOf)
    {
        var settings = options.Refusals;
        var reasons = ImmutableArray.CreateBuilder<Reason>();
        var counted = ImmutableArray.CreateBuilder<RefusalRecord>();
        var running = new List<RefusalRecord>();
        (DateOnly Start, DateOnly Until, ImmutableArray<RefusalRecord> Trigger)? latestSanction = null;
        var bandAReview = false;

        foreach (var refusal in refusals.Where(r => r.RefusedOn <= asOf).OrderBy(r => r.RefusedOn))
        {
            var facts = new[] { new Fact("advert", refusal.Advert.Value), new Fact("refused on", refusal.RefusedOn.ToString("yyyy-MM-dd")), new Fact("kind", refusal.Kind.ToString()) };

            if (refusal.StatutorilyHomeless && refusal.Kind != RefusalKind.DeclinedFormalOffer)
            {
                reasons.Add(new Reason("DHC.Refusals.HomelessOnlyFormalOffer", Citation.Devon("62.1"),
                    "As you were accepted as statutorily homeless, only refusing a formal offer counts as a refusal; this did not.").With(facts));
                continue;
            }

            if (refusal.IncorrectlyAdvertised)
            {
                reasons.Add(new Reason("DHC.Refusals.IncorrectlyAdvertised", Citation.Devon("62.7"),
                    "The home was advertised with incorrect details, so this refusal does not count.").With(facts));
                continue;
            }

            if (refusal.BandAtRefusal == Band.A && !refusal.BandAReviewCompleted)
            {
                bandAReview = true;
                reasons.Add(new Reason("DHC.Refusals.BandAReview", Citation.Devon("62.5"),
                    "You were in Band A when you refused this home, so your Band A status will be reviewed and you may be placed in another band.").With(facts));
            }

            if (refusal.HomeConsideredReasonable is not { } reasonable)
            {
                reasons.Add(new Reason("DHC.Refusals.AwaitingReasonableness", Citation.Devon("62.6"),
                    "Your managing authority has not yet decided whether this home was reasonable for you, so the refusal does not count yet.").With(facts));
                continue;
            }

            var assessed = facts.Append(new Fact("assessed by", $"{reasonable.AssessedBy.Name} ({reasonable.AssessedBy.Role}), {reasonable.AssessedOn:yyyy-MM-dd}")).ToArray();
            if (!reasonable.Value)
            {
                reasons.Add(new Reason("DHC.Refusals.HomeNotReasonable", Citation.Devon("62.6"),
                    "Your managing authority decided this home was not reasonable for you, so the refusal does not count.").With(assessed));
                continue;
            }

            counted.Add(refusal);
            running.Add(refusal);
            if (settings.CountingWindowMonths is { } window)
            {
                running.RemoveAll(r => r.RefusedOn < refusal.RefusedOn.AddMonths(-window));
            }

            reasons.Add(new Reason("DHC.Refusals.Counted", Citation.Devon("62.6"),
                $"You refused a home your managing authority considers reasonable. This is refusal {running.Count} of {settings.RefusalsForSanction}.").With(assessed));

            if (running.Count >= settings.RefusalsForSanction)
            {
                latestSanction = (refusal.RefusedOn, refusal.RefusedOn.AddMonths(settings.SanctionMonths), [.. running]);
                if (settings.ResetCountAfterSanction)
                {
                    running.Clear();
                }
            }
        }

        Sanction? sanction = null;
        if (latestSanction is { } s && asOf < s.Until)
        {
            var explanation = new Reason("DHC.Refusals.ThreeReasonableRefusals", Citation.Devon("62.6"),
                $"You refused {settings.RefusalsForSanction} homes your managing authority considers reasonable, so your priority is reduced to No housing need (Band E), or your application is removed where your authority does not register households with no housing need, for {settings.SanctionMonths} months, until {s.Until:d MMMM yyyy}.")
                .With(
                    new Fact("refusals", string.Join(", ", s.Trigger.Select(r => $"{r.Advert.Value} on {r.RefusedOn:yyyy-MM-dd}"))),
                    new Fact("sanction", $"{s.Start:yyyy-MM-dd} to {s.Until:yyyy-MM-dd}"));
            reasons.Add(explanation);
            sanction = new Sanction(BandReason.E_ThreeReasonableRefusals, [explanation])
            {
                Until = s.Until,
                WhatWouldChangeIt = $"The sanction ends on {s.Until:d MMMM yyyy}; your authority can review it if a refusal was linked to a vulnerability.",
            };
        }

        // Homeless refusals of formal offers (001 §62.3, §64.8-64.9).
        var discharged = false;
        var awaiting = false;
        var latestHomeless = refusals
            .Where(r => r.RefusedOn <= asOf && r.StatutorilyHomeless && r.Kind == RefusalKind.DeclinedFormalOffer)
            .OrderBy(r => r.RefusedOn)
            .LastOrDefault();
        if (latestHomeless is not null)
        {
            var facts = new[] { new Fact("advert", latestHomeless.Advert.Value), new Fact("refused on", latestHomeless.RefusedOn.ToString("yyyy-MM-dd")) };
            if (latestHomeless.HomelessRefusalReasonable is not { } decision)
            {
                awaiting = true;
                reasons.Add(new Reason("DHC.Refusals.HomelessAwaitingDecision", Citation.Devon("62.3"),
                    "You refused a formal offer; your managing authority will decide, within 24 hours, whether the refusal was reasonable.").With(facts));
            }
            else if (!decision.Value && latestHomeless.ReviewFoundRefusalReasonable is not { Value: true })
            {
                discharged = true;
                reasons.Add(new Reason("DHC.Refusals.HomelessDutyDischarged", Citation.Devon("64.8"),
                    "Your managing authority decided your refusal of a reasonable offer was unreasonable, so its homeless duty is discharged and your application is placed in Band D; it stays there during any review unless the review finds the refusal reasonable.")
                    .With(facts).With(new Fact("decided by", $"{decision.AssessedBy.Name} ({decision.AssessedBy.Role}), {decision.AssessedOn:yyyy-MM-dd}"), new Fact("band reason", BandReason.D_HomelessDutyDischarged.ToString())));
            }
            else
            {
                reasons.Add(new Reason("DHC.Refusals.HomelessRefusalReasonable", Citation.Devon(decision.Value ? "62.3" : "64.9"),
                    "Your refusal of the formal offer was found reasonable, so the homeless duty continues.").With(facts));
            }
        }

        if (reasons.Count == 0)
        {
            reasons.Add(new Reason("DHC.Refusals.None", Citation.Devon("62.1"), "You have not refused any homes."));
        }

        return new RefusalDecision
        {
            Counted = counted.ToImmutable(),
            Sanction = sanction,
            BandAReviewRequired = bandAReview,
            HomelessDutyDischarged = discharged,
            AwaitingHomelessRefusalDecision = awaiting,
            Reasons = reasons.ToImmutable(),
        };
    }
}
