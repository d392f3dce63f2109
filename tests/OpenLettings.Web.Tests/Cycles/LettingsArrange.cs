using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Infrastructure.Register;
using OpenLettings.Infrastructure.Register.Cycles;
using OpenLettings.Web.Tests.Support;

namespace OpenLettings.Web.Tests.Cycles;

/// <summary>The Devon examples (docs/examples/devon-home-choice) as stored register facts.</summary>
public static class DevonExamples
{
    public static string Root => RepositoryFiles.Root;

    /// <summary>The <c>application</c> object of a numbered example file (e.g. "06-homeless-main-duty").</summary>
    public static JsonObject Application(string example) =>
        Read(example)["application"]!.AsObject();

    /// <summary>Example 12 (a two-bed house in Exeter, five bids, asOf 9 June 2026).</summary>
    public static JsonObject TwoBedHouse() => Read("12-shortlist-two-bed-house");

    /// <summary>Example 12's expected order of application references.</summary>
    public static IReadOnlyList<(string Reference, bool Considered)> TwoBedHouseExpected()
    {
        var expect = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "docs/examples/devon-home-choice/12-shortlist-two-bed-house.expect.json")))!;
        return [.. expect["shortlist"]!["entries"]!.AsArray().Select(e => (e!["applicant"]!.GetValue<string>(), e["considered"]!.GetValue<bool>()))];
    }

    private static JsonObject Read(string example) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "docs/examples/devon-home-choice", example + ".json")))!.AsObject();

}

/// <summary>
/// Arranges applications, homes, cycles, adverts and bids directly in the database (the APIs that create them are
/// built elsewhere), the way those APIs store them: facts as the scheme contract, a home's details as the property contract.
/// </summary>
public sealed class LettingsArrange(RegisterHost host)
{
    private readonly Dictionary<string, Guid> _organisations = new(StringComparer.Ordinal)
    {
        ["exeter"] = host.Partnership.Exeter,
        ["teignbridge"] = host.Partnership.Teignbridge,
        ["alpha-homes"] = host.Partnership.AlphaHomes,
        ["beta-housing"] = host.Partnership.BetaHousing,
    };

    /// <summary>The Devon cycle that opens on a Wednesday (001 §52).</summary>
    public static CycleTimes DevonCycle(DateOnly wednesday) => CycleSchedule.OpeningOn(new CycleTimetable(), wednesday);

    /// <summary>A council of the partnership, created if the test partnership lacks it (e.g. plymouth).</summary>
    public async Task<Guid> CouncilAsync(string code)
    {
        if (_organisations.TryGetValue(code, out var id))
        {
            return id;
        }
        await using var db = host.NewContext();
        var council = new Organisation { Code = code, Name = code, Kind = OrganisationKind.LocalAuthority, PartnershipId = host.Partnership.PartnershipId };
        db.Organisations.Add(council);
        await db.SaveChangesAsync();
        _organisations[code] = council.Id;
        return council.Id;
    }

    public async Task<Guid> ApplicationAsync(JsonObject facts, ApplicationStatus status = ApplicationStatus.Active, bool autobid = false)
    {
        var reference = facts["id"]!.GetValue<string>();
        var authority = await CouncilAsync(facts["managingAuthority"]!.GetValue<string>());
        await using var db = host.NewContext();
        var application = new HousingApplication
        {
            Reference = reference,
            ManagingAuthorityId = authority,
            PartnershipId = host.Partnership.PartnershipId,
            Status = status,
            Autobid = autobid,
            FactsJson = facts.ToJsonString(),
            CreatedAt = host.Clock.GetUtcNow(),
            SubmittedAt = host.Clock.GetUtcNow(),
            StatusChangedAt = host.Clock.GetUtcNow(),
        };
        db.Applications.Add(application);
        await db.SaveChangesAsync();
        return application.Id;
    }

    /// <summary>A home from an example's advert property, with the register's id and the landlord's code.</summary>
    public async Task<Guid> PropertyAsync(JsonObject exampleProperty, Guid landlordId, string landlordCode)
    {
        var details = exampleProperty.DeepClone().AsObject();
        var id = Guid.CreateVersion7();
        details["id"] = id.ToString();
        details["landlord"] = landlordCode;
        var authority = await CouncilAsync(details["localAuthority"]!.GetValue<string>());
        await using var db = host.NewContext();
        db.Properties.Add(new PropertyRecord
        {
            Id = id,
            Reference = $"P-{id:N}",
            LandlordId = landlordId,
            LocalAuthorityId = authority,
            AddressLine = "1 Test Street",
            Postcode = "EX1 1AA",
            Type = Enum.Parse<Domain.Properties.PropertyType>(details["type"]!.GetValue<string>(), ignoreCase: true),
            Bedrooms = details["bedrooms"]!.GetValue<int>(),
            MaxOccupants = details["maxOccupants"]?.GetValue<int>() ?? 2,
            DetailsJson = details.ToJsonString(),
        });
        await db.SaveChangesAsync();
        return id;
    }

    public async Task<Guid> CycleAsync(CycleTimes times, LettingCycleState state)
    {
        await using var db = host.NewContext();
        var cycle = new LettingCycle
        {
            PartnershipId = host.Partnership.PartnershipId,
            OpensAt = times.OpensAt,
            ClosesAt = times.ClosesAt,
            LandlordDeadlineAt = times.LandlordDeadlineAt,
            VerificationDeadlineAt = times.VerificationDeadlineAt,
            State = state,
            OpenedAt = state == LettingCycleState.Scheduled ? null : times.OpensAt,
        };
        db.LettingCycles.Add(cycle);
        await db.SaveChangesAsync();
        return cycle.Id;
    }

    /// <summary>An advert: the example advert minus id, property and bidding window is the criteria.</summary>
    public async Task<Guid> AdvertAsync(Guid cycleId, Guid propertyId, AdvertStatus status, JsonObject exampleAdvert)
    {
        var criteria = exampleAdvert.DeepClone().AsObject();
        foreach (var supplied in new[] { "id", "property", "biddingOpens", "biddingCloses" })
        {
            criteria.Remove(supplied);
        }
        await using var db = host.NewContext();
        var advert = new Advert { PropertyId = propertyId, CycleId = cycleId, Status = status, CriteriaJson = criteria.ToJsonString() };
        db.Adverts.Add(advert);
        await db.SaveChangesAsync();
        return advert.Id;
    }

    public async Task<Guid> BidAsync(Guid applicationId, Guid advertId, Guid cycleId, DateTimeOffset placedAt, BidPlacedBy placedBy = BidPlacedBy.Applicant)
    {
        await using var db = host.NewContext();
        var bid = new Bid
        {
            ApplicationId = applicationId,
            AdvertId = advertId,
            CycleId = cycleId,
            PlacedBy = placedBy,
            PlacedAt = placedAt,
            Status = BidStatus.Open,
            StatusChangedAt = placedAt,
        };
        db.Bids.Add(bid);
        await db.SaveChangesAsync();
        return bid.Id;
    }

    /// <summary>
    /// Example 12 in an open cycle (3-8 June 2026): the home (Alpha Homes, Exeter), its advert and its five bidders'
    /// applications and bids at their example times. More adverts of the same home type can be added with <paramref name="adverts"/>.
    /// </summary>
    public async Task<TwoBedHouseCycle> TwoBedHouseAsync(int adverts = 1, LettingCycleState state = LettingCycleState.Open)
    {
        var example = DevonExamples.TwoBedHouse();
        var exampleAdvert = example["advert"]!.AsObject();
        var cycleId = await CycleAsync(DevonCycle(new DateOnly(2026, 6, 3)), state);
        var applications = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var item in example["bids"]!.AsArray())
        {
            var facts = item!["application"]!.AsObject().DeepClone().AsObject();
            applications[facts["id"]!.GetValue<string>()] = await ApplicationAsync(facts);
        }
        var advertIds = new List<Guid>();
        for (var i = 0; i < adverts; i++)
        {
            var propertyId = await PropertyAsync(exampleAdvert["property"]!.AsObject(), host.Partnership.AlphaHomes, "alpha-homes");
            var advertId = await AdvertAsync(cycleId, propertyId, AdvertStatus.BiddingCurrent, exampleAdvert);
            advertIds.Add(advertId);
            foreach (var item in example["bids"]!.AsArray())
            {
                var bid = item!["bid"]!;
                var placedLocal = DateTime.Parse(bid["placedAt"]!.GetValue<string>(), CultureInfo.InvariantCulture);
                await BidAsync(applications[bid["applicant"]!.GetValue<string>()], advertId, cycleId, UkTime.Instant(placedLocal));
            }
        }
        return new TwoBedHouseCycle(cycleId, advertIds, applications);
    }

    /// <summary>Events of a type in the outbox.</summary>
    public async Task<List<OutboxMessage>> EventsAsync(string type)
    {
        await using var db = host.NewContext();
        return await db.Outbox.AsNoTracking().Where(m => m.Type == type).OrderBy(m => m.Position).ToListAsync();
    }
}

/// <summary>Example 12 arranged in an open cycle.</summary>
public sealed record TwoBedHouseCycle(Guid CycleId, IReadOnlyList<Guid> AdvertIds, IReadOnlyDictionary<string, Guid> Applications)
{
    /// <summary>9 June 2026 00:10 UK time: the cycle has closed.</summary>
    public static readonly DateTimeOffset AfterClose = new(2026, 6, 8, 23, 10, 0, TimeSpan.Zero);

    /// <summary>Thursday 4 June 2026 10:00 UK time: the cycle is open.</summary>
    public static readonly DateTimeOffset WhileOpen = new(2026, 6, 4, 9, 0, 0, TimeSpan.Zero);
}
