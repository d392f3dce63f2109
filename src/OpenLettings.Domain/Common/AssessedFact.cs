namespace OpenLettings.Domain.Common;

/// <summary>Who made a judgement: a named person or panel, and their role (e.g. "Senior Officer", "Emergency Band Panel").</summary>
public sealed record Assessor(string Name, string Role);

/// <summary>
/// A criterion that needs an officer's or panel's judgement (a health and wellbeing level, a reasonable
/// refusal, a Band A panel decision). The engine never guesses these: it applies their consequences and
/// cites who decided, when, and on what evidence.
/// </summary>
/// <typeparam name="T">The value decided.</typeparam>
public sealed record AssessedFact<T>(T Value, Assessor AssessedBy, DateOnly AssessedOn)
{
    /// <summary>A reference to the evidence relied on (a document id, a panel reference).</summary>
    public string? EvidenceReference { get; init; }
}
