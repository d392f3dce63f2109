using System.Collections.Immutable;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Households;
using OpenLettings.Domain.Properties;
using OpenLettings.Domain.Schemes.DevonHomeChoice;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Eligibility;

namespace OpenLettings.Domain.Tests.Schemes.DevonHomeChoice;

/// <summary>
/// Builders with valid defaults: a single adult renting privately in Exeter with a one-bedroom home.
/// A test overrides only what it is about, with <c>with { … }</c>.
/// </summary>
public static class DevonTestData
{
    /// <summary>The date most tests assess on.</summary>
    public static readonly DateOnly AsOf = new(2026, 6, 1);

    public static Member Adult(string id, DateOnly dateOfBirth, Sex sex, MemberRole role = MemberRole.OtherAdult) =>
        new() { Id = new MemberId(id), Role = role, DateOfBirth = dateOfBirth, Sex = sex };

    public static Member Child(string id, int ageInYears, Sex sex, DateOnly? asOf = null) =>
        new()
        {
            Id = new MemberId(id),
            Role = MemberRole.Child,
            DateOfBirth = (asOf ?? AsOf).AddYears(-ageInYears).AddDays(-30),
            Sex = sex,
        };

    public static Member Unborn(string id, DateOnly dueDate, bool evidenced = true) =>
        new() { Id = new MemberId(id), Role = MemberRole.Unborn, DueDate = dueDate, PregnancyEvidenced = evidenced };

    public static Member MainApplicant(DateOnly? dateOfBirth = null, Sex sex = Sex.Female) =>
        Adult("main", dateOfBirth ?? new DateOnly(1990, 3, 14), sex, MemberRole.MainApplicant);

    public static Household HouseholdOf(params Member[] members) => new() { Members = [.. members] };

    /// <summary>A couple: main applicant and partner, linked both ways.</summary>
    public static ImmutableArray<Member> Couple()
    {
        var main = MainApplicant() with { PartnerId = new MemberId("partner") };
        var partner = Adult("partner", new DateOnly(1988, 9, 2), Sex.Male, MemberRole.JointApplicant) with { PartnerId = main.Id };
        return [main, partner];
    }

    public static DevonApplication Application(params Member[] members) => new()
    {
        Id = new HousingApplicationId("DHC-0001"),
        ManagingAuthority = DevonAuthorities.Exeter,
        EvidenceCompletedAt = new DateTime(2025, 1, 10, 9, 30, 0),
        Household = members.Length == 0 ? HouseholdOf(MainApplicant()) : HouseholdOf(members),
        CurrentHome = new CurrentHome
        {
            Tenure = Tenure.PrivateRented,
            LivesInDevon = true,
            LocalAuthority = DevonAuthorities.Exeter,
            Locality = "Exeter",
            BedroomsForExclusiveUse = 1,
        },
    };

    public static Property Property(int bedrooms = 2) => new()
    {
        Id = new PropertyId("P-1"),
        Landlord = new LandlordId("exeter-city-council"),
        LocalAuthority = DevonAuthorities.Exeter,
        Locality = "Exeter",
        Type = PropertyType.House,
        Bedrooms = bedrooms,
        MaxOccupants = bedrooms * 2,
    };

    /// <summary>An officer who records assessed facts in tests.</summary>
    public static readonly Assessor Officer = new("A. Officer", "Housing Options Officer");

    /// <summary>A fact assessed by <see cref="Officer"/> a month before <see cref="AsOf"/>.</summary>
    public static AssessedFact<T> Assessed<T>(T value) => new(value, Officer, AsOf.AddMonths(-1));

    /// <summary>A boy of the given age on <see cref="AsOf"/>.</summary>
    public static Member Boy(string id, int ageInYears) => Child(id, ageInYears, Sex.Male);

    /// <summary>A girl of the given age on <see cref="AsOf"/>.</summary>
    public static Member Girl(string id, int ageInYears) => Child(id, ageInYears, Sex.Female);

    /// <summary>The application with the current home's bedrooms for exclusive use set.</summary>
    public static DevonApplication WithCurrentBedrooms(this DevonApplication app, int bedrooms) =>
        app with { CurrentHome = app.CurrentHome with { BedroomsForExclusiveUse = bedrooms } };

    /// <summary>A single parent (the main applicant) with the given children.</summary>
    public static DevonApplication SingleParentWith(params Member[] children) => Application([MainApplicant(), .. children]);

    /// <summary>A couple with the given children.</summary>
    public static DevonApplication CoupleWith(params Member[] children) => Application([.. Couple(), .. children]);

    /// <summary>Records an officer's eligibility determination of <paramref name="status"/> for every member of the application (001 §6).</summary>
    public static DevonApplication WithEligibility(this DevonApplication app, EligibilityClass status = EligibilityClass.CommonTravelAreaCitizenHabituallyResident) =>
        app with
        {
            Eligibility = app.Eligibility with
            {
                Members = [.. app.Household.Members.Select(m => new MemberEligibility(m.Id, Assessed(status)))],
            },
        };

    /// <summary>A valid application whose members have all been found eligible as UK citizens habitually resident (001 §6.6).</summary>
    public static DevonApplication EligibleApplication(params Member[] members) => Application(members).WithEligibility();
}
