using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenLettings.Web.Tests.Support;

namespace OpenLettings.Web.Tests.Cycles;

/// <summary>
/// Another web node on the same database as a <see cref="RegisterHost"/> (its own services, connection pool and
/// lease holder name; the same clock), as a second machine behind a load balancer would be.
/// </summary>
public sealed class SecondNode : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;

    private SecondNode(WebApplicationFactory<Program> factory) => _factory = factory;

    public static SecondNode Start(RegisterHost host, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Testing");
            web.UseSetting("Register:Provider", host.Provider.ToString());
            web.UseSetting("Register:ConnectionString", host.Database.ConnectionString);
            web.UseSetting("Register:MigrateOnStartup", "false");
            web.UseSetting("Jobs:Enabled", "false");
            web.UseSetting("Jobs:Node", "node-2");
            web.UseSetting("Demo:Seed", "false");
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                web.UseSetting(key, value);
            }
            web.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(host.Clock);
                configureServices?.Invoke(services);
            });
        });
        return new SecondNode(factory);
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public ValueTask DisposeAsync() => _factory.DisposeAsync();
}
