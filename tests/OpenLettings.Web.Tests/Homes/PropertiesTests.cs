using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Web.Tests.Support;

namespace OpenLettings.Web.Tests.Homes;

public sealed class PropertiesTests
{
    private static object NewHome(string reference = "AH-001", object? details = null, string postcode = "EX4 3PB") => new
    {
        reference,
        addressLine = "12 Sidwell Street, Exeter",
        postcode,
        localAuthority = "exeter",
        details = details ?? new { locality = "Exeter", type = "bungalow", bedrooms = 2, maxOccupants = 3, mobility = "stepFree" },
    };

    [Theory, OnSqlite, OnPostgres]
    public async Task Create_ByLandlordOfficer_Returns201MirrorsColumnsAuditsAndPublishes(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        var landlord = await host.UserAsync("Lara Landlord", (host.Partnership.AlphaHomes, MembershipRole.LandlordOfficer));

        var response = await landlord.Client.PostJsonAsync("/api/v1/properties", NewHome(), host.Json);

        var home = await HttpAssert.OkAsync(response, 201);
        var id = home.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/properties/{id}", response.Headers.Location?.ToString());
        Assert.Equal("alpha-homes", home.GetProperty("landlord").GetString());
        Assert.Equal("stepFree", home.GetProperty("mobility").GetString());
        Assert.Equal(id.ToString(), home.GetProperty("details").GetProperty("id").GetString());
        Assert.Equal(1, home.GetProperty("version").GetInt64());
        await using var db = host.NewContext();
        var stored = await db.Properties.SingleAsync(p => p.Id == id);
        Assert.Equal((Domain.Properties.PropertyType.Bungalow, 2, 3, Domain.Properties.MobilityCategory.StepFree),
            (stored.Type, stored.Bedrooms, stored.MaxOccupants, stored.Mobility));
        Assert.Equal(host.Partnership.Exeter, stored.LocalAuthorityId);
        var message = await db.Outbox.SingleAsync(m => m.Type == "property.created");
        Assert.Equal((host.Partnership.AlphaHomes, host.Partnership.PartnershipId), (message.OrganisationId, message.PartnershipId));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == "property" && a.EntityId == id.ToString() && a.Action == "created"));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Create_InvalidDetailsOrAddress_Returns400NamingTheField(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        var landlord = await host.UserAsync("Lara Landlord", (host.Partnership.AlphaHomes, MembershipRole.LandlordOfficer));

        var badType = await HttpAssert.ProblemAsync(await landlord.Client.PostJsonAsync("/api/v1/properties",
            NewHome(details: new { type = "castle", bedrooms = 2 }), host.Json), 400, "validation-failed");
        Assert.Equal("$.details.type", badType.GetProperty("field").GetString());

        var supplied = await HttpAssert.ProblemAsync(await landlord.Client.PostJsonAsync("/api/v1/properties",
            NewHome(details: new { id = "mine", type = "house", bedrooms = 2 }), host.Json), 400, "validation-failed");
        Assert.Equal("$.details.id", supplied.GetProperty("field").GetString());
        Assert.Equal("set-by-register", supplied.GetProperty("errors")[0].GetProperty("rule").GetString());

        var postcode = await HttpAssert.ProblemAsync(await landlord.Client.PostJsonAsync("/api/v1/properties",
            NewHome(postcode: "not a postcode"), host.Json), 400, "validation-failed");
        Assert.Equal("postcode", postcode.GetProperty("field").GetString());

        var unknownAuthority = await HttpAssert.ProblemAsync(await landlord.Client.PostJsonAsync("/api/v1/properties",
            new { reference = "X", addressLine = "1 High St", postcode = "EX1 1AA", localAuthority = "cornwall", details = new { type = "flat", bedrooms = 1 } }, host.Json),
            400, "validation-failed");
        Assert.Equal("localAuthority", unknownAuthority.GetProperty("field").GetString());
        await using var db = host.NewContext();
        Assert.Equal(0, await db.Properties.CountAsync());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Create_DuplicateReferenceOrNotALandlord_Returns409Or403(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        var landlord = await host.UserAsync("Lara Landlord", (host.Partnership.AlphaHomes, MembershipRole.LandlordOfficer));
        var officer = await host.UserAsync("Olive Officer", (host.Partnership.Exeter, MembershipRole.LocalAuthorityOfficer));
        await HttpAssert.OkAsync(await landlord.Client.PostJsonAsync("/api/v1/properties", NewHome(), host.Json), 201);

        await HttpAssert.ProblemAsync(await landlord.Client.PostJsonAsync("/api/v1/properties", NewHome(), host.Json), 409, "duplicate-reference");
        await HttpAssert.ProblemAsync(await officer.Client.PostJsonAsync("/api/v1/properties", NewHome("AH-002"), host.Json), 403, "forbidden");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Get_ByPartnershipMemberOrOutsider_ReturnsHomeOr404(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        var home = await HomesArrange.PropertyAsync(host);
        var officer = await host.UserAsync("Olive Officer", (host.Partnership.Teignbridge, MembershipRole.LocalAuthorityOfficer));
        var applicant = await host.UserAsync("Amy Applicant");

        var read = await HttpAssert.OkAsync(await officer.Client.GetAsync($"/api/v1/properties/{home.Id}"));
        Assert.Equal(home.Reference, read.GetProperty("reference").GetString());

        await HttpAssert.ProblemAsync(await applicant.Client.GetAsync($"/api/v1/properties/{home.Id}"), 404, "not-found");
        await HttpAssert.ProblemAsync(await officer.Client.GetAsync($"/api/v1/properties/{Guid.NewGuid()}"), 404, "not-found");
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task List_LandlordSeesOwnHomes_OfficerSeesPartnership_BadLimit400(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        await HomesArrange.PropertyAsync(host, reference: "A-1");
        await HomesArrange.PropertyAsync(host, reference: "A-2");
        await HomesArrange.PropertyAsync(host, landlord: host.Partnership.BetaHousing, reference: "B-1");
        var landlord = await host.UserAsync("Lara Landlord", (host.Partnership.AlphaHomes, MembershipRole.LandlordOfficer));
        var officer = await host.UserAsync("Olive Officer", (host.Partnership.Exeter, MembershipRole.LocalAuthorityOfficer));

        var own = await HttpAssert.OkAsync(await landlord.Client.GetAsync("/api/v1/properties?limit=1"));
        Assert.Equal("A-1", Assert.Single(own.GetProperty("items").EnumerateArray()).GetProperty("reference").GetString());
        Assert.Equal(1, own.GetProperty("nextOffset").GetInt32());
        var second = await HttpAssert.OkAsync(await landlord.Client.GetAsync("/api/v1/properties?limit=1&offset=1"));
        Assert.Equal("A-2", Assert.Single(second.GetProperty("items").EnumerateArray()).GetProperty("reference").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, second.GetProperty("nextOffset").ValueKind);

        var all = await HttpAssert.OkAsync(await officer.Client.GetAsync("/api/v1/properties"));
        Assert.Equal(3, all.GetProperty("items").GetArrayLength());
        var beta = await HttpAssert.OkAsync(await officer.Client.GetAsync("/api/v1/properties?landlord=beta-housing"));
        Assert.Equal("B-1", Assert.Single(beta.GetProperty("items").EnumerateArray()).GetProperty("reference").GetString());

        var bad = await HttpAssert.ProblemAsync(await officer.Client.GetAsync("/api/v1/properties?limit=501"), 400, "validation-failed");
        Assert.Equal("limit", bad.GetProperty("field").GetString());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task Update_WithVersion_ChangesHome_StaleVersion412_OtherLandlord403_Unknown404(DatabaseProvider provider)
    {
        await using var host = await RegisterHost.StartAsync(provider);
        var home = await HomesArrange.PropertyAsync(host);
        var landlord = await host.UserAsync("Lara Landlord", (host.Partnership.AlphaHomes, MembershipRole.LandlordOfficer));
        var other = await host.UserAsync("Ben Beta", (host.Partnership.BetaHousing, MembershipRole.LandlordOfficer));
        object Change(long? version) => new
        {
            reference = home.Reference,
            addressLine = "1 Fore Street, Exeter",
            postcode = "EX1 1AA",
            localAuthority = "teignbridge",
            details = new { type = "house", bedrooms = 4, maxOccupants = 7 },
            version,
        };

        var updated = await HttpAssert.OkAsync(await landlord.Client.PutAsJsonAsync($"/api/v1/properties/{home.Id}", Change(1), host.Json));
        Assert.Equal((4, "teignbridge", 2L), (updated.GetProperty("bedrooms").GetInt32(), updated.GetProperty("localAuthority").GetString(), updated.GetProperty("version").GetInt64()));

        await HttpAssert.ProblemAsync(await landlord.Client.PutAsJsonAsync($"/api/v1/properties/{home.Id}", Change(1), host.Json), 412, "version-mismatch");
        var missing = await HttpAssert.ProblemAsync(await landlord.Client.PutAsJsonAsync($"/api/v1/properties/{home.Id}", Change(null), host.Json), 400, "validation-failed");
        Assert.Equal("version", missing.GetProperty("field").GetString());
        await HttpAssert.ProblemAsync(await other.Client.PutAsJsonAsync($"/api/v1/properties/{home.Id}", Change(2), host.Json), 403, "forbidden");
        await HttpAssert.ProblemAsync(await landlord.Client.PutAsJsonAsync($"/api/v1/properties/{Guid.NewGuid()}", Change(1), host.Json), 404, "not-found");
        await using var db = host.NewContext();
        Assert.Equal(4, (await db.Properties.SingleAsync(p => p.Id == home.Id)).Bedrooms);
    }
}
