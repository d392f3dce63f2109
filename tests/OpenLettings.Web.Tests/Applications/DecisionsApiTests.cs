using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Web.Tests.Support;
using static OpenLettings.Web.Tests.Applications.ApplicationScenario;

namespace OpenLettings.Web.Tests.Applications;

public sealed class DecisionsApiTests
{
    private const string Applications = "/api/v1/applications";

    /// <summary>docs/examples/devon-home-choice/01: a couple, a boy of 12 and a girl of 8 in two bedrooms lack one (001 §14): Band C from evidence completion (001 §43.3).</summary>
    [Theory, OnSqlite, OnPostgres]
    public async Task Assess_DevonFamilyLackingOneBedroom_BandCWithRecordsAuditAndEvent(DatabaseProvider provider)
    {
        await using var s = await StartAsync(provider);
        var submitted = await s.SubmittedAsync();
        var id = Id(submitted);
        var expected = JsonNode.Parse(File.ReadAllText(ExamplePath("01-family-lacking-one-bedroom.expect.json")))!["assessment"]!;

        var outcome = await HttpAssert.OkAsync(await s.ExeterOfficer.Client.PostJsonAsync($"{Applications}/{id}/assess", new { version = Version(submitted) }, s.Json));

        Assert.Equal(expected["band"]!.GetValue<string>(), outcome.GetProperty("band").GetString());
        Assert.Equal(expected["bedrooms"]!["bedroomsNeeded"]!.GetValue<int>(), outcome.GetProperty("bedroomsNeeded").GetInt32());
        Assert.Equal(expected["bandStartDate"]!.GetValue<string>(), outcome.GetProperty("bandStartAt").GetString());
        Assert.True(outcome.GetProperty("eligible").GetBoolean());
        Assert.True(outcome.GetProperty("qualifies").GetBoolean());
        Assert.Equal("active", outcome.GetProperty("status").GetString());
        Assert.Equal("2026-12-03", outcome.GetProperty("asOf").GetString());
        var reasons = outcome.GetProperty("reasons").EnumerateArray().ToList();
        Assert.NotEmpty(reasons);
        Assert.All(reasons, r =>
        {
            Assert.StartsWith("001 §", r.GetProperty("citation").GetString(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("text").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("ruleId").GetString()));
        });

        await using var db = s.Host.NewContext();
        var decisions = await db.Decisions.Where(d => d.ApplicationId == id).ToListAsync();
        Assert.Equal(
            [DecisionKind.Eligibility, DecisionKind.Qualification, DecisionKind.BedroomNeed, DecisionKind.Band],
            decisions.Select(d => d.Kind).Order());
        var band = decisions.Single(d => d.Kind == DecisionKind.Band);
        Assert.Equal("C", band.Band);
        Assert.Equal(new DateTime(2025, 1, 10, 9, 30, 0), band.BandStartAt);
        Assert.Null(band.SupersededAt);
        Assert.Contains("\"banding\"", band.ExplanationJson, StringComparison.Ordinal);
        Assert.Equal(3, decisions.Single(d => d.Kind == DecisionKind.BedroomNeed).BedroomsNeeded);
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityId == id.ToString() && a.Action == "application.decided");
        Assert.Contains("\"band\":\"C\"", audit.AfterJson!.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(s.Host.Partnership.Exeter, audit.OrganisationId);
        var message = await db.Outbox.SingleAsync(m => m.EntityId == id.ToString() && m.Type == "application.decided");
        Assert.Contains("\"band\":\"C\"", message.PayloadJson.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(ApplicationStatus.Active, (await db.Applications.SingleAsync(a => a.Id == id)).Status);

        var read = await HttpAssert.OkAsync(await s.Applicant.Client.GetAsync($"{Applications}/{id}"));
        Assert.Equal("C", read.GetProperty("decisions").GetProperty("band").GetString());
        Assert.Equal(3, read.GetProperty("decisions").GetProperty("bedroomsNeeded").GetInt32());
    }

    /// <summary>
    /// Band start dates come from the band history the register keeps (001 §43.5-43.6): moving up to Band B starts a
    /// new date; moving back down to Band C within 56 days returns to the Band C date.
    /// </summary>
    [Theory, OnSqlite, OnPostgres]
    public async Task Assess_BandUpThenDownWithin56Days_NewDateThenTheEarlierDate_001_43_5_43_6(DatabaseProvider provider)
    {
        await using var s = await StartAsync(provider);
        var id = await s.AssessedAsync();
        var officer = s.ExeterOfficer;

        async Task<JsonElement> ChangeHomeAndAssessAsync(int bedrooms)
        {
            var current = await HttpAssert.OkAsync(await officer.Client.GetAsync($"{Applications}/{id}"));
            var facts = JsonNode.Parse(current.GetProperty("application").GetRawText())!.AsObject();
            facts["currentHome"]!["bedroomsForExclusiveUse"] = bedrooms;
            var updated = await HttpAssert.OkAsync(await s.PutAsync(officer, $"{Applications}/{id}",
                new { application = facts, version = Version(current), reason = $"The family now has {bedrooms} bedroom(s) for their use." }));
            return await HttpAssert.OkAsync(await officer.Client.PostJsonAsync($"{Applications}/{id}/assess", new { version = Version(updated) }, s.Json));
        }

        s.Host.Clock.Advance(TimeSpan.FromDays(7));
        var up = await ChangeHomeAndAssessAsync(1);
        Assert.Equal("B", up.GetProperty("band").GetString());
        var upStart = DateTime.Parse(up.GetProperty("bandStartAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(upStart > new DateTime(2026, 12, 1), $"Moving up should start a new band start date (001 §43.5), not keep {upStart:yyyy-MM-dd}.");

        s.Host.Clock.Advance(TimeSpan.FromDays(20));
        var down = await ChangeHomeAndAssessAsync(2);
        Assert.Equal("C", down.GetProperty("band").GetString());
        Assert.Equal("2025-01-10T09:30:00", down.GetProperty("bandStartAt").GetString());

        await using var db = s.Host.NewContext();
        var stored = JsonNode.Parse((await db.Applications.SingleAsync(a => a.Id == id)).FactsJson)!;
        Assert.Equal(["C", "B", "C"], stored["history"]!["awards"]!.AsArray().Select(a => a!["band"]!.GetValue<string>()));
        Assert.Contains(await db.ApplicationVersions.Where(v => v.ApplicationId == id).Select(v => v.Reason).ToListAsync(),
            r => r.Contains("band history", StringComparison.Ordinal));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Assess_RefusedCases_ReturnTheirCodes(DatabaseProvider provider)
    {
        await using var s = await StartAsync(provider);
        var draft = await s.CreateAsync(s.OtherApplicant);
        await HttpAssert.ProblemAsync(await s.ExeterOfficer.Client.PostJsonAsync($"{Applications}/{Id(draft)}/assess", new { }, s.Json), 409, "application-not-submitted");

        var submitted = await s.SubmittedAsync();
        var url = $"{Applications}/{Id(submitted)}/assess";
        await s.BidOnAlphaAdvertAsync(Id(submitted));

        await HttpAssert.ProblemAsync(await s.Landlord.Client.PostJsonAsync(url, new { }, s.Json), 403, "landlord-read-only");
        await HttpAssert.ProblemAsync(await s.Applicant.Client.PostJsonAsync(url, new { }, s.Json), 403, "forbidden");
        await HttpAssert.ProblemAsync(await s.TeignbridgeOfficer.Client.PostJsonAsync(url, new { }, s.Json), 404, "not-found");
        await HttpAssert.ProblemAsync(await s.ExeterOfficer.Client.PostJsonAsync($"{Applications}/{Guid.NewGuid()}/assess", new { }, s.Json), 404, "not-found");
        await HttpAssert.ProblemAsync(await s.ExeterOfficer.Client.PostJsonAsync(url, new { version = 99 }, s.Json), 412, "version-mismatch");
        var bad = await HttpAssert.ProblemAsync(await s.ExeterOfficer.Client.PostJsonAsync(url, new { version = "one" }, s.Json), 400, "invalid-json");
        Assert.Equal("$.version", bad.GetProperty("field").GetString());

        await using var db = s.Host.NewContext();
        Assert.False(await db.Decisions.AnyAsync());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Override_WithReason_RecordsOverrideAuditAndEvent(DatabaseProvider provider)
    {
        await using var s = await StartAsync(provider);
        var id = await s.AssessedAsync();
        var version = Version(await HttpAssert.OkAsync(await s.ExeterOfficer.Client.GetAsync($"{Applications}/{id}")));

        var outcome = await HttpAssert.OkAsync(await s.ExeterOfficer.Client.PostJsonAsync($"{Applications}/{id}/decisions/override",
            new { version, band = "B", reason = "Medical panel recommends band B pending review" }, s.Json));

        Assert.Equal("B", outcome.GetProperty("band").GetString());
        Assert.True(outcome.GetProperty("isOverride").GetBoolean());
        Assert.Equal("2025-01-10T09:30:00", outcome.GetProperty("bandStartAt").GetString());
        Assert.Equal(version + 1, outcome.GetProperty("version").GetInt64());
        await using var db = s.Host.NewContext();
        var bands = await db.Decisions.Where(d => d.ApplicationId == id && d.Kind == DecisionKind.Band).ToListAsync();
        var current = Assert.Single(bands, d => d.SupersededAt == null);
        Assert.True(current.IsOverride);
        Assert.Equal("Medical panel recommends band B pending review", current.OverrideReason);
        Assert.NotNull(bands.Single(d => !d.IsOverride).SupersededAt);
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityId == id.ToString() && a.Action == "application.overridden");
        Assert.Equal("Medical panel recommends band B pending review", audit.Reason);
        Assert.True(await db.Outbox.AnyAsync(m => m.EntityId == id.ToString() && m.Type == "application.overridden"));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Override_RefusedCases_ReturnTheirCodes(DatabaseProvider provider)
    {
        await using var s = await StartAsync(provider);
        var id = await s.AssessedAsync();
        await s.BidOnAlphaAdvertAsync(id);
        var url = $"{Applications}/{id}/decisions/override";
        var version = Version(await HttpAssert.OkAsync(await s.ExeterOfficer.Client.GetAsync($"{Applications}/{id}")));

        var shortReason = await HttpAssert.ProblemAsync(await s.ExeterOfficer.Client.PostJsonAsync(url, new { version, band = "B", reason = "because" }, s.Json), 400, "validation-failed");
        Assert.Equal("reason", shortReason.GetProperty("field").GetString());
        var unknownBand = await HttpAssert.ProblemAsync(await s.ExeterOfficer.Client.PostJsonAsync(url, new { version, band = "Z", reason = "A band the scheme lacks" }, s.Json), 400, "validation-failed");
        Assert.Equal("band", unknownBand.GetProperty("field").GetString());
        Assert.Contains("band unknown-band", Errors(unknownBand));
        await HttpAssert.ProblemAsync(await s.Landlord.Client.PostJsonAsync(url, new { version, band = "B", reason = "Landlord wants to help" }, s.Json), 403, "landlord-read-only");
        await HttpAssert.ProblemAsync(await s.Applicant.Client.PostJsonAsync(url, new { version, band = "A", reason = "I deserve band A now" }, s.Json), 403, "forbidden");
        await HttpAssert.ProblemAsync(await s.TeignbridgeOfficer.Client.PostJsonAsync(url, new { version, band = "B", reason = "Not my authority at all" }, s.Json), 404, "not-found");
        await HttpAssert.ProblemAsync(await s.ExeterOfficer.Client.PostJsonAsync(url, new { version = version - 1, band = "B", reason = "Stale copy of the case" }, s.Json), 412, "version-mismatch");

        await using var db = s.Host.NewContext();
        Assert.False(await db.Decisions.AnyAsync(d => d.IsOverride));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Decisions_AfterReassessment_ApplicantReadsOwnHistoryWithExplanation_OthersGet404(DatabaseProvider provider)
    {
        await using var s = await StartAsync(provider);
        var id = await s.AssessedAsync();
        await HttpAssert.OkAsync(await s.Manager.Client.PostJsonAsync($"{Applications}/{id}/assess", new { }, s.Json));

        var page = await HttpAssert.OkAsync(await s.Applicant.Client.GetAsync($"{Applications}/{id}/decisions?explain=true"));

        // The reassessment superseded the first four decisions.
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(8, items.Count);
        Assert.Equal(4, items.Count(i => i.GetProperty("supersededAt").ValueKind == JsonValueKind.Null));
        var band = items.First(i => i.GetProperty("kind").GetString() == "band" && i.GetProperty("supersededAt").ValueKind == JsonValueKind.Null);
        Assert.Equal("C", band.GetProperty("band").GetString());
        Assert.Equal(JsonValueKind.Object, band.GetProperty("explanation").ValueKind);
        var plain = await HttpAssert.OkAsync(await s.ExeterOfficer.Client.GetAsync($"{Applications}/{id}/decisions"));
        Assert.All(plain.GetProperty("items").EnumerateArray(), i => Assert.Equal(JsonValueKind.Null, i.GetProperty("explanation").ValueKind));

        await HttpAssert.ProblemAsync(await s.OtherApplicant.Client.GetAsync($"{Applications}/{id}/decisions"), 404, "not-found");
        await HttpAssert.ProblemAsync(await s.TeignbridgeOfficer.Client.GetAsync($"{Applications}/{id}/decisions"), 404, "not-found");
        var badLimit = await HttpAssert.ProblemAsync(await s.Applicant.Client.GetAsync($"{Applications}/{id}/decisions?limit=0"), 400, "validation-failed");
        Assert.Equal("limit", badLimit.GetProperty("field").GetString());
    }

    private static string ExamplePath(string name) => RepositoryFiles.DevonExample(name);
}
