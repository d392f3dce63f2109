using Microsoft.Extensions.DependencyInjection;
using OpenLettings.Infrastructure.Audit;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Tests.Support;

namespace OpenLettings.Infrastructure.Tests;

public sealed class RegisterServicesTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task AddRegister_ResolvedAuditLog_AppendsWithTheRegisteredClockAndVerifies(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new TestClock(Seed.Now);
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddRegister(provider.ToString(), database.ConnectionString)
            .BuildServiceProvider();
        await using var _ = services;

        await using (var scope = services.CreateAsyncScope())
        {
            var entry = await scope.ServiceProvider.GetRequiredService<AuditLog>().AppendAsync(
                new AuditRecord("officer-1", null, "Bid", "bid-1", "bid.placed", null, """{"status":"Open"}""", "Placed by an officer (001 §59.1)"));
            Assert.Equal((1L, Seed.Now), (entry.Sequence, entry.OccurredAt));
        }

        await using (var scope = services.CreateAsyncScope())
        {
            Assert.Equal(provider, scope.ServiceProvider.GetRequiredService<RegisterDbContext>().Provider);
            Assert.True((await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync()).IsValid);
        }
    }

    [Fact]
    public void AddRegister_UnknownProviderName_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddRegister("oracle", "Data Source=x"));
    }
}
