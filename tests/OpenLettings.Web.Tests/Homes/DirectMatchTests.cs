using Microsoft.EntityFrameworkCore;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Web.Tests.Support;

namespace OpenLettings.Web.Tests.Homes;

/// <summary>Direct matches: homes let outside advertising in exceptional cases (001 §55.1-55.3, §65, §54).</summary>
public sealed class DirectMatchTests
{
    private const string Url = "/api/v1/direct-matches";

    private static object Body(PropertyRecord home, HousingApplication application, string reason = "urgentManagementMove", string tenancyStart = "2026-12-14") =>
        new { propertyId = home.Id, applicationId = application.Id, reason, note = "Fleeing domestic abuse: an immediate move is needed (001 §65.2).", tenancyStartDate = tenancyStart };

    /// <summary>001 §55.2, §65: an urgent management move lets the home, houses the household and withdraws its live bids.</summary>
    [Theory, OnSqlite, OnPostgres]
    public async Task Create_ByLandlordOfficer_LetsTheHomeHousesTheHouseholdAuditsAndPublishes_001_55_2(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        var landlord = await host.UserAsync("Lou Landlord", (host.Partnership.AlphaHomes, MembershipRole.LandlordOfficer));
        var home = await HomesArrange.PropertyAsync(host);
        var application = await HomesArrange.ApplicationAsync(host, null);
        var cycle = await HomesArrange.CurrentCycleAsync(host);
        var elsewhere = await HomesArrange.AdvertAsync(host, cycle);
        await using (var arrange = host.NewContext())
        {
            arrange.Bids.Add(new Bid { ApplicationId = application.Id, AdvertId = elsewhere.Id, CycleId = cycle.Id, PlacedBy = BidPlacedBy.Applicant, PlacedAt = host.Clock.GetUtcNow(), Status = BidStatus.Open, StatusChangedAt = host.Clock.GetUtcNow() });
            await arrange.SaveChangesAsync();
        }

        var response = await landlord.Client.PostJsonAsync(Url, Body(home, application), host.Json);

        var match = await HttpAssert.OkAsync(response, 201);
        var id = match.GetProperty("id").GetGuid();
        Assert.Equal($"{Url}/{id}", response.Headers.Location?.ToString());
        Assert.Equal(("urgentManagementMove", "001 §55.2, §65", "2026-12-14"),
            (match.GetProperty("reason").GetString(), match.GetProperty("citation").GetString(), match.GetProperty("tenancyStartDate").GetString()));
        Assert.Equal(application.Reference, match.GetProperty("applicationReference").GetString());
        await using var db = host.NewContext();
        var letting = await db.Lettings.SingleAsync();
        Assert.Equal((id, home.Id, application.Id, (Guid?)null), (letting.DirectMatchId!.Value, letting.PropertyId, letting.ApplicationId, letting.AdvertId));
        Assert.Equal(ApplicationStatus.Housed, (await db.Applications.SingleAsync(a => a.Id == application.Id)).Status);
        Assert.Equal(BidStatus.Withdrawn, (await db.Bids.SingleAsync()).Status);
        var audit = await db.AuditEntries.SingleAsync(a => a.Action == "home.direct-matched");
        Assert.Equal((host.Partnership.AlphaHomes, landlord.UserId), (audit.OrganisationId, audit.ActorId));
        Assert.Contains("001 §55.2, §65", audit.Reason, StringComparison.Ordinal);
        var message = await db.Outbox.SingleAsync(m => m.Type == "home.let");
        Assert.Contains(id.ToString(), message.PayloadJson, StringComparison.Ordinal);
        Assert.Equal(host.Partnership.AlphaHomes, message.OrganisationId);

        var read = await HttpAssert.OkAsync(await landlord.Client.GetAsync($"{Url}/{id}"));
        Assert.Equal(letting.Id, read.GetProperty("lettingId").GetGuid());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Create_BadOrRefused_NamesTheFieldAndTheRule_NothingStored(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        var landlord = await host.UserAsync("Lou Landlord", (host.Partnership.AlphaHomes, MembershipRole.LandlordOfficer));
        var beta = await host.UserAsync("Ben Beta", (host.Partnership.BetaHousing, MembershipRole.LandlordOfficer));
        var council = await host.UserAsync("Eve Exeter", (host.Partnership.Exeter, MembershipRole.LocalAuthorityOfficer));
        var stranger = await host.UserAsync("Sam Stranger");
        var home = await HomesArrange.PropertyAsync(host);
        var application = await HomesArrange.ApplicationAsync(host, null);

        var empty = await HttpAssert.ProblemAsync(await landlord.Client.PostJsonAsync(Url, new { }, host.Json), 400, "validation-failed");
        var rules = empty.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList();
        Assert.Equal(["propertyId", "applicationId", "reason", "note", "tenancyStartDate"], rules);
        var badReason = await HttpAssert.ProblemAsync(await landlord.Client.PostJsonAsync(Url, Body(home, application, reason: "favour"), host.Json), 400, "invalid-json");
        Assert.Equal("$.reason", badReason.GetProperty("field").GetString());

        await HttpAssert.ProblemAsync(await stranger.Client.PostJsonAsync(Url, Body(home, application), host.Json), 404, "not-found");
        await HttpAssert.ProblemAsync(await beta.Client.PostJsonAsync(Url, Body(home, application), host.Json), 403, "forbidden");
        await HttpAssert.ProblemAsync(await council.Client.PostJsonAsync(Url, Body(home, application), host.Json), 403, "forbidden");
        await HttpAssert.ProblemAsync(await landlord.Client.PostJsonAsync(Url,
            new { propertyId = home.Id, applicationId = Guid.NewGuid(), reason = "downsizing", note = "x", tenancyStartDate = "2026-12-14" }, host.Json), 404, "not-found");

        // The home is advertised: let it from its shortlist or withdraw the advert first.
        var cycle = await HomesArrange.CurrentCycleAsync(host);
        var advertised = await HomesArrange.PropertyAsync(host);
        await HomesArrange.AdvertAsync(host, cycle, advertised);
        var live = await HttpAssert.ProblemAsync(await landlord.Client.PostJsonAsync(Url, Body(advertised, application), host.Json), 409, "property-advertised");
        Assert.Equal("propertyId", live.GetProperty("field").GetString());

        // A draft application is not on the register.
        var draft = await HomesArrange.ApplicationAsync(host, null, ApplicationStatus.Draft);
        var notOn = await HttpAssert.ProblemAsync(await landlord.Client.PostJsonAsync(Url, Body(home, draft), host.Json), 409, "application-not-matchable");
        Assert.Equal("applicationId", notOn.GetProperty("field").GetString());

        await using var db = host.NewContext();
        Assert.Equal((0, 0), (await db.DirectMatches.CountAsync(), await db.Lettings.CountAsync()));
        Assert.Equal(ApplicationStatus.Active, (await db.Applications.SingleAsync(a => a.Id == application.Id)).Status);
    }

    /// <summary>No double-let home: ten parallel direct matches of one home to ten households let it once.</summary>
    [Theory, OnSqlite, OnPostgres]
    public async Task Create_TenInParallelOnOneHome_LetsItOnce(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        var landlord = await host.UserAsync("Lou Landlord", (host.Partnership.AlphaHomes, MembershipRole.LandlordOfficer));
        var home = await HomesArrange.PropertyAsync(host);
        var households = new List<HousingApplication>();
        for (var i = 0; i < 10; i++)
        {
            households.Add(await HomesArrange.ApplicationAsync(host, null));
        }

        var responses = await Task.WhenAll(households.Select(a => landlord.Client.PostJsonAsync(Url, Body(home, a, reason: "highlyAdapted"), host.Json)));

        Assert.Single(responses, r => (int)r.StatusCode == 201);
        foreach (var refused in responses.Where(r => (int)r.StatusCode != 201))
        {
            await HttpAssert.ProblemAsync(refused, 409, "already-let");
        }
        await using var db = host.NewContext();
        Assert.Equal(1, await db.Lettings.CountAsync(l => l.PropertyId == home.Id));
        Assert.Equal(1, await db.Applications.CountAsync(a => a.Status == ApplicationStatus.Housed));
    }

    /// <summary>001 §65.3: every management move is reported to the board: managers see the partnership's, a landlord its own, a council its area's.</summary>
    [Theory, OnSqlite, OnPostgres]
    public async Task List_ReportByReasonAndDate_EachSeesTheirOwn_001_65_3(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        var alpha = await host.UserAsync("Lou Landlord", (host.Partnership.AlphaHomes, MembershipRole.LandlordOfficer));
        var beta = await host.UserAsync("Ben Beta", (host.Partnership.BetaHousing, MembershipRole.LandlordOfficer));
        var manager = await host.UserAsync("Max Manager", (host.Partnership.PartnershipId, MembershipRole.Manager));
        var exeter = await host.UserAsync("Eve Exeter", (host.Partnership.Exeter, MembershipRole.LocalAuthorityOfficer));
        var teignbridge = await host.UserAsync("Ted Teign", (host.Partnership.Teignbridge, MembershipRole.LocalAuthorityOfficer));
        var alphaHome = await HomesArrange.PropertyAsync(host);
        var betaHome = await HomesArrange.PropertyAsync(host, landlord: host.Partnership.BetaHousing);
        var first = await HttpAssert.OkAsync(await alpha.Client.PostJsonAsync(Url, Body(alphaHome, await HomesArrange.ApplicationAsync(host, null)), host.Json), 201);
        host.Clock.Advance(TimeSpan.FromDays(2));
        await HttpAssert.OkAsync(await beta.Client.PostJsonAsync(Url, Body(betaHome, await HomesArrange.ApplicationAsync(host, null), reason: "downsizing"), host.Json), 201);

        static async Task<List<string?>> Reasons(HttpResponseMessage response) =>
            [.. (await HttpAssert.OkAsync(response)).GetProperty("items").EnumerateArray().Select(m => m.GetProperty("reason").GetString())];

        Assert.Equal(["downsizing", "urgentManagementMove"], await Reasons(await manager.Client.GetAsync(Url)));
        Assert.Equal(["urgentManagementMove"], await Reasons(await manager.Client.GetAsync($"{Url}?reason=urgentManagementMove")));
        Assert.Equal(["downsizing"], await Reasons(await manager.Client.GetAsync($"{Url}?from={Uri.EscapeDataString(host.Clock.GetUtcNow().AddHours(-1).ToString("O"))}")));
        Assert.Equal(["urgentManagementMove"], await Reasons(await alpha.Client.GetAsync(Url)));
        Assert.Equal(2, (await Reasons(await exeter.Client.GetAsync(Url))).Count);
        Assert.Empty(await Reasons(await teignbridge.Client.GetAsync(Url)));
        await HttpAssert.ProblemAsync(await beta.Client.GetAsync($"{Url}/{first.GetProperty("id").GetGuid()}"), 404, "not-found");
        var badLimit = await HttpAssert.ProblemAsync(await manager.Client.GetAsync($"{Url}?limit=0"), 400, "validation-failed");
        Assert.Equal("limit", badLimit.GetProperty("field").GetString());
    }
}
