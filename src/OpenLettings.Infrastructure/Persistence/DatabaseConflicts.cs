using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace OpenLettings.Infrastructure.Persistence;

/// <summary>Errors that mean "another transaction got there first": safe to retry the whole unit of work.</summary>
public static class DatabaseConflicts
{
    /// <summary>A lost race for a lock, a serialisation failure or a deadlock (never a constraint violation).</summary>
    public static bool IsTransient(Exception ex) => ex switch
    {
        DbUpdateConcurrencyException => false,
        DbUpdateException { InnerException: { } inner } => IsTransient(inner),
        InvalidOperationException { InnerException: { } inner } => IsTransient(inner),
        // SQLITE_BUSY (5), SQLITE_LOCKED (6), including BUSY_SNAPSHOT when a read snapshot went stale.
        SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6,
        PostgresException pg => pg.SqlState is PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected
            or PostgresErrorCodes.LockNotAvailable,
        _ => false,
    };

    /// <summary>A unique index refused the row (a duplicate bid, a second letting of one advert).</summary>
    public static bool IsUniqueViolation(Exception ex) => ex switch
    {
        DbUpdateException { InnerException: { } inner } => IsUniqueViolation(inner),
        // SQLITE_CONSTRAINT (19) with extended code SQLITE_CONSTRAINT_UNIQUE (2067) or PRIMARYKEY (1555).
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
