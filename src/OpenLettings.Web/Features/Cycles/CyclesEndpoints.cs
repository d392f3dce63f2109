namespace OpenLettings.Web.Features.Cycles;

/// <summary>The cycles endpoints under /api/v1 and their background jobs.</summary>
public static class CyclesEndpoints
{
    public static IServiceCollection AddCyclesFeature(this IServiceCollection services, IConfiguration configuration) => services;

    public static RouteGroupBuilder MapCycles(this RouteGroupBuilder api) => api;
}
