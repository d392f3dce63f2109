using System.Security.Claims;
using OpenLettings.Infrastructure.Register;
using OpenLettings.Infrastructure.Register.Access;

namespace OpenLettings.Web.Api;

/// <summary>The <see cref="Actor"/> behind a request, loaded once per request from the signed-in user's memberships.</summary>
public static class ActorAccess
{
    private static readonly object Key = new();

    public static async Task<Actor> ActorAsync(this HttpContext http)
    {
        if (http.Items.TryGetValue(Key, out var cached) && cached is Actor actor)
        {
            return actor;
        }
        var userId = http.User.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new RegisterException(RegisterFailure.Unauthenticated, "unauthenticated", "Sign in, or send an API key, to use the register API.");
        actor = await http.RequestServices.GetRequiredService<ActorLoader>().LoadAsync(userId, http.RequestAborted);
        http.Items[Key] = actor;
        return actor;
    }
}
