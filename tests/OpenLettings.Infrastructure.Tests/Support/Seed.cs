using OpenLettings.Domain.Properties;
using OpenLettings.Infrastructure.Persistence.Entities;

namespace OpenLettings.Infrastructure.Tests.Support;

/// <summary>The ids of a small register written by <see cref="Seed.RegisterAsync"/>.</summary>
public sealed record SeededRegister(
    Guid PartnershipId,
    Guid AuthorityId,
    Guid LandlordId,
    Guid ApplicationId,
    Guid PropertyId,
    Guid CycleId,
    Guid AdvertId);

/// <summary>Valid rows with defaults, for tests to override what they are about.</summary>
public static class Seed
{
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 30, 0, TimeSpan.Zero);

    public static Organisation Organisation(OrganisationKind kind, string code, Guid? partnershipId = null) => new()
    {
        Code = code,
        Name = code.ToUpperInvariant(),
        Kind = kind,
        SchemeId = kind == OrganisationKind.Partnership ? "devon-home-choice" : null,
        PartnershipId = partnershipId,
    };

    public static HousingApplication Application(Guid authorityId, Guid partnershipId, string reference) => new()
    {
        Reference = reference,
        ManagingAuthorityId = authorityId,
        PartnershipId = partnershipId,
        Status = ApplicationStatus.Active,
        FactsJson = """{"household":{"members":[{"id":"m1"}]}}""",
        CreatedAt = Now,
        StatusChangedAt = Now,
    };

    public static PropertyRecord Property(Guid landlordId, Guid authorityId, string reference) => new()
    {
        Reference = reference,
        LandlordId = landlordId,
        LocalAuthorityId = authorityId,
        AddressLine = "1 High Street, Exeter",
        Postcode = "EX1 1AA",
        Type = PropertyType.House,
        Bedrooms = 2,
        MaxOccupants = 4,
        Mobility = MobilityCategory.GeneralNeeds,
        DetailsJson = "{}",
    };

    /// <summary>A Devon-style cycle (001 §52): opens Wednesday 00:00, closes the following Monday 23:59 (UK time in winter = UTC).</summary>
    public static LettingCycle Cycle(Guid partnershipId, DateTimeOffset opensAt) => new()
    {
        PartnershipId = partnershipId,
        OpensAt = opensAt,
        ClosesAt = opensAt.AddDays(5).AddHours(23).AddMinutes(59),
        LandlordDeadlineAt = opensAt.AddDays(-2).AddHours(17),
        VerificationDeadlineAt = opensAt.AddDays(-1).AddHours(14),
        State = LettingCycleState.Open,
    };

    public static Advert Advert(Guid propertyId, Guid cycleId) => new()
    {
        PropertyId = propertyId,
        CycleId = cycleId,
        Status = AdvertStatus.BiddingCurrent,
        CriteriaJson = "{}",
    };

    /// <summary>Writes a partnership, an authority, a landlord, one application, one home, an open cycle and its advert.</summary>
    public static async Task<SeededRegister> RegisterAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var partnership = Organisation(OrganisationKind.Partnership, "dhc");
        var authority = Organisation(OrganisationKind.LocalAuthority, "exeter", partnership.Id);
        var landlord = Organisation(OrganisationKind.Landlord, "exeter-homes", partnership.Id);
        var application = Application(authority.Id, partnership.Id, "DHC-000001");
        var property = Property(landlord.Id, authority.Id, "P-1");
        var cycle = Cycle(partnership.Id, new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero));
        var advert = Advert(property.Id, cycle.Id);
        db.AddRange(partnership, authority, landlord, application, property, cycle, advert);
        await db.SaveChangesAsync();
        return new(partnership.Id, authority.Id, landlord.Id, application.Id, property.Id, cycle.Id, advert.Id);
    }

    /// <summary>Adds an application to a seeded register.</summary>
    public static async Task<Guid> AddApplicationAsync(TestDatabase database, SeededRegister register, string reference)
    {
        await using var db = database.NewContext();
        var application = Application(register.AuthorityId, register.PartnershipId, reference);
        db.Add(application);
        await db.SaveChangesAsync();
        return application.Id;
    }
}
