namespace OpenLettings.Infrastructure.Persistence.Entities;

/// <summary>
/// A row that can change after it is written. <see cref="Version"/> is an optimistic concurrency token that
/// <see cref="RegisterDbContext"/> increments on every update; an update whose original version no longer
/// matches the stored one fails with <see cref="Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException"/>,
/// so two officers cannot overwrite each other. It is a plain integer so that it works the same on SQLite and
/// PostgreSQL (no <c>xmin</c>, no <c>rowversion</c>).
/// </summary>
public abstract class VersionedEntity
{
    /// <summary>The row version, starting at 1 and increased by one on each saved update.</summary>
    public long Version { get; set; } = 1;
}
