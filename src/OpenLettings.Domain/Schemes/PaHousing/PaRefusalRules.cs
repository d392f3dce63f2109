using OpenLettings.Domain.Explanations;

namespace OpenLettings.Domain.Schemes.PaHousing;

/// <summary>
/// Refusal sanctions: an unreasonable refusal of a suitable home bid for through choice based lettings counts
/// towards a 6-month suspension, applied at the first such refusal in London and the South East and the
/// third in the Midlands. Nominees' refusals are for their local authority to act on.
/// </summary>
/// <remarks>004 §4.10.</remarks>
public static class PaRefusalRules
{
    /// <summary>Counts refusals in date order and finds any suspension in force on <paramref name="asOf"/>.</summary>
    public static PaRefusalDecision Assess(PaHousingApplication app, SubRegion region, PaHousingOptions options, DateOnly asOf)
    {
        var reasons = new List<Reason>();
        if (app.Route == PaRoute.LocalAuthorityNomination)
        {
            if (!app.Refusals.IsDefaultOrEmpty)
            {
                reasons.Add(Pa.Reason("Refusal.Nominee", "4.10",
                    $"As a nominee, please seek advice from {app.LocalAuthority} about what a refusal means for future help; if it enforces the offer you have no more than {options.NomineeReconsiderationDays} days to reconsider."));
            }

            return new PaRefusalDecision(0, null, [.. reasons]);
        }

        var threshold = options.For(region).RefusalsBeforeSuspension;
        var count = 0;
        PaSuspension? last = null;
        foreach (var refusal in app.Refusals.Where(r => r.RefusedOn <= asOf).OrderBy(r => r.RefusedOn))
        {
            var advert = Pa.Fact("advert", refusal.Advert);
            if (last is not null && refusal.RefusedOn < last.Until)
            {
                continue;
            }

            if (!refusal.BidThroughChoiceBasedLettings)
            {
                reasons.Add(Pa.Reason("Refusal.NotBidFor", "4.10", $"Your refusal on {refusal.RefusedOn:d MMMM yyyy} was of a home you had not bid for, so it does not count.", advert));
                continue;
            }

            if (refusal.JudgedReasonable is not { } judged)
            {
                reasons.Add(Pa.Reason("Refusal.AwaitingDecision", "4.10", $"The Lettings Manager has not yet decided whether your refusal on {refusal.RefusedOn:d MMMM yyyy} was reasonable, so it does not count yet.", advert));
                continue;
            }

            if (judged.Value)
            {
                reasons.Add(Pa.Reason("Refusal.Reasonable", "4.10", $"Your refusal on {refusal.RefusedOn:d MMMM yyyy} was judged reasonable, so no sanction applies.", advert).With(Pa.By(judged)));
                continue;
            }

            count++;
            if (count < threshold)
            {
                reasons.Add(Pa.Reason("Refusal.Counted", "4.10",
                    $"Your refusal on {refusal.RefusedOn:d MMMM yyyy} of a suitable home you bid for was judged unreasonable: {count} of the {threshold} allowed in {Pa.Region(region)} before your application is suspended.",
                    advert, Pa.Fact("unreasonable refusals", count), Pa.Fact("allowed before suspension", threshold)).With(Pa.By(judged)));
                continue;
            }

            var until = refusal.RefusedOn.AddMonths(options.RefusalSuspensionMonths);
            last = new PaSuspension(refusal.RefusedOn, until, Pa.Reason("Refusal.Suspended", "4.10",
                threshold == 1
                    ? $"In {Pa.Region(region)} only one reasonable offer is made; you refused a suitable home you bid for on {refusal.RefusedOn:d MMMM yyyy}, so your application is suspended for {options.RefusalSuspensionMonths} months, until {until:d MMMM yyyy}."
                    : $"You have refused {threshold} suitable homes you bid for in {Pa.Region(region)}, the last on {refusal.RefusedOn:d MMMM yyyy}, so your application is suspended for {options.RefusalSuspensionMonths} months, until {until:d MMMM yyyy}.",
                advert, Pa.Fact("unreasonable refusals", count), Pa.Fact("suspended until", until)).With(Pa.By(judged)));
            reasons.Add(last.Reason);
            count = 0;
        }

        var active = last is not null && asOf < last.Until ? last : null;
        return new PaRefusalDecision(count, active, [.. reasons]);
    }
}
