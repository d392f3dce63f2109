using Microsoft.EntityFrameworkCore;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;

namespace OpenLettings.Infrastructure.Register.Cycles;

/// <summary>
/// Named leases in <see cref="RegisterDbContext.JobLeases"/>: the holder of an unexpired lease is the only node doing
/// that job. A lease is taken by inserting its row, or by taking over a row whose lease has expired (or that the same
/// holder already has) with a conditional update on the row's <c>Version</c>, so of two nodes racing for it exactly one
/// wins, on SQLite and on PostgreSQL alike. Call outside a transaction: each call commits on its own.
/// </summary>
public sealed class JobLeaseStore(RegisterDbContext db, TimeProvider time)
{
    /// <summary>Takes (or renews) the lease for <paramref name="duration"/>; false when another holder has an unexpired one.</summary>
    public async Task<bool> TryAcquireAsync(string name, string holder, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var expires = now + duration;
        var current = await db.JobLeases.AsNoTracking().Where(l => l.Name == name)
            .Select(l => new { l.Holder, l.AcquiredAt, l.ExpiresAt, l.Version })
            .SingleOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            var lease = new JobLease { Name = name, Holder = holder, AcquiredAt = now, ExpiresAt = expires };
            db.JobLeases.Add(lease);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return true;
            }
            catch (DbUpdateException ex) when (DatabaseConflicts.IsUniqueViolation(ex) || DatabaseConflicts.IsTransient(ex))
            {
                return false; // another node inserted it first
            }
            finally
            {
                db.Entry(lease).State = EntityState.Detached;
            }
        }

        if (current.Holder != holder && current.ExpiresAt > now)
        {
            return false;
        }

        try
        {
            var version = current.Version;
            var acquired = current.Holder == holder ? current.AcquiredAt : now;
            var taken = await db.JobLeases
                .Where(l => l.Name == name && l.Version == version)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(l => l.Holder, holder)
                    .SetProperty(l => l.AcquiredAt, acquired)
                    .SetProperty(l => l.ExpiresAt, expires)
                    .SetProperty(l => l.Version, l => l.Version + 1), cancellationToken);
            return taken == 1;
        }
        catch (Exception ex) when (DatabaseConflicts.IsTransient(ex))
        {
            return false;
        }
    }

    /// <summary>Gives the lease up (if <paramref name="holder"/> still holds it) so another node need not wait for it to expire.</summary>
    public async Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        await db.JobLeases
            .Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(s => s
                .SetProperty(l => l.ExpiresAt, now)
                .SetProperty(l => l.Version, l => l.Version + 1), cancellationToken);
    }
}
