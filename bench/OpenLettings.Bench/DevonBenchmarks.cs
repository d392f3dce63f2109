using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Households;
using OpenLettings.Domain.Properties;
using OpenLettings.Domain.Schemes.DevonHomeChoice;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Bidding;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Eligibility;

namespace OpenLettings.Bench;

/// <summary>
/// The Devon engine's cost per assessment and per shortlist. Targets are ratios measured in one run:
/// a shortlist of 10x the bids should cost about 10x (linear in bids, no quadratic step), and assessing one
/// application should be small next to building a shortlist of 100 bids.
/// </summary>
[MemoryDiagnoser]
public class DevonBenchmarks
{
    private static readonly DateOnly AsOf = new(2026, 6, 1);
    private static readonly Assessor Officer = new("Bench", "Officer");
    private readonly DevonHomeChoiceScheme scheme = DevonHomeChoiceScheme.Default();
    private DevonApplication family = null!;
    private Advert advert = null!;
    private ImmutableArray<(Bid, DevonApplication)> bids100;
    private ImmutableArray<(Bid, DevonApplication)> bids1000;

    [GlobalSetup]
    public void Setup()
    {
        family = Family(0, children: 2, bedrooms: 2);
        advert = new Advert
        {
            Id = new AdvertId("ADV-1"),
            Property = new Property
            {
                Id = new PropertyId("P-1"), Landlord = new LandlordId("exeter-city-council"), LocalAuthority = DevonAuthorities.Exeter,
                Locality = "Exeter", Type = PropertyType.House, Bedrooms = 3, MaxOccupants = 6,
            },
            BiddingOpens = new DateTime(2026, 5, 27, 0, 0, 0),
            BiddingCloses = new DateTime(2026, 6, 1, 23, 59, 0),
        };
        bids100 = Bids(100);
        bids1000 = Bids(1000);
    }

    private ImmutableArray<(Bid, DevonApplication)> Bids(int count) =>
    [
        .. Enumerable.Range(0, count).Select(i =>
        {
            var app = Family(i, children: i % 4, bedrooms: 1 + (i % 3));
            return (new Bid { Id = new BidId($"B-{i}"), Advert = advert.Id, Applicant = app.Id, PlacedBy = BidChannel.Applicant, PlacedAt = advert.BiddingOpens.AddMinutes(i) }, app);
        }),
    ];

    private static DevonApplication Family(int n, int children, int bedrooms)
    {
        var members = new List<Member>
        {
            new() { Id = new MemberId("main"), Role = MemberRole.MainApplicant, DateOfBirth = new DateOnly(1985, 1, 1).AddDays(n), Sex = Sex.Female },
        };
        for (var c = 0; c < children; c++)
        {
            members.Add(new Member { Id = new MemberId($"c{c}"), Role = MemberRole.Child, DateOfBirth = new DateOnly(2012 + (2 * c), 3, 1).AddDays(n % 300), Sex = c % 2 == 0 ? Sex.Male : Sex.Female });
        }

        return new DevonApplication
        {
            Id = new HousingApplicationId($"DHC-{n:D6}"),
            ManagingAuthority = DevonAuthorities.Exeter,
            EvidenceCompletedAt = new DateTime(2024, 1, 1, 9, 0, 0).AddHours(n),
            Household = new Household { Members = [.. members] },
            CurrentHome = new CurrentHome
            {
                Tenure = Tenure.PrivateRented, LivesInDevon = true, LocalAuthority = DevonAuthorities.Exeter,
                Locality = "Exeter", BedroomsForExclusiveUse = bedrooms, MovedInOn = new DateOnly(2018, 1, 1),
            },
            Eligibility = new EligibilityFacts
            {
                Members = [new MemberEligibility(new MemberId("main"), new AssessedFact<EligibilityClass>(EligibilityClass.CommonTravelAreaCitizenHabituallyResident, Officer, new DateOnly(2024, 1, 2)))],
            },
        };
    }

    [Benchmark(Baseline = true)]
    public DevonAssessment AssessOne() => scheme.Assess(family, AsOf);

    [Benchmark]
    public int Shortlist100Bids() => scheme.Shortlist(advert, bids100, AsOf).Shortlist.Entries.Length;

    [Benchmark]
    public int Shortlist1000Bids() => scheme.Shortlist(advert, bids1000, AsOf).Shortlist.Entries.Length;
}
