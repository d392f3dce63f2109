using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Web.Tests.Support;

namespace OpenLettings.Web.Tests.Applications;

public sealed class ApplicationsOpenApiTests
{
    [Fact]
    public async Task OpenApi_Document_ListsEveryApplicationsEndpointWithASummary()
    {
        await using var host = await RegisterHost.StartAsync(DatabaseProvider.Sqlite);

        var document = await HttpAssert.OkAsync(await host.AnonymousClient().GetAsync("/openapi/v1.json"));

        var paths = document.GetProperty("paths");
        (string Path, string Method)[] expected =
        [
            ("/api/v1/applications", "post"), ("/api/v1/applications", "get"), ("/api/v1/applications/{id}", "get"),
            ("/api/v1/applications/{id}", "put"), ("/api/v1/applications/{id}/household", "put"), ("/api/v1/applications/{id}/submit", "post"),
            ("/api/v1/applications/{id}/assess", "post"), ("/api/v1/applications/{id}/decisions", "get"),
            ("/api/v1/applications/{id}/decisions/override", "post"), ("/api/v1/applications/{id}/notes", "post"),
            ("/api/v1/applications/{id}/notes", "get"), ("/api/v1/applications/{id}/alerts", "post"),
            ("/api/v1/applications/{id}/alerts", "get"), ("/api/v1/applications/{id}/alerts/{alertId}", "delete"),
        ];
        foreach (var (path, method) in expected)
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is missing from the OpenAPI document");
            Assert.True(item.TryGetProperty(method, out var operation), $"{method} {path} is missing");
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
            Assert.Equal("Applications", operation.GetProperty("tags")[0].GetString());
        }
    }
}
