using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenLettings.Infrastructure.Register.Access;

namespace OpenLettings.Web.Auth;

/// <summary>
/// How a request is authenticated: an API key (<c>X-Api-Key: olk_…</c> or <c>Authorization: Bearer olk_…</c>) for
/// partner systems; an Identity bearer token (from <c>POST /api/v1/auth/login</c>) for people using the API; the
/// Identity cookie for the browser.
/// </summary>
public static class ApiAuthentication
{
    public const string Scheme = "OpenLettings";

    public static string SelectScheme(HttpContext http)
    {
        var authorization = http.Request.Headers.Authorization.ToString();
        if (http.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.Header)
            || authorization.StartsWith("Bearer " + ApiKeys.KeyPrefix, StringComparison.Ordinal))
        {
            return ApiKeyAuthenticationHandler.SchemeName;
        }
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? IdentityConstants.BearerScheme
            : IdentityConstants.ApplicationScheme;
    }

    /// <summary>For the API, answer with a status (and problem details) instead of redirecting to a sign-in page.</summary>
    public static Task StatusInstead<TOptions>(RedirectContext<TOptions> context, int status)
        where TOptions : AuthenticationSchemeOptions
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
