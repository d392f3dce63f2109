using System.Text.Json.Nodes;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Infrastructure.Register;
using OpenLettings.Web.Tests.Support;

namespace OpenLettings.Web.Tests.Homes;

/// <summary>
/// Arranges cycles, homes, adverts and applications directly in the database (their own APIs are built elsewhere).
/// Times are for <see cref="RegisterHost.DefaultNow"/> (Thursday 3 December 2026, GMT): the current cycle opened on
/// Wednesday 2 December and closes 23:59 Monday 7 December; the next opens Wednesday 9 December, with its landlord
/// deadline 17:00 Monday 7 December (001 §52.5) and verification deadline 14:00 Tuesday 8 December (001 §52.8).
/// </summary>
public static class HomesArrange
{
    public static Task<LettingCycle> CurrentCycleAsync(RegisterHost host) =>
        CycleAsync(host, new DateTime(2026, 12, 2), LettingCycleState.Open);

    public static Task<LettingCycle> NextCycleAsync(RegisterHost host) =>
        CycleAsync(host, new DateTime(2026, 12, 9), LettingCycleState.Scheduled);

    /// <summary>A Devon-timetable cycle opening at 00:00 on <paramref name="opensOn"/> (a Wednesday).</summary>
    public static async Task<LettingCycle> CycleAsync(RegisterHost host, DateTime opensOn, LettingCycleState state)
    {
        await using var db = host.NewContext();
        var cycle = new LettingCycle
        {
            PartnershipId = host.Partnership.PartnershipId,
            OpensAt = UkTime.Instant(opensOn),
            ClosesAt = UkTime.Instant(opensOn.AddDays(5).AddHours(23).AddMinutes(59)),
            LandlordDeadlineAt = UkTime.Instant(opensOn.AddDays(-2).AddHours(17)),
            VerificationDeadlineAt = UkTime.Instant(opensOn.AddDays(-1).AddHours(14)),
            State = state,
        };
        db.LettingCycles.Add(cycle);
        await db.SaveChangesAsync();
        return cycle;
    }

    /// <summary>A home of Alpha Homes (by default) in Exeter.</summary>
    public static async Task<PropertyRecord> PropertyAsync(RegisterHost host, int bedrooms = 3, Guid? landlord = null, string? reference = null)
    {
        await using var db = host.NewContext();
        var landlordId = landlord ?? host.Partnership.AlphaHomes;
        var landlordCode = landlordId == host.Partnership.AlphaHomes ? "alpha-homes" : "beta-housing";
        var record = new PropertyRecord
        {
            Reference = reference ?? $"H-{Guid.NewGuid():N}"[..12],
            LandlordId = landlordId,
            LocalAuthorityId = host.Partnership.Exeter,
            AddressLine = "1 Fore Street, Exeter",
            Postcode = "EX1 1AA",
            Type = Domain.Properties.PropertyType.House,
            Bedrooms = bedrooms,
            MaxOccupants = bedrooms * 2,
            Mobility = Domain.Properties.MobilityCategory.GeneralNeeds,
            DetailsJson = "{}",
        };
        record.DetailsJson = new JsonObject
        {
            ["id"] = record.Id.ToString(),
            ["landlord"] = landlordCode,
            ["localAuthority"] = "exeter",
            ["locality"] = "Exeter",
            ["type"] = "house",
            ["bedrooms"] = bedrooms,
            ["maxOccupants"] = bedrooms * 2,
        }.ToJsonString();
        db.Properties.Add(record);
        await db.SaveChangesAsync();
        return record;
    }

    public static async Task<Advert> AdvertAsync(RegisterHost host, LettingCycle cycle, PropertyRecord? property = null,
        AdvertStatus status = AdvertStatus.BiddingCurrent, string criteria = "{}")
    {
        property ??= await PropertyAsync(host);
        await using var db = host.NewContext();
        var advert = new Advert { PropertyId = property.Id, CycleId = cycle.Id, Status = status, CriteriaJson = criteria };
        db.Adverts.Add(advert);
        await db.SaveChangesAsync();
        return advert;
    }

    /// <summary>
    /// An active Exeter application with the facts of docs/examples/devon-home-choice/01-family-lacking-one-bedroom.json
    /// (two adults, a boy of 12 and a girl of 8: they need 3 bedrooms, 001 §14).
    /// </summary>
    public static async Task<HousingApplication> ApplicationAsync(RegisterHost host, string? applicantUserId,
        ApplicationStatus status = ApplicationStatus.Active)
    {
        var reference = $"DHC-{Guid.NewGuid():N}"[..14];
        var facts = ExampleApplication();
        facts["id"] = reference;
        facts["managingAuthority"] = "exeter";
        await using var db = host.NewContext();
        var now = host.Clock.GetUtcNow();
        var application = new HousingApplication
        {
            Reference = reference,
            ManagingAuthorityId = host.Partnership.Exeter,
            PartnershipId = host.Partnership.PartnershipId,
            ApplicantUserId = applicantUserId,
            Status = status,
            FactsJson = facts.ToJsonString(),
            CreatedAt = now,
            SubmittedAt = now,
            StatusChangedAt = now,
        };
        db.Applications.Add(application);
        await db.SaveChangesAsync();
        return application;
    }

    private static JsonObject ExampleApplication()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "docs", "examples")))
        {
            directory = directory.Parent;
        }
        var path = Path.Combine(directory?.FullName ?? throw new InvalidOperationException("docs/examples not found above the test binaries."),
            "docs", "examples", "devon-home-choice", "01-family-lacking-one-bedroom.json");
        return JsonNode.Parse(File.ReadAllText(path))!["application"]!.DeepClone().AsObject();
    }
}
