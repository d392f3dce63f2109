using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Web.Tests.Support;
using static OpenLettings.Web.Tests.Applications.ApplicationScenario;

namespace OpenLettings.Web.Tests.Applications;

public sealed class ApplicationsApiTests
{
    private const string Applications = "/api/v1/applications";

    [Theory, OnSqlite, OnPostgres]
    public async Task Create_ByApplicant_Returns201DraftWithSnapshotAuditAndEvent(DatabaseProvider provider)
    {
        await using var s = await StartAsync(provider);

        var response = await s.Applicant.Client.PostJsonAsync(Applications, CreateBody(), s.Json);
        var created = await HttpAssert.OkAsync(response, 201);

        var id = Id(created);
        Assert.Equal($"/api/v1/applications/{id}", response.Headers.Location?.OriginalString);
        var reference = created.GetProperty("reference").GetString()!;
        Assert.Matches("^DHC-[2-9A-HJKMNP-Z]{8}$", reference);
        Assert.Equal("draft", created.GetProperty("status").GetString());
        Assert.Equal(s.Applicant.UserId, created.GetProperty("applicantUserId").GetString());
        Assert.Equal(reference, created.GetProperty("application").GetProperty("id").GetString());
        Assert.Equal("exeter", created.GetProperty("application").GetProperty("managingAuthority").GetString());
        var amy = created.GetProperty("household").EnumerateArray().Single(m => m.GetProperty("memberKey").GetString() == "amy");
        Assert.Equal("Amy Example", amy.GetProperty("fullName").GetString());
        Assert.Equal("AB123456C", amy.GetProperty("nationalInsuranceNumber").GetString());
        Assert.Equal("mainApplicant", amy.GetProperty("role").GetString());
        Assert.Equal("1990-03-14", amy.GetProperty("dateOfBirth").GetString());

        await using var db = s.Host.NewContext();
        var snapshot = await db.ApplicationVersions.SingleAsync(v => v.ApplicationId == id);
        Assert.Equal(1, snapshot.Number);
        Assert.Contains("Amy Example", snapshot.SnapshotJson, StringComparison.Ordinal);
        var audit = await db.AuditEntries.SingleAsync(a => a.EntityId == id.ToString() && a.Action == "application.created");
        Assert.DoesNotContain("Amy Example", audit.AfterJson!, StringComparison.Ordinal);
        var message = await db.Outbox.SingleAsync(m => m.EntityId == id.ToString());
        Assert.Equal("application.created", message.Type);
        Assert.Equal(s.Host.Partnership.Exeter, message.OrganisationId);
        Assert.Equal(s.Host.Partnership.PartnershipId, message.PartnershipId);
        Assert.DoesNotContain("1990-03-14", message.PayloadJson, StringComparison.Ordinal);

        // One household, one live application (001 §2.3).
        await HttpAssert.ProblemAsync(await s.Applicant.Client.PostJsonAsync(Applications, CreateBody(), s.Json), 409, "application-exists");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Create_ByOfficer_OwnAuthorityOnBehalf_OtherAuthorityForbidden(DatabaseProvider provider)
    {
        await using var s = await StartAsync(provider);

        var onBehalf = await s.CreateAsync(s.ExeterOfficer, "exeter");
        Assert.Equal(JsonValueKind.Null, onBehalf.GetProperty("applicantUserId").ValueKind);

        await HttpAssert.ProblemAsync(await s.TeignbridgeOfficer.Client.PostJsonAsync(Applications, CreateBody("exeter"), s.Json), 403, "forbidden");
        await HttpAssert.ProblemAsync(await s.Landlord.Client.PostJsonAsync(Applications, CreateBody("exeter"), s.Json), 403, "forbidden");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Create_WithBadInput_Returns400NamingEachFieldAndWritesNothing(DatabaseProvider provider)
    {
        await using var s = await StartAsync(provider);
        var facts = FamilyFacts();
        facts["household"]!["members"]![2]!["dateOfBirth"] = "2031-01-01";
        object[] names =
        [
            new { memberKey = "amy", fullName = "Amy Example", nationalInsuranceNumber = "not-a-nino" },
            new { memberKey = "zed", fullName = "Zed Unknown" },
            new { memberKey = "ben", fullName = " " },
            new { memberKey = "cal", fullName = "Cal Example" },
        ];

        var problem = await HttpAssert.ProblemAsync(
            await s.Applicant.Client.PostJsonAsync(Applications, CreateBody(facts: facts, household: names), s.Json), 400, "validation-failed");

        var errors = Errors(problem);
        Assert.Contains(errors, e => e.StartsWith("$.application.household.members[2].dateOfBirth ", StringComparison.Ordinal));
        Assert.Contains("$.household[0].nationalInsuranceNumber format", errors);
        Assert.Contains("$.household[1].memberKey unknown-member", errors);
        Assert.Contains("$.household[2].fullName required", errors);
        Assert.Contains("$.household name-missing", errors);

        var unknown = await HttpAssert.ProblemAsync(
            await s.Applicant.Client.PostJsonAsync(Applications, CreateBody("atlantis"), s.Json), 400, "validation-failed");
        Assert.Equal("$.authority", unknown.GetProperty("field").GetString());

        await using var db = s.Host.NewContext();
        Assert.False(await db.Applications.AnyAsync());
        Assert.False(await db.Outbox.AnyAsync());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Get_ByOwnerOfficerManagerOrBidLandlord_ReturnsApplication_OthersGet404(DatabaseProvider provider)
    {
        await using var s = await StartAsync(provider);
        var created = await s.CreateAsync(s.Applicant);
        var url = $"{Applications}/{Id(created)}";

        foreach (var reader in new[] { s.Applicant, s.ExeterOfficer, s.Manager })
        {
            var read = await HttpAssert.OkAsync(await reader.Client.GetAsync(url));
            Assert.Equal(created.GetProperty("reference").GetString(), read.GetProperty("reference").GetString());
            Assert.Equal(4, read.GetProperty("household").GetArrayLength());
            Assert.Equal(1, Version(read));
            Assert.Equal(JsonValueKind.Null, read.GetProperty("decisions").GetProperty("band").ValueKind);
        }
        foreach (var stranger in new[] { s.OtherApplicant, s.TeignbridgeOfficer, s.Landlord })
        {
            await HttpAssert.ProblemAsync(await stranger.Client.GetAsync(url), 404, "not-found");
        }
        await HttpAssert.ProblemAsync(await s.ExeterOfficer.Client.GetAsync($"{Applications}/{Guid.NewGuid()}"), 404, "not-found");

        // A landlord reads an application that bid on their advert, without NI numbers or the applicant's account.
        await s.BidOnAlphaAdvertAsync(Id(created));
        var landlordView = await HttpAssert.OkAsync(await s.Landlord.Client.GetAsync(url));
        Assert.All(landlordView.GetProperty("household").EnumerateArray(), m => Assert.Equal(JsonValueKind.Null, m.GetProperty("nationalInsuranceNumber").ValueKind));
        Assert.Equal(JsonValueKind.Null, landlordView.GetProperty("applicantUserId").ValueKind);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task List_ScopesByRoleAndFiltersByStatus(DatabaseProvider provider)
    {
        await using var s = await StartAsync(provider);
        var mine = await s.SubmittedAsync();
        var others = await s.CreateAsync(s.OtherApplicant);
        var teignbridge = await s.CreateAsync(s.TeignbridgeOfficer, "teignbridge");
        await s.BidOnAlphaAdvertAsync(Id(mine));

        async Task<string[]> ListAsync(TestUser user, string query = "")
        {
            var page = await HttpAssert.OkAsync(await user.Client.GetAsync($"{Applications}{query}"));
            return [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("reference").GetString()!).Order()];
        }
        string Ref(JsonElement a) => a.GetProperty("reference").GetString()!;

        Assert.Equal([Ref(mine)], await ListAsync(s.Applicant));
        Assert.Equal(new[] { Ref(mine), Ref(others) }.Order(), await ListAsync(s.ExeterOfficer));
        Assert.Equal([Ref(mine)], await ListAsync(s.ExeterOfficer, "?status=unassigned"));
        Assert.Equal([Ref(teignbridge)], await ListAsync(s.TeignbridgeOfficer));
        Assert.Equal([Ref(mine)], await ListAsync(s.Landlord));
        Assert.Equal(3, (await ListAsync(s.Manager)).Length);

        var firstPage = await HttpAssert.OkAsync(await s.Manager.Client.GetAsync($"{Applications}?limit=2"));
        Assert.Equal(2, firstPage.GetProperty("items").GetArrayLength());
        Assert.Equal(2, firstPage.GetProperty("nextOffset").GetInt32());

        var badStatus = await HttpAssert.ProblemAsync(await s.ExeterOfficer.Client.GetAsync($"{Applications}?status=sleeping"), 400, "validation-failed");
        Assert.Equal("status", badStatus.GetProperty("field").GetString());
        var badLimit = await HttpAssert.ProblemAsync(await s.ExeterOfficer.Client.GetAsync($"{Applications}?limit=501"), 400, "validation-failed");
        Assert.Equal("limit", badLimit.GetProperty("field").GetString());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Update_ByOfficer_ReplacesFactsWithSnapshotAuditAndEvent(DatabaseProvider provider)
    {
        await using var s = await StartAsync(provider);
        var submitted = await s.SubmittedAsync();
        var url = $"{Applications}/{Id(submitted)}";
        var facts = FamilyFacts();
        facts["currentHome"]!["bedroomsForExclusiveUse"] = 1;

        var updated = await HttpAssert.OkAsync(await s.PutAsync(s.ExeterOfficer, url,
            new { version = Version(submitted), application = facts, reason = "change of circumstances: lost a bedroom" }));

        Assert.Equal(Version(submitted) + 1, Version(updated));
        Assert.Equal(1, updated.GetProperty("application").GetProperty("currentHome").GetProperty("bedroomsForExclusiveUse").GetInt32());
        Assert.Equal(submitted.GetProperty("reference").GetString(), updated.GetProperty("application").GetProperty("id").GetString());
        await using var db = s.Host.NewContext();
        var snapshot = await db.ApplicationVersions.Where(v => v.ApplicationId == Id(submitted)).OrderByDescending(v => v.Number).FirstAsync();
        Assert.Equal(2, snapshot.Number);
        Assert.Equal("change of circumstances: lost a bedroom", snapshot.Reason);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityId == Id(submitted).ToString() && a.Action == "application.updated"));
        Assert.True(await db.Outbox.AnyAsync(m => m.EntityId == Id(submitted).ToString() && m.Type == "application.updated"));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Update_RefusedCases_ReturnTheirCodes(DatabaseProvider provider)
    {
        await using var s = await StartAsync(provider);
        var submitted = await s.SubmittedAsync();
        await s.BidOnAlphaAdvertAsync(Id(submitted));
        var url = $"{Applications}/{Id(submitted)}";
        var version = Version(submitted);

        // 001 §61.6: a landlord reads but never amends.
        await HttpAssert.ProblemAsync(await s.PutAsync(s.Landlord, url, new { version, application = FamilyFacts() }), 403, "landlord-read-only");
        // After submission the applicant's changes go through their council.
        await HttpAssert.ProblemAsync(await s.PutAsync(s.Applicant, url, new { version, application = FamilyFacts() }), 409, "application-submitted");
        await HttpAssert.ProblemAsync(await s.PutAsync(s.TeignbridgeOfficer, url, new { version, application = FamilyFacts() }), 404, "not-found");
        await HttpAssert.ProblemAsync(await s.PutAsync(s.ExeterOfficer, $"{Applications}/{Guid.NewGuid()}", new { version, application = FamilyFacts() }), 404, "not-found");
        await HttpAssert.ProblemAsync(await s.PutAsync(s.ExeterOfficer, url, new { version = version + 5, application = FamilyFacts() }), 412, "version-mismatch");
        var missing = await HttpAssert.ProblemAsync(await s.PutAsync(s.ExeterOfficer, url, new { application = FamilyFacts() }), 400, "validation-failed");
        Assert.Equal("version", missing.GetProperty("field").GetString());

        var extra = FamilyFacts();
        extra["household"]!["members"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject { ["id"] = "eve", ["role"] = "otherAdult", ["dateOfBirth"] = "1960-01-01", ["sex"] = "female" });
        var problem = await HttpAssert.ProblemAsync(await s.PutAsync(s.ExeterOfficer, url, new { version, application = extra }), 400, "validation-failed");
        Assert.Contains("$.application.household.members[4].id unknown-member", Errors(problem));

        var bad = FamilyFacts();
        bad["currentHome"]!["bedroomsForExclusiveUse"] = 99;
        var range = await HttpAssert.ProblemAsync(await s.PutAsync(s.ExeterOfficer, url, new { version, application = bad }), 400, "validation-failed");
        Assert.Contains("$.application.currentHome.bedroomsForExclusiveUse range", Errors(range));

        await using var db = s.Host.NewContext();
        Assert.Equal(version, (await db.Applications.SingleAsync(a => a.Id == Id(submitted))).Version);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Update_TwoOfficersWithSameVersion_OneSucceedsOneGets412(DatabaseProvider provider)
    {
        await using var s = await StartAsync(provider);
        var submitted = await s.SubmittedAsync();
        var url = $"{Applications}/{Id(submitted)}";
        var second = await s.Host.UserAsync("Second Exeter", (s.Host.Partnership.Exeter, MembershipRole.LocalAuthorityOfficer));
        var version = Version(submitted);
        var one = FamilyFacts();
        one["currentHome"]!["bedroomsForExclusiveUse"] = 1;
        var two = FamilyFacts();
        two["currentHome"]!["bedroomsForExclusiveUse"] = 3;

        var responses = await Task.WhenAll(
            s.PutAsync(s.ExeterOfficer, url, new { version, application = one }),
            s.PutAsync(second, url, new { version, application = two }));

        var statuses = responses.Select(r => (int)r.StatusCode).Order().ToArray();
        Assert.Equal([200, 412], statuses);
        await HttpAssert.ProblemAsync(responses.Single(r => (int)r.StatusCode == 412), 412, "version-mismatch");
        await using var db = s.Host.NewContext();
        Assert.Equal(2, await db.ApplicationVersions.CountAsync(v => v.ApplicationId == Id(submitted)));
        Assert.Equal(version + 1, (await db.Applications.SingleAsync(a => a.Id == Id(submitted))).Version);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ReplaceHousehold_AddsAMemberWithNameAndMergedFacts(DatabaseProvider provider)
    {
        await using var s = await StartAsync(provider);
        var created = await s.CreateAsync(s.Applicant);
        var url = $"{Applications}/{Id(created)}/household";
        var members = FamilyFacts()["household"]!["members"]!.AsArray()
            .Select(m => (object)new { memberKey = m!["id"]!.GetValue<string>(), fullName = $"{m["id"]} Example", facts = WithoutId(m) })
            .Append(new { memberKey = "gran", fullName = "Gran Example", facts = new { role = "otherAdult", dateOfBirth = "1950-07-07", sex = "female" } })
            .ToArray();

        var updated = await HttpAssert.OkAsync(await s.PutAsync(s.Applicant, url, new { version = Version(created), members, reason = "gran moved in" }));

        Assert.Equal(2, Version(updated));
        Assert.Equal(5, updated.GetProperty("household").GetArrayLength());
        var gran = updated.GetProperty("household").EnumerateArray().Single(m => m.GetProperty("memberKey").GetString() == "gran");
        Assert.Equal("Gran Example", gran.GetProperty("fullName").GetString());
        Assert.Equal("otherAdult", gran.GetProperty("role").GetString());
        var factsMembers = updated.GetProperty("application").GetProperty("household").GetProperty("members");
        Assert.Contains(factsMembers.EnumerateArray(), m => m.GetProperty("id").GetString() == "gran" && m.GetProperty("dateOfBirth").GetString() == "1950-07-07");
        Assert.DoesNotContain("Gran Example", factsMembers.GetRawText(), StringComparison.Ordinal);
        await using var db = s.Host.NewContext();
        Assert.Equal(5, await db.HouseholdMembers.CountAsync(m => m.ApplicationId == Id(created)));
        Assert.Equal("gran moved in", (await db.ApplicationVersions.SingleAsync(v => v.ApplicationId == Id(created) && v.Number == 2)).Reason);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ReplaceHousehold_RefusedCases_ReturnTheirCodes(DatabaseProvider provider)
    {
        await using var s = await StartAsync(provider);
        var submitted = await s.SubmittedAsync();
        await s.BidOnAlphaAdvertAsync(Id(submitted));
        var url = $"{Applications}/{Id(submitted)}/household";
        var version = Version(submitted);
        object[] members =
        [
            new { memberKey = "amy", fullName = "Amy Example", facts = new { role = "mainApplicant", dateOfBirth = "2040-01-01", sex = "female" } },
        ];

        var problem = await HttpAssert.ProblemAsync(await s.PutAsync(s.ExeterOfficer, url, new { version, members }), 400, "validation-failed");
        Assert.Contains(Errors(problem), e => e.StartsWith("$.members[0].facts.dateOfBirth ", StringComparison.Ordinal));
        await HttpAssert.ProblemAsync(await s.PutAsync(s.Landlord, url, new { version, members }), 403, "landlord-read-only");
        await HttpAssert.ProblemAsync(await s.PutAsync(s.OtherApplicant, url, new { version, members }), 404, "not-found");
        await HttpAssert.ProblemAsync(await s.PutAsync(s.ExeterOfficer, url, new { version = version - 1, members }), 412, "version-mismatch");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Submit_Draft_BecomesUnassignedWithEvent_SecondSubmitConflicts(DatabaseProvider provider)
    {
        await using var s = await StartAsync(provider);
        var created = await s.CreateAsync(s.Applicant);
        var url = $"{Applications}/{Id(created)}/submit";

        var missing = await HttpAssert.ProblemAsync(await s.Applicant.Client.PostJsonAsync(url, new { }, s.Json), 400, "validation-failed");
        Assert.Equal("version", missing.GetProperty("field").GetString());
        await HttpAssert.ProblemAsync(await s.OtherApplicant.Client.PostJsonAsync(url, new { version = 1 }, s.Json), 404, "not-found");
        await HttpAssert.ProblemAsync(await s.Applicant.Client.PostJsonAsync($"{Applications}/{Guid.NewGuid()}/submit", new { version = 1 }, s.Json), 404, "not-found");

        var submitted = await HttpAssert.OkAsync(await s.Applicant.Client.PostJsonAsync(url, new { version = Version(created) }, s.Json));

        Assert.Equal("unassigned", submitted.GetProperty("status").GetString());
        Assert.Equal(RegisterHost.DefaultNow, submitted.GetProperty("submittedAt").GetDateTimeOffset());
        await HttpAssert.ProblemAsync(await s.Applicant.Client.PostJsonAsync(url, new { version = Version(submitted) }, s.Json), 409, "application-not-draft");
        await s.BidOnAlphaAdvertAsync(Id(created));
        await HttpAssert.ProblemAsync(await s.Landlord.Client.PostJsonAsync(url, new { version = Version(submitted) }, s.Json), 403, "landlord-read-only");
        await using var db = s.Host.NewContext();
        Assert.True(await db.Outbox.AnyAsync(m => m.EntityId == Id(created).ToString() && m.Type == "application.submitted"));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityId == Id(created).ToString() && a.Action == "application.submitted"));
    }

    private static Dictionary<string, object?> WithoutId(System.Text.Json.Nodes.JsonNode? member) =>
        member!.AsObject().Where(p => p.Key != "id").ToDictionary(p => p.Key, p => (object?)p.Value?.DeepClone());
}
