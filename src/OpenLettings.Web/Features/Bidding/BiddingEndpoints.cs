namespace OpenLettings.Web.Features.Bidding;

/// <summary>The bidding endpoints under /api/v1.</summary>
public static class BiddingEndpoints
{
    public static IServiceCollection AddBiddingFeature(this IServiceCollection services) => services;

    public static RouteGroupBuilder MapBidding(this RouteGroupBuilder api) => api;
}
