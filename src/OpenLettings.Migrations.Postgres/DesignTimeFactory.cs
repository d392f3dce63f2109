using Microsoft.EntityFrameworkCore.Design;
using OpenLettings.Infrastructure.Persistence;

namespace OpenLettings.Migrations.Postgres;

/// <summary>
/// Lets <c>dotnet ef migrations add … --project src/OpenLettings.Migrations.Postgres</c> build the model for
/// Postgres. Adding a migration does not connect to the database; the connection string only names the provider.
/// </summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<RegisterDbContext>
{
    public RegisterDbContext CreateDbContext(string[] args) =>
        RegisterDatabase.Open(DatabaseProvider.Postgres, "Host=localhost;Database=openlettings_design");
}
