using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Web.Tests.Support;

namespace OpenLettings.Web.Tests.Events;

/// <summary>Writes outbox events straight into the test database, as a register change would.</summary>
internal static class Outbox
{
    /// <summary>Adds events one per save (so positions follow the order given) and returns them with their positions.</summary>
    public static async Task<List<OutboxMessage>> AddAsync(RegisterHost host, params (string Type, Guid? Organisation)[] events)
    {
        await using var db = host.NewContext();
        var added = new List<OutboxMessage>();
        foreach (var (type, organisation) in events)
        {
            var message = new OutboxMessage
            {
                Type = type,
                EntityType = "advert",
                EntityId = Guid.NewGuid().ToString(),
                OrganisationId = organisation,
                PartnershipId = host.Partnership.PartnershipId,
                PayloadJson = $$"""{"status":"biddingCurrent","n":{{added.Count}}}""",
                OccurredAt = host.Clock.GetUtcNow(),
            };
            db.Outbox.Add(message);
            await db.SaveChangesAsync();
            added.Add(message);
        }
        return added;
    }

    /// <summary>Moves the clock past the feed's settle delay, so events just written are served.</summary>
    public static void Settle(RegisterHost host) => host.Clock.Advance(TimeSpan.FromSeconds(3));
}

/// <summary>One request a <see cref="WebhookReceiver"/> got.</summary>
internal sealed record ReceivedWebhook(string EventId, string EventType, string Signature, string Body, int Status);

/// <summary>
/// A real HTTP server on 127.0.0.1 (a random port) that records every POST to <c>/hook</c> and answers 500 to the
/// first <see cref="FailFirst"/> of them, then 200.
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _failuresLeft;

    private WebhookReceiver(WebApplication app, int failFirst)
    {
        _app = app;
        _failuresLeft = failFirst;
    }

    public int FailFirst { get; private init; }

    /// <summary>A pause before answering, so that concurrent dispatchers overlap.</summary>
    public TimeSpan Delay { get; set; }

    public ConcurrentQueue<ReceivedWebhook> Requests { get; } = new();

    public string Url { get; private set; } = "";

    public static async Task<WebhookReceiver> StartAsync(int failFirst = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, failFirst) { FailFirst = failFirst };
        app.MapPost("/hook", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            if (receiver.Delay > TimeSpan.Zero)
            {
                await Task.Delay(receiver.Delay);
            }
            var status = Interlocked.Decrement(ref receiver._failuresLeft) >= 0 ? 500 : 200;
            receiver.Requests.Enqueue(new ReceivedWebhook(
                http.Request.Headers["OpenLettings-Event-Id"].ToString(),
                http.Request.Headers["OpenLettings-Event-Type"].ToString(),
                http.Request.Headers["OpenLettings-Signature"].ToString(),
                body,
                status));
            return Results.StatusCode(status);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        receiver.Url = address.TrimEnd('/') + "/hook";
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
