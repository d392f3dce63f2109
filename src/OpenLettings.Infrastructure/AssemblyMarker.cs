namespace OpenLettings.Infrastructure;

/// <summary>
/// Marks the infrastructure assembly. Storage (EF Core on SQLite and PostgreSQL), the audit log and the
/// outbox arrive here with the register issue; the project exists now so that the dependency direction
/// (Web and Cli → Infrastructure → Domain) is fixed from the start.
/// </summary>
public static class InfrastructureAssembly
{
    /// <summary>The assembly's name, for diagnostics.</summary>
    public static string Name => typeof(InfrastructureAssembly).Assembly.GetName().Name ?? "OpenLettings.Infrastructure";
}
