using Microsoft.EntityFrameworkCore;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Web.Tests.Support;
using static OpenLettings.Web.Tests.Applications.ApplicationScenario;

namespace OpenLettings.Web.Tests.Applications;

public sealed class NotesApiTests
{
    private const string Applications = "/api/v1/applications";

    [Theory, OnSqlite, OnPostgres]
    public async Task Notes_OfficerAddsAndReads_OthersRefused(DatabaseProvider provider)
    {
        await using var s = await StartAsync(provider);
        var submitted = await s.SubmittedAsync();
        await s.BidOnAlphaAdvertAsync(Id(submitted));
        var url = $"{Applications}/{Id(submitted)}/notes";

        var response = await s.ExeterOfficer.Client.PostJsonAsync(url, new { text = "Called the applicant about the medical form." }, s.Json);
        var note = await HttpAssert.OkAsync(response, 201);
        Assert.NotNull(response.Headers.Location);
        await HttpAssert.OkAsync(await s.Manager.Client.PostJsonAsync(url, new { text = "Checked by the partnership." }, s.Json), 201);

        var page = await HttpAssert.OkAsync(await s.ExeterOfficer.Client.GetAsync(url));
        var texts = page.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("text").GetString()).ToList();
        Assert.Equal(2, texts.Count);
        Assert.Contains("Called the applicant about the medical form.", texts);
        Assert.Equal(s.ExeterOfficer.UserId, note.GetProperty("authorUserId").GetString());

        var empty = await HttpAssert.ProblemAsync(await s.ExeterOfficer.Client.PostJsonAsync(url, new { text = "  " }, s.Json), 400, "validation-failed");
        Assert.Equal("text", empty.GetProperty("field").GetString());
        await HttpAssert.ProblemAsync(await s.Landlord.Client.PostJsonAsync(url, new { text = "Landlord note" }, s.Json), 403, "landlord-read-only");
        await HttpAssert.ProblemAsync(await s.Landlord.Client.GetAsync(url), 403, "forbidden");
        await HttpAssert.ProblemAsync(await s.Applicant.Client.GetAsync(url), 403, "forbidden");
        await HttpAssert.ProblemAsync(await s.TeignbridgeOfficer.Client.PostJsonAsync(url, new { text = "Not mine" }, s.Json), 404, "not-found");
        await HttpAssert.ProblemAsync(await s.ExeterOfficer.Client.GetAsync($"{Applications}/{Guid.NewGuid()}/notes"), 404, "not-found");

        await using var db = s.Host.NewContext();
        Assert.Equal(2, await db.Notes.CountAsync(n => n.ApplicationId == Id(submitted)));
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.EntityId == Id(submitted).ToString() && a.Action == "application.note-added"));
    }

    /// <summary>001 §61.7: alerts show on the landlord's bid screens; 001 §61.6: landlords never write them.</summary>
    [Theory, OnSqlite, OnPostgres]
    public async Task Alerts_OfficerAddsAndRemoves_LandlordReadsButCannotWrite(DatabaseProvider provider)
    {
        await using var s = await StartAsync(provider);
        var submitted = await s.SubmittedAsync();
        var url = $"{Applications}/{Id(submitted)}/alerts";

        var alert = await HttpAssert.OkAsync(await s.ExeterOfficer.Client.PostJsonAsync(url,
            new { kind = "riskToStaff", text = "Visit in pairs." }, s.Json), 201);

        await HttpAssert.ProblemAsync(await s.Landlord.Client.GetAsync(url), 404, "not-found");
        await s.BidOnAlphaAdvertAsync(Id(submitted));
        var seen = await HttpAssert.OkAsync(await s.Landlord.Client.GetAsync(url));
        Assert.Equal("riskToStaff", Assert.Single(seen.EnumerateArray()).GetProperty("kind").GetString());
        await HttpAssert.ProblemAsync(await s.Landlord.Client.PostJsonAsync(url, new { kind = "other", text = "Landlord alert" }, s.Json), 403, "landlord-read-only");
        var badKind = await HttpAssert.ProblemAsync(await s.ExeterOfficer.Client.PostJsonAsync(url, new { kind = "dragons", text = "Here be" }, s.Json), 400, "invalid-json");
        Assert.Equal("$.kind", badKind.GetProperty("field").GetString());
        var noText = await HttpAssert.ProblemAsync(await s.ExeterOfficer.Client.PostJsonAsync(url, new { kind = "other" }, s.Json), 400, "validation-failed");
        Assert.Equal("text", noText.GetProperty("field").GetString());

        var alertUrl = $"{url}/{alert.GetProperty("id").GetGuid()}";
        var alertVersion = alert.GetProperty("version").GetInt64();
        await HttpAssert.ProblemAsync(await s.Landlord.Client.DeleteAsync($"{alertUrl}?version={alertVersion}"), 403, "landlord-read-only");
        var noVersion = await HttpAssert.ProblemAsync(await s.ExeterOfficer.Client.DeleteAsync(alertUrl), 400, "validation-failed");
        Assert.Equal("version", noVersion.GetProperty("field").GetString());
        await HttpAssert.ProblemAsync(await s.ExeterOfficer.Client.DeleteAsync($"{alertUrl}?version={alertVersion + 1}"), 412, "version-mismatch");
        await HttpAssert.ProblemAsync(await s.ExeterOfficer.Client.DeleteAsync($"{url}/{Guid.NewGuid()}?version=1"), 404, "not-found");
        await HttpAssert.ProblemAsync(await s.TeignbridgeOfficer.Client.DeleteAsync($"{alertUrl}?version={alertVersion}"), 404, "not-found");

        var removed = await HttpAssert.OkAsync(await s.ExeterOfficer.Client.DeleteAsync($"{alertUrl}?version={alertVersion}"));

        Assert.Equal(RegisterHost.DefaultNow, removed.GetProperty("removedAt").GetDateTimeOffset());
        Assert.Empty((await HttpAssert.OkAsync(await s.Landlord.Client.GetAsync(url))).EnumerateArray());
        Assert.Single((await HttpAssert.OkAsync(await s.ExeterOfficer.Client.GetAsync($"{url}?includeRemoved=true"))).EnumerateArray());
        await using var db = s.Host.NewContext();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityId == Id(submitted).ToString() && a.Action == "application.alert-removed"));
    }
}
