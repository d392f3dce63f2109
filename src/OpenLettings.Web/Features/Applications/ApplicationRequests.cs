using System.Text.Json;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Infrastructure.Register.Applications;
using OpenLettings.Infrastructure.Register.Homes;
using OpenLettings.Web.Api;

namespace OpenLettings.Web.Features.Applications;

/// <summary>
/// <c>POST /applications</c>: the council (organisation code), the scheme's application contract (its <c>id</c> and
/// <c>managingAuthority</c> may be left out: the register sets them), and each member's name and NI number.
/// </summary>
public sealed record CreateApplicationRequest(string Authority, JsonElement Application, IReadOnlyList<HouseholdPerson> Household);

/// <summary><c>PUT /applications/{id}</c>: the whole facts document, the version read, and why (recorded with the snapshot).</summary>
public sealed record UpdateApplicationRequest(JsonElement Application, long? Version = null, string? Reason = null);

/// <summary><c>PUT /applications/{id}/household</c>: every member (name, NI number, the scheme's member facts), the version read, and why.</summary>
public sealed record ReplaceHouseholdRequest(IReadOnlyList<HouseholdMemberInput> Members, long? Version = null, string? Reason = null);

/// <summary><c>POST /applications/{id}/decisions/override</c>: the band and/or band start date (UK local) and why (at least 10 characters).</summary>
public sealed record OverrideDecisionRequest(long? Version = null, string? Band = null, DateTime? BandStartAt = null, string? Reason = null);

/// <summary><c>POST /applications/{id}/notes</c>.</summary>
public sealed record AddNoteRequest(string? Text = null);

/// <summary><c>POST /applications/{id}/alerts</c> (001 §61.7).</summary>
public sealed record AddAlertRequest(AlertKind Kind, string? Text = null);

/// <summary>Query parameters shared by the lists.</summary>
internal static class ListQuery
{
    /// <summary>Checks <c>limit</c> (1-500, default 50) and <c>offset</c> (0 or more).</summary>
    public static (int Offset, int Limit) Paging(int? offset, int? limit)
    {
        var (size, skip) = HomesAccess.Page(limit, offset);
        return (skip, size);
    }

    /// <summary>An application status by its camelCase name (<c>active</c>, <c>pendingEnquiries</c>, ...), or null for none.</summary>
    public static ApplicationStatus? Status(string? value) => QueryValues.Enum<ApplicationStatus>(value, "status");
}

/// <summary><c>POST /applications/{id}/reviews</c> (001 §77): what to review, the decision (default: the one in force) and the grounds.</summary>
public sealed record RequestReviewRequest(ReviewSubject? Subject = null, Guid? DecisionId = null, string? Grounds = null);

/// <summary><c>POST /applications/{id}/reviews/{reviewId}/decide</c> (001 §77.7): upheld or overturned, with reasons.</summary>
public sealed record DecideReviewRequest(ReviewStatus? Outcome = null, string? Reasons = null, long? Version = null);
