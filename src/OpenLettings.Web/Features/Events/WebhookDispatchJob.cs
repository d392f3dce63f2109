using OpenLettings.Infrastructure.Register.Events;

namespace OpenLettings.Web.Features.Events;

/// <summary>
/// Runs the <see cref="WebhookDispatcher"/> every <c>Jobs:WebhookIntervalSeconds</c> (default 10) while
/// <c>Jobs:Enabled</c>. Safe on several nodes: each subscription is delivered under its own lease.
/// </summary>
public sealed class WebhookDispatchJob(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<WebhookDispatchJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Jobs:Enabled", true))
        {
            return;
        }
        var interval = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Jobs:WebhookIntervalSeconds", 10)));
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<WebhookDispatcher>().RunOnceAsync(stoppingToken);
                if (result.Delivered > 0 || result.Failed > 0)
                {
                    logger.LogInformation("Webhooks: {Delivered} delivered, {Failed} failed, over {Subscriptions} subscriptions.",
                        result.Delivered, result.Failed, result.Subscriptions);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A job must outlive one failed run (a database restart); the next tick tries again.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                logger.LogError(ex, "Webhook dispatch run failed; retrying at the next interval.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
