using OpenLettings.Infrastructure.Register.Events;

namespace OpenLettings.Web.Features.Events;

/// <summary>The event feed and webhooks under /api/v1, and the webhook dispatcher job.</summary>
/// <remarks>
/// Configuration: <c>Events:SettleSeconds</c> (default 2; see <see cref="EventFeedOptions.SettleDelay"/>),
/// <c>Webhooks:TimeoutSeconds</c> (default 10), <c>Jobs:Enabled</c> and <c>Jobs:WebhookIntervalSeconds</c> (default 10).
/// </remarks>
public static class EventsEndpoints
{
    public static IServiceCollection AddEventsFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new EventFeedOptions
        {
            SettleDelay = TimeSpan.FromSeconds(configuration.GetValue("Events:SettleSeconds", 2.0)),
        });
        services.AddScoped<EventFeed>();
        services.AddHttpClient<WebhookDispatcher>(WebhookDispatcher.HttpClientName, client =>
        {
            client.Timeout = TimeSpan.FromSeconds(configuration.GetValue("Webhooks:TimeoutSeconds", 10.0));
            client.DefaultRequestHeaders.UserAgent.ParseAdd("OpenLettings-Webhooks/1");
        });
        services.AddHostedService<WebhookDispatchJob>();
        return services;
    }

    public static RouteGroupBuilder MapEvents(this RouteGroupBuilder api)
    {
        api.MapReadEvents();
        api.MapWebhooks();
        return api;
    }
}
