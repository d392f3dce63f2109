using System.Collections.Immutable;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Households;
using OpenLettings.Domain.Options;
using OpenLettings.Domain.Properties;
using OpenLettings.Domain.Schemes.SwanTransfer;

namespace OpenLettings.Domain.Tests.Schemes.SwanTransfer;

/// <summary>
/// Builders with valid defaults: a single adult, an assured tenant of a one-bedroom general needs flat since
/// 2020, registered on the transfer list on 1 March 2025, no debts, no circumstances. Override with <c>with { … }</c>.
/// </summary>
public static class SwanTestData
{
    public static readonly DateOnly AsOf = new(2026, 6, 1);

    public static readonly Assessor Officer = new("A. Officer", "Lettings Officer");

    public static AssessedFact<T> Assessed<T>(T value, DateOnly? on = null, string? evidence = null) =>
        new(value, Officer, on ?? AsOf.AddDays(-10)) { EvidenceReference = evidence };

    public static Member Applicant(int age = 35, Sex sex = Sex.Female) => new()
    {
        Id = new MemberId("main"),
        Role = MemberRole.MainApplicant,
        DateOfBirth = AsOf.AddYears(-age).AddDays(-30),
        Sex = sex,
    };

    public static Member Partner(int age = 36, Sex sex = Sex.Male) => new()
    {
        Id = new MemberId("partner"),
        Role = MemberRole.Partner,
        DateOfBirth = AsOf.AddYears(-age).AddDays(-30),
        Sex = sex,
        PartnerId = new MemberId("main"),
    };

    public static Member Child(string id, int age, Sex sex) => new()
    {
        Id = new MemberId(id),
        Role = MemberRole.Child,
        DateOfBirth = AsOf.AddYears(-age).AddDays(-30),
        Sex = sex,
    };

    public static Member Adult(string id, int age, Sex sex = Sex.Male) => new()
    {
        Id = new MemberId(id),
        Role = MemberRole.OtherAdult,
        DateOfBirth = AsOf.AddYears(-age).AddDays(-30),
        Sex = sex,
    };

    /// <summary>A couple (main applicant linked to partner).</summary>
    public static ImmutableArray<Member> Couple(int age = 35) =>
        [Applicant(age) with { PartnerId = new MemberId("partner") }, Partner(age + 1)];

    public static SwanCurrentHome Home(int bedrooms = 1, PropertyType type = PropertyType.Flat) => new()
    {
        Occupancy = SwanOccupancy.AssuredTenant,
        OccupiedSince = new DateOnly(2020, 4, 6),
        HousingType = SwanHousingType.GeneralNeeds,
        PropertyType = type,
        Bedrooms = bedrooms,
        Inspection = Assessed(InspectionOutcome.Satisfactory),
    };

    public static SwanApplication Application(params Member[] members) => new()
    {
        Id = new HousingApplicationId("SWAN-0001"),
        RegisteredOn = new DateOnly(2025, 3, 1),
        Household = new Household { Members = members.Length == 0 ? [Applicant()] : [.. members] },
        CurrentHome = Home(),
    };

    public static SwanApplication WithHome(this SwanApplication application, int bedrooms, PropertyType type = PropertyType.Flat) =>
        application with { CurrentHome = application.CurrentHome with { Bedrooms = bedrooms, PropertyType = type } };

    public static SwanApplication Sharing(this SwanApplication application, params string[] occupants) =>
        application with
        {
            CurrentHome = application.CurrentHome with
            {
                SharedBedrooms = application.CurrentHome.SharedBedrooms.Add(new SharedBedroom { Occupants = [.. occupants.Select(o => new MemberId(o))] }),
            },
        };

    public static SwanApplication WithCircumstance(this SwanApplication application, SwanCircumstance circumstance) =>
        application with { Circumstances = application.Circumstances.Add(Assessed(circumstance)) };

    public static Property Home(string id, int bedrooms, PropertyType type = PropertyType.Flat) => new()
    {
        Id = new PropertyId(id),
        Landlord = new LandlordId("swan"),
        LocalAuthority = new LocalAuthorityId("basildon"),
        Type = type,
        Bedrooms = bedrooms,
    };

    public static SwanAdvert Advert(int bedrooms = 1, PropertyType type = PropertyType.Flat) => new()
    {
        Id = new AdvertId("ADV-1"),
        Property = Home("P-1", bedrooms, type),
    };

    public static SwanBid Bid(string id, SwanApplication application, int minute = 0) => new()
    {
        Id = new BidId(id),
        Application = application,
        PlacedAt = new DateTime(2026, 5, 20, 9, minute, 0),
    };

    public static SwanTransferScheme Scheme(SwanOptions? options = null) =>
        new(OptionSchedule<SwanOptions>.Always(options ?? new SwanOptions()));
}
