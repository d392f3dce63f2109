using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpenLettings.Infrastructure.Persistence;

namespace OpenLettings.Infrastructure.Register.Events;

/// <summary>What one dispatcher run did.</summary>
/// <param name="Subscriptions">Subscriptions whose lease this run took.</param>
/// <param name="Delivered">Events acknowledged with a 2xx.</param>
/// <param name="Failed">Deliveries that failed (each schedules a retry).</param>
public sealed record WebhookRunResult(int Subscriptions, int Delivered, int Failed);

/// <summary>
/// Delivers the event feed to webhook subscriptions, in order and at least once. For each active subscription that
/// is due, it takes the lease <c>webhook:{id}</c> (so two nodes never deliver to one subscription at the same time),
/// re-reads the subscription, and POSTs each settled event after its cursor that its organisation may read
/// (<see cref="EventScope.For(Persistence.Entities.Organisation)"/>) and that its filter selects, one at a time.
/// A 2xx moves the cursor past the event; anything else, or a timeout, records the error and schedules a retry of
/// the same event with exponential backoff (<see cref="EventFeedOptions.Backoff"/>). An event is delivered again
/// only when its acknowledgement was not recorded (a failure, a timeout, or a crash between the POST and the save).
/// </summary>
public sealed class WebhookDispatcher(RegisterDbContext db, HttpClient http, TimeProvider time, EventFeedOptions options, ILogger<WebhookDispatcher> logger)
{
    /// <summary>The name of the <see cref="HttpClient"/> the host configures for deliveries (with its timeout).</summary>
    public const string HttpClientName = "webhooks";

    /// <summary>One pass over the due subscriptions.</summary>
    public async Task<WebhookRunResult> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var holder = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        var now = time.GetUtcNow();
        var due = await db.WebhookSubscriptions.AsNoTracking()
            .Where(s => s.Active && (s.NextAttemptAt == null || s.NextAttemptAt <= now))
            .OrderBy(s => s.Id)
            .Select(s => s.Id)
            .Take(options.SubscriptionsPerRun)
            .ToListAsync(cancellationToken);

        int subscriptions = 0, delivered = 0, failed = 0;
        foreach (var id in due)
        {
            var lease = $"webhook:{id}";
            if (!await JobLeaseStore.TryAcquireAsync(db, lease, holder, time.GetUtcNow(), time.GetUtcNow() + options.WebhookLease, cancellationToken))
            {
                continue;
            }
            subscriptions++;
            try
            {
                var (ok, bad) = await DeliverAsync(id, cancellationToken);
                delivered += ok;
                failed += bad;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another node changed the subscription (its lease had run out): it carries on from what it recorded.
                logger.LogWarning("Webhook {SubscriptionId} was changed by another node while delivering; leaving it to them.", id);
            }
            finally
            {
                db.ChangeTracker.Clear();
                await JobLeaseStore.ReleaseAsync(db, lease, holder, CancellationToken.None);
            }
        }
        return new WebhookRunResult(subscriptions, delivered, failed);
    }

    private async Task<(int Delivered, int Failed)> DeliverAsync(Guid id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var subscription = await db.WebhookSubscriptions.Include(s => s.Organisation).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (subscription is not { Active: true, Organisation: { } organisation }
            || subscription.NextAttemptAt > time.GetUtcNow())
        {
            return (0, 0);
        }
        var filter = EventTypes.Parse(subscription.EventTypes);
        var events = await new EventFeed(db, time, options)
            .ReadAsync(EventScope.For(organisation), subscription.Cursor, options.WebhookBatchSize, cancellationToken);
        var started = Stopwatch.GetTimestamp();
        var delivered = 0;
        foreach (var message in events)
        {
            if (!filter.IsEmpty && !filter.Contains(message.Type, StringComparer.Ordinal))
            {
                subscription.Cursor = message.Position; // not wanted: step over it (saved with the next acknowledgement)
                continue;
            }
            var error = await PostAsync(subscription.Url, subscription.Secret, FeedEvent.From(message), cancellationToken);
            if (error is not null)
            {
                subscription.FailedAttempts++;
                subscription.LastError = error.Length > 4000 ? error[..4000] : error;
                subscription.NextAttemptAt = time.GetUtcNow() + options.Backoff(subscription.FailedAttempts);
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Webhook {SubscriptionId}: event {Position} not delivered ({Error}); retry at {NextAttemptAt}.",
                    id, message.Position, subscription.LastError, subscription.NextAttemptAt);
                return (delivered, 1);
            }
            subscription.Cursor = message.Position;
            subscription.FailedAttempts = 0;
            subscription.LastError = null;
            subscription.NextAttemptAt = null;
            await db.SaveChangesAsync(cancellationToken);
            delivered++;
            if (Stopwatch.GetElapsedTime(started) > options.WebhookLease / 2)
            {
                break; // give the lease back well before it runs out; the next run carries on
            }
        }
        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        return (delivered, 0);
    }

    /// <summary>POSTs one event; null on a 2xx, else what went wrong.</summary>
    private async Task<string?> PostAsync(string url, string secret, FeedEvent feedEvent, CancellationToken cancellationToken)
    {
        var body = feedEvent.ToJson();
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add(WebhookSignature.EventIdHeader, feedEvent.Id.ToString());
        request.Headers.Add(WebhookSignature.EventTypeHeader, feedEvent.Type);
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, time.GetUtcNow(), body));
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
        }
        catch (HttpRequestException ex)
        {
            return $"Request failed: {ex.Message}";
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"Timed out after {http.Timeout.TotalSeconds:0} s.";
        }
    }
}
