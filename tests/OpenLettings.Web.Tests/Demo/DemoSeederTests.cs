using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Web.Features.Demo;
using OpenLettings.Web.Tests.Support;

namespace OpenLettings.Web.Tests.Demo;

public sealed class DemoSeederTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task Seed_EmptyRegister_WritesEveryBandAnOpenCycleAndWorkingSignIns_SecondRunIsANoOp(DatabaseProvider provider)
    {
        await using var host = await StartEmptyAsync(provider);

        var watch = Stopwatch.StartNew();
        var report = await SeedAsync(host);
        watch.Stop();
        var again = await SeedAsync(host);

        Assert.True(report.Seeded);
        Assert.False(again.Seeded);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"Seeding took {watch.Elapsed}.");
        await using var db = host.NewContext();
        Assert.Equal(report.Applications, await db.Applications.CountAsync());
        Assert.True(report.Applications >= 200, $"{report.Applications} applications");
        var bands = await db.Decisions.Where(d => d.Kind == DecisionKind.Band && d.Band != null).GroupBy(d => d.Band!).Select(g => new { Band = g.Key, Count = g.Count() }).ToListAsync();
        Assert.Equal(["A", "B", "C", "D", "E"], bands.Select(b => b.Band).Order());
        Assert.True(await db.Applications.CountAsync(a => a.Status == ApplicationStatus.Active) >= 100);
        Assert.Equal(["east-devon", "exeter", "mid-devon", "teignbridge", "torbay"],
            (await db.Applications.Select(a => a.ManagingAuthority!.Code).Distinct().ToListAsync()).Order());

        // 001 §52: the current cycle opened on a Wednesday at 00:00 UK time; the demo keeps it open to 23:59 on Tuesday.
        var open = await db.LettingCycles.SingleAsync(c => c.State == LettingCycleState.Open);
        var opens = TimeZoneInfo.ConvertTime(open.OpensAt, Infrastructure.Register.UkTime.London).DateTime;
        var closes = TimeZoneInfo.ConvertTime(open.ClosesAt, Infrastructure.Register.UkTime.London).DateTime;
        Assert.Equal((DayOfWeek.Wednesday, TimeSpan.Zero), (opens.DayOfWeek, opens.TimeOfDay));
        Assert.Equal((DayOfWeek.Tuesday, new TimeSpan(23, 59, 59)), (closes.DayOfWeek, closes.TimeOfDay));
        Assert.InRange(host.Clock.GetUtcNow(), open.OpensAt, open.ClosesAt);
        Assert.Equal(1, await db.LettingCycles.CountAsync(c => c.State == LettingCycleState.Scheduled && c.OpensAt == open.OpensAt.AddDays(7)));
        Assert.Equal(report.Adverts, await db.Adverts.CountAsync(a => a.CycleId == open.Id && a.Status == AdvertStatus.BiddingCurrent));
        Assert.InRange(report.Adverts, 25, 40);

        // Bids: a few dozen, each eligible, at most 3 per application in the cycle (001 §59.1).
        Assert.Equal(report.Bids, await db.Bids.CountAsync(b => b.CycleId == open.Id));
        Assert.InRange(report.Bids, 24, 60);
        var perApplication = await db.Bids.GroupBy(b => b.ApplicationId).Select(g => g.Count()).ToListAsync();
        Assert.All(perApplication, count => Assert.InRange(count, 1, 3));
        Assert.Equal(0, await db.Bids.CountAsync(b => b.Application!.Status != ApplicationStatus.Active));

        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == "demo.seeded" && a.ActorId == "system"));
        Assert.Equal(1, await db.AuditEntries.CountAsync());
        Assert.True(await db.Outbox.AnyAsync(m => m.Type == "bid.placed"));

        // The demo sign-ins work: a person through Identity's bearer token, the partner system through its API key.
        var officer = report.SignIns.Single(s => s.Role == nameof(MembershipRole.LocalAuthorityOfficer) && s.Organisation == "exeter");
        var partner = report.SignIns.Single(s => s.ApiKey is not null);
        var client = host.AnonymousClient();

        var login = await HttpAssert.OkAsync(await client.PostJsonAsync("/api/v1/auth/login", new { email = officer.Email, password = officer.Password }, host.Json));
        using var me = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        me.Headers.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());
        var who = await HttpAssert.OkAsync(await client.SendAsync(me));
        var partnerClient = host.AnonymousClient();
        partnerClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", partner.ApiKey);
        var system = await HttpAssert.OkAsync(await partnerClient.GetAsync("/api/v1/me"));
        var wrong = await client.PostJsonAsync("/api/v1/auth/login", new { email = officer.Email, password = "not-the-password" }, host.Json);

        var membership = Assert.Single(who.GetProperty("memberships").EnumerateArray());
        Assert.Equal(("exeter", "localAuthorityOfficer"), (membership.GetProperty("organisationCode").GetString(), membership.GetProperty("role").GetString()));
        Assert.Equal("partnerSystem", Assert.Single(system.GetProperty("memberships").EnumerateArray()).GetProperty("role").GetString());
        Assert.Equal(401, (int)wrong.StatusCode);
        var printed = DemoSeeder.Describe(report, "http://localhost:5080");
        Assert.Contains("http://localhost:5080/scalar", printed, StringComparison.Ordinal);
        Assert.Contains("http://localhost:5080/openapi/v1.json", printed, StringComparison.Ordinal);
        Assert.Contains(officer.Email, printed, StringComparison.Ordinal);
        Assert.Contains(partner.ApiKey!, printed, StringComparison.Ordinal);
        Assert.Contains("/api/v1/auth/login", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void Templates_MatchTheDevonExampleApplications()
    {
        var examples = RepositoryFiles.Path("docs", "examples", "devon-home-choice");

        Assert.Equal(11, DemoTemplates.Applications.Count);
        foreach (var (file, json) in DemoTemplates.Applications)
        {
            var example = JsonNode.Parse(File.ReadAllText(Path.Combine(examples, file)))!;
            Assert.Equal(DemoTemplates.WrittenFor.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), example["asOf"]!.GetValue<string>());
            Assert.True(JsonNode.DeepEquals(example["application"], JsonNode.Parse(json)), $"{file} has changed: regenerate DemoTemplates.cs.");
        }
    }

    /// <summary>A host on an empty register (the fixture's own partnership removed), as on a first run.</summary>
    [Fact]
    public async Task Seed_OnATuesday_ACycleIsStillOpenToBidIn()
    {
        // Devon's own cycle closes on Monday (001 §52.1), so on a Tuesday none is open; the demo's runs to Tuesday.
        await using var host = await StartEmptyAsync(DatabaseProvider.Sqlite, new DateTimeOffset(2026, 12, 8, 15, 0, 0, TimeSpan.Zero));

        var report = await SeedAsync(host);

        await using var db = host.NewContext();
        var open = await db.LettingCycles.SingleAsync(c => c.State == LettingCycleState.Open);
        Assert.InRange(host.Clock.GetUtcNow(), open.OpensAt, open.ClosesAt);
        Assert.Equal(report.Adverts, await db.Adverts.CountAsync(a => a.CycleId == open.Id && a.Status == AdvertStatus.BiddingCurrent));
        var stored = await db.Organisations.SingleAsync(o => o.Kind == OrganisationKind.Partnership);
        Assert.Equal(6, Infrastructure.Register.PartnershipSettings.Read(stored.SettingsJson).Cycle.OpenForDays);
    }

    [Fact]
    public async Task Seed_NextCycleOpens_AutobidHouseholdsGetAutobids_001_60()
    {
        await using var host = await StartEmptyAsync(DatabaseProvider.Sqlite);
        await SeedAsync(host);
        DateTimeOffset opens;
        await using (var db = host.NewContext())
        {
            var next = await db.LettingCycles.SingleAsync(c => c.State == LettingCycleState.Scheduled);
            opens = next.OpensAt;
            foreach (var advert in await db.Adverts.Where(a => a.CycleId == next.Id).ToListAsync())
            {
                advert.Status = AdvertStatus.BiddingNotStarted; // as if each council verified its adverts (001 §52.8)
            }
            await db.SaveChangesAsync();
            Assert.True(await db.Applications.AnyAsync(a => a.Autobid && a.Status == ApplicationStatus.Active));
        }
        host.Clock.Advance(opens - host.Clock.GetUtcNow() + TimeSpan.FromMinutes(5));

        await host.InScopeAsync(sp => sp.GetRequiredService<Infrastructure.Register.Cycles.CycleJobs>().CloseDueAsync(host.Clock.GetUtcNow()));
        await host.InScopeAsync(sp => sp.GetRequiredService<Infrastructure.Register.Cycles.CycleJobs>().OpenDueAsync(host.Clock.GetUtcNow()));

        await using var check = host.NewContext();
        Assert.True(await check.Bids.AnyAsync(b => b.PlacedBy == BidPlacedBy.Autobid), "No autobid was placed for the demo's autobid households.");
        Assert.True(await check.Shortlists.AnyAsync(), "Closing the demo's open cycle built no shortlist.");
    }

    private static async Task<RegisterHost> StartEmptyAsync(DatabaseProvider provider, DateTimeOffset? now = null)
    {
        var host = await RegisterHost.StartAsync(provider, now);
        await host.Database.ExecuteAsync("""DELETE FROM "Organisations" WHERE "PartnershipId" IS NOT NULL; DELETE FROM "Organisations";""");
        return host;
    }

    private static Task<DemoReport> SeedAsync(RegisterHost host) =>
        host.InScopeAsync(sp => sp.GetRequiredService<DemoSeeder>().SeedAsync());
}
