using OpenLettings.Domain.Explanations;

namespace OpenLettings.Domain.Schemes.Chesterfield;

/// <summary>
/// Citations into seed 003 (Chesterfield Cabinet, 23 October 2018). The Home-Options Policy is the report's
/// Appendix B and is cited by its own part and sub-section (<c>003 Appendix B 5(viii)(c)</c>); the Cabinet
/// report by paragraph (<c>003 §3.14</c>); the consultation's change table as Appendix A.
/// </summary>
public static class ChesterfieldCitations
{
    /// <summary>The seed number.</summary>
    public const string Seed = "003";

    /// <summary>A section of the Home-Options Policy (Appendix B), e.g. <c>5(viii)(c)</c>.</summary>
    public static Citation Policy(string section) => new(Seed, "Appendix B " + section);

    /// <summary>A paragraph of the Cabinet report, e.g. <c>3.14</c> (Chesterfield's local differences).</summary>
    public static Citation CabinetReport(string paragraph) => new(Seed, paragraph);

    /// <summary>The "Summary of Proposed Changes" table in the consultation pack (Appendix A).</summary>
    public static Citation SummaryOfChanges(string row) => new(Seed, "Appendix A Summary of Proposed Changes, " + row);
}
