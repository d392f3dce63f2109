namespace OpenLettings.Web.Features.Events;

/// <summary>The events endpoints under /api/v1 and their background jobs.</summary>
public static class EventsEndpoints
{
    public static IServiceCollection AddEventsFeature(this IServiceCollection services, IConfiguration configuration) => services;

    public static RouteGroupBuilder MapEvents(this RouteGroupBuilder api) => api;
}
