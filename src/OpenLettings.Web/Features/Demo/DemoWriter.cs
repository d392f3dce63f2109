using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Properties;
using OpenLettings.Infrastructure.Json;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Infrastructure.Register;
using OpenLettings.Infrastructure.Register.Cycles;
using OpenLettings.Infrastructure.Register.Access;
using OpenLettings.Infrastructure.Register.Applications;
using OpenLettings.Infrastructure.Register.Schemes;

namespace OpenLettings.Web.Features.Demo;

/// <summary>
/// Writes the demo partnership inside the seeder's transaction. Deterministic apart from the date: a fixed
/// <see cref="Random"/> seed varies the Devon example applications (dates, household size, managing authority),
/// and every date is moved so that the examples keep their meaning as of today.
/// </summary>
internal sealed partial class DemoWriter(RegisterWork work, UserManager<RegisterUser> users, ApiKeys apiKeys)
{
    private const int ApplicationCount = 300;
    private const int TargetBids = 45;
    private const string EmailDomain = "devon.example.org";

    private static readonly (string Code, string Name, string Town, string Postcode)[] Councils =
    [
        ("exeter", "Exeter City Council", "Exeter", "EX4"),
        ("teignbridge", "Teignbridge District Council", "Newton Abbot", "TQ12"),
        ("east-devon", "East Devon District Council", "Exmouth", "EX8"),
        ("mid-devon", "Mid Devon District Council", "Tiverton", "EX16"),
        ("torbay", "Torbay Council", "Paignton", "TQ3"),
    ];

    private static readonly (string Code, string Name, string Prefix)[] Landlords =
    [
        ("livewest", "LiveWest", "LW"),
        ("sanctuary", "Sanctuary Housing", "SH"),
        ("westward", "Westward Housing", "WH"),
        ("exeter-city-council", "Exeter City Council (landlord)", "ECC"),
    ];

    private static readonly string[] Surnames = ["Ashworth", "Bennett", "Carter", "Dawlish", "Ellis", "Fowler", "Garland", "Hext", "Isaac", "Jory", "Kerslake", "Luscombe", "Mudge", "Northcott", "Ough", "Pengelly", "Quick", "Rowe", "Skinner", "Tucker", "Vosper", "Widdicombe"];
    private static readonly string[] Streets = ["Fore Street", "Church Road", "Station Road", "Victoria Road", "Mill Lane", "Orchard Close", "Queen Street", "Meadow View", "Barton Road", "Higher Park"];

    private readonly Random _random = new(20260601);
    private readonly List<DemoSignIn> _signIns = [];
    private string? _passwordHash;

    public async Task<DemoReport> WriteAsync(CancellationToken ct)
    {
        var db = work.Db;
        var now = work.Time.GetUtcNow();
        var today = UkTime.Today(work.Time);
        var scheme = RegisterSchemes.Find("devon-home-choice") ?? throw new InvalidOperationException("The Devon Home Choice scheme is not registered.");
        var settings = DemoSettings;

        // Organisations.
        var partnership = new Organisation
        {
            Code = "devon-home-choice",
            Name = "Devon Home Choice",
            Kind = OrganisationKind.Partnership,
            SchemeId = scheme.Id,
            SettingsJson = ContractJson.Write(settings),
        };
        var councils = Councils.Select(c => new Organisation { Code = c.Code, Name = c.Name, Kind = OrganisationKind.LocalAuthority, PartnershipId = partnership.Id }).ToList();
        var landlords = Landlords.Select(l => new Organisation { Code = l.Code, Name = l.Name, Kind = OrganisationKind.Landlord, PartnershipId = partnership.Id }).ToList();
        db.Organisations.Add(partnership);
        db.Organisations.AddRange(councils);
        db.Organisations.AddRange(landlords);
        await db.SaveChangesAsync(ct);

        // People and the partner system.
        await PersonAsync("Morwenna Manager", "manager", partnership, MembershipRole.Manager, now);
        var officers = new Dictionary<Guid, string>();
        foreach (var council in councils)
        {
            officers[council.Id] = await PersonAsync($"{council.Name} officer", $"officer.{council.Code}", council, MembershipRole.LocalAuthorityOfficer, now);
        }
        foreach (var landlord in landlords.Where(l => l.Code != "exeter-city-council"))
        {
            await PersonAsync($"{landlord.Name} lettings officer", $"lettings.{landlord.Code}", landlord, MembershipRole.LandlordOfficer, now);
        }
        var applicantUsers = new List<string>();
        for (var i = 1; i <= 3; i++)
        {
            applicantUsers.Add(await PersonAsync($"Demo applicant {i}", $"applicant{i}", null, MembershipRole.Applicant, now));
        }
        var system = await CreateUserAsync("LiveWest housing management system", $"hms.livewest@{EmailDomain}", password: null);
        db.Memberships.Add(new OrganisationMembership { UserId = system.Id, OrganisationId = landlords[0].Id, Role = MembershipRole.PartnerSystem, GrantedAt = now });
        var (_, apiKey) = await apiKeys.IssueAsync(system.Id, "LiveWest housing management system (demo)", cancellationToken: ct);
        _signIns.Add(new DemoSignIn(nameof(MembershipRole.PartnerSystem), landlords[0].Code, system.Email!, null, apiKey));

        // Applications, assessed, with their decisions.
        var applications = WriteApplications(scheme, settings, partnership, councils, applicantUsers, today, now);

        // Homes, cycles, adverts and bids.
        var properties = WriteProperties(councils, landlords);
        var (current, next) = WriteCycles(partnership.Id, settings.Cycle, now);
        var adverts = WriteAdverts(scheme, properties, current, next, officers);
        var bids = WriteBids(scheme, settings, applications, adverts, current, officers, now);

        work.Publish("cycle.opened", "cycle", current.Id.ToString(), null, partnership.Id,
            new { cycleId = current.Id, state = current.State, opensAt = current.OpensAt, closesAt = current.ClosesAt, adverts = adverts.Count });
        await work.AuditAsync(Actor.System, partnership.Id, nameof(Organisation), partnership.Id.ToString(), "demo.seeded", null,
            new
            {
                councils = councils.Count,
                landlords = landlords.Count,
                applications = applications.Count,
                properties = properties.Count,
                adverts = adverts.Count,
                bids,
                currentCycle = current.Id,
                nextCycle = next.Id,
            },
            "Demo partnership seeded into an empty register (Demo:Seed); applications varied from docs/examples/devon-home-choice.", ct);
        return new DemoReport(_signIns, applications.Count, adverts.Count, bids);
    }

    private async Task<string> PersonAsync(string name, string localPart, Organisation? organisation, MembershipRole role, DateTimeOffset now)
    {
        var user = await CreateUserAsync(name, $"{localPart}@{EmailDomain}", DemoSeeder.DemoPassword);
        if (organisation is not null)
        {
            work.Db.Memberships.Add(new OrganisationMembership { UserId = user.Id, OrganisationId = organisation.Id, Role = role, GrantedAt = now });
        }
        _signIns.Add(new DemoSignIn(role.ToString(), organisation?.Code ?? "(own application)", user.Email!, DemoSeeder.DemoPassword, null));
        return user.Id;
    }

    private async Task<RegisterUser> CreateUserAsync(string name, string email, string? password)
    {
        var user = new RegisterUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
        if (password is not null)
        {
            // One hash (a fresh random salt inside it) serves every demo person: hashing is deliberately slow.
            user.PasswordHash = _passwordHash ??= users.PasswordHasher.HashPassword(user, password);
        }
        var result = await users.CreateAsync(user);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create demo user {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
        return user;
    }

    private sealed record SeededApplication(HousingApplication Application, RegisterAssessment Assessment, string? OfficerChannelUser);

    private List<SeededApplication> WriteApplications(IRegisterScheme scheme, PartnershipSettings settings, Organisation partnership,
        List<Organisation> councils, List<string> applicantUsers, DateOnly today, DateTimeOffset now)
    {
        var db = work.Db;
        var shift = today.DayNumber - DemoTemplates.WrittenFor.DayNumber;
        var seeded = new List<SeededApplication>();
        for (var i = 0; i < ApplicationCount; i++)
        {
            var (_, templateJson) = DemoTemplates.Applications[i % DemoTemplates.Applications.Count];
            var council = councils[_random.Next(councils.Count)];
            var reference = $"DHC-{200001 + i}";
            var surname = Surnames[_random.Next(Surnames.Length)];
            var candidates = new[]
            {
                Vary(templateJson, reference, council.Code, shift, vary: true),
                Vary(templateJson, reference, council.Code, shift, vary: false),
            };
            var chosen = candidates.Select(facts => (facts, ok: scheme.ValidateApplication(facts.ToJsonString(), today).IsEmpty)).FirstOrDefault(c => c.ok).facts;
            if (chosen is null)
            {
                continue;
            }
            // About one in ten households asks for autobids (001 §60): the cycle job bids for them when a cycle opens.
            var autobid = _random.NextDouble() < 0.1;
            if (autobid)
            {
                chosen["autobid"] = new JsonObject { ["enabled"] = true };
            }
            var assessment = scheme.Assess(chosen.ToJsonString(ContractJson.Options), today, settings);
            var factsJson = assessment.FactsWithDecisionRecorded ?? chosen.ToJsonString(ContractJson.Options);
            var status = DecisionService.StatusFor(assessment);
            var created = now - TimeSpan.FromDays(_random.Next(20, 700));
            var application = new HousingApplication
            {
                Reference = reference,
                ManagingAuthorityId = council.Id,
                PartnershipId = partnership.Id,
                Status = status,
                Autobid = autobid && status == ApplicationStatus.Active,
                FactsJson = factsJson,
                CreatedAt = created,
                SubmittedAt = created + TimeSpan.FromDays(1),
                StatusChangedAt = now,
            };
            if (status == ApplicationStatus.Active && seeded.Count(s => s.Application.ApplicantUserId is not null) < applicantUsers.Count)
            {
                application.ApplicantUserId = applicantUsers[seeded.Count(s => s.Application.ApplicantUserId is not null)];
            }
            foreach (var member in chosen["household"]!["members"]!.AsArray())
            {
                var key = member!["id"]!.GetValue<string>();
                application.Members.Add(new HouseholdMember
                {
                    MemberKey = key,
                    Role = Enum.Parse<HouseholdRole>(member["role"]!.GetValue<string>(), ignoreCase: true),
                    FullName = $"{CultureInfo.InvariantCulture.TextInfo.ToTitleCase(key)} {surname}",
                    DateOfBirth = member["dateOfBirth"] is { } dob ? DateOnly.Parse(dob.GetValue<string>(), CultureInfo.InvariantCulture) : null,
                    DueDate = member["dueDate"] is { } due ? DateOnly.Parse(due.GetValue<string>(), CultureInfo.InvariantCulture) : null,
                });
            }
            db.Applications.Add(application);
            db.ApplicationVersions.Add(new ApplicationVersion
            {
                ApplicationId = application.Id, Number = 1, SnapshotJson = factsJson, ChangedByUserId = "system", ChangedAt = created, Reason = "Demo seed",
            });
            AddDecisions(application, assessment, council.Id, today, now);
            work.Publish("application.decided", "application", application.Id.ToString(), council.Id, partnership.Id, new
            {
                applicationId = application.Id,
                reference,
                status,
                eligible = assessment.Eligible,
                qualifies = assessment.Qualifies,
                band = assessment.Band,
                bedroomsNeeded = assessment.BedroomsNeeded,
            });
            seeded.Add(new SeededApplication(application, assessment, application.ApplicantUserId));
        }
        return seeded;
    }

    private void AddDecisions(HousingApplication application, RegisterAssessment assessment, Guid council, DateOnly today, DateTimeOffset now)
    {
        var explanation = JsonNode.Parse(assessment.ExplanationJson) as JsonObject;
        string Section(params string[] keys)
        {
            if (explanation is null)
            {
                return assessment.ExplanationJson;
            }
            var part = new JsonObject();
            foreach (var key in keys.Where(explanation.ContainsKey))
            {
                part[key] = explanation[key]?.DeepClone();
            }
            return part.Count == 0 ? assessment.ExplanationJson : part.ToJsonString(ContractJson.Options);
        }
        DecisionRecord Decision(DecisionKind kind, string json) => new()
        {
            ApplicationId = application.Id,
            Kind = kind,
            ExplanationJson = json,
            AsOf = today,
            DecidedByUserId = "system",
            DecidedByOrganisationId = council,
            DecidedAt = now,
        };
        var eligibility = Decision(DecisionKind.Eligibility, Section("eligibility"));
        eligibility.Favourable = assessment.Eligible;
        var qualification = Decision(DecisionKind.Qualification, Section("qualification"));
        qualification.Favourable = assessment.Qualifies;
        var bedrooms = Decision(DecisionKind.BedroomNeed, Section("bedrooms"));
        bedrooms.BedroomsNeeded = assessment.BedroomsNeeded;
        var band = Decision(DecisionKind.Band, Section("band", "bandStartDate", "banding"));
        band.Band = assessment.Band;
        band.BandStartAt = assessment.BandStartAt is { } start ? DateTime.SpecifyKind(start, DateTimeKind.Unspecified) : null;
        work.Db.Decisions.AddRange(eligibility, qualification, bedrooms, band);
    }

    /// <summary>
    /// An example application as a new one: its own reference, in <paramref name="council"/>, every date moved by
    /// <paramref name="shift"/> days; when <paramref name="vary"/>, also older adults, an earlier evidence date (so
    /// band start dates differ) and sometimes a child more or fewer.
    /// </summary>
    private JsonObject Vary(string templateJson, string reference, string council, int shift, bool vary)
    {
        var facts = (JsonObject)JsonNode.Parse(templateJson)!;
        var template = facts["managingAuthority"]!.GetValue<string>();
        var evidenceExtra = vary ? -_random.Next(0, 900) : 0;
        var adultExtra = vary ? -_random.Next(0, 400) : 0;
        var childChange = vary ? _random.Next(0, 10) : 5; // 0-1: one child fewer; 2-3: one more
        ShiftDates(facts, shift);
        facts["id"] = reference;
        facts["managingAuthority"] = council;
        if (facts["currentHome"] is JsonObject home && home["localAuthority"]?.GetValue<string>() == template)
        {
            home["localAuthority"] = council;
            home["locality"] = Councils.First(c => c.Code == council).Town;
        }
        if (facts["needs"]?["homelessness"] is JsonObject homelessness && homelessness["owedBy"]?.GetValue<string>() == template)
        {
            homelessness["owedBy"] = council;
        }
        if (facts["localConnection"]?["addressHistory"] is JsonArray history)
        {
            foreach (var entry in history.OfType<JsonObject>().Where(e => e["authority"]?.GetValue<string>() == template))
            {
                entry["authority"] = council;
            }
        }
        if (facts["evidenceCompletedAt"] is { } evidence)
        {
            facts["evidenceCompletedAt"] = Shift(evidence.GetValue<string>(), evidenceExtra);
        }
        var members = facts["household"]!["members"]!.AsArray();
        foreach (var member in members.OfType<JsonObject>())
        {
            var role = member["role"]!.GetValue<string>();
            if (role is "mainApplicant" or "jointApplicant" or "partner" && member["dateOfBirth"] is { } dob)
            {
                member["dateOfBirth"] = Shift(dob.GetValue<string>(), adultExtra);
            }
        }
        var children = members.OfType<JsonObject>().Where(m => m["role"]!.GetValue<string>() == "child").ToList();
        if (children.Count > 0 && childChange <= 1)
        {
            members.Remove(children[^1]);
        }
        else if (children.Count > 0 && childChange <= 3)
        {
            var born = DateOnly.FromDayNumber(DemoTemplates.WrittenFor.DayNumber + shift - _random.Next(200, 5000));
            members.Add(new JsonObject
            {
                ["id"] = $"kid{members.Count}",
                ["role"] = "child",
                ["dateOfBirth"] = born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["sex"] = _random.Next(2) == 0 ? "female" : "male",
            });
        }
        return facts;
    }

    private static void ShiftDates(JsonNode node, int days)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (value is JsonValue v && v.TryGetValue<string>(out var text) && DateLike().IsMatch(text))
                    {
                        obj[key] = Shift(text, days);
                    }
                    else if (value is not null)
                    {
                        ShiftDates(value, days);
                    }
                }
                break;
            case JsonArray array:
                foreach (var item in array.Where(i => i is not null))
                {
                    ShiftDates(item!, days);
                }
                break;
            default:
                break;
        }
    }

    private static string Shift(string text, int days) => text.Length == 10
        ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : DateTime.ParseExact(text, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture).AddDays(days).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2})?$")]
    private static partial Regex DateLike();

    private List<PropertyRecord> WriteProperties(List<Organisation> councils, List<Organisation> landlords)
    {
        (PropertyType Type, int Bedrooms, MobilityCategory Mobility)[] kinds =
        [
            (PropertyType.Flat, 1, MobilityCategory.GeneralNeeds), (PropertyType.Flat, 2, MobilityCategory.GeneralNeeds),
            (PropertyType.House, 2, MobilityCategory.GeneralNeeds), (PropertyType.House, 3, MobilityCategory.GeneralNeeds),
            (PropertyType.Bungalow, 1, MobilityCategory.StepFree), (PropertyType.Maisonette, 2, MobilityCategory.MaxThreeSteps),
            (PropertyType.House, 4, MobilityCategory.GeneralNeeds), (PropertyType.Flat, 1, MobilityCategory.StepFree),
        ];
        var properties = new List<PropertyRecord>();
        for (var k = 0; k < 40; k++)
        {
            var landlordIndex = k % landlords.Count;
            var landlord = landlords[landlordIndex];
            var councilIndex = Landlords[landlordIndex].Code == "exeter-city-council" ? 0 : _random.Next(councils.Count);
            var council = councils[councilIndex];
            var (type, bedrooms, mobility) = kinds[k % kinds.Length];
            var town = Councils[councilIndex].Town;
            var record = new PropertyRecord
            {
                Reference = $"{Landlords[landlordIndex].Prefix}-{1001 + k}",
                LandlordId = landlord.Id,
                LocalAuthorityId = council.Id,
                AddressLine = $"{_random.Next(1, 120)} {Streets[_random.Next(Streets.Length)]}, {town}",
                Postcode = $"{Councils[councilIndex].Postcode} {_random.Next(1, 9)}{(char)('A' + _random.Next(26))}{(char)('A' + _random.Next(26))}",
                Type = type,
                Bedrooms = bedrooms,
                MaxOccupants = bedrooms == 1 ? 2 : bedrooms * 2,
                Mobility = mobility,
                DetailsJson = "",
            };
            record.DetailsJson = ContractJson.Write(new Property
            {
                Id = new PropertyId(record.Id.ToString()),
                Landlord = new LandlordId(landlord.Code),
                LocalAuthority = new LocalAuthorityId(council.Code),
                Locality = town,
                Type = type,
                Bedrooms = bedrooms,
                MaxOccupants = record.MaxOccupants,
                Mobility = mobility,
                OlderPersons = type == PropertyType.Bungalow,
            });
            properties.Add(record);
        }
        work.Db.Properties.AddRange(properties);
        return properties;
    }

    /// <summary>
    /// The demo partnership's settings: Devon's timetable (001 §52) except that bidding stays open until 23:59 on
    /// Tuesday rather than Monday, so that whatever day the demo starts a cycle is open to bid in. Devon's own
    /// partnership keeps the default (closing on Monday).
    /// </summary>
    public static PartnershipSettings DemoSettings { get; } = new() { Cycle = new CycleTimetable { OpenForDays = 6 } };

    /// <summary>The cycle open now and the next one, on the partnership's timetable (001 §52).</summary>
    private (LettingCycle Current, LettingCycle Next) WriteCycles(Guid partnershipId, CycleTimetable timetable, DateTimeOffset now)
    {
        var open = CycleSchedule.ContainingOrAfter(timetable, now);
        LettingCycle Cycle(CycleTimes times, LettingCycleState state) => new()
        {
            PartnershipId = partnershipId,
            OpensAt = times.OpensAt,
            ClosesAt = times.ClosesAt,
            LandlordDeadlineAt = times.LandlordDeadlineAt,
            VerificationDeadlineAt = times.VerificationDeadlineAt,
            State = state,
        };
        var current = Cycle(open, LettingCycleState.Open);
        current.OpenedAt = current.OpensAt;
        var next = Cycle(CycleSchedule.Following(timetable, open), LettingCycleState.Scheduled);
        work.Db.LettingCycles.AddRange(current, next);
        return (current, next);
    }

    private sealed record SeededAdvert(Advert Advert, PropertyRecord Property);

    private List<SeededAdvert> WriteAdverts(IRegisterScheme scheme, List<PropertyRecord> properties, LettingCycle current, LettingCycle next,
        Dictionary<Guid, string> officers)
    {
        var adverts = new List<SeededAdvert>();
        foreach (var (property, index) in properties.Select((p, i) => (p, i)))
        {
            var criteria = property.Mobility == MobilityCategory.StepFree ? """{"mobilityPreference":true}""" : "{}";
            var errors = scheme.ValidateAdvertCriteria(criteria);
            if (!errors.IsEmpty)
            {
                throw new InvalidOperationException($"Demo advert criteria are not valid: {errors[0].Message}");
            }
            var open = index < 30;
            var advert = new Advert
            {
                PropertyId = property.Id,
                CycleId = open ? current.Id : next.Id,
                Status = open ? AdvertStatus.BiddingCurrent : AdvertStatus.AwaitingVerification,
                CriteriaJson = criteria,
                VerifiedByUserId = open ? officers[property.LocalAuthorityId] : null,
                VerifiedAt = open ? current.VerificationDeadlineAt - TimeSpan.FromHours(2) : null,
            };
            work.Db.Adverts.Add(advert);
            if (open)
            {
                adverts.Add(new SeededAdvert(advert, property));
                work.Publish("advert.published", "advert", advert.Id.ToString(), property.LandlordId, current.PartnershipId,
                    new { advertId = advert.Id, propertyId = property.Id, cycleId = current.Id, status = advert.Status, bedrooms = property.Bedrooms, type = property.Type });
            }
        }
        return adverts;
    }

    /// <summary>Bids by active applications on homes of their size, each checked by the scheme (at most its bids per cycle, 001 §59.1).</summary>
    private int WriteBids(IRegisterScheme scheme, PartnershipSettings settings, List<SeededApplication> applications, List<SeededAdvert> adverts,
        LettingCycle current, Dictionary<Guid, string> officers, DateTimeOffset now)
    {
        var zone = UkTime.London;
        var opensLocal = TimeZoneInfo.ConvertTime(current.OpensAt, zone).DateTime;
        var closesLocal = TimeZoneInfo.ConvertTime(current.ClosesAt, zone).DateTime;
        var latest = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        if (latest > closesLocal)
        {
            latest = closesLocal;
        }
        var window = Math.Max(0, (latest - opensLocal).TotalMinutes);
        var bidders = applications.Where(a => a.Application.Status == ApplicationStatus.Active && a.Assessment.MayBid)
            .OrderBy(_ => _random.Next()).ToList();
        int placed = 0, checks = 0;
        foreach (var bidder in bidders)
        {
            if (placed >= TargetBids || checks > 600)
            {
                break;
            }
            var application = bidder.Application;
            var limit = scheme.BidsPerCycle(DateOnly.FromDateTime(latest), settings);
            var facts = new RegisterApplicationFacts(application.Id, application.Reference, application.FactsJson);
            var channel = application.ApplicantUserId is null ? BidChannelKind.Officer : BidChannelKind.Applicant;
            var mine = 0;
            foreach (var advert in adverts.Where(a => a.Property.Bedrooms == bidder.Assessment.BedroomsNeeded || a.Property.Bedrooms == bidder.Assessment.BedroomsNeeded - 1)
                         .OrderBy(_ => _random.Next()).Take(4))
            {
                if (mine >= limit || placed >= TargetBids)
                {
                    break;
                }
                var placedAt = opensLocal.AddMinutes(Math.Floor(_random.NextDouble() * window));
                var advertFacts = new RegisterAdvertFacts(advert.Advert.Id, advert.Property.DetailsJson, advert.Advert.CriteriaJson, opensLocal, closesLocal);
                checks++;
                var check = scheme.CheckBid(new BidRequestFacts(facts, advertFacts, channel, placedAt, mine), settings);
                if (!check.Allowed)
                {
                    continue;
                }
                var placedAtInstant = UkTime.Instant(placedAt, zone);
                var bid = new Bid
                {
                    ApplicationId = application.Id,
                    AdvertId = advert.Advert.Id,
                    CycleId = current.Id,
                    PlacedBy = channel == BidChannelKind.Applicant ? BidPlacedBy.Applicant : BidPlacedBy.Officer,
                    PlacedByUserId = channel == BidChannelKind.Applicant ? application.ApplicantUserId : officers[application.ManagingAuthorityId],
                    PlacedAt = placedAtInstant,
                    Status = BidStatus.Open,
                    StatusChangedAt = placedAtInstant,
                    EligibilityJson = ContractJson.Write(check),
                };
                work.Db.Bids.Add(bid);
                work.Publish("bid.placed", "bid", bid.Id.ToString(), advert.Property.LandlordId, current.PartnershipId,
                    new { bidId = bid.Id, advertId = advert.Advert.Id, applicationId = application.Id, reference = application.Reference, status = bid.Status, placedBy = bid.PlacedBy });
                mine++;
                placed++;
            }
        }
        return placed;
    }
}
