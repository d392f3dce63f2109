using OpenLettings.Domain.Common;
using OpenLettings.Domain.Households;
using OpenLettings.Domain.Properties;
using OpenLettings.Domain.Schemes.SwanTransfer;
using static OpenLettings.Domain.Tests.Schemes.SwanTransfer.SwanTestData;

namespace OpenLettings.Domain.Tests.Schemes.SwanTransfer;

public class SwanShortlistTests
{
    private static SwanApplication Named(string id, SwanApplication? application = null) =>
        (application ?? Application()) with { Id = new HousingApplicationId(id) };

    private static SwanShortlist Shortlist(SwanAdvert advert, params SwanBid[] bids) => Scheme().Shortlist(advert, bids, AsOf);

    private static SwanShortlist Shortlist(SwanOptions options, SwanAdvert advert, params SwanBid[] bids) => Scheme(options).Shortlist(advert, bids, AsOf);

    [Fact(DisplayName = "Shortlist orders by band, then time waited in band (002 §4.1, §4.2)")]
    public void Shortlist_BandThenWaitingDate_Ordered()
    {
        var bandFourEarly = Named("A", Application() with { RegisteredOn = new DateOnly(2020, 1, 1) });
        var bandThreeLate = Named("B", Application() with { RegisteredOn = new DateOnly(2026, 1, 1) }).WithCircumstance(SwanCircumstance.MajorWorks);
        var bandThreeEarly = Named("C", Application() with { RegisteredOn = new DateOnly(2024, 1, 1) }).WithCircumstance(SwanCircumstance.MajorWorks);
        var shortlist = Shortlist(Advert(), Bid("b1", bandFourEarly), Bid("b2", bandThreeLate, 1), Bid("b3", bandThreeEarly, 2));
        Assert.Equal(["C", "B", "A"], shortlist.Positions.Select(p => p.Application.Value));
        Assert.Equal("time waited in band", shortlist.Positions[0].Key.FirstDifference(shortlist.Positions[1].Key));
        Assert.Equal("band", shortlist.Positions[1].Key.FirstDifference(shortlist.Positions[2].Key));
        Assert.All(shortlist.Positions[0].Key.Parts, p => Assert.Equal("002", p.Reason.Citation.Seed));
    }

    [Fact(DisplayName = "A band change resets the waiting date, so a longer-registered applicant can fall behind (002 §4.2)")]
    public void Shortlist_BandChangedRecently_NewWaitingDate()
    {
        var changed = Named("A", Application() with
        {
            RegisteredOn = new DateOnly(2020, 1, 1),
            BandHistory = [new SwanBandRecord { Band = SwanBand.Four, From = new DateOnly(2020, 1, 1) }],
        }).WithCircumstance(SwanCircumstance.MajorWorks);
        var steady = Named("B", Application() with
        {
            RegisteredOn = new DateOnly(2023, 1, 1),
            BandHistory = [new SwanBandRecord { Band = SwanBand.Three, From = new DateOnly(2023, 1, 1) }],
        }).WithCircumstance(SwanCircumstance.MajorWorks);
        var shortlist = Shortlist(Advert(), Bid("b1", changed), Bid("b2", steady, 1));
        Assert.Equal(["B", "A"], shortlist.Positions.Select(p => p.Application.Value));
        Assert.Equal(AsOf, shortlist.Positions[1].WaitingSince);
    }

    [Fact(DisplayName = "Tenants come before independent adults without a tenancy (002 §3.5)")]
    public void Shortlist_IndependentAdult_AfterTenants()
    {
        var adult = Named("A", Application() with
        {
            RegisteredOn = new DateOnly(2020, 1, 1),
            CurrentHome = Home() with { Occupancy = SwanOccupancy.IndependentAdult, OccupiedSince = new DateOnly(2015, 1, 1) },
        }).WithCircumstance(SwanCircumstance.Harassment);
        var tenant = Named("B");
        var shortlist = Shortlist(Advert(), Bid("b1", adult), Bid("b2", tenant, 1));
        Assert.Equal(["B", "A"], shortlist.Positions.Select(p => p.Application.Value));
        Assert.Equal("tenancy", shortlist.Positions[0].Key.FirstDifference(shortlist.Positions[1].Key));

        var mixed = Shortlist(new SwanOptions { TenantsBeforeIndependentAdults = false }, Advert(), Bid("b1", adult), Bid("b2", tenant, 1));
        Assert.Equal(["A", "B"], mixed.Positions.Select(p => p.Application.Value));
    }

    [Fact(DisplayName = "Bids outside the Appendix 2 guidelines are bypassed (002 Appendix 2, §5.1)")]
    public void Shortlist_OutsideGuidelines_Bypassed()
    {
        var shortlist = Shortlist(Advert(3, PropertyType.House), Bid("b1", Named("A")));
        Assert.Empty(shortlist.Positions);
        Assert.Equal(SwanBypassReason.OutsideSuitabilityGuidelines, Assert.Single(shortlist.Bypassed).Reason);
    }

    [Fact(DisplayName = "When an officer allows letting outside the guidelines, those bids rank after bids within them (002 §5.1)")]
    public void Shortlist_LetOutsideGuidelines_RankedLast()
    {
        var advert = Advert(3, PropertyType.House) with { LetOutsideGuidelines = Assessed(true) };
        var single = Named("A").WithCircumstance(SwanCircumstance.Harassment);
        var family = Named("B", Application(Applicant(), Child("c1", 8, Sex.Male), Child("c2", 9, Sex.Female)));
        var shortlist = Shortlist(advert, Bid("b1", single), Bid("b2", family, 1));
        Assert.Equal(["B", "A"], shortlist.Positions.Select(p => p.Application.Value));
        Assert.Contains(shortlist.Positions[1].OfferConditions, r => r.Citation.ToString() == "002 §5.1");
    }

    [Theory(DisplayName = "Bids from applicants not considered for a transfer are bypassed (002 §3.1, §3.3)")]
    [InlineData("starter", SwanBypassReason.NotConsideredForTransfer)]
    [InlineData("suspended", SwanBypassReason.Suspended)]
    [InlineData("breachBefore", SwanBypassReason.NotEligibleToRegister)]
    public void Shortlist_NotConsidered_Bypassed(string situation, SwanBypassReason expected)
    {
        var application = situation switch
        {
            "starter" => Application() with { CurrentHome = Home() with { Occupancy = SwanOccupancy.StarterTenant } },
            "suspended" => Application() with { Conduct = new SwanConduct { Breaches = [new TenancyBreach { BreachedOn = new DateOnly(2026, 1, 1) }] } },
            _ => Application() with { Conduct = new SwanConduct { Breaches = [new TenancyBreach { BreachedOn = new DateOnly(2024, 1, 1) }] } },
        };
        var shortlist = Shortlist(Advert(), Bid("b1", application));
        Assert.Equal(expected, Assert.Single(shortlist.Bypassed).Reason);
    }

    [Fact(DisplayName = "Supported housing tenants move to general needs homes only (002 §3.6)")]
    public void Shortlist_SupportedTenantBidsForSupported_Bypassed()
    {
        var application = Application() with { CurrentHome = Home() with { HousingType = SwanHousingType.Supported } };
        var supportedAdvert = Advert() with { HousingType = SwanHousingType.Supported };
        Assert.Equal(SwanBypassReason.SupportedHousingToGeneralNeedsOnly, Assert.Single(Shortlist(supportedAdvert, Bid("b1", application)).Bypassed).Reason);
        Assert.Single(Shortlist(Advert(), Bid("b1", application)).Positions);
    }

    [Fact(DisplayName = "No general needs tenancy for someone under 18 (002 §3.7)")]
    public void Shortlist_UnderEighteen_BypassedForGeneralNeeds()
    {
        var application = Application(Applicant(17));
        Assert.Equal(SwanBypassReason.UnderMinimumAge, Assert.Single(Shortlist(Advert(), Bid("b1", application)).Bypassed).Reason);
        var supportedAdvert = Advert() with { HousingType = SwanHousingType.Sheltered };
        Assert.Single(Shortlist(supportedAdvert, Bid("b1", application)).Positions);
    }

    [Fact(DisplayName = "A downsizer in band one for moving to 1 bedroom is bypassed for larger homes (002 §4.5)")]
    public void Shortlist_DownsizerBidsForTwoBed_Bypassed()
    {
        var application = Application(Couple(62).ToArray()).WithHome(3, PropertyType.House) with
        {
            Downsizing = new DownsizingRequest { TargetBedrooms = 1, SchemeDecision = Assessed(true) },
        };
        Assert.Single(Shortlist(Advert(1), Bid("b1", application)).Positions);
        Assert.Equal(SwanBypassReason.LargerThanDownsizingSize, Assert.Single(Shortlist(Advert(2), Bid("b1", application)).Bypassed).Reason);
        Assert.Single(Shortlist(new SwanOptions { DownsizersLimitedToTargetSize = false }, Advert(2), Bid("b1", application)).Positions);
    }

    [Fact(DisplayName = "Adapted homes go only to households assessed as needing the adaptation (002 §5.6)")]
    public void Shortlist_AdaptedHome_OnlyAssessedNeed()
    {
        var advert = Advert() with { Property = Home("P-1", 1) with { AdaptationLevel = AdaptationLevel.Major, Adaptations = [Adaptation.WetRoom] } };
        Assert.Equal(SwanBypassReason.AdaptationNotNeeded, Assert.Single(Shortlist(advert, Bid("b1", Application())).Bypassed).Reason);
        var needing = Application() with { Suitability = new SwanSuitabilityFacts { NeedsAdaptation = Assessed(true) } };
        Assert.Single(Shortlist(advert, Bid("b1", needing)).Positions);
    }

    [Fact(DisplayName = "Sex offenders only where the local authority has cleared the identified home (002 §5.4)")]
    public void Shortlist_SexOffender_NeedsClearanceForThisHome()
    {
        var application = Application() with { Suitability = new SwanSuitabilityFacts { SexOffender = true } };
        Assert.Equal(SwanBypassReason.SexOffenderRiskNotCleared, Assert.Single(Shortlist(Advert(), Bid("b1", application)).Bypassed).Reason);
        var otherHome = application with
        {
            Suitability = application.Suitability with { SexOffenderClearances = [new SexOffenderClearance { Property = new PropertyId("P-9"), RisksInvestigatedAndMonitoringInPlace = Assessed(true) }] },
        };
        Assert.Single(Shortlist(Advert(), Bid("b1", otherHome)).Bypassed);
        var thisHome = application with
        {
            Suitability = application.Suitability with { SexOffenderClearances = [new SexOffenderClearance { Property = new PropertyId("P-1"), RisksInvestigatedAndMonitoringInPlace = Assessed(true) }] },
        };
        Assert.Single(Shortlist(Advert(), Bid("b1", thisHome)).Positions);
    }

    [Fact(DisplayName = "Offers need a satisfactory property inspection first (002 §3.4)")]
    public void Shortlist_Inspection_ConditionOrBypass()
    {
        var notInspected = Application() with { CurrentHome = Home() with { Inspection = null } };
        var position = Assert.Single(Shortlist(Advert(), Bid("b1", notInspected)).Positions);
        Assert.Contains(position.OfferConditions, r => r.RuleId == "SWAN.Shortlist.InspectionRequired");

        var failed = Application() with { CurrentHome = Home() with { Inspection = Assessed(InspectionOutcome.Unsatisfactory) } };
        Assert.Equal(SwanBypassReason.PropertyInspectionUnsatisfactory, Assert.Single(Shortlist(Advert(), Bid("b1", failed)).Bypassed).Reason);

        Assert.Empty(Assert.Single(Shortlist(Advert(), Bid("b1", Application())).Positions).OfferConditions);
    }

    [Fact(DisplayName = "A second bid from the same application is bypassed (002 §2.2)")]
    public void Shortlist_DuplicateBid_Bypassed()
    {
        var shortlist = Shortlist(Advert(), Bid("b1", Application()), Bid("b2", Application(), 5));
        Assert.Single(shortlist.Positions);
        Assert.Equal(SwanBypassReason.DuplicateBid, Assert.Single(shortlist.Bypassed).Reason);
        Assert.Equal("b2", shortlist.Bypassed[0].Bid.Value);
    }

    [Fact(DisplayName = "Equal band and waiting date: earlier registration, then earlier bid (002 §4.2)")]
    public void Shortlist_Ties_RegistrationThenBidTime()
    {
        var history = new[] { new SwanBandRecord { Band = SwanBand.Four, From = new DateOnly(2025, 6, 1) } };
        var a = Named("A", Application() with { RegisteredOn = new DateOnly(2025, 5, 1), BandHistory = [.. history] });
        var b = Named("B", Application() with { RegisteredOn = new DateOnly(2024, 5, 1), BandHistory = [.. history] });
        var c = Named("C", Application() with { RegisteredOn = new DateOnly(2024, 5, 1), BandHistory = [.. history] });
        var shortlist = Shortlist(Advert(), Bid("b1", a), Bid("b2", c, 9), Bid("b3", b, 3));
        Assert.Equal(["B", "C", "A"], shortlist.Positions.Select(p => p.Application.Value));
        Assert.Equal("bid placed", shortlist.Positions[0].Key.FirstDifference(shortlist.Positions[1].Key));
    }
}
