using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Web.Features.Applications;
using OpenLettings.Web.Features.Bidding;
using OpenLettings.Web.Features.Cycles;
using OpenLettings.Web.Features.Demo;
using OpenLettings.Web.Features.Events;
using OpenLettings.Web.Features.Homes;
using OpenLettings.Web.Features.Shortlists;

namespace OpenLettings.Web.Api;

/// <summary>Where every feature plugs its services and endpoints into the host.</summary>
public static class ApiRoutes
{
    public const string Prefix = "/api/v1";

    public static IServiceCollection AddOpenLettingsFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddApplicationsFeature();
        services.AddHomesFeature();
        services.AddBiddingFeature();
        services.AddCyclesFeature(configuration);
        services.AddShortlistsFeature();
        services.AddEventsFeature(configuration);
        services.AddDemoFeature();
        return services;
    }

    public static void MapOpenLettingsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup($"{Prefix}/auth").WithTags("Sign-in").MapIdentityApi<RegisterUser>();

        var api = app.MapGroup(Prefix).RequireAuthorization().WithIdempotencyKeys();
        api.MapMe();
        api.MapApplications();
        api.MapHomes();
        api.MapBidding();
        api.MapCycles();
        api.MapShortlists();
        api.MapEvents();
    }

    /// <summary><c>GET /api/v1/me</c>: who the caller is and the roles they hold, by organisation.</summary>
    private static void MapMe(this RouteGroupBuilder api) =>
        api.MapGet("/me", async (HttpContext http) =>
            {
                var actor = await http.ActorAsync();
                return Results.Ok(new MeResponse(actor.UserId, actor.DisplayName,
                    [.. actor.Memberships.Select(m => new MeMembership(m.OrganisationId, m.OrganisationCode, m.Kind, m.Role))]));
            })
            .WithTags("Sign-in")
            .WithSummary("Who you are signed in as, and your roles by organisation.");
}

/// <summary>The signed-in user.</summary>
public sealed record MeResponse(string UserId, string DisplayName, IReadOnlyList<MeMembership> Memberships);

/// <summary>One role in one organisation.</summary>
public sealed record MeMembership(Guid OrganisationId, string OrganisationCode, OrganisationKind Kind, MembershipRole Role);
