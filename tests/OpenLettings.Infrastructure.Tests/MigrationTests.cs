using Microsoft.EntityFrameworkCore;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Tests.Support;

namespace OpenLettings.Infrastructure.Tests;

public sealed class MigrationTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task Migrate_EmptyDatabase_AppliesEveryMigrationOfTheProvider(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();

        var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
        var defined = db.Database.GetMigrations().ToList();

        Assert.NotEmpty(defined);
        Assert.Equal(defined, applied);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Contains(defined, m => m.EndsWith("_InitialRegister", StringComparison.Ordinal));
        Assert.Equal(provider, db.Provider);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Migrations_MatchTheModel_NoPendingModelChanges(DatabaseProvider provider)
    {
        // Fails when someone changes an entity or RegisterDbContext without adding a migration for this provider.
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The {provider} migrations are behind the model: run dotnet ef migrations add for src/OpenLettings.Migrations.{provider}.");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Migrate_RunTwice_IsIdempotent(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seeded = await Seed.RegisterAsync(database);

        await RegisterDatabase.MigrateAsync(provider, database.ConnectionString);

        await using var db = database.NewContext();
        Assert.Equal("DHC-000001", (await db.Applications.SingleAsync(a => a.Id == seeded.ApplicationId)).Reference);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Migrate_ThreeNodesStartTogether_AppliedOnceAndAllSucceed(DatabaseProvider provider)
    {
        // Several web nodes start at once against one empty database: EF Core's migration lock serialises them.
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => RegisterDatabase.MigrateAsync(provider, database.ConnectionString))));

        await using var db = database.NewContext();
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var seeded = await Seed.RegisterAsync(database);
        Assert.NotEqual(Guid.Empty, seeded.AdvertId);
    }

    [Theory]
    [InlineData("sqlite", DatabaseProvider.Sqlite)]
    [InlineData("SQLite", DatabaseProvider.Sqlite)]
    [InlineData("postgres", DatabaseProvider.Postgres)]
    [InlineData("PostgreSQL", DatabaseProvider.Postgres)]
    [InlineData("npgsql", DatabaseProvider.Postgres)]
    public void ParseProvider_KnownName_ReturnsProvider(string name, DatabaseProvider expected)
    {
        Assert.Equal(expected, RegisterDatabase.ParseProvider(name));
    }

    [Fact]
    public void ParseProvider_UnknownName_ThrowsNamingTheChoices()
    {
        var error = Assert.Throws<ArgumentException>(() => RegisterDatabase.ParseProvider("sqlserver"));

        Assert.Contains("'sqlserver'", error.Message, StringComparison.Ordinal);
        Assert.Contains("sqlite", error.Message, StringComparison.Ordinal);
        Assert.Contains("postgres", error.Message, StringComparison.Ordinal);
    }
}
