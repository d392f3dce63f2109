using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Json;
using OpenLettings.Infrastructure.Json;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Infrastructure.Register;
using OpenLettings.Infrastructure.Register.Access;
using OpenLettings.Web.Api;
using OpenLettings.Web.Auth;
using OpenLettings.Web.Features.Demo;
using Scalar.AspNetCore;

namespace OpenLettings.Web;

/// <summary>
/// The web host: the JSON API under <c>/api/v1</c> with its OpenAPI document (<c>/openapi/v1.json</c>, browsable at
/// <c>/scalar</c>), Identity sign-in, API keys for partner systems, and the background jobs (letting cycles, webhooks).
/// Configuration: <c>Register:Provider</c> (<c>sqlite</c> or <c>postgres</c>), <c>Register:ConnectionString</c>,
/// <c>Jobs:Enabled</c>, <c>Demo:Seed</c>; see docs/operations.md.
/// </summary>
public static class OpenLettingsHost
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var services = builder.Services;
        var configuration = builder.Configuration;

        var provider = RegisterDatabase.ParseProvider(configuration["Register:Provider"] ?? "sqlite");
        var connectionString = configuration["Register:ConnectionString"] is { Length: > 0 } configured
            ? configured
            : "Data Source=openlettings.db";
        services.AddRegister(provider, connectionString);
        services.AddScoped<RegisterWork>();
        services.AddScoped<ActorLoader>();
        services.AddScoped<ApiKeys>();

        var dataProtection = services.AddDataProtection().SetApplicationName("OpenLettings").PersistKeysToDbContext<RegisterDbContext>();
        if (configuration["DataProtection:CertificatePath"] is { Length: > 0 } certificatePath)
        {
            // Encrypts the shared keys at rest; every node needs the same certificate (PKCS #12).
            dataProtection.ProtectKeysWithCertificate(
                X509CertificateLoader.LoadPkcs12FromFile(certificatePath, configuration["DataProtection:CertificatePassword"]));
        }
        services.AddIdentityApiEndpoints<RegisterUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
            })
            .AddEntityFrameworkStores<RegisterDbContext>();
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = ApiAuthentication.Scheme;
                o.DefaultAuthenticateScheme = ApiAuthentication.Scheme;
                o.DefaultChallengeScheme = ApiAuthentication.Scheme;
                o.DefaultForbidScheme = ApiAuthentication.Scheme;
            })
            .AddPolicyScheme(ApiAuthentication.Scheme, "API key, bearer token or cookie", o => o.ForwardDefaultSelector = ApiAuthentication.SelectScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "openlettings";
            o.Events.OnRedirectToLogin = context => ApiAuthentication.StatusInstead(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => ApiAuthentication.StatusInstead(context, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorization();

        services.Configure<JsonOptions>(o =>
        {
            ContractJson.Configure(o.SerializerOptions);
            o.SerializerOptions.WriteIndented = false;
        });
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails(ApiProblems.Customise);
        services.AddExceptionHandler<ApiProblems>();
        services.AddOpenApi("v1", o =>
        {
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "OpenLettings register API";
                document.Info.Version = "v1";
                document.Info.Description = "The housing register and choice based lettings API. See docs/api.md.";
                return Task.CompletedTask;
            });
            o.AddOperationTransformer(Idempotency.DescribeHeader);
        });

        services.AddOpenLettingsFeatures(configuration);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapGet("/health", () => Results.Ok(new { status = "ok" })).ExcludeFromDescription();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/scalar", o => o.WithTitle("OpenLettings API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        app.MapOpenLettingsApi();
        return app;
    }

    /// <summary>Applies migrations (when configured) and seeds the demo partnership (when configured and empty).</summary>
    public static async Task PrepareAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var configuration = app.Configuration;
        var db = scope.ServiceProvider.GetRequiredService<RegisterDbContext>();
        if (configuration.GetValue("Register:MigrateOnStartup", true))
        {
            await RegisterDatabase.MigrateAsync(db);
        }
        if (configuration.GetValue("Demo:Seed", false))
        {
            var seeder = scope.ServiceProvider.GetRequiredService<DemoSeeder>();
            var report = await seeder.SeedAsync();
            app.Lifetime.ApplicationStarted.Register(() => DemoSeeder.Print(report, app.Urls, app.Logger));
        }
    }

    /// <summary>JSON for logs and tests, exactly as the API writes it.</summary>
    public static JsonSerializerOptions ApiJson(IServiceProvider services) =>
        services.GetRequiredService<Microsoft.Extensions.Options.IOptions<JsonOptions>>().Value.SerializerOptions;
}
