using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OpenLettings.Infrastructure.Register.Events;

/// <summary>
/// The <c>OpenLettings-Signature</c> header of a webhook delivery: <c>t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256&gt;</c>
/// of <c>"&lt;t&gt;.&lt;body&gt;"</c> keyed with the subscription's secret. A receiver recomputes it over the raw body,
/// compares in constant time, and rejects an old <c>t</c> to stop replays.
/// </summary>
public static class WebhookSignature
{
    public const string EventIdHeader = "OpenLettings-Event-Id";
    public const string EventTypeHeader = "OpenLettings-Event-Type";
    public const string SignatureHeader = "OpenLettings-Signature";

    /// <summary>A new secret for a subscription (<c>whsec_</c> + 32 random bytes, base64url).</summary>
    public static string NewSecret() =>
        "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The header value for <paramref name="body"/> signed at <paramref name="at"/>.</summary>
    public static string Sign(string secret, DateTimeOffset at, string body)
    {
        var t = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"t={t},v1={Hmac(secret, t, body)}";
    }

    /// <summary>Whether <paramref name="header"/> is a valid signature of <paramref name="body"/> with <paramref name="secret"/>.</summary>
    public static bool Verify(string secret, string header, string body)
    {
        ArgumentNullException.ThrowIfNull(header);
        var parts = header.Split(',').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        if (!parts.TryGetValue("t", out var t) || !parts.TryGetValue("v1", out var v1))
        {
            return false;
        }
        var expected = Encoding.ASCII.GetBytes(Hmac(secret, t, body));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(v1));
    }

    private static string Hmac(string secret, string t, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{body}")));
}
