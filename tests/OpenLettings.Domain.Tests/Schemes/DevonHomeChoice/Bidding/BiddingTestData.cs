using System.Collections.Immutable;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Households;
using OpenLettings.Domain.Properties;
using OpenLettings.Domain.Schemes.DevonHomeChoice;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Bedrooms;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Bidding;

namespace OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.Bidding;

/// <summary>
/// Builders for bidding and shortlisting tests: a single adult in Band C bidding for a one-bedroom Exeter home in
/// the cycle that closes on <see cref="DevonTestData.AsOf"/>. Override with <c>with { … }</c>.
/// </summary>
public static class BiddingTestData
{
    public static readonly DateTime CycleOpens = new(2026, 5, 27, 0, 0, 0);
    public static readonly DateTime CycleCloses = new(2026, 6, 1, 23, 59, 0);
    public static readonly DateTime DuringCycle = new(2026, 5, 28, 10, 0, 0);

    public static readonly Assessor Officer = new("A. Officer", "Senior Officer");

    public static BedroomNeed Need(int needed, int current = 1) => new()
    {
        StandardBedrooms = needed,
        BedroomsNeeded = needed,
        CurrentBedrooms = current,
        Overcrowding = needed > current ? Overcrowding.LackingOneBedroom : Overcrowding.None,
        Reasons = [],
    };

    public static BandAward Award(Band band, BandReason reason, AwardScope? scope = null) => new(band, reason, scope ?? new AwardScope.AnyHome());

    public static BandAward General(Band band) => band switch
    {
        Band.A => Award(Band.A, BandReason.A_HealthWellbeingEmergency),
        Band.B => Award(Band.B, BandReason.B_HealthWellbeingHigh),
        Band.C => Award(Band.C, BandReason.C_HealthWellbeingMedium),
        Band.D => Award(Band.D, BandReason.D_SharedFacilities),
        Band.E => Award(Band.E, BandReason.E_NoHousingNeed),
    };

    public static Bidder Bidder(string id = "DHC-0001", Band band = Band.C, DateTime? bandStart = null) => new()
    {
        Application = new HousingApplicationId(id),
        ManagingAuthority = DevonAuthorities.Exeter,
        Household = DevonTestData.HouseholdOf(DevonTestData.MainApplicant()),
        Awards = [General(band)],
        BandStart = bandStart ?? new DateTime(2025, 1, 10, 9, 30, 0),
        BedroomNeed = Need(1),
        ConnectedAuthorities = [DevonAuthorities.Exeter],
    };

    /// <summary>A household of two adults and the given children (ages in years).</summary>
    public static Household Family(params int[] childAges)
    {
        var members = DevonTestData.Couple().ToList();
        for (var i = 0; i < childAges.Length; i++)
        {
            members.Add(DevonTestData.Child($"child{i}", childAges[i], i % 2 == 0 ? Sex.Female : Sex.Male));
        }

        return new Household { Members = [.. members] };
    }

    public static Advert Advert(Property? property = null, string id = "ADV-1") => new()
    {
        Id = new AdvertId(id),
        Property = property ?? DevonTestData.Property(1),
        BiddingOpens = CycleOpens,
        BiddingCloses = CycleCloses,
    };

    public static BidAttempt Attempt(BidChannel channel = BidChannel.Applicant, int alreadyPlaced = 0) =>
        new(channel, DuringCycle) { BidsAlreadyPlacedThisCycle = alreadyPlaced };

    public static Bid Bid(Bidder bidder, Advert advert, string? id = null, BidChannel channel = BidChannel.Applicant, DateTime? placedAt = null) => new()
    {
        Id = new BidId(id ?? $"BID-{bidder.Application.Value}-{advert.Id.Value}"),
        Advert = advert.Id,
        Applicant = bidder.Application,
        PlacedBy = channel,
        PlacedAt = placedAt ?? DuringCycle,
    };

    public static ImmutableArray<string> RuleIds(IEnumerable<OpenLettings.Domain.Explanations.Reason> reasons) => [.. reasons.Select(r => r.RuleId)];
}
