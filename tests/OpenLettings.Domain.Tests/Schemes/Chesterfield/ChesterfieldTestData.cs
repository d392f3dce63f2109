using System.Collections.Immutable;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Households;
using OpenLettings.Domain.Properties;
using OpenLettings.Domain.Schemes.Chesterfield;

namespace OpenLettings.Domain.Tests.Schemes.Chesterfield;

/// <summary>
/// Builders with valid defaults: a single adult (born 1990) renting a one-bedroom flat privately in Chesterfield,
/// living there since 2020, who applied on 5 January 2026. Tests override only what they are about.
/// </summary>
public static class ChesterfieldTestData
{
    public static readonly DateOnly AsOf = new(2026, 6, 1);

    public static readonly DateOnly AppliedOn = new(2026, 1, 5);

    public static readonly Assessor Officer = new("A. Officer", "Housing Options Officer");

    public static Member MainApplicant(DateOnly? dateOfBirth = null, Sex sex = Sex.Female, MemberId? partner = null) =>
        new() { Id = new MemberId("main"), Role = MemberRole.MainApplicant, DateOfBirth = dateOfBirth ?? new DateOnly(1990, 3, 14), Sex = sex, PartnerId = partner };

    public static Member Partner(Sex sex = Sex.Male) =>
        new() { Id = new MemberId("partner"), Role = MemberRole.Partner, DateOfBirth = new DateOnly(1989, 7, 1), Sex = sex, PartnerId = new MemberId("main") };

    public static Member Child(string id, int ageInYears, Sex sex, int extraDays = 30) =>
        new() { Id = new MemberId(id), Role = MemberRole.Child, DateOfBirth = AsOf.AddYears(-ageInYears).AddDays(-extraDays), Sex = sex };

    public static Member ChildBorn(string id, DateOnly born, Sex sex) =>
        new() { Id = new MemberId(id), Role = MemberRole.Child, DateOfBirth = born, Sex = sex };

    public static Member Adult(string id, int ageInYears, Sex sex) =>
        new() { Id = new MemberId(id), Role = MemberRole.OtherAdult, DateOfBirth = AsOf.AddYears(-ageInYears).AddDays(-30), Sex = sex };

    public static Member Unborn(string id, DateOnly due, bool evidenced = true) =>
        new() { Id = new MemberId(id), Role = MemberRole.Unborn, DueDate = due, PregnancyEvidenced = evidenced };

    public static ChesterfieldApplication Single() => new()
    {
        Id = new HousingApplicationId("CBC-1"),
        Household = new Household { Members = [MainApplicant()] },
        AppliedOn = AppliedOn,
        CurrentHome = new ChesterfieldCurrentHome
        {
            Tenure = ChesterfieldTenure.PrivateTenant,
            Bedrooms = 1,
            Type = PropertyType.Flat,
            LocalAuthority = new LocalAuthorityId("chesterfield"),
        },
        Residency = new ChesterfieldResidency { LivingInChesterfieldSince = new DateOnly(2020, 2, 1) },
    };

    public static ChesterfieldApplication WithMembers(this ChesterfieldApplication app, params Member[] others) =>
        app with { Household = new Household { Members = [.. app.Household.Members, .. others] } };

    /// <summary>A couple (main applicant and partner, linked) plus <paramref name="others"/>.</summary>
    public static ChesterfieldApplication Couple(params Member[] others) =>
        Single() with { Household = new Household { Members = [MainApplicant(partner: new MemberId("partner")), Partner(), .. others] } };

    public static ChesterfieldApplication WithAward(this ChesterfieldApplication app, BandReasonCode code, DateOnly? on = null) =>
        app with { Awards = app.Awards.Add(new PriorityAward { Code = code, AwardedOn = on ?? AppliedOn, AwardedBy = Officer }) };

    public static ChesterfieldApplication WithHome(this ChesterfieldApplication app, ChesterfieldTenure tenure, int bedrooms, PropertyType type = PropertyType.House) =>
        app with { CurrentHome = app.CurrentHome with { Tenure = tenure, Bedrooms = bedrooms, Type = type } };

    /// <summary>Lives outside Chesterfield with no connection anywhere in Home-Options.</summary>
    public static ChesterfieldApplication OutOfArea(this ChesterfieldApplication app) => app with { Residency = new ChesterfieldResidency() };

    public static Property Home(int bedrooms = 1, PropertyType type = PropertyType.Flat, string district = "chesterfield") => new()
    {
        Id = new PropertyId("P1"),
        Landlord = new LandlordId("cbc"),
        LocalAuthority = new LocalAuthorityId(district),
        Type = type,
        Bedrooms = bedrooms,
    };

    public static ChesterfieldAdvert Advert(Property? property = null) => new() { Id = new AdvertId("AD1"), Property = property ?? Home() };

    public static ChesterfieldBid Bid(string id, ChesterfieldApplication app, int minute = 0) => new()
    {
        Id = new BidId(id),
        Application = app with { Id = new HousingApplicationId("APP-" + id) },
        PlacedAt = new DateTime(2026, 5, 20, 9, minute, 0),
    };

    public static ChesterfieldScheme Scheme(Func<ChesterfieldOptions, ChesterfieldOptions>? change = null) =>
        new(Options.OptionSchedule<ChesterfieldOptions>.Always(change is null ? new ChesterfieldOptions() : change(new ChesterfieldOptions())));

    public static ChesterfieldAssessment Assess(ChesterfieldApplication app, Func<ChesterfieldOptions, ChesterfieldOptions>? change = null, DateOnly? asOf = null) =>
        Scheme(change).Assess(app, asOf ?? AsOf);

    public static ImmutableArray<string> RuleIds(this ChesterfieldAssessment assessment) => [.. assessment.Reasons.Select(r => r.RuleId)];
}
