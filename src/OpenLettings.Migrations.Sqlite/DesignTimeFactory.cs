using Microsoft.EntityFrameworkCore.Design;
using OpenLettings.Infrastructure.Persistence;

namespace OpenLettings.Migrations.Sqlite;

/// <summary>
/// Lets <c>dotnet ef migrations add … --project src/OpenLettings.Migrations.Sqlite</c> build the model for
/// Sqlite. Adding a migration does not connect to the database; the connection string only names the provider.
/// </summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<RegisterDbContext>
{
    public RegisterDbContext CreateDbContext(string[] args) =>
        RegisterDatabase.Open(DatabaseProvider.Sqlite, "Data Source=openlettings-design.db");
}
