using OpenLettings.Domain.Common;
using OpenLettings.Domain.Explanations;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Shortlisting;

/// <summary>
/// A bypass an officer recorded while working a shortlist, with a catalogued reason and a note (001 §61.9,
/// §61.24: "a note placed on the application to confirm the reason").
/// </summary>
public sealed record RecordedBypass(BidId Bid, BypassReason Reason, string Note, Assessor RecordedBy, DateOnly RecordedOn)
{
    /// <summary>The explanation shown on the shortlist.</summary>
    public Reason Explain() =>
        new Reason($"DHC.Shortlist.Recorded.{Reason}", Reason.Cite(), $"Bypassed: {Reason.Describe()}. {Note}")
            .With(new Fact("code", Reason.Code()), new Fact("recorded by", $"{RecordedBy.Name} ({RecordedBy.Role})"), new Fact("recorded on", RecordedOn.ToString("yyyy-MM-dd")));
}
