using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Infrastructure.Register.Cycles;
using OpenLettings.Web.Tests.Support;

namespace OpenLettings.Web.Tests.Cycles;

/// <summary>GET /cycles…, POST /cycles/{id}/open|close, GET|PUT /partnership/settings.</summary>
public sealed class CycleEndpointTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task CycleReads_PartnershipMember_SeesItsCyclesWithCounts_001_52(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        await host.InScopeAsync(s => s.GetRequiredService<CycleJobs>().EnsureCyclesAsync(host.Clock.GetUtcNow()));
        var arrange = new LettingsArrange(host);
        await using (var db = host.NewContext())
        {
            var first = await db.LettingCycles.OrderBy(c => c.OpensAt).FirstAsync();
            var example = DevonExamples.TwoBedHouse()["advert"]!.AsObject();
            var advert = await arrange.AdvertAsync(first.Id, await arrange.PropertyAsync(example["property"]!.AsObject(), host.Partnership.AlphaHomes, "alpha-homes"), AdvertStatus.BiddingCurrent, example);
            await arrange.BidAsync(await arrange.ApplicationAsync(DevonExamples.Application("01-family-lacking-one-bedroom")), advert, first.Id, host.Clock.GetUtcNow());
        }
        var officer = await host.UserAsync("Olive Officer", (host.Partnership.Exeter, MembershipRole.LocalAuthorityOfficer));

        var list = await HttpAssert.OkAsync(await officer.Client.GetAsync("/api/v1/cycles?limit=1"));
        var current = await HttpAssert.OkAsync(await officer.Client.GetAsync("/api/v1/cycles/current"));
        var one = await HttpAssert.OkAsync(await officer.Client.GetAsync($"/api/v1/cycles/{current.GetProperty("id").GetGuid()}"));

        Assert.Equal(1, list.GetProperty("items").GetArrayLength());
        Assert.Equal(1, list.GetProperty("nextOffset").GetInt32());
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero), current.GetProperty("opensAt").GetDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 17, 0, 0, TimeSpan.Zero), current.GetProperty("landlordDeadlineAt").GetDateTimeOffset());
        Assert.Equal("scheduled", one.GetProperty("state").GetString());
        Assert.Equal(1, one.GetProperty("counts").GetProperty("adverts").GetInt32());
        Assert.Equal(1, one.GetProperty("counts").GetProperty("advertsByStatus").GetProperty("biddingCurrent").GetInt32());
        Assert.Equal(1, one.GetProperty("counts").GetProperty("bids").GetInt32());
        Assert.True(one.GetProperty("version").GetInt64() >= 1);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task CycleReads_BadLimitUnknownCycleOrOtherPartnership_400And404(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        await host.InScopeAsync(s => s.GetRequiredService<CycleJobs>().EnsureCyclesAsync(host.Clock.GetUtcNow()));
        Guid cycleId;
        Guid otherPartnership;
        await using (var db = host.NewContext())
        {
            cycleId = (await db.LettingCycles.FirstAsync()).Id;
            var other = new Organisation { Code = "elsewhere", Name = "Elsewhere Choice", Kind = OrganisationKind.Partnership, SchemeId = "devon-home-choice" };
            db.Organisations.Add(other);
            await db.SaveChangesAsync();
            otherPartnership = other.Id;
        }
        var officer = await host.UserAsync("Olive Officer", (host.Partnership.Exeter, MembershipRole.LocalAuthorityOfficer));
        var outsider = await host.UserAsync("Otto Outsider", (otherPartnership, MembershipRole.Manager));
        var applicant = await host.UserAsync("Ann Applicant");

        var bad = await HttpAssert.ProblemAsync(await officer.Client.GetAsync("/api/v1/cycles?limit=0"), 400, "validation-failed");
        Assert.Equal("limit", bad.GetProperty("field").GetString());
        await HttpAssert.ProblemAsync(await officer.Client.GetAsync($"/api/v1/cycles/{Guid.NewGuid()}"), 404, "not-found");
        await HttpAssert.ProblemAsync(await outsider.Client.GetAsync($"/api/v1/cycles/{cycleId}"), 404, "not-found");
        Assert.Equal(0, (await HttpAssert.OkAsync(await outsider.Client.GetAsync("/api/v1/cycles"))).GetProperty("items").GetArrayLength());
        await HttpAssert.ProblemAsync(await applicant.Client.GetAsync("/api/v1/cycles/current"), 404, "not-found");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task OpenAndClose_Manager_RunsTheJobNowButNotBeforeItsTime_001_52(DatabaseProvider provider)
    {
        // 00:30 on Wednesday 3 June 2026 (BST).
        await using var host = await RegisterHost.StartAsync(provider, new DateTimeOffset(2026, 6, 2, 23, 30, 0, TimeSpan.Zero));
        var arrange = new LettingsArrange(host);
        var cycleId = await arrange.CycleAsync(LettingsArrange.DevonCycle(new DateOnly(2026, 6, 3)), LettingCycleState.Scheduled);
        var nextId = await arrange.CycleAsync(LettingsArrange.DevonCycle(new DateOnly(2026, 6, 10)), LettingCycleState.Scheduled);
        var manager = await host.UserAsync("Mo Manager", (host.Partnership.PartnershipId, MembershipRole.Manager));
        var officer = await host.UserAsync("Olive Officer", (host.Partnership.Exeter, MembershipRole.LocalAuthorityOfficer));

        await HttpAssert.ProblemAsync(await officer.Client.PostAsync($"/api/v1/cycles/{cycleId}/open", null), 403, "forbidden");
        await HttpAssert.ProblemAsync(await manager.Client.PostAsync($"/api/v1/cycles/{Guid.NewGuid()}/open", null), 404, "not-found");
        await HttpAssert.ProblemAsync(await manager.Client.PostAsync($"/api/v1/cycles/{nextId}/open", null), 409, "cycle-not-due");
        await HttpAssert.ProblemAsync(await manager.Client.PostAsync($"/api/v1/cycles/{cycleId}/close", null), 409, "cycle-wrong-state");

        var opened = await HttpAssert.OkAsync(await manager.Client.PostAsync($"/api/v1/cycles/{cycleId}/open", null));
        Assert.Equal("open", opened.GetProperty("cycle").GetProperty("state").GetString());
        await HttpAssert.ProblemAsync(await manager.Client.PostAsync($"/api/v1/cycles/{cycleId}/open", null), 409, "cycle-wrong-state");
        await HttpAssert.ProblemAsync(await manager.Client.PostAsync($"/api/v1/cycles/{cycleId}/close", null), 409, "cycle-not-due");

        host.Clock.Advance(TimeSpan.FromDays(6)); // 00:30 Tuesday 9 June: closed at 23:59 Monday
        var closed = await HttpAssert.OkAsync(await manager.Client.PostAsync($"/api/v1/cycles/{cycleId}/close", null));
        Assert.Equal("closed", closed.GetProperty("cycle").GetProperty("state").GetString());
        Assert.Single(await arrange.EventsAsync("cycle.opened"));
        Assert.Single(await arrange.EventsAsync("cycle.closed"));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Settings_Manager_ChangesTimetableAndOptionsWithVersion(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        var manager = await host.UserAsync("Mo Manager", (host.Partnership.PartnershipId, MembershipRole.Manager));
        var officer = await host.UserAsync("Olive Officer", (host.Partnership.Exeter, MembershipRole.LocalAuthorityOfficer));

        var read = await HttpAssert.OkAsync(await manager.Client.GetAsync("/api/v1/partnership/settings"));
        Assert.Equal("wednesday", read.GetProperty("cycle").GetProperty("opensOn").GetString());
        var version = read.GetProperty("version").GetInt64();

        var changed = await HttpAssert.OkAsync(await manager.Client.PutAsJsonAsync("/api/v1/partnership/settings", new
        {
            version,
            cycle = new { opensOn = "thursday", opensAt = "09:00:00", openForDays = 5, closesAt = "23:59:00", landlordDeadlineDaysAfterOpening = 5, landlordDeadlineAt = "17:00:00", verificationDeadlineDaysAfterOpening = 6, verificationDeadlineAt = "14:00:00", timeZone = "Europe/London" },
            options = new { scheme = "devon-home-choice", partnership = (string?)null, versions = new[] { new { effectiveFrom = "2027-01-01", options = new { bidding = new { bidsPerCycle = 4 } }, note = "Board decision" } } },
        }, host.Json));

        Assert.Equal(version + 1, changed.GetProperty("version").GetInt64());
        Assert.Equal("thursday", changed.GetProperty("cycle").GetProperty("opensOn").GetString());
        await using (var db = host.NewContext())
        {
            var stored = (await db.Organisations.SingleAsync(o => o.Id == host.Partnership.PartnershipId)).SettingsJson;
            Assert.Contains("bidsPerCycle", stored, StringComparison.Ordinal);
            Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "partnership.settings-changed"));
        }
        // The timetable schedules the cycles from now on.
        await host.InScopeAsync(s => s.GetRequiredService<CycleJobs>().EnsureCyclesAsync(host.Clock.GetUtcNow()));
        await using (var db = host.NewContext())
        {
            Assert.All(await db.LettingCycles.ToListAsync(), c => Assert.Equal(DayOfWeek.Thursday, c.OpensAt.DayOfWeek));
        }

        var badOption = await HttpAssert.ProblemAsync(await manager.Client.PutAsJsonAsync("/api/v1/partnership/settings", new
        {
            version = version + 1,
            cycle = read.GetProperty("cycle"),
            options = new { scheme = "devon-home-choice", partnership = (string?)null, versions = new[] { new { effectiveFrom = "2027-01-01", options = new { bidding = new { bidsPerCycel = 4 } }, note = (string?)null } } },
        }, host.Json), 400, "validation-failed");
        Assert.Equal("$.options.versions[0].options.bidding.bidsPerCycel", badOption.GetProperty("field").GetString());

        var badCycle = await HttpAssert.ProblemAsync(await manager.Client.PutAsJsonAsync("/api/v1/partnership/settings", new
        {
            version = version + 1,
            cycle = new { opensOn = "wednesday", opensAt = "00:00:00", openForDays = 9, closesAt = "23:59:00", landlordDeadlineDaysAfterOpening = 5, landlordDeadlineAt = "17:00:00", verificationDeadlineDaysAfterOpening = 6, verificationDeadlineAt = "14:00:00", timeZone = "Europe/London" },
            options = (object?)null,
        }, host.Json), 400, "validation-failed");
        Assert.Equal("$.cycle.openForDays", badCycle.GetProperty("field").GetString());

        await HttpAssert.ProblemAsync(await manager.Client.PutAsJsonAsync("/api/v1/partnership/settings",
            new { version, cycle = read.GetProperty("cycle"), options = (object?)null }, host.Json), 412, "version-mismatch");
        await HttpAssert.ProblemAsync(await officer.Client.GetAsync("/api/v1/partnership/settings"), 403, "forbidden");
        await HttpAssert.ProblemAsync(await officer.Client.PutAsJsonAsync("/api/v1/partnership/settings",
            new { version = version + 1, cycle = read.GetProperty("cycle"), options = (object?)null }, host.Json), 403, "forbidden");
    }
}
