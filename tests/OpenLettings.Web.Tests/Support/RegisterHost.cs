using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Infrastructure.Register.Access;

namespace OpenLettings.Web.Tests.Support;

/// <summary>A signed-in test user: their id and an HTTP client that sends their API key.</summary>
public sealed record TestUser(string UserId, string ApiKey, HttpClient Client);

/// <summary>
/// The web host over real HTTP (TestServer through <see cref="WebApplicationFactory{TEntryPoint}"/>) on a fresh,
/// migrated database — a SQLite file or a PostgreSQL database — with a settable clock and background jobs off
/// (tests run the jobs themselves). <see cref="Partnership"/> has two councils and two landlords.
/// </summary>
public sealed class RegisterHost : IAsyncDisposable
{
    /// <summary>Thursday 3 December 2026, 10:00 UK time (GMT): inside the cycle that opened on Wednesday 2 December.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

    private readonly WebApplicationFactory<Program> _factory;
    private readonly List<HttpClient> _clients = [];

    private RegisterHost(TestDatabase database, TestClock clock, WebApplicationFactory<Program> factory, TestPartnership partnership)
    {
        Database = database;
        Clock = clock;
        _factory = factory;
        Partnership = partnership;
    }

    public TestDatabase Database { get; }

    public TestClock Clock { get; }

    public TestPartnership Partnership { get; }

    public IServiceProvider Services => _factory.Services;

    public DatabaseProvider Provider => Database.Provider;

    /// <summary>JSON as the API reads and writes it.</summary>
    public JsonSerializerOptions Json => OpenLettingsHost.ApiJson(_factory.Services);

    public static async Task<RegisterHost> StartAsync(DatabaseProvider provider, DateTimeOffset? now = null,
        Action<IServiceCollection>? configureServices = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var clock = new TestClock(now ?? DefaultNow);
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Testing");
            web.UseSetting("Register:Provider", provider.ToString());
            web.UseSetting("Register:ConnectionString", database.ConnectionString);
            web.UseSetting("Register:MigrateOnStartup", "false");
            web.UseSetting("Jobs:Enabled", "false");
            web.UseSetting("Demo:Seed", "false");
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                web.UseSetting(key, value);
            }
            web.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(clock);
                configureServices?.Invoke(services);
            });
        });
        var partnership = await TestPartnership.CreateAsync(database);
        return new RegisterHost(database, clock, factory, partnership);
    }

    /// <summary>A client with no credentials.</summary>
    public HttpClient AnonymousClient()
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        _clients.Add(client);
        return client;
    }

    /// <summary>Creates a user with these roles, and an API key for them; returns a client that sends it.</summary>
    public async Task<TestUser> UserAsync(string name, params (Guid Organisation, MembershipRole Role)[] roles)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegisterDbContext>();
        var email = $"{name.Replace(' ', '.').ToLowerInvariant()}.{Guid.NewGuid():N}@example.org";
        var user = new RegisterUser
        {
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true,
            DisplayName = name,
            SecurityStamp = Guid.NewGuid().ToString("N"),
        };
        db.Users.Add(user);
        foreach (var (organisation, role) in roles)
        {
            db.Memberships.Add(new OrganisationMembership { UserId = user.Id, OrganisationId = organisation, Role = role, GrantedAt = Clock.GetUtcNow() });
        }
        await db.SaveChangesAsync();
        var (_, secret) = await scope.ServiceProvider.GetRequiredService<ApiKeys>().IssueAsync(user.Id, $"tests: {name}");
        var client = AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return new TestUser(user.Id, secret, client);
    }

    /// <summary>A fresh context on the test database, for arranging and checking state.</summary>
    public RegisterDbContext NewContext() => Database.NewContext();

    /// <summary>Runs something with the host's scoped services (a job, a service), as the host would.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }
        await _factory.DisposeAsync();
        await Database.DisposeAsync();
    }
}

/// <summary>A small Devon Home Choice partnership: two councils (Exeter, Teignbridge) and two landlords.</summary>
public sealed record TestPartnership(Guid PartnershipId, Guid Exeter, Guid Teignbridge, Guid AlphaHomes, Guid BetaHousing)
{
    public static async Task<TestPartnership> CreateAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var partnership = new Organisation
        {
            Code = "devon-home-choice",
            Name = "Devon Home Choice",
            Kind = OrganisationKind.Partnership,
            SchemeId = "devon-home-choice",
            SettingsJson = null,
        };
        Organisation Member(OrganisationKind kind, string code, string name) =>
            new() { Code = code, Name = name, Kind = kind, PartnershipId = partnership.Id };
        var exeter = Member(OrganisationKind.LocalAuthority, "exeter", "Exeter City Council");
        var teignbridge = Member(OrganisationKind.LocalAuthority, "teignbridge", "Teignbridge District Council");
        var alpha = Member(OrganisationKind.Landlord, "alpha-homes", "Alpha Homes");
        var beta = Member(OrganisationKind.Landlord, "beta-housing", "Beta Housing Association");
        db.Organisations.AddRange(partnership, exeter, teignbridge, alpha, beta);
        await db.SaveChangesAsync();
        return new TestPartnership(partnership.Id, exeter.Id, teignbridge.Id, alpha.Id, beta.Id);
    }
}

/// <summary>Reading responses.</summary>
public static class HttpAssert
{
    /// <summary>Reads a problem-details body and checks its status and stable code.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, int status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"Expected {status} {code}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal(code, json.GetProperty("code").GetString());
        return json;
    }

    /// <summary>Reads a success body.</summary>
    public static async Task<JsonElement> OkAsync(HttpResponseMessage response, int status = 200)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"Expected {status}, got {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>POSTs JSON.</summary>
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body, JsonSerializerOptions json) =>
        client.PostAsJsonAsync(url, body, json);
}
