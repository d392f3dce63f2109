using System.Reflection;
using OpenLettings.Infrastructure.Persistence;
using Xunit.Sdk;

namespace OpenLettings.Testing;

/// <summary>Runs a storage theory on SQLite (a temporary database file).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OnSqliteAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[DatabaseProvider.Sqlite]];
}

/// <summary>
/// Runs a storage theory on PostgreSQL, reached through <see cref="TestDatabase.PostgresVariable"/> (test.sh
/// starts a server and sets it). Without it the case is skipped with a clear message, except when
/// <c>CI=true</c>: then it runs and fails, so CI can never pass without having tested PostgreSQL.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OnPostgresAttribute : DataAttribute
{
    public OnPostgresAttribute()
    {
        if (TestDatabase.PostgresConnectionString is null && !TestDatabase.IsCi)
        {
            Skip = $"PostgreSQL not configured: set {TestDatabase.PostgresVariable} to a connection string (./test.sh starts a server and sets it).";
        }
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[DatabaseProvider.Postgres]];
}
