using System.Text.Json;
using OpenLettings.Infrastructure.Persistence.Entities;

namespace OpenLettings.Infrastructure.Register.Applications;

/// <summary>A person on an application as given by the caller: their name (kept out of the engine's facts) and NI number.</summary>
/// <param name="MemberKey">The member's id in the facts (<c>household.members[].id</c>).</param>
/// <param name="FullName">Full name.</param>
/// <param name="NationalInsuranceNumber">UK National Insurance number, if known.</param>
public sealed record HouseholdPerson(string MemberKey, string FullName, string? NationalInsuranceNumber = null);

/// <summary>A person on an application for <c>PUT /household</c>: name and NI number plus the engine's member data.</summary>
/// <param name="MemberKey">The member's id; it becomes <c>household.members[].id</c> in the facts.</param>
/// <param name="FullName">Full name.</param>
/// <param name="Facts">The scheme's member object (role, dateOfBirth, sex, partnerId, ...); its <c>id</c> is set from <paramref name="MemberKey"/>.</param>
/// <param name="NationalInsuranceNumber">UK National Insurance number, if known.</param>
public sealed record HouseholdMemberInput(string MemberKey, string FullName, JsonElement Facts, string? NationalInsuranceNumber = null);

/// <summary>A person on an application as the register returns them.</summary>
public sealed record HouseholdMemberView(
    string MemberKey,
    string FullName,
    HouseholdRole Role,
    DateOnly? DateOfBirth,
    DateOnly? DueDate,
    string? NationalInsuranceNumber);

/// <summary>The current decisions on an application (those not superseded).</summary>
/// <param name="Eligible">Eligible for an allocation (001 §5-§7), or null before any assessment.</param>
/// <param name="Qualifies">A qualifying person (001 §8-§9), or null before any assessment.</param>
/// <param name="BedroomsNeeded">The bedroom need (001 §14).</param>
/// <param name="Band">The scheme's band code.</param>
/// <param name="BandStartAt">The band start date and time, UK local (001 §43).</param>
/// <param name="BandOverridden">The band decision is an officer's override.</param>
/// <param name="AsOf">The date the current decisions were assessed as of.</param>
/// <param name="DecidedAt">When the current band decision was made.</param>
/// <param name="BandDecisionId">The current band decision.</param>
public sealed record DecisionSummary(
    bool? Eligible,
    bool? Qualifies,
    int? BedroomsNeeded,
    string? Band,
    DateTime? BandStartAt,
    bool BandOverridden,
    DateOnly? AsOf,
    DateTimeOffset? DecidedAt,
    Guid? BandDecisionId)
{
    public static DecisionSummary None { get; } = new(null, null, null, null, null, false, null, null, null);
}

/// <summary>An application: its facts (the scheme's application contract), household, status, current decisions and version.</summary>
public sealed record ApplicationView(
    Guid Id,
    string Reference,
    ApplicationStatus Status,
    string ManagingAuthority,
    string? ApplicantUserId,
    bool BiddingSuspended,
    bool Autobid,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset StatusChangedAt,
    long Version,
    JsonElement Application,
    IReadOnlyList<HouseholdMemberView> Household,
    DecisionSummary Decisions);

/// <summary>One line of an application list.</summary>
public sealed record ApplicationSummary(
    Guid Id,
    string Reference,
    ApplicationStatus Status,
    string ManagingAuthority,
    string? Band,
    DateTime? BandStartAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SubmittedAt,
    long Version);

/// <summary>A page of a list: <see cref="NextOffset"/> is null on the last page.</summary>
public sealed record ResultPage<T>(IReadOnlyList<T> Items, int Offset, int Limit, int? NextOffset);

/// <summary>A reason the scheme gave: its rule, the policy section it comes from, and a plain-English sentence.</summary>
public sealed record ReasonView(string RuleId, string Citation, string Text);

/// <summary>The outcome of an assessment or override, explainable to the applicant.</summary>
/// <param name="ApplicationId">The application.</param>
/// <param name="Reference">Its reference.</param>
/// <param name="Status">The application's status after the decision.</param>
/// <param name="Version">The application's version after the decision.</param>
/// <param name="Eligible">Eligible for an allocation.</param>
/// <param name="Qualifies">A qualifying person.</param>
/// <param name="MayBid">On the register and able to bid.</param>
/// <param name="BedroomsNeeded">The bedroom need.</param>
/// <param name="Band">The band.</param>
/// <param name="BandStartAt">The band start date (UK local).</param>
/// <param name="IsOverride">The band is an officer's override.</param>
/// <param name="AsOf">The date assessed as of.</param>
/// <param name="DecidedAt">When.</param>
/// <param name="Reasons">The headline reasons (eligibility, qualification, band), each cited.</param>
public sealed record DecisionOutcome(
    Guid ApplicationId,
    string Reference,
    ApplicationStatus Status,
    long Version,
    bool? Eligible,
    bool? Qualifies,
    bool? MayBid,
    int? BedroomsNeeded,
    string? Band,
    DateTime? BandStartAt,
    bool IsOverride,
    DateOnly AsOf,
    DateTimeOffset DecidedAt,
    IReadOnlyList<ReasonView> Reasons);

/// <summary>One stored decision.</summary>
public sealed record DecisionView(
    Guid Id,
    DecisionKind Kind,
    bool? Favourable,
    string? Band,
    DateTime? BandStartAt,
    int? BedroomsNeeded,
    DateOnly AsOf,
    DateTimeOffset DecidedAt,
    string DecidedByUserId,
    bool IsOverride,
    string? OverrideReason,
    DateTimeOffset? SupersededAt,
    JsonElement? Explanation);

/// <summary>A note on an application.</summary>
public sealed record NoteView(Guid Id, string Text, string AuthorUserId, Guid? AuthorOrganisationId, DateTimeOffset CreatedAt);

/// <summary>An alert on an application (001 §61.7).</summary>
public sealed record AlertView(Guid Id, AlertKind Kind, string Text, string AuthorUserId, DateTimeOffset CreatedAt, DateTimeOffset? RemovedAt, long Version);

/// <summary>A review of a decision on an application (001 §77).</summary>
/// <param name="Id">The review.</param>
/// <param name="ApplicationId">The application.</param>
/// <param name="Subject">What is reviewed.</param>
/// <param name="Status">Requested, inProgress (acknowledged), upheld (the decision stands), overturned or withdrawn.</param>
/// <param name="DecisionId">The stored decision under review, for eligibility, qualification, bedroom need and band.</param>
/// <param name="Grounds">The section of the policy the applicant says was applied incorrectly (001 §77.3).</param>
/// <param name="RequestedByUserId">Who asked: the applicant, or the officer who recorded a written request.</param>
/// <param name="RequestedAt">When it was asked for.</param>
/// <param name="AcknowledgeBy">When it must be acknowledged by (001 §77.7: 7 days).</param>
/// <param name="AcknowledgedAt">When it was acknowledged.</param>
/// <param name="DueBy">When it must be decided by (001 §77.7: 56 days).</param>
/// <param name="Overdue">Still pending after <paramref name="DueBy"/>.</param>
/// <param name="SuspendsBidding">Pending, and the household may not bid until it is decided (001 §77.8).</param>
/// <param name="Outcome">The reasons for the outcome, as the applicant is told them.</param>
/// <param name="DecidedByUserId">The reviewing officer.</param>
/// <param name="DecidedAt">When it was decided or withdrawn.</param>
/// <param name="NextSteps">After a decision: where the applicant may go next (001 §77.9).</param>
/// <param name="Citation">The scheme's rules for reviews.</param>
/// <param name="Version">For optimistic concurrency.</param>
public sealed record ReviewView(
    Guid Id,
    Guid ApplicationId,
    ReviewSubject Subject,
    ReviewStatus Status,
    Guid? DecisionId,
    string Grounds,
    string? RequestedByUserId,
    DateTimeOffset RequestedAt,
    DateTimeOffset AcknowledgeBy,
    DateTimeOffset? AcknowledgedAt,
    DateTimeOffset DueBy,
    bool Overdue,
    bool SuspendsBidding,
    string? Outcome,
    string? DecidedByUserId,
    DateTimeOffset? DecidedAt,
    string? NextSteps,
    string Citation,
    long Version);
