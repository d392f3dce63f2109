using System.Globalization;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Explanations;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Eligibility;

/// <summary>Small helpers for building the reasons of this area's rules.</summary>
internal static class Explain
{
    public static Reason Because(string ruleId, string section, string text, params Fact[] facts) =>
        new Reason(ruleId, Citation.Devon(section), text).With(facts);

    public static string D(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Fact Assessed<T>(string name, AssessedFact<T> fact) =>
        new(name, $"{fact.Value} (assessed by {fact.AssessedBy.Name}, {fact.AssessedBy.Role}, on {Iso(fact.AssessedOn)}"
            + (fact.EvidenceReference is { } evidence ? $", evidence {evidence})" : ")"));
}
