using System.Net.Http.Headers;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Web.Tests.Support;

namespace OpenLettings.Web.Tests;

public sealed class HostTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task Me_WithApiKey_ReturnsRolesByOrganisation(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        var officer = await host.UserAsync("Olive Officer", (host.Partnership.Exeter, MembershipRole.LocalAuthorityOfficer));

        var me = await HttpAssert.OkAsync(await officer.Client.GetAsync("/api/v1/me"));

        Assert.Equal(officer.UserId, me.GetProperty("userId").GetString());
        var membership = Assert.Single(me.GetProperty("memberships").EnumerateArray());
        Assert.Equal("exeter", membership.GetProperty("organisationCode").GetString());
        Assert.Equal("localAuthorityOfficer", membership.GetProperty("role").GetString());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Api_WithoutCredentials_Returns401Problem(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);

        var response = await host.AnonymousClient().GetAsync("/api/v1/me");

        await HttpAssert.ProblemAsync(response, 401, "unauthenticated");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Api_WithUnknownApiKey_Returns401Problem(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        var client = host.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "olk_not-a-real-key");

        await HttpAssert.ProblemAsync(await client.GetAsync("/api/v1/me"), 401, "unauthenticated");
    }

    [Fact]
    public async Task OpenApi_Document_IsServedAndNamesTheApi()
    {
        await using var host = await RegisterHost.StartAsync(DatabaseProvider.Sqlite);

        var document = await HttpAssert.OkAsync(await host.AnonymousClient().GetAsync("/openapi/v1.json"));

        Assert.Equal("OpenLettings register API", document.GetProperty("info").GetProperty("title").GetString());
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/v1/me", out _));
        var placeBid = document.GetProperty("paths").GetProperty("/api/v1/bids").GetProperty("post");
        Assert.Contains(placeBid.GetProperty("parameters").EnumerateArray(),
            p => p.GetProperty("name").GetString() == "Idempotency-Key" && p.GetProperty("in").GetString() == "header");
        var client = host.AnonymousClient();
        var scalar = await client.GetAsync("/scalar");
        if ((int)scalar.StatusCode is 301 or 302)
        {
            scalar = await client.GetAsync(scalar.Headers.Location);
        }
        Assert.Equal(200, (int)scalar.StatusCode);
        Assert.Contains("OpenLettings API", await scalar.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_EveryPath_IsListedInDocsApi()
    {
        await using var host = await RegisterHost.StartAsync(DatabaseProvider.Sqlite);
        var document = await HttpAssert.OkAsync(await host.AnonymousClient().GetAsync("/openapi/v1.json"));
        var docs = await File.ReadAllTextAsync(RepositoryFiles.Path("docs", "api.md"));

        var missing = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => $"| `{op.Name.ToUpperInvariant()}` | `{path.Name}` |"))
            .Where(row => !docs.Contains(row, StringComparison.Ordinal))
            .ToList();

        Assert.True(missing.Count == 0, "docs/api.md does not list: " + string.Join(", ", missing));
    }
}
