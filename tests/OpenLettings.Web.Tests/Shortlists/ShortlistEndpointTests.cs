using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Infrastructure.Register.Cycles;
using OpenLettings.Web.Tests.Cycles;
using OpenLettings.Web.Tests.Support;

namespace OpenLettings.Web.Tests.Shortlists;

/// <summary>Reading and working a shortlist (001 §61-62) through the API, on example 12's two-bed house.</summary>
public sealed class ShortlistEndpointTests
{
    /// <summary>A host after example 12's cycle closed, with its shortlist built by the close job, and the people who use it.</summary>
    private sealed record Fixture(RegisterHost Host, LettingsArrange Arrange, TwoBedHouseCycle Cycle, Guid AdvertId,
        TestUser Landlord, TestUser OtherLandlord, TestUser Authority, TestUser Manager) : IAsyncDisposable
    {
        public static async Task<Fixture> StartAsync(DatabaseProvider provider, int adverts = 1)
        {
            var host = await RegisterHost.StartAsync(provider, TwoBedHouseCycle.AfterClose);
            var arrange = new LettingsArrange(host);
            var cycle = await arrange.TwoBedHouseAsync(adverts);
            await host.InScopeAsync(s => s.GetRequiredService<CycleJobs>().CloseDueAsync(host.Clock.GetUtcNow()));
            return new Fixture(host, arrange, cycle, cycle.AdvertIds[0],
                await host.UserAsync("Lena Landlord", (host.Partnership.AlphaHomes, MembershipRole.LandlordOfficer)),
                await host.UserAsync("Bo Beta", (host.Partnership.BetaHousing, MembershipRole.LandlordOfficer)),
                await host.UserAsync("Olive Officer", (host.Partnership.Exeter, MembershipRole.LocalAuthorityOfficer)),
                await host.UserAsync("Mo Manager", (host.Partnership.PartnershipId, MembershipRole.Manager)));
        }

        public async Task<JsonElement> ShortlistAsync(TestUser? user = null, Guid? advertId = null) =>
            await HttpAssert.OkAsync(await (user ?? Landlord).Client.GetAsync($"/api/v1/adverts/{advertId ?? AdvertId}/shortlist"));

        public async Task<JsonElement> EntryAsync(int position, Guid? advertId = null) =>
            (await ShortlistAsync(advertId: advertId)).GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("position").GetInt32() == position);

        public async Task<HttpResponseMessage> ActAsync(TestUser user, JsonElement entry, string action, object body) =>
            await user.Client.PostAsJsonAsync(
                $"/api/v1/shortlists/{entry.GetProperty("shortlistId").GetGuid()}/entries/{entry.GetProperty("id").GetGuid()}/{action}", body, Host.Json);

        public ValueTask DisposeAsync() => Host.DisposeAsync();
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task GetShortlist_LandlordAndAuthority_ReadTheOrderWithBandsAndReferencesOnly_001_61_1(DatabaseProvider provider)
    {
        await using var f = await Fixture.StartAsync(provider);

        var shortlist = await f.ShortlistAsync();
        var byAuthority = await f.ShortlistAsync(f.Authority);
        var page = await HttpAssert.OkAsync(await f.Landlord.Client.GetAsync($"/api/v1/adverts/{f.AdvertId}/shortlist?limit=2&offset=2"));

        var entries = shortlist.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(DevonExamples.TwoBedHouseExpected(), entries.Select(e => (e.GetProperty("applicationReference").GetString()!, !e.GetProperty("bypassed").GetBoolean())));
        Assert.Equal(["B", "B", "B", "B", "C"], entries.Select(e => e.GetProperty("band").GetString()));
        Assert.All(entries, e => Assert.Equal(JsonValueKind.String, e.GetProperty("bandStart").ValueKind));
        Assert.All(entries, e => Assert.Equal("open", e.GetProperty("bidStatus").GetString()));
        Assert.All(entries.Where(e => e.GetProperty("bypassed").GetBoolean()), e => Assert.StartsWith("BP-", e.GetProperty("bypassReasonCode").GetString(), StringComparison.Ordinal));
        Assert.Equal(JsonValueKind.Object, entries[0].GetProperty("priority").ValueKind);
        Assert.DoesNotContain("fullName", shortlist.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("shortlisting", shortlist.GetProperty("advertStatus").GetString());
        Assert.Equal(5, byAuthority.GetProperty("total").GetInt32());
        Assert.Equal([3, 4], page.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("position").GetInt32()));
        Assert.Equal(4, page.GetProperty("nextOffset").GetInt32());

        var bad = await HttpAssert.ProblemAsync(await f.Landlord.Client.GetAsync($"/api/v1/adverts/{f.AdvertId}/shortlist?limit=0"), 400, "validation-failed");
        Assert.Equal("limit", bad.GetProperty("field").GetString());
        await HttpAssert.ProblemAsync(await f.OtherLandlord.Client.GetAsync($"/api/v1/adverts/{f.AdvertId}/shortlist"), 404, "not-found");
        await HttpAssert.ProblemAsync(await f.Landlord.Client.GetAsync($"/api/v1/adverts/{Guid.NewGuid()}/shortlist"), 404, "not-found");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Bypass_WithCataloguedReason_RecordsItAuditedAndPublished_001_61_24(DatabaseProvider provider)
    {
        await using var f = await Fixture.StartAsync(provider);
        var first = await f.EntryAsync(1);
        var version = first.GetProperty("version").GetInt64();

        var unknown = await HttpAssert.ProblemAsync(await f.ActAsync(f.Landlord, first, "bypass", new { version, reasonCode = "BP-DISLIKE", note = "no" }), 400, "validation-failed");
        Assert.Equal("reasonCode", unknown.GetProperty("field").GetString());
        await HttpAssert.ProblemAsync(await f.ActAsync(f.Authority, first, "bypass", new { version, reasonCode = "BP-NOCONTACT", note = "x" }), 403, "forbidden");
        await HttpAssert.ProblemAsync(await f.ActAsync(f.OtherLandlord, first, "bypass", new { version, reasonCode = "BP-NOCONTACT", note = "x" }), 404, "not-found");
        await HttpAssert.ProblemAsync(await f.Landlord.Client.PostAsJsonAsync(
            $"/api/v1/shortlists/{first.GetProperty("shortlistId").GetGuid()}/entries/{Guid.NewGuid()}/bypass", new { version, reasonCode = "BP-NOCONTACT", note = "x" }, f.Host.Json), 404, "not-found");
        await HttpAssert.ProblemAsync(await f.ActAsync(f.Landlord, first, "bypass", new { version = version + 7, reasonCode = "BP-NOCONTACT", note = "x" }), 412, "version-mismatch");

        var bypassed = await HttpAssert.OkAsync(await f.ActAsync(f.Landlord, first, "bypass",
            new { version, reasonCode = "BP-NOCONTACT", note = "No reply by phone or email within 3 working days and 24 hours." }));

        Assert.True(bypassed.GetProperty("bypassed").GetBoolean());
        Assert.Equal("BP-NOCONTACT", bypassed.GetProperty("bypassReasonCode").GetString());
        Assert.Equal(f.Landlord.UserId, bypassed.GetProperty("bypassedByUserId").GetString());
        Assert.Equal(version + 1, bypassed.GetProperty("version").GetInt64());
        var published = Assert.Single(await f.Arrange.EventsAsync("shortlist.bypassed"));
        Assert.Equal(f.Host.Partnership.AlphaHomes, published.OrganisationId);
        Assert.Contains("DHC-1003", published.PayloadJson, StringComparison.Ordinal);
        await using (var db = f.Host.NewContext())
        {
            var audit = await db.AuditEntries.SingleAsync(a => a.Action == "shortlist.bypassed");
            Assert.Contains("BP-NOCONTACT", audit.Reason, StringComparison.Ordinal);
            Assert.Equal(f.Landlord.UserId, audit.ActorId);
        }
        await HttpAssert.ProblemAsync(await f.ActAsync(f.Landlord, first, "bypass", new { version = version + 1, reasonCode = "BP-NOCONTACT", note = "again" }), 409, "already-bypassed");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ShortlistOfferAcceptLet_InOrder_LetsTheHomeAndHousesTheApplicant_001_61_47(DatabaseProvider provider)
    {
        await using var f = await Fixture.StartAsync(provider);
        var third = await f.EntryAsync(3);
        var conflict = await HttpAssert.ProblemAsync(await f.ActAsync(f.Landlord, third, "shortlist", new { version = third.GetProperty("version").GetInt64() }), 409, "higher-applicant-not-considered");
        Assert.Contains("61.9", conflict.GetRawText(), StringComparison.Ordinal);

        var first = await f.EntryAsync(1);
        await HttpAssert.ProblemAsync(await f.ActAsync(f.Landlord, first, "shortlist", new { }), 400, "validation-failed");
        var shortlisted = await HttpAssert.OkAsync(await f.ActAsync(f.Landlord, first, "shortlist", new { version = first.GetProperty("version").GetInt64() }));
        Assert.Equal("bidShortlisted", shortlisted.GetProperty("bidStatus").GetString());

        var v = shortlisted.GetProperty("version").GetInt64();
        var noDeadline = await HttpAssert.ProblemAsync(await f.ActAsync(f.Landlord, first, "offer", new { version = v }), 400, "validation-failed");
        Assert.Equal("respondBy", noDeadline.GetProperty("field").GetString());
        await HttpAssert.ProblemAsync(await f.ActAsync(f.Landlord, first, "accept", new { version = v }), 409, "no-offer");
        await HttpAssert.ProblemAsync(await f.ActAsync(f.Authority, first, "offer", new { version = v, respondBy = f.Host.Clock.GetUtcNow().AddDays(1) }), 403, "forbidden");
        var offered = await HttpAssert.OkAsync(await f.ActAsync(f.Landlord, first, "offer", new { version = v, respondBy = f.Host.Clock.GetUtcNow().AddDays(1) }));
        Assert.Equal("made", offered.GetProperty("offer").GetProperty("status").GetString());

        var accepted = await HttpAssert.OkAsync(await f.ActAsync(f.Landlord, first, "accept", new { version = offered.GetProperty("version").GetInt64() }));
        Assert.Equal("bidAccepted", accepted.GetProperty("bidStatus").GetString());
        Assert.Equal("accepted", accepted.GetProperty("offer").GetProperty("status").GetString());

        v = accepted.GetProperty("version").GetInt64();
        var noDate = await HttpAssert.ProblemAsync(await f.ActAsync(f.Landlord, first, "let", new { version = v }), 400, "validation-failed");
        Assert.Equal("tenancyStartDate", noDate.GetProperty("field").GetString());
        await HttpAssert.ProblemAsync(await f.ActAsync(f.OtherLandlord, first, "let", new { version = v, tenancyStartDate = "2026-06-22" }), 404, "not-found");
        var let = await HttpAssert.OkAsync(await f.ActAsync(f.Landlord, first, "let", new { version = v, tenancyStartDate = "2026-06-22" }));

        Assert.Equal("bidLet", let.GetProperty("bidStatus").GetString());
        await using (var db = f.Host.NewContext())
        {
            var letting = await db.Lettings.SingleAsync();
            Assert.Equal((f.AdvertId, new DateOnly(2026, 6, 22)), (letting.AdvertId!.Value, letting.TenancyStartDate));
            Assert.Equal(AdvertStatus.Let, (await db.Adverts.SingleAsync()).Status);
            Assert.Equal(ApplicationStatus.Housed, (await db.Applications.SingleAsync(a => a.Id == f.Cycle.Applications["DHC-1003"])).Status);
            Assert.All(await db.Bids.Where(b => b.ApplicationId != f.Cycle.Applications["DHC-1003"]).ToListAsync(),
                b => Assert.Equal(BidStatus.PropertyOfferedToOthers, b.Status));
        }
        Assert.Single(await f.Arrange.EventsAsync("bid.shortlisted"));
        Assert.Single(await f.Arrange.EventsAsync("offer.made"));
        Assert.Single(await f.Arrange.EventsAsync("offer.accepted"));
        Assert.Single(await f.Arrange.EventsAsync("home.let"));
        await HttpAssert.ProblemAsync(await f.ActAsync(f.Manager, first, "let", new { version = let.GetProperty("version").GetInt64(), tenancyStartDate = "2026-06-22" }), 409, "already-let");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Refuse_DeclinedFormalOffer_RecordsTheRefusalAndTheNextBidderMayBeShortlisted_001_62(DatabaseProvider provider)
    {
        await using var f = await Fixture.StartAsync(provider);
        var first = await f.EntryAsync(1);
        var shortlisted = await HttpAssert.OkAsync(await f.ActAsync(f.Manager, first, "shortlist", new { version = first.GetProperty("version").GetInt64() }));
        var offered = await HttpAssert.OkAsync(await f.ActAsync(f.Landlord, first, "offer",
            new { version = shortlisted.GetProperty("version").GetInt64(), respondBy = f.Host.Clock.GetUtcNow().AddDays(1) }));
        var v = offered.GetProperty("version").GetInt64();

        var noStage = await HttpAssert.ProblemAsync(await f.ActAsync(f.Landlord, first, "refuse", new { version = v, reason = "Too far from school" }), 400, "validation-failed");
        Assert.Equal("stage", noStage.GetProperty("field").GetString());
        await HttpAssert.ProblemAsync(await f.ActAsync(f.Landlord, first, "refuse", new { version = v, stage = "changedMind" }), 400, "invalid-json");
        var refused = await HttpAssert.OkAsync(await f.ActAsync(f.Landlord, first, "refuse",
            new { version = v, stage = "declinedFormalOffer", reason = "Too far from school", reasonable = true }));

        Assert.Equal("propertyOfferedToOthers", refused.GetProperty("bidStatus").GetString());
        Assert.Equal("refused", refused.GetProperty("offer").GetProperty("status").GetString());
        await using (var db = f.Host.NewContext())
        {
            var refusal = await db.Refusals.SingleAsync();
            Assert.Equal((RefusalStage.DeclinedFormalOffer, (bool?)true, f.Cycle.Applications["DHC-1003"]), (refusal.Stage, refusal.Reasonable, refusal.ApplicationId));
            Assert.NotNull(refusal.OfferId);
        }
        Assert.Single(await f.Arrange.EventsAsync("offer.refused"));

        // Position 2 was bypassed by the engine, so the landlord may now consider position 3 (001 §61.9, §62.2).
        var third = await f.EntryAsync(3);
        var next = await HttpAssert.OkAsync(await f.ActAsync(f.Landlord, third, "shortlist", new { version = third.GetProperty("version").GetInt64() }));
        Assert.Equal("bidShortlisted", next.GetProperty("bidStatus").GetString());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Let_TwentyAtOnce_LetsTheHomeOnceAndRefusesTheRest(DatabaseProvider provider)
    {
        await using var f = await Fixture.StartAsync(provider);
        var first = await f.EntryAsync(1);
        var shortlisted = await HttpAssert.OkAsync(await f.ActAsync(f.Landlord, first, "shortlist", new { version = first.GetProperty("version").GetInt64() }));
        var offered = await HttpAssert.OkAsync(await f.ActAsync(f.Landlord, first, "offer",
            new { version = shortlisted.GetProperty("version").GetInt64(), respondBy = f.Host.Clock.GetUtcNow().AddDays(1) }));
        var accepted = await HttpAssert.OkAsync(await f.ActAsync(f.Landlord, first, "accept", new { version = offered.GetProperty("version").GetInt64() }));
        var body = new { version = accepted.GetProperty("version").GetInt64(), tenancyStartDate = "2026-06-22" };

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => f.ActAsync(f.Landlord, first, "let", body))));

        Assert.Single(responses, r => (int)r.StatusCode == 200);
        foreach (var refused in responses.Where(r => (int)r.StatusCode != 200))
        {
            await HttpAssert.ProblemAsync(refused, 409, "already-let");
        }
        await using var db = f.Host.NewContext();
        Assert.Equal(1, await db.Lettings.CountAsync());
        Assert.Single(await f.Arrange.EventsAsync("home.let"));
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == "home.let"));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Let_ApplicantWithBidsOnOtherHomes_HousedAndTheirOtherBidsWithdrawn(DatabaseProvider provider)
    {
        await using var f = await Fixture.StartAsync(provider, adverts: 2);
        var entry = await f.EntryAsync(1);
        var version = (await HttpAssert.OkAsync(await f.ActAsync(f.Landlord, entry, "shortlist", new { version = entry.GetProperty("version").GetInt64() }))).GetProperty("version").GetInt64();
        version = (await HttpAssert.OkAsync(await f.ActAsync(f.Landlord, entry, "offer", new { version, respondBy = f.Host.Clock.GetUtcNow().AddDays(1) }))).GetProperty("version").GetInt64();
        version = (await HttpAssert.OkAsync(await f.ActAsync(f.Landlord, entry, "accept", new { version }))).GetProperty("version").GetInt64();

        await HttpAssert.OkAsync(await f.ActAsync(f.Landlord, entry, "let", new { version, tenancyStartDate = "2026-06-22" }));

        await using var db = f.Host.NewContext();
        var housed = await db.Lettings.Select(l => l.ApplicationId).SingleAsync();
        var elsewhere = await db.Bids.SingleAsync(b => b.ApplicationId == housed && b.AdvertId == f.Cycle.AdvertIds[1]);
        Assert.Equal(BidStatus.Withdrawn, elsewhere.Status);
        Assert.Equal("withdrawn", (await f.EntryAsync(1, f.Cycle.AdvertIds[1])).GetProperty("bidStatus").GetString());
        Assert.Equal(BidStatus.Open, (await db.Bids.FirstAsync(b => b.ApplicationId != housed && b.AdvertId == f.Cycle.AdvertIds[1])).Status);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Shortlist_ApplicantConsideredForAnotherHome_409ConsideredElsewhere_001_61_25(DatabaseProvider provider)
    {
        await using var f = await Fixture.StartAsync(provider, adverts: 2);
        var onFirst = await f.EntryAsync(1);
        await HttpAssert.OkAsync(await f.ActAsync(f.Landlord, onFirst, "shortlist", new { version = onFirst.GetProperty("version").GetInt64() }));

        var onSecond = await f.EntryAsync(1, f.Cycle.AdvertIds[1]);
        var refused = await HttpAssert.ProblemAsync(await f.ActAsync(f.Landlord, onSecond, "shortlist", new { version = onSecond.GetProperty("version").GetInt64() }), 409, "considered-elsewhere");

        Assert.Contains("61.25", refused.GetRawText(), StringComparison.Ordinal);
        Assert.Equal("open", (await f.EntryAsync(1, f.Cycle.AdvertIds[1])).GetProperty("bidStatus").GetString());
    }

    [Fact]
    public async Task OpenApi_Document_DescribesCycleAndShortlistEndpoints()
    {
        await using var host = await RegisterHost.StartAsync(DatabaseProvider.Sqlite);

        var paths = (await HttpAssert.OkAsync(await host.AnonymousClient().GetAsync("/openapi/v1.json"))).GetProperty("paths");

        foreach (var path in new[] { "/api/v1/cycles", "/api/v1/cycles/current", "/api/v1/cycles/{id}", "/api/v1/cycles/{id}/open", "/api/v1/cycles/{id}/close",
            "/api/v1/partnership/settings", "/api/v1/adverts/{id}/shortlist", "/api/v1/shortlists/{id}/entries/{entryId}/bypass",
            "/api/v1/shortlists/{id}/entries/{entryId}/let" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is not in the OpenAPI document");
        }
    }
}
