using Microsoft.EntityFrameworkCore;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Infrastructure.Tests.Support;

namespace OpenLettings.Infrastructure.Tests;

public sealed class ConcurrencyTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task SaveChanges_TwoOfficersUpdateSameApplication_SecondGetsConcurrencyConflict(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var register = await Seed.RegisterAsync(database);
        await using var first = database.NewContext();
        await using var second = database.NewContext();
        var firstCopy = await first.Applications.SingleAsync(a => a.Id == register.ApplicationId);
        var secondCopy = await second.Applications.SingleAsync(a => a.Id == register.ApplicationId);

        firstCopy.Status = ApplicationStatus.Suspended;
        await first.SaveChangesAsync();
        secondCopy.FactsJson = """{"household":{"members":[]}}""";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = database.NewContext();
        var stored = await check.Applications.SingleAsync(a => a.Id == register.ApplicationId);
        Assert.Equal(ApplicationStatus.Suspended, stored.Status);
        Assert.Equal("""{"household":{"members":[{"id":"m1"}]}}""", stored.FactsJson);
        Assert.Equal(2, stored.Version);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task LockApplication_InTransaction_LocksTheRowWithoutChangingIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var register = await Seed.RegisterAsync(database);
        await using var db = database.NewContext();
        await using var transaction = await db.Database.BeginTransactionAsync();

        Assert.Equal(1, await db.LockApplicationAsync(register.ApplicationId));
        Assert.Equal(1, await db.LockAdvertAsync(register.AdvertId));
        Assert.Equal(0, await db.LockApplicationAsync(Guid.NewGuid()));
        await transaction.CommitAsync();

        await using var check = database.NewContext();
        Assert.Equal(1, (await check.Applications.SingleAsync(a => a.Id == register.ApplicationId)).Version);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task LockApplication_TwoTransactions_SecondWaitsForFirst(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var register = await Seed.RegisterAsync(database);
        await using var first = database.NewContext();
        await using var second = database.NewContext();
        await using var firstTransaction = await first.Database.BeginTransactionAsync();
        await first.LockApplicationAsync(register.ApplicationId);

        var secondLock = Task.Run(async () =>
        {
            await using var secondTransaction = await second.Database.BeginTransactionAsync();
            await second.LockApplicationAsync(register.ApplicationId);
            await secondTransaction.CommitAsync();
        });
        await Task.Delay(300);
        Assert.False(secondLock.IsCompleted);

        await firstTransaction.CommitAsync();
        await secondLock.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task SaveChanges_EachUpdate_IncrementsVersion(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var register = await Seed.RegisterAsync(database);
        await using var db = database.NewContext();
        var advert = await db.Adverts.SingleAsync(a => a.Id == register.AdvertId);
        Assert.Equal(1, advert.Version);

        advert.Status = AdvertStatus.Shortlisting;
        await db.SaveChangesAsync();
        advert.Status = AdvertStatus.Let;
        await db.SaveChangesAsync();

        await using var check = database.NewContext();
        Assert.Equal(3, (await check.Adverts.SingleAsync(a => a.Id == register.AdvertId)).Version);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task SaveChanges_SecondBidForSameAdvert_RefusedByUniqueIndex(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var register = await Seed.RegisterAsync(database);
        await using (var db = database.NewContext())
        {
            db.Bids.Add(NewBid(register));
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            db.Bids.Add(NewBid(register));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using var check = database.NewContext();
        Assert.Equal(1, await check.Bids.CountAsync(b => b.ApplicationId == register.ApplicationId && b.AdvertId == register.AdvertId));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Let_TwentyParallelAttemptsOnOneHome_LetOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var register = await Seed.RegisterAsync(database);
        var applicants = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            applicants.Add(await Seed.AddApplicationAsync(database, register, $"DHC-1{i:D5}"));
        }

        // Every officer reads the advert first (all see it unlet, version 1), then all try to let it at once.
        var contexts = applicants.Select(_ => database.NewContext()).ToList();
        try
        {
            var adverts = await Task.WhenAll(contexts.Select(db => db.Adverts.SingleAsync(a => a.Id == register.AdvertId)));
            using var start = new ManualResetEventSlim(false);
            var attempts = contexts.Select((db, i) => Task.Run(async () =>
            {
                start.Wait();
                adverts[i].Status = AdvertStatus.Let;
                db.Lettings.Add(new Letting
                {
                    AdvertId = register.AdvertId, PropertyId = register.PropertyId, ApplicationId = applicants[i],
                    TenancyStartDate = new DateOnly(2026, 12, 14), LetAt = Seed.Now, RecordedByUserId = $"landlord-{i}",
                });
                try
                {
                    await db.SaveChangesAsync();
                    return true;
                }
                catch (DbUpdateException)
                {
                    return false; // DbUpdateConcurrencyException (stale advert) or a unique violation (already let)
                }
            })).ToList();
            start.Set();
            var outcomes = await Task.WhenAll(attempts);

            Assert.Equal(1, outcomes.Count(ok => ok));
        }
        finally
        {
            foreach (var db in contexts)
            {
                await db.DisposeAsync();
            }
        }

        await using var check = database.NewContext();
        var letting = Assert.Single(await check.Lettings.Where(l => l.AdvertId == register.AdvertId).ToListAsync());
        Assert.Contains(letting.ApplicationId, applicants);
        var advert = await check.Adverts.SingleAsync(a => a.Id == register.AdvertId);
        Assert.Equal((AdvertStatus.Let, 2L), (advert.Status, advert.Version));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task SaveChanges_LettingWithoutAdvertGuard_SecondLettingOfAdvertRefused(DatabaseProvider provider)
    {
        // The unique index alone (no optimistic check on the advert) still lets a home once.
        await using var database = await TestDatabase.CreateAsync(provider);
        var register = await Seed.RegisterAsync(database);
        var other = await Seed.AddApplicationAsync(database, register, "DHC-000002");
        await using (var db = database.NewContext())
        {
            db.Lettings.Add(NewLetting(register, register.ApplicationId));
            await db.SaveChangesAsync();
        }

        await using (var db = database.NewContext())
        {
            db.Lettings.Add(NewLetting(register, other));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
    }

    private static Bid NewBid(SeededRegister register) => new()
    {
        ApplicationId = register.ApplicationId, AdvertId = register.AdvertId, CycleId = register.CycleId,
        PlacedBy = BidPlacedBy.Applicant, PlacedAt = Seed.Now, Status = BidStatus.Open, StatusChangedAt = Seed.Now,
    };

    private static Letting NewLetting(SeededRegister register, Guid applicationId) => new()
    {
        AdvertId = register.AdvertId, PropertyId = register.PropertyId, ApplicationId = applicationId,
        TenancyStartDate = new DateOnly(2026, 12, 14), LetAt = Seed.Now, RecordedByUserId = "landlord-1",
    };
}
