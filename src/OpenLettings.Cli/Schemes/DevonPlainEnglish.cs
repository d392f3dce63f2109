using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Schemes.DevonHomeChoice;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Bidding;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Eligibility;

namespace OpenLettings.Cli.Schemes;

/// <summary>Renders Devon decisions as plain English for applicants and officers (<c>openlettings explain</c>).</summary>
internal static class DevonPlainEnglish
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    public static string Assessment(DevonAssessment a)
    {
        var text = new StringBuilder();
        text.AppendLine($"Devon Home Choice: application {a.Application}, assessed as of {Date(a.AsOf)} (policy options: {a.OptionsInForce}).");
        text.AppendLine();
        text.AppendLine("Outcome: " + Outcome(a));
        text.AppendLine();

        Section(text, "Eligibility", a.Eligibility.Eligible ? "eligible" : "not eligible", a.Eligibility.Reasons);
        Section(text, "Qualification", a.Qualification.Outcome switch
        {
            QualificationOutcome.Qualifies => "qualifies",
            QualificationOutcome.NotQualifying => "does not qualify",
            QualificationOutcome.PendingEnquiries => "enquiries are being made",
        }, a.Qualification.Reasons);
        Section(text, "Local connection",
            a.LocalConnection.ConnectedToDevon ? "connected to Devon" : a.LocalConnection.Exempt ? "no connection to Devon, but an exception applies" : "no local connection to Devon",
            a.LocalConnection.Reasons);
        Section(text, "Bedroom need",
            $"{a.Bedrooms.BedroomsNeeded} bedroom{(a.Bedrooms.BedroomsNeeded == 1 ? "" : "s")} needed; {a.Bedrooms.CurrentBedrooms} in the current home"
            + (a.Bedrooms.LackingBedrooms > 0 ? $" (lacking {a.Bedrooms.LackingBedrooms})" : a.Bedrooms.SpareBedrooms > 0 ? $" ({a.Bedrooms.SpareBedrooms} spare)" : ""),
            a.Bedrooms.Reasons);
        Section(text, "Finances", a.Finances.Exempt ? "exempt from the financial assessment" : a.Finances.IncomeAboveLimit ? "income above the limit" : "within the limits", a.Finances.Reasons);
        if (!a.Refusals.Reasons.IsEmpty)
        {
            Section(text, "Refusals", $"{a.Refusals.Counted.Length} counted", a.Refusals.Reasons);
        }

        Section(text, "Band", a.Band is { } band ? band.Describe() : a.Banding.Registration.ToString(), a.Banding.Reasons);
        foreach (var scoped in a.Banding.Scoped)
        {
            Section(text, $"For {scoped.Scope.Describe()} only", scoped.Band.Describe(), scoped.Reasons);
        }

        if (!a.Banding.ReviewsDue.IsEmpty)
        {
            text.AppendLine("Reviews due: " + string.Join(", ", a.Banding.ReviewsDue.Select(Date)) + ".");
            text.AppendLine();
        }

        var changes = a.Banding.WhatWouldChangeIt
            .Concat(new[] { a.Eligibility.WhatWouldChangeIt, a.LocalConnection.WhatWouldChangeIt }.OfType<string>())
            .Concat(a.Qualification.Sanctions.Select(s => s.WhatWouldChangeIt).OfType<string>())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (changes.Count > 0)
        {
            text.AppendLine("What would change this:");
            foreach (var change in changes)
            {
                text.AppendLine("  - " + change);
            }

            text.AppendLine();
        }

        text.AppendLine("You can ask for a review of this decision within 21 days of being told it, in writing (001 §77.2).");
        return text.ToString();
    }

    public static string Shortlist(Advert advert, DevonShortlistResult result, DateOnly asOf)
    {
        var p = advert.Property;
        var text = new StringBuilder();
        text.AppendLine($"Shortlist for advert {advert.Id}: {p.Bedrooms}-bedroom {p.Type.ToString().ToLowerInvariant()} in {(string.IsNullOrEmpty(p.Locality) ? p.LocalAuthority.Value : p.Locality)} ({p.Landlord}), built as of {Date(asOf)}.");
        text.AppendLine("Bidders are ordered by band, then band start date, after the advert's preferences and requirements (001 §61.1, §43.1-43.2).");
        text.AppendLine();
        foreach (var entry in result.Shortlist.Entries)
        {
            var status = entry.Considered ? "considered" : "bypassed";
            text.AppendLine($"{entry.Position,3}. Application {entry.Applicant}: {entry.Band.Describe()}, band start date {entry.BandStart.ToString("d MMMM yyyy HH:mm", English)}; {status}.");
            foreach (var part in entry.Key.Parts)
            {
                text.AppendLine($"       {part.Name}: {part.Reason.Text} ({part.Reason.Citation})");
            }

            foreach (var bypass in entry.Bypasses)
            {
                text.AppendLine($"       Bypassed, {bypass.Code}: {bypass.Explanation.Text} ({bypass.Explanation.Citation})");
            }

            foreach (var note in entry.Notes)
            {
                text.AppendLine($"       Note: {note.Text} ({note.Citation})");
            }
        }

        if (result.Shortlist.TopCandidate is { } top)
        {
            text.AppendLine();
            text.AppendLine($"The first applicant to consider is {top.Applicant} (001 §61.9: work down the list, bypassing only for a recorded reason).");
        }
        else
        {
            text.AppendLine();
            text.AppendLine("No bidder can be considered: the landlord decides how to let the home (001 §54).");
        }

        return text.ToString();
    }

    private static string Outcome(DevonAssessment a) => a.Banding.Registration switch
    {
        RegistrationOutcome.Registered => $"registered in {a.Band?.Describe()}" + (a.BandStartDate is { } start ? $", band start date {start.ToString("d MMMM yyyy HH:mm", English)}." : "."),
        RegistrationOutcome.NotRegistered => "not registered: this council does not register households with no housing need (001 §8.8-8.10, §41.3).",
        RegistrationOutcome.NotEligible => "not eligible to join the register (001 §5-§7).",
        RegistrationOutcome.NotQualifying => "not a qualifying person, so the application cannot be registered (001 §8).",
        RegistrationOutcome.PendingEnquiries => "not decided yet: enquiries are being made (001 §8.15-8.18).",
        RegistrationOutcome.NotYet => $"cannot be registered yet" + (a.Banding.NotBefore is { } notBefore ? $"; from {Date(notBefore)}." : "."),
    };

    private static void Section(StringBuilder text, string heading, string outcome, ImmutableArray<Reason> reasons)
    {
        text.AppendLine($"{heading}: {outcome}.");
        foreach (var reason in reasons)
        {
            text.AppendLine($"  - {reason.Text} ({reason.Citation})");
        }

        text.AppendLine();
    }

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", English);
}
