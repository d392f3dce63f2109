using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Infrastructure.Register.Events;
using OpenLettings.Web.Tests.Support;

namespace OpenLettings.Web.Tests.Events;

public sealed class WebhookTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task CreateWebhook_PartnerSystem_Returns201WithSecretOnceThenListsAndGetsWithoutIt(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        var system = await host.UserAsync("Alpha HMS", (host.Partnership.AlphaHomes, MembershipRole.PartnerSystem));

        var response = await system.Client.PostJsonAsync("/api/v1/webhooks", new { url = "https://hms.example.org/events", eventTypes = new[] { "bid.placed" } }, host.Json);
        var created = await HttpAssert.OkAsync(response, 201);
        var id = created.GetProperty("webhook").GetProperty("id").GetGuid();
        var list = await HttpAssert.OkAsync(await system.Client.GetAsync("/api/v1/webhooks"));
        var one = await HttpAssert.OkAsync(await system.Client.GetAsync(response.Headers.Location));

        Assert.StartsWith("whsec_", created.GetProperty("secret").GetString(), StringComparison.Ordinal);
        Assert.Equal($"/api/v1/webhooks/{id}", response.Headers.Location?.ToString());
        Assert.Equal(host.Partnership.AlphaHomes, created.GetProperty("webhook").GetProperty("organisationId").GetGuid());
        var listed = Assert.Single(list.GetProperty("webhooks").EnumerateArray());
        Assert.Equal(id, listed.GetProperty("id").GetGuid());
        Assert.Equal(["bid.placed"], listed.GetProperty("eventTypes").EnumerateArray().Select(t => t.GetString()));
        Assert.False(listed.TryGetProperty("secret", out _));
        Assert.True(one.GetProperty("active").GetBoolean());
        await using var db = host.NewContext();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "webhook.created" && a.EntityId == id.ToString()));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task CreateWebhook_BadUrlOrEventType_Returns400NamingTheField(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        var system = await host.UserAsync("Alpha HMS", (host.Partnership.AlphaHomes, MembershipRole.PartnerSystem));

        var relative = await HttpAssert.ProblemAsync(await system.Client.PostJsonAsync("/api/v1/webhooks", new { url = "/events" }, host.Json), 400, "validation-failed");
        var ftp = await HttpAssert.ProblemAsync(await system.Client.PostJsonAsync("/api/v1/webhooks", new { url = "ftp://hms.example.org/x" }, host.Json), 400, "validation-failed");
        var type = await HttpAssert.ProblemAsync(await system.Client.PostJsonAsync("/api/v1/webhooks",
            new { url = "https://hms.example.org/events", eventTypes = new[] { "bid.placed", "bid.eaten" } }, host.Json), 400, "validation-failed");

        Assert.Equal("url", relative.GetProperty("field").GetString());
        Assert.Equal("url", ftp.GetProperty("field").GetString());
        Assert.Equal("eventTypes[1]", type.GetProperty("field").GetString());
        await using var db = host.NewContext();
        Assert.Equal(0, await db.WebhookSubscriptions.CountAsync());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task CreateWebhook_WrongRoleOrOrganisation_Returns403(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        var officer = await host.UserAsync("Lou Landlord", (host.Partnership.AlphaHomes, MembershipRole.LandlordOfficer));
        var system = await host.UserAsync("Alpha HMS", (host.Partnership.AlphaHomes, MembershipRole.PartnerSystem));

        await HttpAssert.ProblemAsync(await officer.Client.PostJsonAsync("/api/v1/webhooks", new { url = "https://x.example.org/" }, host.Json), 403, "forbidden");
        await HttpAssert.ProblemAsync(await system.Client.PostJsonAsync("/api/v1/webhooks",
            new { url = "https://x.example.org/", organisationId = host.Partnership.BetaHousing }, host.Json), 403, "forbidden");
        await HttpAssert.ProblemAsync(await officer.Client.GetAsync("/api/v1/webhooks"), 403, "forbidden");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task DeleteWebhook_Own_Deactivates_OtherOrganisations_Returns404(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        var alpha = await host.UserAsync("Alpha HMS", (host.Partnership.AlphaHomes, MembershipRole.PartnerSystem));
        var beta = await host.UserAsync("Beta HMS", (host.Partnership.BetaHousing, MembershipRole.PartnerSystem));
        var manager = await host.UserAsync("Mina Manager", (host.Partnership.PartnershipId, MembershipRole.Manager));
        var created = await HttpAssert.OkAsync(await alpha.Client.PostJsonAsync("/api/v1/webhooks", new { url = "https://hms.example.org/" }, host.Json), 201);
        var id = created.GetProperty("webhook").GetProperty("id").GetGuid();

        await HttpAssert.ProblemAsync(await beta.Client.DeleteAsync($"/api/v1/webhooks/{id}"), 404, "not-found");
        await HttpAssert.ProblemAsync(await alpha.Client.DeleteAsync($"/api/v1/webhooks/{Guid.NewGuid()}"), 404, "not-found");
        var managerSees = await HttpAssert.OkAsync(await manager.Client.GetAsync("/api/v1/webhooks"));
        await HttpAssert.OkAsync(await alpha.Client.DeleteAsync($"/api/v1/webhooks/{id}"), 204);
        var after = await HttpAssert.OkAsync(await alpha.Client.GetAsync($"/api/v1/webhooks/{id}"));

        Assert.Single(managerSees.GetProperty("webhooks").EnumerateArray());
        Assert.False(after.GetProperty("active").GetBoolean());
        Assert.Equal(2, after.GetProperty("version").GetInt64());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Dispatch_ReceiverFailsFirstTwice_RetriesWithBackoffThenDeliversAllInOrderSigned(DatabaseProvider provider)
    {
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: 2);
        await using var host = await RegisterHost.StartAsync(provider);
        var p = host.Partnership;
        var system = await host.UserAsync("Alpha HMS", (p.AlphaHomes, MembershipRole.PartnerSystem));
        var created = await HttpAssert.OkAsync(await system.Client.PostJsonAsync("/api/v1/webhooks", new { url = receiver.Url }, host.Json), 201);
        var secret = created.GetProperty("secret").GetString()!;
        var id = created.GetProperty("webhook").GetProperty("id").GetGuid();
        var events = await Outbox.AddAsync(host,
            ("advert.published", p.AlphaHomes), ("bid.placed", p.BetaHousing), ("bid.placed", p.AlphaHomes), ("shortlist.built", p.AlphaHomes));
        var alphaEvents = events.Where(e => e.OrganisationId == p.AlphaHomes).ToList();
        Outbox.Settle(host);

        var first = await DispatchAsync(host);
        var notYetDue = await DispatchAsync(host);
        var stateAfterFirst = await SubscriptionAsync(host, id);
        host.Clock.Advance(TimeSpan.FromSeconds(11));
        var second = await DispatchAsync(host);
        var stateAfterSecond = await SubscriptionAsync(host, id);
        host.Clock.Advance(TimeSpan.FromSeconds(21));
        var third = await DispatchAsync(host);
        var final = await SubscriptionAsync(host, id);

        Assert.Equal((0, 1), (first.Delivered, first.Failed));
        Assert.Equal(0, notYetDue.Subscriptions);
        Assert.Equal(1, stateAfterFirst.FailedAttempts);
        Assert.Equal(host.Clock.GetUtcNow() - TimeSpan.FromSeconds(32) + TimeSpan.FromSeconds(10), stateAfterFirst.NextAttemptAt);
        Assert.Equal("HTTP 500 Internal Server Error", stateAfterFirst.LastError);
        Assert.Equal((0, 1), (second.Delivered, second.Failed));
        Assert.Equal(host.Clock.GetUtcNow() - TimeSpan.FromSeconds(21) + TimeSpan.FromSeconds(20), stateAfterSecond.NextAttemptAt);
        Assert.Equal((3, 0), (third.Delivered, third.Failed));
        Assert.Equal((alphaEvents[^1].Position, 0, null), (final.Cursor, final.FailedAttempts, final.LastError));

        var requests = receiver.Requests.ToList();
        // The first event twice refused, then every Alpha event once, in order; Beta's event never.
        Assert.Equal([alphaEvents[0].EventId, alphaEvents[0].EventId, .. alphaEvents.Select(e => e.EventId)],
            requests.Select(r => Guid.Parse(r.EventId)));
        Assert.Equal([500, 500, 200, 200, 200], requests.Select(r => r.Status));
        Assert.All(requests, r => Assert.True(WebhookSignature.Verify(secret, r.Signature, r.Body), $"signature of {r.EventId}"));
        Assert.All(requests, r => Assert.False(WebhookSignature.Verify("whsec_wrong", r.Signature, r.Body)));
        var body = JsonDocument.Parse(requests[^1].Body).RootElement;
        Assert.Equal(alphaEvents[^1].Position, body.GetProperty("position").GetInt64());
        Assert.Equal("shortlist.built", body.GetProperty("type").GetString());
        Assert.Equal("shortlist.built", requests[^1].EventType);
        Assert.Equal(3, body.GetProperty("data").GetProperty("n").GetInt32());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Dispatch_EventTypeFilter_DeliversOnlyThoseTypesAndStepsOverTheRest(DatabaseProvider provider)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = await RegisterHost.StartAsync(provider);
        var p = host.Partnership;
        var manager = await host.UserAsync("Mina Manager", (p.PartnershipId, MembershipRole.Manager));
        var created = await HttpAssert.OkAsync(await manager.Client.PostJsonAsync("/api/v1/webhooks",
            new { url = receiver.Url, eventTypes = new[] { "home.let" } }, host.Json), 201);
        var events = await Outbox.AddAsync(host, ("bid.placed", p.AlphaHomes), ("home.let", p.BetaHousing), ("bid.placed", p.AlphaHomes));
        Outbox.Settle(host);

        await DispatchAsync(host);
        var state = await SubscriptionAsync(host, created.GetProperty("webhook").GetProperty("id").GetGuid());

        Assert.Equal([events[1].EventId], receiver.Requests.Select(r => Guid.Parse(r.EventId)));
        Assert.Equal(events[2].Position, state.Cursor);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Dispatch_TwoDispatchersAtOnce_DeliverEachEventExactlyOnceInOrder(DatabaseProvider provider)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Delay = TimeSpan.FromMilliseconds(15);
        await using var host = await RegisterHost.StartAsync(provider);
        var p = host.Partnership;
        var system = await host.UserAsync("Alpha HMS", (p.AlphaHomes, MembershipRole.PartnerSystem));
        await HttpAssert.OkAsync(await system.Client.PostJsonAsync("/api/v1/webhooks", new { url = receiver.Url }, host.Json), 201);
        var events = await Outbox.AddAsync(host, [.. Enumerable.Range(0, 12).Select(_ => ("bid.placed", (Guid?)p.AlphaHomes))]);
        Outbox.Settle(host);

        for (var round = 0; round < 3; round++)
        {
            await Task.WhenAll(DispatchAsync(host), DispatchAsync(host));
        }

        Assert.Equal(events.Select(e => e.EventId), receiver.Requests.Select(r => Guid.Parse(r.EventId)));
    }

    private static Task<WebhookRunResult> DispatchAsync(RegisterHost host) =>
        host.InScopeAsync(sp => sp.GetRequiredService<WebhookDispatcher>().RunOnceAsync());

    private static async Task<WebhookSubscription> SubscriptionAsync(RegisterHost host, Guid id)
    {
        await using var db = host.NewContext();
        return await db.WebhookSubscriptions.AsNoTracking().SingleAsync(s => s.Id == id);
    }
}
