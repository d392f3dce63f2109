using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Web.Tests.Support;

namespace OpenLettings.Web.Tests.Applications;

/// <summary>
/// A register host with the people the applications tests need: an applicant, a second applicant, officers of
/// Exeter and Teignbridge, an Alpha Homes landlord officer and a partnership manager; and a Devon family
/// (docs/examples/devon-home-choice/01-family-lacking-one-bedroom.json) to apply with.
/// </summary>
internal sealed class ApplicationScenario : IAsyncDisposable
{
    private ApplicationScenario(RegisterHost host, TestUser applicant, TestUser otherApplicant, TestUser exeterOfficer,
        TestUser teignbridgeOfficer, TestUser landlord, TestUser manager)
    {
        Host = host;
        Applicant = applicant;
        OtherApplicant = otherApplicant;
        ExeterOfficer = exeterOfficer;
        TeignbridgeOfficer = teignbridgeOfficer;
        Landlord = landlord;
        Manager = manager;
    }

    public RegisterHost Host { get; }

    public TestUser Applicant { get; }

    public TestUser OtherApplicant { get; }

    public TestUser ExeterOfficer { get; }

    public TestUser TeignbridgeOfficer { get; }

    public TestUser Landlord { get; }

    public TestUser Manager { get; }

    public JsonSerializerOptions Json => Host.Json;

    public static async Task<ApplicationScenario> StartAsync(DatabaseProvider provider)
    {
        var host = await RegisterHost.StartAsync(provider);
        var p = host.Partnership;
        return new ApplicationScenario(host,
            await host.UserAsync("Amy Applicant"),
            await host.UserAsync("Other Applicant"),
            await host.UserAsync("Eve Exeter", (p.Exeter, MembershipRole.LocalAuthorityOfficer)),
            await host.UserAsync("Ted Teignbridge", (p.Teignbridge, MembershipRole.LocalAuthorityOfficer)),
            await host.UserAsync("Lou Landlord", (p.AlphaHomes, MembershipRole.LandlordOfficer)),
            await host.UserAsync("Max Manager", (p.PartnershipId, MembershipRole.Manager)));
    }

    /// <summary>The example family's application contract (without its id: the register sets it).</summary>
    public static JsonObject FamilyFacts()
    {
        var root = RepositoryFiles.Root;
        var example = JsonNode.Parse(File.ReadAllText(Path.Combine(root, "docs", "examples", "devon-home-choice", "01-family-lacking-one-bedroom.json")))!;
        var application = example["application"]!.AsObject();
        application.Remove("id");
        return application;
    }

    /// <summary>The family's names, one per member of the facts.</summary>
    public static object[] FamilyNames() =>
    [
        new { memberKey = "amy", fullName = "Amy Example", nationalInsuranceNumber = "AB 12 34 56 C" },
        new { memberKey = "ben", fullName = "Ben Example" },
        new { memberKey = "cal", fullName = "Cal Example" },
        new { memberKey = "dee", fullName = "Dee Example" },
    ];

    public static object CreateBody(string authority = "exeter", JsonObject? facts = null, object[]? household = null) =>
        new { authority, application = facts ?? FamilyFacts(), household = household ?? FamilyNames() };

    /// <summary>Creates the family's draft as <paramref name="user"/>; returns the response body.</summary>
    public async Task<JsonElement> CreateAsync(TestUser user, string authority = "exeter") =>
        await HttpAssert.OkAsync(await user.Client.PostJsonAsync("/api/v1/applications", CreateBody(authority), Json), 201);

    /// <summary>Creates the applicant's draft and submits it; returns the submitted application.</summary>
    public async Task<JsonElement> SubmittedAsync(TestUser? user = null)
    {
        var created = await CreateAsync(user ?? Applicant);
        return await HttpAssert.OkAsync(await (user ?? Applicant).Client.PostJsonAsync(
            $"/api/v1/applications/{Id(created)}/submit", new { version = Version(created) }, Json));
    }

    /// <summary>Creates, submits and assesses (by the Exeter officer) the family's application.</summary>
    public async Task<Guid> AssessedAsync()
    {
        var submitted = await SubmittedAsync();
        await HttpAssert.OkAsync(await ExeterOfficer.Client.PostJsonAsync($"/api/v1/applications/{Id(submitted)}/assess", new { }, Json));
        return Id(submitted);
    }

    /// <summary>Makes the application bid on an Alpha Homes advert (so the Alpha landlord officer can read it).</summary>
    public async Task BidOnAlphaAdvertAsync(Guid applicationId)
    {
        await using var db = Host.NewContext();
        var p = Host.Partnership;
        var property = new PropertyRecord
        {
            Reference = $"ALPHA-{Guid.NewGuid():N}"[..20],
            LandlordId = p.AlphaHomes,
            LocalAuthorityId = p.Exeter,
            AddressLine = "1 Test Street",
            Postcode = "EX1 1AA",
            Bedrooms = 3,
            MaxOccupants = 5,
            DetailsJson = "{}",
        };
        var now = Host.Clock.GetUtcNow();
        var cycle = await db.LettingCycles.FirstOrDefaultAsync(c => c.PartnershipId == p.PartnershipId) ?? new LettingCycle
        {
            PartnershipId = p.PartnershipId,
            OpensAt = now.AddDays(-1),
            ClosesAt = now.AddDays(4),
            LandlordDeadlineAt = now.AddDays(4),
            VerificationDeadlineAt = now.AddDays(5),
            State = LettingCycleState.Open,
        };
        if (db.Entry(cycle).State == EntityState.Detached)
        {
            db.LettingCycles.Add(cycle);
        }
        var advert = new Advert { PropertyId = property.Id, CycleId = cycle.Id, Status = AdvertStatus.BiddingCurrent, CriteriaJson = "{}" };
        db.Properties.Add(property);
        db.Adverts.Add(advert);
        db.Bids.Add(new Bid
        {
            ApplicationId = applicationId,
            AdvertId = advert.Id,
            CycleId = cycle.Id,
            PlacedBy = BidPlacedBy.Applicant,
            PlacedAt = now,
            Status = BidStatus.Open,
            StatusChangedAt = now,
        });
        await db.SaveChangesAsync();
    }

    public static Guid Id(JsonElement application) => application.GetProperty("id").GetGuid();

    public static long Version(JsonElement application) => application.GetProperty("version").GetInt64();

    /// <summary>The errors of a problem, as "field rule" strings.</summary>
    public static IReadOnlyList<string> Errors(JsonElement problem) =>
        [.. problem.GetProperty("errors").EnumerateArray().Select(e => $"{e.GetProperty("field").GetString()} {e.GetProperty("rule").GetString()}")];

    public Task<HttpResponseMessage> PutAsync(TestUser user, string url, object body) => user.Client.PutAsJsonAsync(url, body, Json);

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
