using Microsoft.EntityFrameworkCore;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;

namespace OpenLettings.Infrastructure.Register.Events;

/// <summary>
/// Takes and gives back named <see cref="JobLease"/>s with single statements, so that of several nodes racing for
/// one lease exactly one gets it, on SQLite and PostgreSQL alike: an expired (or own) lease is taken over by a
/// conditional UPDATE; a missing one is created by an INSERT that the primary key lets only one node make.
/// </summary>
public static class JobLeaseStore
{
    /// <summary>Takes the lease <paramref name="name"/> for <paramref name="holder"/> until <paramref name="until"/>, or returns false if another holder has it.</summary>
    public static async Task<bool> TryAcquireAsync(RegisterDbContext db, string name, string holder, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        now = now.ToUniversalTime();
        until = until.ToUniversalTime();
        var taken = await db.JobLeases
            .Where(l => l.Name == name && (l.ExpiresAt <= now || l.Holder == holder))
            .ExecuteUpdateAsync(s => s
                .SetProperty(l => l.Holder, holder)
                .SetProperty(l => l.AcquiredAt, now)
                .SetProperty(l => l.ExpiresAt, until)
                .SetProperty(l => l.Version, l => l.Version + 1), cancellationToken);
        if (taken == 1)
        {
            return true;
        }
        if (await db.JobLeases.AnyAsync(l => l.Name == name, cancellationToken))
        {
            return false;
        }
        var lease = new JobLease { Name = name, Holder = holder, AcquiredAt = now, ExpiresAt = until };
        db.JobLeases.Add(lease);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (DatabaseConflicts.IsUniqueViolation(ex) || DatabaseConflicts.IsTransient(ex))
        {
            return false;
        }
        finally
        {
            db.Entry(lease).State = EntityState.Detached;
        }
    }

    /// <summary>Gives the lease back (only if <paramref name="holder"/> still holds it).</summary>
    public static Task ReleaseAsync(RegisterDbContext db, string name, string holder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.JobLeases.Where(l => l.Name == name && l.Holder == holder).ExecuteDeleteAsync(cancellationToken);
    }
}
