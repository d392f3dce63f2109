using Microsoft.AspNetCore.Identity;

namespace OpenLettings.Infrastructure.Persistence.Entities;

/// <summary>
/// A person or partner system that signs in (ASP.NET Core Identity). What they may do comes from their
/// <see cref="OrganisationMembership"/> rows, never from the user record itself.
/// </summary>
public sealed class RegisterUser : IdentityUser
{
    /// <summary>The name shown to other users and written to the audit log next to the user id.</summary>
    public string DisplayName { get; set; } = "";
}

/// <summary>
/// A key a partner system (a landlord's housing management system, a council's homelessness system) presents as
/// <c>Authorization: Bearer olk_…</c> or <c>X-Api-Key</c>. Only a SHA-256 hash of the secret is stored.
/// </summary>
public sealed class ApiKey
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The user the key acts as; its memberships decide what the key may do.</summary>
    public required string UserId { get; set; }

    /// <summary>What the key is for, e.g. "Exeter housing management system".</summary>
    public required string Name { get; set; }

    /// <summary>The first characters of the key, shown in lists so a key can be recognised without revealing it.</summary>
    public required string Prefix { get; set; }

    /// <summary>SHA-256 of the whole key, lower-case hex.</summary>
    public required string SecretHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}

/// <summary>
/// A named lease for a background job (for example closing one letting cycle): the node holding an unexpired
/// lease is the only one doing that job. Safe on both databases and across several web nodes.
/// </summary>
public sealed class JobLease : VersionedEntity
{
    /// <summary>The job's name, e.g. <c>cycle-close:{cycleId}</c>.</summary>
    public required string Name { get; set; }

    /// <summary>The node and run holding the lease.</summary>
    public required string Holder { get; set; }

    public DateTimeOffset AcquiredAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}

/// <summary>
/// A partner system's webhook: every event on the feed that the organisation may see is POSTed, in order and at
/// least once, signed with HMAC-SHA256 of the body using <see cref="Secret"/>.
/// </summary>
public sealed class WebhookSubscription : VersionedEntity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The subscribing organisation: it receives the events it could read from the feed.</summary>
    public Guid OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public required string Url { get; set; }

    /// <summary>The shared secret used to sign each delivery.</summary>
    public required string Secret { get; set; }

    /// <summary>Comma-separated event types to deliver; empty for all.</summary>
    public string EventTypes { get; set; } = "";

    public bool Active { get; set; } = true;

    /// <summary>The outbox position of the last event delivered (acknowledged with a 2xx).</summary>
    public long Cursor { get; set; }

    /// <summary>Consecutive failed attempts at the next event.</summary>
    public int FailedAttempts { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedByUserId { get; set; }
}
