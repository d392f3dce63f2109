using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Web.Tests.Support;

namespace OpenLettings.Web.Tests.Events;

public sealed class EventFeedTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task ReadEvents_ByRole_ManagerSeesPartnershipLandlordOfficerOnlyTheirs(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        var p = host.Partnership;
        var events = await Outbox.AddAsync(host,
            ("advert.published", p.AlphaHomes), ("application.decided", p.Exeter), ("bid.placed", p.AlphaHomes), ("advert.published", p.BetaHousing));
        Outbox.Settle(host);
        var manager = await host.UserAsync("Mina Manager", (p.PartnershipId, MembershipRole.Manager));
        var landlord = await host.UserAsync("Lou Landlord", (p.AlphaHomes, MembershipRole.LandlordOfficer));
        var councilSystem = await host.UserAsync("Exeter system", (p.Exeter, MembershipRole.PartnerSystem));

        var all = await HttpAssert.OkAsync(await manager.Client.GetAsync("/api/v1/events"));
        var alpha = await HttpAssert.OkAsync(await landlord.Client.GetAsync("/api/v1/events"));
        var exeter = await HttpAssert.OkAsync(await councilSystem.Client.GetAsync("/api/v1/events"));

        Assert.Equal(events.Select(e => e.EventId), all.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetGuid()));
        Assert.Equal([events[0].EventId, events[2].EventId], alpha.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetGuid()));
        Assert.Equal(events[2].Position.ToString(System.Globalization.CultureInfo.InvariantCulture), alpha.GetProperty("next").GetString());
        var decided = Assert.Single(exeter.GetProperty("events").EnumerateArray());
        Assert.Equal("application.decided", decided.GetProperty("type").GetString());
        Assert.Equal(p.Exeter, decided.GetProperty("organisationId").GetGuid());
        Assert.Equal(events[1].Position, decided.GetProperty("position").GetInt64());
        Assert.Equal(1, decided.GetProperty("data").GetProperty("n").GetInt32());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ReadEvents_Applicant_Returns403(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        await Outbox.AddAsync(host, ("application.decided", host.Partnership.Exeter));
        Outbox.Settle(host);
        var applicant = await host.UserAsync("Ada Applicant");

        await HttpAssert.ProblemAsync(await applicant.Client.GetAsync("/api/v1/events"), 403, "forbidden");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ReadEvents_AfterCursor_PagesInOrderWithoutGapsOrRepeats(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        var alpha = host.Partnership.AlphaHomes;
        var events = await Outbox.AddAsync(host, [.. Enumerable.Range(0, 5).Select(_ => ("bid.placed", (Guid?)alpha))]);
        Outbox.Settle(host);
        var manager = await host.UserAsync("Mina Manager", (host.Partnership.PartnershipId, MembershipRole.Manager));

        var seen = new List<Guid>();
        var cursor = "";
        for (var page = 0; page < 4; page++)
        {
            var body = await HttpAssert.OkAsync(await manager.Client.GetAsync($"/api/v1/events?after={cursor}&limit=2"));
            seen.AddRange(body.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetGuid()));
            cursor = body.GetProperty("next").GetString()!;
        }

        Assert.Equal(events.Select(e => e.EventId), seen);
        Assert.Equal(events[^1].Position.ToString(System.Globalization.CultureInfo.InvariantCulture), cursor);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ReadEvents_EventYoungerThanSettleDelay_IsHeldBackSoTheCursorCannotSkipIt(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        var manager = await host.UserAsync("Mina Manager", (host.Partnership.PartnershipId, MembershipRole.Manager));
        var events = await Outbox.AddAsync(host, ("cycle.opened", null));

        var early = await HttpAssert.OkAsync(await manager.Client.GetAsync("/api/v1/events"));
        Outbox.Settle(host);
        var later = await HttpAssert.OkAsync(await manager.Client.GetAsync("/api/v1/events"));

        Assert.Empty(early.GetProperty("events").EnumerateArray());
        Assert.Equal("0", early.GetProperty("next").GetString());
        Assert.Equal(events[0].EventId, Assert.Single(later.GetProperty("events").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ReadEvents_InvalidCursorOrLimit_Returns400NamingTheParameter(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        var manager = await host.UserAsync("Mina Manager", (host.Partnership.PartnershipId, MembershipRole.Manager));

        var cursor = await HttpAssert.ProblemAsync(await manager.Client.GetAsync("/api/v1/events?after=abc"), 400, "validation-failed");
        var negative = await HttpAssert.ProblemAsync(await manager.Client.GetAsync("/api/v1/events?after=-1"), 400, "validation-failed");
        var limit = await HttpAssert.ProblemAsync(await manager.Client.GetAsync("/api/v1/events?limit=501"), 400, "validation-failed");

        Assert.Equal("after", cursor.GetProperty("field").GetString());
        Assert.Equal("after", negative.GetProperty("field").GetString());
        Assert.Equal("limit", limit.GetProperty("field").GetString());
    }
}
