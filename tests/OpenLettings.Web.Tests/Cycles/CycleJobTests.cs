using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Infrastructure.Register.Cycles;
using OpenLettings.Web.Tests.Support;

namespace OpenLettings.Web.Tests.Cycles;

/// <summary>The weekly cycle jobs (001 §52, §60, §61.1) run as the host runs them.</summary>
public sealed class CycleJobTests
{
    private static Task<T> Jobs<T>(RegisterHost host, Func<CycleJobs, Task<T>> run) =>
        host.InScopeAsync(services => run(services.GetRequiredService<CycleJobs>()));

    private static System.Text.Json.Nodes.JsonObject TwoBedAdvert => DevonExamples.TwoBedHouse()["advert"]!.AsObject();

    /// <summary>The cycle opening on Wednesday 3 June 2026 (scheduled) with one verified advert of the two-bed house example.</summary>
    private static async Task<(LettingsArrange Arrange, Guid CycleId, Guid Verified)> AutobidSceneAsync(RegisterHost host)
    {
        var arrange = new LettingsArrange(host);
        var cycleId = await arrange.CycleAsync(LettingsArrange.DevonCycle(new DateOnly(2026, 6, 3)), LettingCycleState.Scheduled);
        var advert = TwoBedAdvert;
        var verified = await arrange.AdvertAsync(cycleId, await arrange.PropertyAsync(advert["property"]!.AsObject(), host.Partnership.AlphaHomes, "alpha-homes"), AdvertStatus.BiddingNotStarted, advert);
        return (arrange, cycleId, verified);
    }

    /// <summary>The example's homeless household (DHC-1006), on autobid, under <paramref name="reference"/>.</summary>
    private static System.Text.Json.Nodes.JsonObject HomelessOnAutobid(string reference)
    {
        var facts = DevonExamples.TwoBedHouse()["bids"]!.AsArray().Select(b => b!["application"]!.AsObject())
            .Single(a => a["id"]!.GetValue<string>() == "DHC-1006").DeepClone().AsObject();
        facts["id"] = reference;
        facts["autobid"] = new System.Text.Json.Nodes.JsonObject { ["enabled"] = true };
        return facts;
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task EnsureCycles_Twice_CreatesCurrentAndNextOnce_001_52(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);

        var first = await Jobs(host, j => j.EnsureCyclesAsync(host.Clock.GetUtcNow()));
        var second = await Jobs(host, j => j.EnsureCyclesAsync(host.Clock.GetUtcNow()));

        Assert.Equal(2, first);
        Assert.Equal(0, second);
        await using var db = host.NewContext();
        var cycles = await db.LettingCycles.OrderBy(c => c.OpensAt).ToListAsync();
        Assert.Equal([new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 9, 0, 0, 0, TimeSpan.Zero)], cycles.Select(c => c.OpensAt));
        Assert.All(cycles, c => Assert.Equal(LettingCycleState.Scheduled, c.State));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task OpenDue_AtOpening_PublishesVerifiedAdvertsAndPlacesAutobids_001_60(DatabaseProvider provider)
    {
        // 00:30 on Wednesday 3 June 2026 (BST): the cycle opened half an hour ago.
        await using var host = await RegisterHost.StartAsync(provider, new DateTimeOffset(2026, 6, 2, 23, 30, 0, TimeSpan.Zero));
        var (arrange, cycleId, verified) = await AutobidSceneAsync(host);
        var unverified = await arrange.AdvertAsync(cycleId, await arrange.PropertyAsync(TwoBedAdvert["property"]!.AsObject(), host.Partnership.AlphaHomes, "alpha-homes"), AdvertStatus.AwaitingVerification, TwoBedAdvert);
        var onAutobid = await arrange.ApplicationAsync(HomelessOnAutobid("DHC-1006"), autobid: true);
        var notOnAutobid = await arrange.ApplicationAsync(DevonExamples.Application("01-family-lacking-one-bedroom"));

        var results = await Jobs(host, j => j.OpenDueAsync(host.Clock.GetUtcNow()));

        var result = Assert.Single(results);
        Assert.Equal(CycleJobOutcome.Done, result.Outcome);
        await using (var db = host.NewContext())
        {
            Assert.Equal(AdvertStatus.BiddingCurrent, (await db.Adverts.SingleAsync(a => a.Id == verified)).Status);
            Assert.Equal(AdvertStatus.AwaitingVerification, (await db.Adverts.SingleAsync(a => a.Id == unverified)).Status);
            var bid = Assert.Single(await db.Bids.ToListAsync());
            Assert.Equal((onAutobid, verified, BidPlacedBy.Autobid, BidStatus.Open), (bid.ApplicationId, bid.AdvertId, bid.PlacedBy, bid.Status));
            Assert.DoesNotContain(await db.Bids.ToListAsync(), b => b.ApplicationId == notOnAutobid);
            var cycle = await db.LettingCycles.SingleAsync(c => c.Id == cycleId);
            Assert.Equal(LettingCycleState.Open, cycle.State);
            Assert.Equal(host.Clock.GetUtcNow(), cycle.OpenedAt);
        }
        Assert.Single(await arrange.EventsAsync("advert.published"));
        Assert.Equal(host.Partnership.AlphaHomes, Assert.Single(await arrange.EventsAsync("bid.placed")).OrganisationId);
        Assert.Single(await arrange.EventsAsync("cycle.opened"));

        // Running again changes nothing: the cycle is open.
        var again = await Jobs(host, j => j.OpenDueAsync(host.Clock.GetUtcNow()));
        Assert.Empty(again);
        Assert.Single(await arrange.EventsAsync("bid.placed"));
    }

    /// <summary>001 §77.8: while a review of its bedroom need is pending, a household is suspended from bidding: no autobids either.</summary>
    [Theory, OnSqlite, OnPostgres]
    public async Task OpenDue_HouseholdWaitingForBedroomNeedReview_IsNotAutobid_001_77_8(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider, new DateTimeOffset(2026, 6, 2, 23, 30, 0, TimeSpan.Zero));
        var (arrange, _, advert) = await AutobidSceneAsync(host);
        var waiting = await arrange.ApplicationAsync(HomelessOnAutobid("DHC-7001"), autobid: true);
        var clear = await arrange.ApplicationAsync(HomelessOnAutobid("DHC-7002"), autobid: true);
        await using (var db = host.NewContext())
        {
            db.Reviews.Add(new Review
            {
                ApplicationId = waiting,
                Subject = ReviewSubject.BedroomNeed,
                Status = ReviewStatus.InProgress,
                RequestedAt = host.Clock.GetUtcNow().AddDays(-3),
                DueBy = host.Clock.GetUtcNow().AddDays(53),
                Grounds = "§14.11",
            });
            // A pending review of the band does not suspend bidding (only accessibility and bedroom need, 001 §77.8).
            db.Reviews.Add(new Review
            {
                ApplicationId = clear,
                Subject = ReviewSubject.Band,
                Status = ReviewStatus.Requested,
                RequestedAt = host.Clock.GetUtcNow().AddDays(-1),
                DueBy = host.Clock.GetUtcNow().AddDays(55),
                Grounds = "§43",
            });
            await db.SaveChangesAsync();
        }

        var result = Assert.Single(await Jobs(host, j => j.OpenDueAsync(host.Clock.GetUtcNow())));

        Assert.Equal(CycleJobOutcome.Done, result.Outcome);
        await using var check = host.NewContext();
        var bid = Assert.Single(await check.Bids.ToListAsync());
        Assert.Equal((clear, advert, BidPlacedBy.Autobid), (bid.ApplicationId, bid.AdvertId, bid.PlacedBy));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task OpenDue_BeforeOpening_DoesNothing(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider, new DateTimeOffset(2026, 6, 2, 22, 59, 0, TimeSpan.Zero));
        var arrange = new LettingsArrange(host);
        var cycleId = await arrange.CycleAsync(LettingsArrange.DevonCycle(new DateOnly(2026, 6, 3)), LettingCycleState.Scheduled);

        Assert.Empty(await Jobs(host, j => j.OpenDueAsync(host.Clock.GetUtcNow())));
        Assert.Equal(CycleJobOutcome.NotDue, (await Jobs(host, j => j.OpenAsync(cycleId, host.Clock.GetUtcNow()))).Outcome);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task CloseDue_AfterClose_BuildsShortlistsInTheEnginesOrder_001_61_1(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider, TwoBedHouseCycle.AfterClose);
        var arrange = new LettingsArrange(host);
        var arranged = await arrange.TwoBedHouseAsync();

        var result = Assert.Single(await Jobs(host, j => j.CloseDueAsync(host.Clock.GetUtcNow())));

        Assert.Equal((CycleJobOutcome.Done, 1), (result.Outcome, result.Adverts));
        await using var db = host.NewContext();
        var shortlist = await db.Shortlists.Include(s => s.Entries).SingleAsync();
        var references = await db.Applications.ToDictionaryAsync(a => a.Id, a => a.Reference);
        var stored = shortlist.Entries.OrderBy(e => e.Position).Select(e => (references[e.ApplicationId], !e.Bypassed)).ToList();
        Assert.Equal(DevonExamples.TwoBedHouseExpected(), stored);
        Assert.All(shortlist.Entries.Where(e => e.Bypassed), e => Assert.True(e.BypassReasonCode is { Length: > 0 } && e.BypassedByUserId is null));
        Assert.Contains("\"band\": \"B\"", shortlist.Entries.Single(e => e.Position == 1).PriorityJson, StringComparison.Ordinal);
        Assert.Equal(AdvertStatus.Shortlisting, (await db.Adverts.SingleAsync()).Status);
        var cycle = await db.LettingCycles.SingleAsync();
        Assert.Equal((LettingCycleState.Closed, (DateTimeOffset?)host.Clock.GetUtcNow()), (cycle.State, cycle.ClosedAt));
        Assert.Equal(host.Partnership.AlphaHomes, Assert.Single(await arrange.EventsAsync("shortlist.built")).OrganisationId);
        Assert.Single(await arrange.EventsAsync("cycle.closed"));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "shortlist.built" && a.EntityId == shortlist.Id.ToString()));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task CloseDue_BeforeClose_LeavesTheCycleOpen(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider, new DateTimeOffset(2026, 6, 8, 22, 59, 0, TimeSpan.Zero));
        var arranged = await new LettingsArrange(host).TwoBedHouseAsync();

        Assert.Empty(await Jobs(host, j => j.CloseDueAsync(host.Clock.GetUtcNow())));
        await using var db = host.NewContext();
        Assert.Equal(LettingCycleState.Open, (await db.LettingCycles.SingleAsync(c => c.Id == arranged.CycleId)).State);
        Assert.False(await db.Shortlists.AnyAsync());
    }

    [Theory, OnSqlite, OnPostgres]
    public Task CloseDue_TwoNodesAtOnce_EachAdvertShortlistedOnceAndCycleClosedOnce(DatabaseProvider provider) =>
        CloseOnTwoNodesAsync(provider, leaseSeconds: 300);

    [Theory, OnSqlite, OnPostgres]
    public Task CloseDue_TwoNodesWithoutLeases_StillShortlistEachAdvertOnce(DatabaseProvider provider) =>
        CloseOnTwoNodesAsync(provider, leaseSeconds: 0);

    private static async Task CloseOnTwoNodesAsync(DatabaseProvider provider, int leaseSeconds)
    {
        // leaseSeconds 0 runs both nodes without a lease, so they race through the same adverts: the row lock, the
        // state checks and the unique shortlist per advert alone must keep it exact.
        var settings = new Dictionary<string, string?> { ["Jobs:CycleLeaseSeconds"] = leaseSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Jobs:AdvertBatchSize"] = "3" };
        await using var host = await RegisterHost.StartAsync(provider, TwoBedHouseCycle.AfterClose, settings: settings);
        var arrange = new LettingsArrange(host);
        var arranged = await arrange.TwoBedHouseAsync(adverts: 8);
        await using var second = SecondNode.Start(host, settings);
        // Start both nodes first, so that they really run at the same time.
        await host.InScopeAsync(_ => Task.FromResult(0));
        await second.InScopeAsync(_ => Task.FromResult(0));

        var now = host.Clock.GetUtcNow();
        var runs = await Task.WhenAll(
            Task.Run(() => Jobs(host, j => j.CloseDueAsync(now))),
            Task.Run(() => second.InScopeAsync(s => s.GetRequiredService<CycleJobs>().CloseDueAsync(now))));

        Assert.Contains(runs.SelectMany(r => r), r => r.Outcome == CycleJobOutcome.Done);
        Assert.Equal(8, runs.SelectMany(r => r).Sum(r => r.Adverts));
        await using var db = host.NewContext();
        var shortlists = await db.Shortlists.Include(s => s.Entries).ToListAsync();
        Assert.Equal(arranged.AdvertIds.Order(), shortlists.Select(s => s.AdvertId).Order());
        Assert.All(shortlists, s => Assert.Equal([1, 2, 3, 4, 5], s.Entries.Select(e => e.Position).Order()));
        var built = await arrange.EventsAsync("shortlist.built");
        Assert.Equal(shortlists.Select(s => s.Id.ToString()).Order(), built.Select(e => e.EntityId).Order());
        Assert.Single(await arrange.EventsAsync("cycle.closed"));
        Assert.Equal(LettingCycleState.Closed, (await db.LettingCycles.SingleAsync()).State);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task CloseDue_StoppedAfterFirstShortlist_RerunCompletesWithNothingLostOrDoubled(DatabaseProvider provider)
    {
        var crash = new CrashAfterFirstShortlist();
        await using var host = await RegisterHost.StartAsync(provider, TwoBedHouseCycle.AfterClose,
            services => services.Replace(ServiceDescriptor.Singleton<ICycleJobObserver>(crash)),
            new Dictionary<string, string?> { ["Jobs:AdvertBatchSize"] = "2" });
        var arrange = new LettingsArrange(host);
        var arranged = await arrange.TwoBedHouseAsync(adverts: 4);

        await Assert.ThrowsAsync<SimulatedCrashException>(() => Jobs(host, j => j.CloseDueAsync(host.Clock.GetUtcNow())));

        await using (var db = host.NewContext())
        {
            Assert.Equal(1, await db.Shortlists.CountAsync());
            Assert.Equal(LettingCycleState.Closing, (await db.LettingCycles.SingleAsync()).State);
            Assert.Equal(3, await db.Adverts.CountAsync(a => a.Status == AdvertStatus.BiddingCurrent));
        }

        // Had the node died outright its lease would stay until it expires: another run waits for that, then carries on.
        crash.Armed = false;
        await using (var db = host.NewContext())
        {
            var name = $"cycle-close:{arranged.CycleId}";
            var lease = await db.JobLeases.SingleAsync(l => l.Name == name);
            lease.Holder = "dead-node:1:run";
            lease.ExpiresAt = host.Clock.GetUtcNow().AddMinutes(5);
            await db.SaveChangesAsync();
        }
        Assert.Equal(CycleJobOutcome.Busy, Assert.Single(await Jobs(host, j => j.CloseDueAsync(host.Clock.GetUtcNow()))).Outcome);
        host.Clock.Advance(TimeSpan.FromMinutes(6));
        var rerun = Assert.Single(await Jobs(host, j => j.CloseDueAsync(host.Clock.GetUtcNow())));

        Assert.Equal((CycleJobOutcome.Done, 3), (rerun.Outcome, rerun.Adverts));
        await using var after = host.NewContext();
        var shortlists = await after.Shortlists.Include(s => s.Entries).ToListAsync();
        Assert.Equal(arranged.AdvertIds.Order(), shortlists.Select(s => s.AdvertId).Order());
        Assert.All(shortlists, s => Assert.Equal(5, s.Entries.Count));
        Assert.Equal(20, await after.ShortlistEntries.CountAsync());
        Assert.Equal(4, (await arrange.EventsAsync("shortlist.built")).Select(e => e.EntityId).Distinct().Count());
        Assert.Equal(4, (await arrange.EventsAsync("shortlist.built")).Count);
        Assert.Single(await arrange.EventsAsync("cycle.closed"));
        Assert.All(await after.Adverts.ToListAsync(), a => Assert.Equal(AdvertStatus.Shortlisting, a.Status));
    }

    private sealed class SimulatedCrashException() : Exception("Simulated crash after the first shortlist committed.");

    /// <summary>Throws after the first shortlist commits, as a node dying mid-close would stop.</summary>
    private sealed class CrashAfterFirstShortlist : ICycleJobObserver
    {
        public bool Armed { get; set; } = true;

        public Task ShortlistCommittedAsync(Guid cycleId, Guid advertId, CancellationToken cancellationToken) =>
            Armed ? throw new SimulatedCrashException() : Task.CompletedTask;
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Worker_JobsEnabled_SchedulesCyclesByItself(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider, settings: new Dictionary<string, string?>
        {
            ["Jobs:Enabled"] = "true",
            ["Jobs:CycleIntervalSeconds"] = "1",
        });
        _ = host.AnonymousClient(); // starts the host, and with it the background worker

        var cycles = 0;
        for (var attempt = 0; attempt < 100 && cycles < 2; attempt++)
        {
            await Task.Delay(100);
            await using var db = host.NewContext();
            cycles = await db.LettingCycles.CountAsync();
        }

        Assert.Equal(2, cycles);
    }
}
