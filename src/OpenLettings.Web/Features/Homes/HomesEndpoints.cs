namespace OpenLettings.Web.Features.Homes;

/// <summary>The homes endpoints under /api/v1.</summary>
public static class HomesEndpoints
{
    public static IServiceCollection AddHomesFeature(this IServiceCollection services) => services;

    public static RouteGroupBuilder MapHomes(this RouteGroupBuilder api) => api;
}
