using OpenLettings.Infrastructure.Register.Cycles;

namespace OpenLettings.Web.Features.Cycles;

/// <summary>
/// Runs the letting cycle jobs every <c>Jobs:CycleIntervalSeconds</c> (default 60) while <c>Jobs:Enabled</c> is true:
/// schedule the current and next cycle, open the cycles due, close the cycles due. Every node may run it: the jobs
/// take leases and are idempotent, so two nodes never do the same work twice.
/// </summary>
public sealed class CycleJobsWorker(IServiceScopeFactory scopes, TimeProvider time, IConfiguration configuration, ILogger<CycleJobsWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Jobs:CycleIntervalSeconds", 60)));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed run is logged and retried on the next tick; the jobs carry on from where they stopped.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                logger.LogError(ex, "Letting cycle jobs failed; retrying in {Interval}.", interval);
            }
            try
            {
                await Task.Delay(interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var jobs = scope.ServiceProvider.GetRequiredService<CycleJobs>();
        var created = await jobs.EnsureCyclesAsync(time.GetUtcNow(), cancellationToken);
        var opened = await jobs.OpenDueAsync(time.GetUtcNow(), cancellationToken);
        var closed = await jobs.CloseDueAsync(time.GetUtcNow(), cancellationToken);
        if (created > 0 || opened.Count > 0 || closed.Count > 0)
        {
            logger.LogInformation("Letting cycles: {Created} scheduled, {Opened} opened, {Closed} closed.",
                created, opened.Count(r => r.Outcome == CycleJobOutcome.Done), closed.Count(r => r.Outcome == CycleJobOutcome.Done));
        }
    }
}
