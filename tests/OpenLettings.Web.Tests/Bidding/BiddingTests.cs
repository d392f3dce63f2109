using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Web.Tests.Homes;
using OpenLettings.Web.Tests.Support;

namespace OpenLettings.Web.Tests.Bidding;

public sealed class BiddingTests
{
    private sealed record Scene(RegisterHost Host, LettingCycle Cycle, TestUser Applicant, HousingApplication Application);

    private static async Task<Scene> SceneAsync(RegisterHost host)
    {
        var cycle = await HomesArrange.CurrentCycleAsync(host);
        var applicant = await host.UserAsync("Amy Applicant");
        var application = await HomesArrange.ApplicationAsync(host, applicant.UserId);
        return new Scene(host, cycle, applicant, application);
    }

    private static Task<HttpResponseMessage> BidAsync(Scene s, TestUser user, Guid advertId, Guid? applicationId = null) =>
        user.Client.PostJsonAsync("/api/v1/bids", new { applicationId = applicationId ?? s.Application.Id, advertId }, s.Host.Json);

    [Theory, OnSqlite, OnPostgres]
    public async Task Place_ByApplicant_Returns201StoresEngineAnswerAuditsAndPublishes(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        var s = await SceneAsync(host);
        var advert = await HomesArrange.AdvertAsync(host, s.Cycle);

        var response = await BidAsync(s, s.Applicant, advert.Id);

        var bid = await HttpAssert.OkAsync(response, 201);
        var id = bid.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/bids/{id}", response.Headers.Location?.ToString());
        Assert.Equal(("applicant", "open", false), (bid.GetProperty("placedBy").GetString(), bid.GetProperty("status").GetString(), bid.GetProperty("willBeBypassed").GetBoolean()));
        Assert.Equal(3, bid.GetProperty("advert").GetProperty("bedrooms").GetInt32());
        await using var db = host.NewContext();
        var stored = await db.Bids.SingleAsync();
        Assert.Equal((s.Cycle.Id, BidPlacedBy.Applicant, s.Applicant.UserId), (stored.CycleId, stored.PlacedBy, stored.PlacedByUserId));
        Assert.Contains("DHC.Bidding.Size.MatchesNeed", stored.EligibilityJson, StringComparison.Ordinal);
        var message = await db.Outbox.SingleAsync(m => m.Type == "bid.placed");
        Assert.Equal((host.Partnership.AlphaHomes, host.Partnership.PartnershipId), (message.OrganisationId, message.PartnershipId));
        Assert.DoesNotContain("1990-03-14", message.PayloadJson, StringComparison.Ordinal);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == "bid" && a.EntityId == id.ToString() && a.Action == "placed"));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Place_ByOfficerOfManagingAuthority_PlacedByOfficer_OthersRefused_001_59_2(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        var s = await SceneAsync(host);
        var advert = await HomesArrange.AdvertAsync(host, s.Cycle);
        var exeter = await host.UserAsync("Olive Officer", (host.Partnership.Exeter, MembershipRole.LocalAuthorityOfficer));
        var teignbridge = await host.UserAsync("Tom Teign", (host.Partnership.Teignbridge, MembershipRole.LocalAuthorityOfficer));
        var stranger = await host.UserAsync("Sam Stranger");

        await HttpAssert.ProblemAsync(await BidAsync(s, teignbridge, advert.Id), 404, "not-found");
        await HttpAssert.ProblemAsync(await BidAsync(s, stranger, advert.Id), 404, "not-found");
        var bid = await HttpAssert.OkAsync(await BidAsync(s, exeter, advert.Id), 201);
        Assert.Equal("officer", bid.GetProperty("placedBy").GetString());

        // The landlord can now see the application through its advert, but may not bid for it.
        var landlord = await host.UserAsync("Lara Landlord", (host.Partnership.AlphaHomes, MembershipRole.LandlordOfficer));
        var another = await HomesArrange.AdvertAsync(host, s.Cycle);
        await HttpAssert.ProblemAsync(await BidAsync(s, landlord, another.Id), 403, "forbidden");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Place_MissingOrUnknownIds_Returns400Or404_InactiveOrClosed409(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        var s = await SceneAsync(host);
        var advert = await HomesArrange.AdvertAsync(host, s.Cycle);

        var missing = await HttpAssert.ProblemAsync(await s.Applicant.Client.PostJsonAsync("/api/v1/bids", new { applicationId = s.Application.Id }, host.Json), 400, "validation-failed");
        Assert.Equal("advertId", missing.GetProperty("field").GetString());
        await HttpAssert.ProblemAsync(await BidAsync(s, s.Applicant, Guid.NewGuid()), 404, "not-found");
        await HttpAssert.ProblemAsync(await BidAsync(s, s.Applicant, advert.Id, Guid.NewGuid()), 404, "not-found");

        var pending = await HomesArrange.ApplicationAsync(host, s.Applicant.UserId, ApplicationStatus.Suspended);
        await HttpAssert.ProblemAsync(await BidAsync(s, s.Applicant, advert.Id, pending.Id), 409, "application-not-active");

        host.Clock.Advance(TimeSpan.FromDays(5)); // Tuesday 8 December: bidding closed at 23:59 on Monday (001 §52.1).
        await HttpAssert.ProblemAsync(await BidAsync(s, s.Applicant, advert.Id), 409, "bidding-not-open");
        await using var db = host.NewContext();
        Assert.Equal(0, await db.Bids.CountAsync());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Place_FourthBidInCycle_Returns409BidLimitReached_WithdrawnBidFreesItsSlot_001_59_1(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        var s = await SceneAsync(host);
        var adverts = new List<Advert>();
        for (var i = 0; i < 5; i++)
        {
            adverts.Add(await HomesArrange.AdvertAsync(host, s.Cycle));
        }
        var first = await HttpAssert.OkAsync(await BidAsync(s, s.Applicant, adverts[0].Id), 201);
        await HttpAssert.OkAsync(await BidAsync(s, s.Applicant, adverts[1].Id), 201);
        await HttpAssert.OkAsync(await BidAsync(s, s.Applicant, adverts[2].Id), 201);

        var limit = await HttpAssert.ProblemAsync(await BidAsync(s, s.Applicant, adverts[3].Id), 409, "bid-limit-reached");
        Assert.Contains("001 §59.1", limit.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await HttpAssert.ProblemAsync(await BidAsync(s, s.Applicant, adverts[0].Id), 409, "already-bid");

        await HttpAssert.OkAsync(await s.Applicant.Client.PostJsonAsync($"/api/v1/bids/{first.GetProperty("id").GetGuid()}/withdraw", new { version = 1 }, host.Json));
        await HttpAssert.OkAsync(await BidAsync(s, s.Applicant, adverts[3].Id), 201);
        await HttpAssert.ProblemAsync(await BidAsync(s, s.Applicant, adverts[4].Id), 409, "bid-limit-reached");
        await using var db = host.NewContext();
        Assert.Equal(3, await db.Bids.CountAsync(b => b.ApplicationId == s.Application.Id && b.Status != BidStatus.Withdrawn));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Place_AutobidsDoNotCountUnderThePartnershipsOption_FourthBidAllowed_001_59_1(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        var s = await SceneAsync(host);
        var adverts = new List<Advert>();
        for (var i = 0; i < 5; i++)
        {
            adverts.Add(await HomesArrange.AdvertAsync(host, s.Cycle));
        }
        await using (var db = host.NewContext())
        {
            var partnership = await db.Organisations.SingleAsync(o => o.Id == host.Partnership.PartnershipId);
            partnership.SettingsJson = """{"options":{"scheme":"devon-home-choice","versions":[{"effectiveFrom":"2026-01-01","options":{"bidding":{"limitCounts":"excludeAutobids"}}}]}}""";
            for (var i = 0; i < 3; i++)
            {
                db.Bids.Add(new Bid
                {
                    ApplicationId = s.Application.Id, AdvertId = adverts[i].Id, CycleId = s.Cycle.Id, PlacedBy = BidPlacedBy.Autobid,
                    PlacedAt = host.Clock.GetUtcNow(), Status = BidStatus.Open, StatusChangedAt = host.Clock.GetUtcNow(),
                });
            }
            await db.SaveChangesAsync();
        }

        await HttpAssert.OkAsync(await BidAsync(s, s.Applicant, adverts[3].Id), 201);

        await using var check = host.NewContext();
        Assert.Equal(4, await check.Bids.CountAsync(b => b.ApplicationId == s.Application.Id && b.Status == BidStatus.Open));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Place_WhileBidShortlistedElsewhere_Returns409_001_61_25(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        var s = await SceneAsync(host);
        var earlier = await HomesArrange.CycleAsync(host, new DateTime(2026, 11, 25), LettingCycleState.Closed);
        var shortlistedAdvert = await HomesArrange.AdvertAsync(host, earlier, status: AdvertStatus.Shortlisting);
        await using (var db = host.NewContext())
        {
            db.Bids.Add(new Bid
            {
                ApplicationId = s.Application.Id,
                AdvertId = shortlistedAdvert.Id,
                CycleId = earlier.Id,
                PlacedBy = BidPlacedBy.Applicant,
                PlacedAt = host.Clock.GetUtcNow().AddDays(-7),
                Status = BidStatus.BidShortlisted,
                StatusChangedAt = host.Clock.GetUtcNow(),
            });
            await db.SaveChangesAsync();
        }
        var advert = await HomesArrange.AdvertAsync(host, s.Cycle);

        var problem = await HttpAssert.ProblemAsync(await BidAsync(s, s.Applicant, advert.Id), 409, "bid-shortlisted-elsewhere");

        Assert.Contains("001 §61.25", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await using var check = host.NewContext();
        Assert.False(await check.Bids.AnyAsync(b => b.AdvertId == advert.Id));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Place_HomeWithTooManyBedrooms_Returns409WithReasonsCiting001_14_2(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        var s = await SceneAsync(host);
        var fiveBed = await HomesArrange.AdvertAsync(host, s.Cycle, await HomesArrange.PropertyAsync(host, bedrooms: 5));

        var problem = await HttpAssert.ProblemAsync(await BidAsync(s, s.Applicant, fiveBed.Id), 409, "bid-not-allowed");

        var reason = Assert.Single(problem.GetProperty("reasons").EnumerateArray());
        Assert.Equal("DHC.Bidding.Size.WrongSize", reason.GetProperty("ruleId").GetString());
        Assert.Equal("001 §14.2", reason.GetProperty("citation").GetString());
        await using var db = host.NewContext();
        Assert.Equal(0, await db.Bids.CountAsync());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Place_HomeWithLettingPlanTheHouseholdMisses_Returns201WithBypassWarning_001_58_18(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        var s = await SceneAsync(host);
        var advert = await HomesArrange.AdvertAsync(host, s.Cycle, criteria: """{"lettingPlan":{"kind":"sensitiveLet","maxChildren":1}}""");

        var bid = await HttpAssert.OkAsync(await BidAsync(s, s.Applicant, advert.Id), 201);

        Assert.True(bid.GetProperty("willBeBypassed").GetBoolean());
        Assert.Contains(bid.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("citation").GetString() == "001 §58.18");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Place_50ParallelBidsFromOneApplicant_StoresExactlyTheLimitOf3_001_59_1(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        var s = await SceneAsync(host);
        var adverts = new List<Guid>();
        var property = await HomesArrange.PropertyAsync(host);
        await using (var db = host.NewContext())
        {
            for (var i = 0; i < 50; i++)
            {
                var advert = new Advert { PropertyId = property.Id, CycleId = s.Cycle.Id, Status = AdvertStatus.BiddingCurrent, CriteriaJson = "{}" };
                db.Adverts.Add(advert);
                adverts.Add(advert.Id);
            }
            await db.SaveChangesAsync();
        }

        var responses = await Task.WhenAll(adverts.Select(id => BidAsync(s, s.Applicant, id)));

        var statuses = responses.Select(r => (int)r.StatusCode).ToList();
        Assert.Equal(3, statuses.Count(c => c == 201));
        Assert.Equal(47, statuses.Count(c => c == 409));
        foreach (var refused in responses.Where(r => (int)r.StatusCode == 409))
        {
            await HttpAssert.ProblemAsync(refused, 409, "bid-limit-reached");
        }
        await using var check = host.NewContext();
        Assert.Equal(3, await check.Bids.CountAsync(b => b.ApplicationId == s.Application.Id));
        Assert.Equal(3, await check.Outbox.CountAsync(m => m.Type == "bid.placed"));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Place_RetriedWithSameIdempotencyKey_PlacesOneBidAndReplaysTheResponse(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        var s = await SceneAsync(host);
        var advert = await HomesArrange.AdvertAsync(host, s.Cycle);
        var other = await HomesArrange.AdvertAsync(host, s.Cycle);
        var body = $$"""{"applicationId":"{{s.Application.Id}}","advertId":"{{advert.Id}}"}""";
        async Task<HttpResponseMessage> SendAsync(string json, string key)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/bids") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
            request.Headers.Add("Idempotency-Key", key);
            return await s.Applicant.Client.SendAsync(request);
        }

        var first = await SendAsync(body, "retry-1");
        var second = await SendAsync(body, "retry-1");

        var firstBody = await first.Content.ReadAsStringAsync();
        Assert.Equal(201, (int)first.StatusCode);
        Assert.Equal(201, (int)second.StatusCode);
        Assert.Equal(firstBody, await second.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.False(first.Headers.Contains("Idempotency-Replayed"));
        Assert.Equal("true", Assert.Single(second.Headers.GetValues("Idempotency-Replayed")));
        await using (var db = host.NewContext())
        {
            Assert.Equal(1, await db.Bids.CountAsync());
            Assert.Equal(1, await db.Outbox.CountAsync(m => m.Type == "bid.placed"));
        }

        var otherBody = $$"""{"applicationId":"{{s.Application.Id}}","advertId":"{{other.Id}}"}""";
        await HttpAssert.ProblemAsync(await SendAsync(otherBody, "retry-1"), 422, "idempotency-key-reused");

        // A request with the key still in flight (claimed, no response yet) is refused, not run twice.
        await using (var db = host.NewContext())
        {
            db.IdempotencyKeys.Add(new IdempotencyRecord
            {
                Scope = $"{s.Applicant.UserId} POST /api/v1/bids",
                Key = "in-flight",
                RequestHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(otherBody))),
                CreatedAt = host.Clock.GetUtcNow(),
                ExpiresAt = host.Clock.GetUtcNow().AddHours(24),
            });
            await db.SaveChangesAsync();
        }
        await HttpAssert.ProblemAsync(await SendAsync(otherBody, "in-flight"), 409, "idempotency-key-in-progress");

        // After 24 hours the key is forgotten: the same key runs the request again (the bid exists: already-bid).
        host.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        var late = await SendAsync(body, "retry-1");
        await HttpAssert.ProblemAsync(late, 409, "already-bid");
        Assert.False(late.Headers.Contains("Idempotency-Replayed"));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Withdraw_OwnOpenBid_Withdrawn_Landlord403_Stale412_Unknown404_AfterClose409(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        var s = await SceneAsync(host);
        var advert = await HomesArrange.AdvertAsync(host, s.Cycle);
        var second = await HomesArrange.AdvertAsync(host, s.Cycle);
        var bid = (await HttpAssert.OkAsync(await BidAsync(s, s.Applicant, advert.Id), 201)).GetProperty("id").GetGuid();
        var other = (await HttpAssert.OkAsync(await BidAsync(s, s.Applicant, second.Id), 201)).GetProperty("id").GetGuid();
        var landlord = await host.UserAsync("Lara Landlord", (host.Partnership.AlphaHomes, MembershipRole.LandlordOfficer));

        await HttpAssert.ProblemAsync(await landlord.Client.PostJsonAsync($"/api/v1/bids/{bid}/withdraw", new { version = 1 }, host.Json), 403, "forbidden");
        await HttpAssert.ProblemAsync(await s.Applicant.Client.PostJsonAsync($"/api/v1/bids/{bid}/withdraw", new { version = 7 }, host.Json), 412, "version-mismatch");
        await HttpAssert.ProblemAsync(await s.Applicant.Client.PostJsonAsync($"/api/v1/bids/{Guid.NewGuid()}/withdraw", new { version = 1 }, host.Json), 404, "not-found");
        var withdrawn = await HttpAssert.OkAsync(await s.Applicant.Client.PostJsonAsync($"/api/v1/bids/{bid}/withdraw", new { version = 1 }, host.Json));
        Assert.Equal("withdrawn", withdrawn.GetProperty("status").GetString());
        await HttpAssert.ProblemAsync(await s.Applicant.Client.PostJsonAsync($"/api/v1/bids/{bid}/withdraw", new { version = 2 }, host.Json), 409, "bid-not-open");

        host.Clock.Advance(TimeSpan.FromDays(5));
        await HttpAssert.ProblemAsync(await s.Applicant.Client.PostJsonAsync($"/api/v1/bids/{other}/withdraw", new { version = 1 }, host.Json), 409, "cycle-closed");
        await using var db = host.NewContext();
        Assert.Equal(1, await db.Outbox.CountAsync(m => m.Type == "bid.withdrawn" && m.EntityId == bid.ToString()));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Lists_MineApplicationAndAdvertBids_ShowStatuses_WrongReaders403Or404(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        var s = await SceneAsync(host);
        var advert = await HomesArrange.AdvertAsync(host, s.Cycle);
        var neighbour = await host.UserAsync("Ned Neighbour");
        var neighbourApplication = await HomesArrange.ApplicationAsync(host, neighbour.UserId);
        await HttpAssert.OkAsync(await BidAsync(s, s.Applicant, advert.Id), 201);
        var theirs = await HttpAssert.OkAsync(await BidAsync(s, neighbour, advert.Id, neighbourApplication.Id), 201);
        await HttpAssert.OkAsync(await neighbour.Client.PostJsonAsync($"/api/v1/bids/{theirs.GetProperty("id").GetGuid()}/withdraw", new { version = 1 }, host.Json));
        var exeter = await host.UserAsync("Olive Officer", (host.Partnership.Exeter, MembershipRole.LocalAuthorityOfficer));
        var landlord = await host.UserAsync("Lara Landlord", (host.Partnership.AlphaHomes, MembershipRole.LandlordOfficer));
        var beta = await host.UserAsync("Ben Beta", (host.Partnership.BetaHousing, MembershipRole.LandlordOfficer));

        var mine = await HttpAssert.OkAsync(await s.Applicant.Client.GetAsync("/api/v1/bids/mine"));
        var item = Assert.Single(mine.GetProperty("items").EnumerateArray());
        Assert.Equal((advert.Id, "open"), (item.GetProperty("advert").GetProperty("advertId").GetGuid(), item.GetProperty("status").GetString()));
        await HttpAssert.ProblemAsync(await s.Applicant.Client.GetAsync("/api/v1/bids/mine?limit=0"), 400, "validation-failed");

        var byApplication = await HttpAssert.OkAsync(await exeter.Client.GetAsync($"/api/v1/applications/{s.Application.Id}/bids"));
        Assert.Equal(s.Application.Reference, byApplication.GetProperty("applicationReference").GetString());
        Assert.Single(byApplication.GetProperty("items").EnumerateArray());
        await HttpAssert.OkAsync(await s.Applicant.Client.GetAsync($"/api/v1/applications/{s.Application.Id}/bids"));
        await HttpAssert.ProblemAsync(await neighbour.Client.GetAsync($"/api/v1/applications/{s.Application.Id}/bids"), 404, "not-found");
        await HttpAssert.ProblemAsync(await landlord.Client.GetAsync($"/api/v1/applications/{s.Application.Id}/bids"), 403, "forbidden");
        await HttpAssert.ProblemAsync(await exeter.Client.GetAsync($"/api/v1/applications/{Guid.NewGuid()}/bids"), 404, "not-found");

        var byAdvert = await HttpAssert.OkAsync(await landlord.Client.GetAsync($"/api/v1/adverts/{advert.Id}/bids"));
        Assert.Equal(2, byAdvert.GetProperty("count").GetInt32());
        Assert.Equal(1, byAdvert.GetProperty("byStatus").GetProperty("open").GetInt32());
        Assert.Equal(1, byAdvert.GetProperty("byStatus").GetProperty("withdrawn").GetInt32());
        await HttpAssert.OkAsync(await exeter.Client.GetAsync($"/api/v1/adverts/{advert.Id}/bids"));
        await HttpAssert.ProblemAsync(await beta.Client.GetAsync($"/api/v1/adverts/{advert.Id}/bids"), 403, "forbidden");
        await HttpAssert.ProblemAsync(await s.Applicant.Client.GetAsync($"/api/v1/adverts/{advert.Id}/bids"), 403, "forbidden");
        await HttpAssert.ProblemAsync(await landlord.Client.GetAsync($"/api/v1/adverts/{Guid.NewGuid()}/bids"), 404, "not-found");

        var single = await HttpAssert.OkAsync(await landlord.Client.GetAsync(mine.GetProperty("items")[0].GetProperty("id").GetGuid() is var id ? $"/api/v1/bids/{id}" : ""));
        Assert.Equal(s.Application.Id, single.GetProperty("applicationId").GetGuid());
        await HttpAssert.ProblemAsync(await beta.Client.GetAsync($"/api/v1/bids/{id}"), 404, "not-found");
    }
}
