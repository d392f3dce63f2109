using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenLettings.Infrastructure.Audit;

namespace OpenLettings.Infrastructure.Persistence;

/// <summary>Registers the register's storage and audit log with a host's services.</summary>
public static class RegisterServices
{
    /// <summary>
    /// Adds <see cref="RegisterDbContext"/> (scoped) on the provider, <see cref="AuditLog"/> and
    /// <see cref="AuditVerifier"/> (scoped, on the same context) and <see cref="TimeProvider.System"/> unless a
    /// <see cref="TimeProvider"/> is already registered (tests register their own clock first).
    /// </summary>
    public static IServiceCollection AddRegister(this IServiceCollection services, DatabaseProvider provider, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.AddDbContext<RegisterDbContext>(options => RegisterDatabase.Configure(options, provider, connectionString));
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<AuditLog>();
        services.AddScoped<AuditVerifier>();
        return services;
    }

    /// <summary>As the other overload, with the provider by name (<c>sqlite</c> or <c>postgres</c>).</summary>
    public static IServiceCollection AddRegister(this IServiceCollection services, string providerName, string connectionString) =>
        services.AddRegister(RegisterDatabase.ParseProvider(providerName), connectionString);
}
