namespace OpenLettings.Web.Features.Shortlists;

/// <summary>The shortlists endpoints under /api/v1.</summary>
public static class ShortlistsEndpoints
{
    public static IServiceCollection AddShortlistsFeature(this IServiceCollection services) => services;

    public static RouteGroupBuilder MapShortlists(this RouteGroupBuilder api) => api;
}
