using Microsoft.EntityFrameworkCore;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Web.Tests.Support;

namespace OpenLettings.Web.Tests.Homes;

public sealed class AdvertsTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task Create_BeforeLandlordDeadline_AwaitsVerificationAndPublishes_001_52_5(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        var cycle = await HomesArrange.NextCycleAsync(host);
        var home = await HomesArrange.PropertyAsync(host);
        var landlord = await host.UserAsync("Lara Landlord", (host.Partnership.AlphaHomes, MembershipRole.LandlordOfficer));

        var response = await landlord.Client.PostJsonAsync("/api/v1/adverts",
            new { propertyId = home.Id, cycleId = cycle.Id, criteria = new { mobilityPreference = true, minimumAge = 18 } }, host.Json);

        var advert = await HttpAssert.OkAsync(response, 201);
        var id = advert.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/adverts/{id}", response.Headers.Location?.ToString());
        Assert.Equal("awaitingVerification", advert.GetProperty("status").GetString());
        var composed = advert.GetProperty("advert");
        Assert.Equal(id.ToString(), composed.GetProperty("id").GetString());
        Assert.Equal(3, composed.GetProperty("property").GetProperty("bedrooms").GetInt32());
        Assert.Equal("2026-12-09T00:00:00", composed.GetProperty("biddingOpens").GetString());
        Assert.Equal("2026-12-14T23:59:00", composed.GetProperty("biddingCloses").GetString());
        Assert.Equal("2026-12-09T00:00:00", advert.GetProperty("bidding").GetProperty("opensLocal").GetString());
        await using var db = host.NewContext();
        var message = await db.Outbox.SingleAsync(m => m.Type == "advert.created");
        Assert.Equal(host.Partnership.AlphaHomes, message.OrganisationId);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Create_AfterLandlordDeadline_Returns409_001_52_5(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        var current = await HomesArrange.CurrentCycleAsync(host);
        var next = await HomesArrange.NextCycleAsync(host);
        var home = await HomesArrange.PropertyAsync(host);
        var landlord = await host.UserAsync("Lara Landlord", (host.Partnership.AlphaHomes, MembershipRole.LandlordOfficer));

        var open = await HttpAssert.ProblemAsync(await landlord.Client.PostJsonAsync("/api/v1/adverts",
            new { propertyId = home.Id, cycleId = current.Id, criteria = new { } }, host.Json), 409, "landlord-deadline-passed");
        Assert.Contains("001 §52.5", open.GetProperty("detail").GetString(), StringComparison.Ordinal);

        host.Clock.Advance(TimeSpan.FromDays(4) + TimeSpan.FromHours(7)); // Monday 7 December 17:00: the next cycle's deadline.
        await HttpAssert.ProblemAsync(await landlord.Client.PostJsonAsync("/api/v1/adverts",
            new { propertyId = home.Id, cycleId = next.Id, criteria = new { } }, host.Json), 409, "landlord-deadline-passed");
        await using var db = host.NewContext();
        Assert.Equal(0, await db.Adverts.CountAsync());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Create_BadCriteriaOrUnknownHome_Returns400Or404_OtherLandlord403(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        var cycle = await HomesArrange.NextCycleAsync(host);
        var home = await HomesArrange.PropertyAsync(host);
        var landlord = await host.UserAsync("Lara Landlord", (host.Partnership.AlphaHomes, MembershipRole.LandlordOfficer));
        var other = await host.UserAsync("Ben Beta", (host.Partnership.BetaHousing, MembershipRole.LandlordOfficer));

        var unknownField = await HttpAssert.ProblemAsync(await landlord.Client.PostJsonAsync("/api/v1/adverts",
            new { propertyId = home.Id, cycleId = cycle.Id, criteria = new { minimumAge = "old" } }, host.Json), 400, "validation-failed");
        Assert.Equal("$.criteria.minimumAge", unknownField.GetProperty("field").GetString());
        var supplied = await HttpAssert.ProblemAsync(await landlord.Client.PostJsonAsync("/api/v1/adverts",
            new { propertyId = home.Id, cycleId = cycle.Id, criteria = new { biddingOpens = "2026-12-09T00:00:00" } }, host.Json), 400, "validation-failed");
        Assert.Equal("$.criteria.biddingOpens", supplied.GetProperty("field").GetString());
        var noCycle = await HttpAssert.ProblemAsync(await landlord.Client.PostJsonAsync("/api/v1/adverts",
            new { propertyId = home.Id, criteria = new { } }, host.Json), 400, "validation-failed");
        Assert.Equal("cycleId", noCycle.GetProperty("field").GetString());

        await HttpAssert.ProblemAsync(await landlord.Client.PostJsonAsync("/api/v1/adverts",
            new { propertyId = Guid.NewGuid(), cycleId = cycle.Id, criteria = new { } }, host.Json), 404, "not-found");
        await HttpAssert.ProblemAsync(await other.Client.PostJsonAsync("/api/v1/adverts",
            new { propertyId = home.Id, cycleId = cycle.Id, criteria = new { } }, host.Json), 403, "forbidden");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Verify_ByHomesAuthorityBeforeDeadline_BiddingNotStarted_001_52_8(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        var cycle = await HomesArrange.NextCycleAsync(host);
        var advert = await HomesArrange.AdvertAsync(host, cycle, status: AdvertStatus.AwaitingVerification);
        var exeter = await host.UserAsync("Olive Officer", (host.Partnership.Exeter, MembershipRole.LocalAuthorityOfficer));
        var teignbridge = await host.UserAsync("Tom Teign", (host.Partnership.Teignbridge, MembershipRole.LocalAuthorityOfficer));
        var landlord = await host.UserAsync("Lara Landlord", (host.Partnership.AlphaHomes, MembershipRole.LandlordOfficer));

        await HttpAssert.ProblemAsync(await teignbridge.Client.PostJsonAsync($"/api/v1/adverts/{advert.Id}/verify", new { version = 1 }, host.Json), 404, "not-found");
        await HttpAssert.ProblemAsync(await landlord.Client.PostJsonAsync($"/api/v1/adverts/{advert.Id}/verify", new { version = 1 }, host.Json), 403, "forbidden");
        await HttpAssert.ProblemAsync(await exeter.Client.PostJsonAsync($"/api/v1/adverts/{advert.Id}/verify", new { }, host.Json), 400, "validation-failed");

        var verified = await HttpAssert.OkAsync(await exeter.Client.PostJsonAsync($"/api/v1/adverts/{advert.Id}/verify", new { version = 1 }, host.Json));

        Assert.Equal("biddingNotStarted", verified.GetProperty("status").GetString());
        await HttpAssert.ProblemAsync(await exeter.Client.PostJsonAsync($"/api/v1/adverts/{advert.Id}/verify", new { version = 2 }, host.Json),
            409, "advert-not-awaiting-verification");
        await using var db = host.NewContext();
        var stored = await db.Adverts.SingleAsync(a => a.Id == advert.Id);
        Assert.Equal(exeter.UserId, stored.VerifiedByUserId);
        Assert.Equal(1, await db.Outbox.CountAsync(m => m.Type == "advert.verified" && m.EntityId == advert.Id.ToString()));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Verify_AfterVerificationDeadline_Returns409_001_52_8(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        var cycle = await HomesArrange.NextCycleAsync(host);
        var advert = await HomesArrange.AdvertAsync(host, cycle, status: AdvertStatus.AwaitingVerification);
        var exeter = await host.UserAsync("Olive Officer", (host.Partnership.Exeter, MembershipRole.LocalAuthorityOfficer));
        host.Clock.Advance(TimeSpan.FromDays(5) + TimeSpan.FromHours(4)); // Tuesday 8 December 14:00.

        await HttpAssert.ProblemAsync(await exeter.Client.PostJsonAsync($"/api/v1/adverts/{advert.Id}/verify", new { version = 1 }, host.Json),
            409, "verification-deadline-passed");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Withdraw_ByLandlord_Withdrawn_ByOfficer403_Twice409(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        var cycle = await HomesArrange.CurrentCycleAsync(host);
        var advert = await HomesArrange.AdvertAsync(host, cycle);
        var landlord = await host.UserAsync("Lara Landlord", (host.Partnership.AlphaHomes, MembershipRole.LandlordOfficer));
        var officer = await host.UserAsync("Olive Officer", (host.Partnership.Exeter, MembershipRole.LocalAuthorityOfficer));

        await HttpAssert.ProblemAsync(await officer.Client.PostJsonAsync($"/api/v1/adverts/{advert.Id}/withdraw", new { version = 1 }, host.Json), 403, "forbidden");
        await HttpAssert.ProblemAsync(await landlord.Client.PostJsonAsync($"/api/v1/adverts/{Guid.NewGuid()}/withdraw", new { version = 1 }, host.Json), 404, "not-found");
        var withdrawn = await HttpAssert.OkAsync(await landlord.Client.PostJsonAsync($"/api/v1/adverts/{advert.Id}/withdraw",
            new { version = 1, reason = "Wrong bedroom count in the advert (001 §52.6)" }, host.Json));

        Assert.Equal("withdrawn", withdrawn.GetProperty("status").GetString());
        await HttpAssert.ProblemAsync(await landlord.Client.PostJsonAsync($"/api/v1/adverts/{advert.Id}/withdraw", new { version = 2 }, host.Json), 409, "advert-not-withdrawable");
        await using var db = host.NewContext();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityId == advert.Id.ToString() && a.Action == "withdrawn" && a.Reason.Contains("Wrong bedroom count")));
        Assert.Equal(1, await db.Outbox.CountAsync(e => e.Type == "advert.withdrawn" && e.EntityId == advert.Id.ToString()));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task GetAndList_ApplicantSeesOnlyOpenAdverts_LandlordSeesAll(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        var current = await HomesArrange.CurrentCycleAsync(host);
        var next = await HomesArrange.NextCycleAsync(host);
        var open = await HomesArrange.AdvertAsync(host, current);
        var pending = await HomesArrange.AdvertAsync(host, next, status: AdvertStatus.AwaitingVerification);
        var applicant = await host.UserAsync("Amy Applicant");
        var landlord = await host.UserAsync("Lara Landlord", (host.Partnership.AlphaHomes, MembershipRole.LandlordOfficer));

        var read = await HttpAssert.OkAsync(await applicant.Client.GetAsync($"/api/v1/adverts/{open.Id}"));
        Assert.Equal("biddingCurrent", read.GetProperty("status").GetString());
        Assert.Equal("2026-12-07T23:59:00", read.GetProperty("advert").GetProperty("biddingCloses").GetString());
        await HttpAssert.ProblemAsync(await applicant.Client.GetAsync($"/api/v1/adverts/{pending.Id}"), 404, "not-found");

        var applicantList = await HttpAssert.OkAsync(await applicant.Client.GetAsync("/api/v1/adverts"));
        Assert.Equal(open.Id, Assert.Single(applicantList.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        var landlordList = await HttpAssert.OkAsync(await landlord.Client.GetAsync($"/api/v1/adverts?cycle={next.Id}&status=awaitingVerification"));
        Assert.Equal(pending.Id, Assert.Single(landlordList.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(2, (await HttpAssert.OkAsync(await landlord.Client.GetAsync("/api/v1/adverts"))).GetProperty("items").GetArrayLength());

        var bad = await HttpAssert.ProblemAsync(await landlord.Client.GetAsync("/api/v1/adverts?status=sold"), 400, "validation-failed");
        Assert.Equal("status", bad.GetProperty("field").GetString());
    }
}
