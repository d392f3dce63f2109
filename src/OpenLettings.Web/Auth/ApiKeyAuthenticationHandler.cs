using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OpenLettings.Infrastructure.Register.Access;

namespace OpenLettings.Web.Auth;

/// <summary>Authenticates a partner system by its API key; the key acts as the user it was issued to.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeys keys) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    public const string Header = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var secret = Request.Headers[Header].ToString();
        if (secret.Length == 0)
        {
            var authorization = Request.Headers.Authorization.ToString();
            secret = authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? authorization["Bearer ".Length..].Trim() : "";
        }
        if (secret.Length == 0)
        {
            return AuthenticateResult.NoResult();
        }
        var userId = await keys.FindUserAsync(secret, Context.RequestAborted);
        if (userId is null)
        {
            return AuthenticateResult.Fail("The API key is unknown, revoked or expired.");
        }
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
