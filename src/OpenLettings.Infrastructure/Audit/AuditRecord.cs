namespace OpenLettings.Infrastructure.Audit;

/// <summary>What to write to the audit log: one decision or state change.</summary>
/// <param name="ActorId">The user or system that acted.</param>
/// <param name="OrganisationId">The organisation the actor acted for, if any.</param>
/// <param name="EntityType">The kind of entity changed (e.g. <c>Application</c>).</param>
/// <param name="EntityId">The entity's id.</param>
/// <param name="Action">What was done (e.g. <c>band.awarded</c>).</param>
/// <param name="BeforeJson">The entity (or the changed part) before, as JSON; null when created.</param>
/// <param name="AfterJson">The entity (or the changed part) after, as JSON; null when removed.</param>
/// <param name="Reason">Why: the reason given or the rule applied.</param>
public sealed record AuditRecord(
    string ActorId,
    Guid? OrganisationId,
    string EntityType,
    string EntityId,
    string Action,
    string? BeforeJson,
    string? AfterJson,
    string Reason);
