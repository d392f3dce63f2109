using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;

namespace OpenLettings.Infrastructure.Register.Access;

/// <summary>Issues and checks partner systems' API keys (<c>olk_</c> + 32 random bytes, base64url). Only a hash is stored.</summary>
public sealed class ApiKeys(RegisterDbContext db, TimeProvider time)
{
    public const string KeyPrefix = "olk_";

    /// <summary>Issues a key for <paramref name="userId"/>; the returned secret is shown once and never stored.</summary>
    public async Task<(ApiKey Key, string Secret)> IssueAsync(string userId, string name, DateTimeOffset? expiresAt = null, CancellationToken cancellationToken = default)
    {
        var secret = KeyPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var key = new ApiKey
        {
            UserId = userId,
            Name = name,
            Prefix = secret[..12],
            SecretHash = Hash(secret),
            CreatedAt = time.GetUtcNow(),
            ExpiresAt = expiresAt,
        };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return (key, secret);
    }

    /// <summary>The user a live key acts as, or null for an unknown, revoked or expired key.</summary>
    public async Task<string?> FindUserAsync(string secret, CancellationToken cancellationToken = default)
    {
        if (!secret.StartsWith(KeyPrefix, StringComparison.Ordinal) || secret.Length > 100)
        {
            return null;
        }
        var hash = Hash(secret);
        var now = time.GetUtcNow();
        return await db.ApiKeys.AsNoTracking()
            .Where(k => k.SecretHash == hash && k.RevokedAt == null && (k.ExpiresAt == null || k.ExpiresAt > now))
            .Select(k => k.UserId)
            .SingleOrDefaultAsync(cancellationToken);
    }

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
