namespace OpenLettings.Web.Features.Applications;

/// <summary>The applications endpoints under /api/v1.</summary>
public static class ApplicationsEndpoints
{
    public static IServiceCollection AddApplicationsFeature(this IServiceCollection services) => services;

    public static RouteGroupBuilder MapApplications(this RouteGroupBuilder api) => api;
}
