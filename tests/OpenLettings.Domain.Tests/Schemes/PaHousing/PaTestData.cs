using OpenLettings.Domain.Common;
using OpenLettings.Domain.Households;
using OpenLettings.Domain.Properties;
using OpenLettings.Domain.Schemes.PaHousing;

namespace OpenLettings.Domain.Tests.Schemes.PaHousing;

/// <summary>
/// Builders with valid defaults: a single adult of 36, a direct applicant in Nottingham (the Midlands),
/// renting a one-bedroom home privately, Right to Rent confirmed, no needs. Override with <c>with { … }</c>.
/// </summary>
public static class PaTestData
{
    public static readonly DateOnly AsOf = new(2026, 6, 1);

    public static readonly LocalAuthorityId Nottingham = new("nottingham");
    public static readonly LocalAuthorityId Lambeth = new("lambeth");
    public static readonly LocalAuthorityId Woking = new("woking");
    public static readonly LocalAuthorityId Richmond = new("richmond-upon-thames");

    public static readonly Assessor Officer = new("A Officer", "Lettings Officer");

    public static PaHousingScheme Scheme => PaHousingScheme.Default();

    public static LocalAuthorityId In(SubRegion region) => region switch
    {
        SubRegion.Midlands => Nottingham,
        SubRegion.London => Lambeth,
        SubRegion.SouthEast => Woking,
    };

    public static AssessedFact<T> Decided<T>(T value, DateOnly? on = null) => new(value, Officer, on ?? new DateOnly(2025, 3, 1));

    public static AssessedFact<PaNeed> Need(PaNeed need, DateOnly? on = null) => Decided(need, on);

    public static Member Applicant(int age = 36, Sex sex = Sex.Female) => Person("main", age, sex, MemberRole.MainApplicant);

    public static Member Person(string id, int age, Sex sex, MemberRole role) =>
        new() { Id = new MemberId(id), Role = role, DateOfBirth = AsOf.AddYears(-age).AddDays(-30), Sex = sex };

    public static Member Child(string id, int age, Sex sex) => Person(id, age, sex, MemberRole.Child);

    public static Member[] Couple(int age = 36)
    {
        var main = Applicant(age) with { PartnerId = new MemberId("partner") };
        var partner = Person("partner", age, Sex.Male, MemberRole.JointApplicant) with { PartnerId = main.Id };
        return [main, partner];
    }

    public static Household HouseholdOf(params Member[] members) => new() { Members = [.. members] };

    public static PaHousingApplication Application(params Member[] members) => new()
    {
        Id = new HousingApplicationId("PA-0001"),
        LocalAuthority = Nottingham,
        Route = PaRoute.DirectApplicant,
        RegisteredAt = new DateTime(2025, 1, 10, 9, 30, 0),
        Household = members.Length == 0 ? HouseholdOf(Applicant()) : HouseholdOf(members),
        CurrentHome = new PaCurrentHome { Tenure = PaTenure.PrivateRented, Bedrooms = 1 },
        RightToRent = RightToRentStatus.Confirmed,
    };

    /// <summary>An application in the given sub-region.</summary>
    public static PaHousingApplication In(this PaHousingApplication app, SubRegion region) => app with { LocalAuthority = In(region) };

    /// <summary>An existing PA Housing tenant of five years' standing, home inspected, applying to transfer.</summary>
    public static PaHousingApplication Transfer(params Member[] members) => Application(members) with
    {
        Route = PaRoute.Transfer,
        CurrentHome = new PaCurrentHome
        {
            Tenure = PaTenure.PaHousingTenant,
            Bedrooms = 1,
            TenancyStartDate = new DateOnly(2021, 5, 1),
            PreTransferInspection = Decided(true),
        },
    };

    public static PaHousingApplication WithNeeds(this PaHousingApplication app, params PaNeed[] needs) =>
        app with { AssessedNeeds = [.. needs.Select(n => Need(n))] };

    public static Property Property(int bedrooms = 1, LocalAuthorityId? authority = null) => new()
    {
        Id = new PropertyId("P-1"),
        Landlord = new LandlordId("pa-housing"),
        LocalAuthority = authority ?? Nottingham,
        Type = PropertyType.Flat,
        Bedrooms = bedrooms,
    };

    public static PaHousingAdvert Advert(int bedrooms = 1, LocalAuthorityId? authority = null) => new()
    {
        Id = new AdvertId("ADV-1"),
        Property = Property(bedrooms, authority),
    };

    public static PaHousingBid Bid(string id, PaHousingApplication app, DateTime? placedAt = null) => new()
    {
        Id = new BidId(id),
        Application = app with { Id = new HousingApplicationId("APP-" + id) },
        PlacedAt = placedAt ?? new DateTime(2026, 5, 20, 10, 0, 0),
    };

    public static PaHousingAssessment Assess(PaHousingApplication app, DateOnly? asOf = null) => Scheme.Assess(app, asOf ?? AsOf);
}
