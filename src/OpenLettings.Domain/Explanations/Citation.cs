namespace OpenLettings.Domain.Explanations;

/// <summary>
/// Where a rule comes from: a seed document (by its number, e.g. <c>001</c>) and a section as printed
/// in it (e.g. <c>43.6</c>, <c>Appendix 1</c>). Rendered as <c>001 §43.6</c>.
/// </summary>
public readonly record struct Citation(string Seed, string Section)
{
    /// <summary>A section of the Devon Home Choice Procedures Manual (seed 001).</summary>
    public static Citation Devon(string section) => new("001", section);

    /// <inheritdoc />
    public override string ToString() => Section.StartsWith("Appendix", StringComparison.Ordinal) || Section.StartsWith("Table", StringComparison.Ordinal)
        ? $"{Seed} {Section}"
        : $"{Seed} §{Section}";
}
