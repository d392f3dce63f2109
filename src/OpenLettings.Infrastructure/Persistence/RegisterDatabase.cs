using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace OpenLettings.Infrastructure.Persistence;

/// <summary>
/// Opens the register on SQLite or PostgreSQL from a provider name and a connection string, and applies the
/// provider's migrations. Each provider has its own migrations assembly (<c>OpenLettings.Migrations.Sqlite</c>,
/// <c>OpenLettings.Migrations.Postgres</c>), as bitwarden/server keeps one per database; the host (web, CLI,
/// tests) references both so that either can be chosen by configuration.
/// </summary>
public static class RegisterDatabase
{
    /// <summary>The assembly that holds the SQLite migrations.</summary>
    public const string SqliteMigrationsAssembly = "OpenLettings.Migrations.Sqlite";

    /// <summary>The assembly that holds the PostgreSQL migrations.</summary>
    public const string PostgresMigrationsAssembly = "OpenLettings.Migrations.Postgres";

    /// <summary>
    /// Reads a provider name: <c>sqlite</c>, or <c>postgres</c> / <c>postgresql</c> / <c>npgsql</c> (any case).
    /// </summary>
    /// <exception cref="ArgumentException">Any other name; the message lists the names allowed.</exception>
    public static DatabaseProvider ParseProvider(string name) => name?.Trim().ToUpperInvariant() switch
    {
        "SQLITE" => DatabaseProvider.Sqlite,
        "POSTGRES" or "POSTGRESQL" or "NPGSQL" => DatabaseProvider.Postgres,
        _ => throw new ArgumentException(
            $"Unknown database provider '{name}'. Use 'sqlite' (the embedded default) or 'postgres'.", nameof(name)),
    };

    /// <summary>Configures an options builder (for <c>AddDbContext</c> in a host) for the provider.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly)),
            DatabaseProvider.Postgres => builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly)),
        };
    }

    /// <summary>Context options for the provider.</summary>
    public static DbContextOptions<RegisterDbContext> Options(DatabaseProvider provider, string connectionString)
    {
        var builder = new DbContextOptionsBuilder<RegisterDbContext>();
        Configure(builder, provider, connectionString);
        return builder.Options;
    }

    /// <summary>Opens a context (no migration). The caller disposes it.</summary>
    public static RegisterDbContext Open(DatabaseProvider provider, string connectionString) => new(Options(provider, connectionString));

    /// <summary>Opens a context from a provider name (see <see cref="ParseProvider"/>). The caller disposes it.</summary>
    public static RegisterDbContext Open(string providerName, string connectionString) => Open(ParseProvider(providerName), connectionString);

    /// <summary>
    /// Creates the database if needed and applies every pending migration of the provider. Safe to call from
    /// several nodes at once: on PostgreSQL a session-level advisory lock (<see cref="MigrationLockKey"/>) is held for
    /// the whole run, on SQLite EF Core's migration lock. On a SQLite file it also turns on
    /// write-ahead logging, so that readers do not wait for the writer.
    /// </summary>
    /// <exception cref="InvalidOperationException">The provider's migrations assembly is not loadable (the host does not reference it).</exception>
    public static async Task MigrateAsync(DatabaseProvider provider, string connectionString, CancellationToken cancellationToken = default)
    {
        await using var db = Open(provider, connectionString);
        await MigrateAsync(db, cancellationToken);
    }

    /// <summary>Applies every pending migration to an open context (see the other overload).</summary>
    public static async Task MigrateAsync(RegisterDbContext db, CancellationToken cancellationToken = default)
    {
        var assemblyName = db.Provider == DatabaseProvider.Sqlite ? SqliteMigrationsAssembly : PostgresMigrationsAssembly;
        try
        {
            Assembly.Load(assemblyName);
        }
        catch (Exception ex) when (ex is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            throw new InvalidOperationException(
                $"The {db.Provider} migrations are in '{assemblyName}', which this program does not reference. Add a project reference to it.", ex);
        }

        if (db.Provider == DatabaseProvider.Postgres)
        {
            await MigratePostgresUnderLockAsync(db, cancellationToken);
        }
        else
        {
            // EF Core's SQLite migration lock (a lock table) covers the whole run.
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (db.Provider == DatabaseProvider.Sqlite && !IsInMemorySqlite(db.Database.GetConnectionString()))
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    /// <summary>Opens a context from a provider name and applies the migrations. The caller disposes it.</summary>
    public static async Task<RegisterDbContext> OpenAndMigrateAsync(string providerName, string connectionString, CancellationToken cancellationToken = default)
    {
        var db = Open(providerName, connectionString);
        try
        {
            await MigrateAsync(db, cancellationToken);
            return db;
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    /// <summary>The PostgreSQL advisory lock key that serialises migrations across nodes ("OLMIGRT" in ASCII).</summary>
    public const long MigrationLockKey = 0x4F4C4D49475254;

    /// <summary>
    /// EF Core's PostgreSQL migration lock lasts one migration's transaction, so two nodes starting together
    /// could both apply a later migration. A session-level advisory lock held on one open connection across the
    /// whole run makes the second node wait, then find nothing pending.
    /// </summary>
    private static async Task MigratePostgresUnderLockAsync(RegisterDbContext db, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            try
            {
                await creator.CreateAsync(cancellationToken);
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
                // Another node created it first.
            }
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken);
            try
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static bool IsInMemorySqlite(string? connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:";
    }
}
