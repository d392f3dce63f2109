using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace OpenLettings.Infrastructure.Audit;

/// <summary>
/// The canonical serialisation and hash of an audit entry. The canonical form is compact JSON with the
/// properties in this fixed order: <c>v</c> (format, 1), <c>seq</c>, <c>at</c> (UTC,
/// <c>yyyy-MM-ddTHH:mm:ss.ffffffZ</c>), <c>actor</c>, <c>org</c> (lower-case GUID or null), <c>entityType</c>,
/// <c>entityId</c>, <c>action</c>, <c>before</c> and <c>after</c> (the stored JSON text as a string, or null),
/// <c>reason</c>, <c>prev</c>. The hash is SHA-256 over its UTF-8 bytes, as lower-case hex. Anyone with a copy
/// of the table can recompute it (docs/operations.md).
/// </summary>
public static class AuditHash
{
    /// <summary>The previous hash of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>Computes the hash of an entry from its fields (its own <see cref="AuditEntry.Hash"/> is ignored).</summary>
    public static string Compute(AuditEntry entry) => Convert.ToHexStringLower(SHA256.HashData(Canonical(entry)));

    /// <summary>The canonical UTF-8 bytes that are hashed.</summary>
    public static byte[] Canonical(AuditEntry entry)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteNumber("v", 1);
            w.WriteNumber("seq", entry.Sequence);
            w.WriteString("at", entry.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
            w.WriteString("actor", entry.ActorId);
            if (entry.OrganisationId is { } org)
            {
                w.WriteString("org", org.ToString("D"));
            }
            else
            {
                w.WriteNull("org");
            }
            w.WriteString("entityType", entry.EntityType);
            w.WriteString("entityId", entry.EntityId);
            w.WriteString("action", entry.Action);
            w.WriteString("before", entry.BeforeJson);
            w.WriteString("after", entry.AfterJson);
            w.WriteString("reason", entry.Reason);
            w.WriteString("prev", entry.PreviousHash);
            w.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>An instant as stored: UTC, truncated to whole microseconds (PostgreSQL's precision).</summary>
    public static DateTimeOffset Normalise(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % 10), TimeSpan.Zero);
    }
}
