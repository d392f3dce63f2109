using OpenLettings.Domain.Common;
using OpenLettings.Domain.Properties;
using OpenLettings.Domain.Schemes.PaHousing;
using static OpenLettings.Domain.Tests.Schemes.PaHousing.PaTestData;

namespace OpenLettings.Domain.Tests.Schemes.PaHousing;

public class PaShortlistTests
{
    private static PaHousingApplication Banded(PaNeed need, DateOnly? on = null) => Application() with { AssessedNeeds = [Need(need, on)] };

    private static PaBypassedBid BypassedOnly(PaHousingAdvert advert, PaHousingBid bid)
    {
        var shortlist = Scheme.Shortlist(advert, [bid], AsOf);
        Assert.Empty(shortlist.Ranked);
        return Assert.Single(shortlist.Bypassed);
    }

    [Fact(DisplayName = "Shortlist orders by band, then priority date, then registration, then bid time (004 §3.1, §4.6)")]
    public void Shortlist_MixedBids_OrderedByPriorityKey()
    {
        var bids = new[]
        {
            Bid("c-band", Banded(PaNeed.LowLevelMedicalOrMobilityNeed)),
            Bid("b-late", Banded(PaNeed.MedicalNeed, new DateOnly(2026, 3, 1))),
            Bid("b-early", Banded(PaNeed.MedicalNeed, new DateOnly(2025, 6, 1))),
            Bid("a-band", Banded(PaNeed.ManagementMove, new DateOnly(2026, 5, 1))),
        };
        var shortlist = Scheme.Shortlist(Advert(), bids, AsOf);
        Assert.Equal(["a-band", "b-early", "b-late", "c-band"], shortlist.Ranked.Select(e => e.Bid.Value));
        Assert.Equal([1, 2, 3, 4], shortlist.Ranked.Select(e => e.Position));
        var first = shortlist.Ranked[0].Key;
        Assert.Equal(["band", "priority date", "registration", "bid time"], first.Parts.Select(p => p.Name));
        Assert.Equal("band", first.FirstDifference(shortlist.Ranked[1].Key));
        Assert.Equal("priority date", shortlist.Ranked[1].Key.FirstDifference(shortlist.Ranked[2].Key));
        Assert.Equal(SubRegion.Midlands, shortlist.SubRegion);
    }

    [Fact(DisplayName = "Equal band and date: the earlier bid comes first (004 §3.1)")]
    public void Shortlist_Ties_BrokenByBidTime()
    {
        var app = Banded(PaNeed.MedicalNeed);
        var shortlist = Scheme.Shortlist(Advert(), [Bid("later", app, new DateTime(2026, 5, 21, 9, 0, 0)), Bid("earlier", app, new DateTime(2026, 5, 20, 9, 0, 0))], AsOf);
        Assert.Equal(["earlier", "later"], shortlist.Ranked.Select(e => e.Bid.Value));
        Assert.Equal("bid time", shortlist.Ranked[0].Key.FirstDifference(shortlist.Ranked[1].Key));
    }

    [Fact(DisplayName = "Ineligible and suspended applicants are bypassed with their reasons (004 §4.1, §4.10)")]
    public void Shortlist_IneligibleAndSuspended_Bypassed()
    {
        var ineligible = Banded(PaNeed.MedicalNeed) with { Conduct = new PaConduct { ThreatenedStaff = true } };
        var bypass = BypassedOnly(Advert(), Bid("x", ineligible));
        Assert.Equal(PaBypassReason.NotEligible, Assert.Single(bypass.Codes));
        Assert.Equal("PA.Eligibility.ThreatsToStaff", Assert.Single(bypass.Reasons).RuleId);

        var suspended = Banded(PaNeed.MedicalNeed).In(SubRegion.London) with
        {
            Route = PaRoute.KeyWorker,
            Refusals = [new PaRefusal { Advert = new AdvertId("old"), RefusedOn = AsOf.AddDays(-7), JudgedReasonable = Decided(false) }],
        };
        Assert.Contains(PaBypassReason.Suspended, BypassedOnly(Advert(authority: Lambeth), Bid("y", suspended)).Codes);
    }

    [Theory(DisplayName = "Homes are matched to the bedroom need; a single adult may take a studio (004 §4.7)")]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(2, false)]
    public void Shortlist_SingleAdult_SizeRule(int bedrooms, bool shortlisted)
    {
        var shortlist = Scheme.Shortlist(Advert(bedrooms), [Bid("x", Banded(PaNeed.MedicalNeed))], AsOf);
        Assert.Equal(shortlisted, shortlist.Ranked.Length == 1);
        if (!shortlisted)
        {
            Assert.Equal(PaBypassReason.WrongSize, Assert.Single(Assert.Single(shortlist.Bypassed).Codes));
        }
    }

    [Fact(DisplayName = "A 2-bed Independent Living home not let in reasonable time may be under-occupied (004 §4.7)")]
    public void Shortlist_IndependentLivingUnderOccupationPermitted_Shortlisted()
    {
        var app = Application(Applicant(70)) with { SeekingIndependentLiving = true };
        var advert = Advert(2) with { IndependentLiving = true };
        Assert.Empty(Scheme.Shortlist(advert, [Bid("x", app)], AsOf).Ranked);
        Assert.Single(Scheme.Shortlist(advert with { UnderOccupationPermitted = true }, [Bid("x", app)], AsOf).Ranked);
    }

    [Fact(DisplayName = "Independent Living homes are for 55 and over; other age limits are respected (004 §4.3)")]
    public void Shortlist_AgeRestrictions_Bypass()
    {
        var young = Banded(PaNeed.MedicalNeed);
        Assert.Equal(PaBypassReason.AgeRestriction, Assert.Single(BypassedOnly(Advert() with { IndependentLiving = true }, Bid("x", young)).Codes));
        Assert.Equal(PaBypassReason.AgeRestriction, Assert.Single(BypassedOnly(Advert() with { MinimumAge = 50 }, Bid("x", young)).Codes));
    }

    [Fact(DisplayName = "A home must be physically suitable for assessed access needs (004 §4.3)")]
    public void Shortlist_AccessNeedNotMet_Bypassed()
    {
        var app = Banded(PaNeed.MedicalNeed) with { Mobility = MobilityCategory.WheelchairAccessible };
        Assert.Equal(PaBypassReason.AccessibilityNotMet, Assert.Single(BypassedOnly(Advert(), Bid("x", app)).Codes));
        var accessible = Advert() with { Property = Property() with { Mobility = MobilityCategory.WheelchairAccessible } };
        Assert.Single(Scheme.Shortlist(accessible, [Bid("x", app)], AsOf).Ranked);
    }

    [Fact(DisplayName = "An advertised local connection preference must be met and evidenced (004 §4.3)")]
    public void Shortlist_LocalConnectionPreference_Bypass()
    {
        var advert = Advert() with { LocalConnectionPreference = [new LocalAuthorityId("gedling")] };
        Assert.Equal(PaBypassReason.LocalConnectionNotMet, Assert.Single(BypassedOnly(advert, Bid("x", Banded(PaNeed.MedicalNeed))).Codes));
        var connected = Banded(PaNeed.MedicalNeed) with { LocalConnections = [new LocalAuthorityId("gedling")] };
        Assert.Single(Scheme.Shortlist(advert, [Bid("x", connected)], AsOf).Ranked);
    }

    [Fact(DisplayName = "Key worker homes are for key workers (004 §6.2)")]
    public void Shortlist_KeyWorkersOnly_Bypass() =>
        Assert.Equal(PaBypassReason.KeyWorkersOnly, Assert.Single(BypassedOnly(Advert() with { KeyWorkersOnly = true }, Bid("x", Banded(PaNeed.MedicalNeed))).Codes));

    [Fact(DisplayName = "A Midlands direct applicant cannot be housed in a London general needs home (004 §4.5)")]
    public void Shortlist_DirectApplicantInLondonHome_Bypassed() =>
        Assert.Contains(PaBypassReason.DirectApplicantRoute, BypassedOnly(Advert(authority: Lambeth), Bid("x", Banded(PaNeed.MedicalNeed))).Codes);

    [Theory(DisplayName = "Officers may bypass with a recorded reason (004 §4.3, §5.4, §5.5)")]
    [InlineData(PaOfficerBypassReason.SensitiveLet, "4.3")]
    [InlineData(PaOfficerBypassReason.HighRisk, "5.4")]
    [InlineData(PaOfficerBypassReason.Unaffordable, "5.5")]
    [InlineData(PaOfficerBypassReason.NoDemonstrableBenefit, "4.3")]
    public void Shortlist_OfficerBypass_RecordedWithReason(PaOfficerBypassReason reason, string section)
    {
        var bid = Bid("x", Banded(PaNeed.MedicalNeed)) with { OfficerBypass = Decided(reason) };
        var bypass = BypassedOnly(Advert(), bid);
        Assert.Equal(PaBypassReason.OfficerDecision, Assert.Single(bypass.Codes));
        Assert.Equal($"004 §{section}", bypass.Reasons.Single().Citation.ToString());
        Assert.Contains(bypass.Reasons.Single().Facts, f => f.Name == "decided by");
    }

    [Fact(DisplayName = "Homes advertised for households in employment put them first (004 §5.5)")]
    public void Shortlist_EmploymentPreference_AboveBand()
    {
        var working = Banded(PaNeed.LowLevelMedicalOrMobilityNeed) with { Activity = new PaActivity { WorkHoursPerWeek = 30m } };
        var bids = new[] { Bid("band-b", Banded(PaNeed.MedicalNeed)), Bid("working-c", working) };
        Assert.Equal(["band-b", "working-c"], Scheme.Shortlist(Advert(), bids, AsOf).Ranked.Select(e => e.Bid.Value));
        var preferred = Scheme.Shortlist(Advert() with { PrioritiseHouseholdsInEmployment = true }, bids, AsOf);
        Assert.Equal(["working-c", "band-b"], preferred.Ranked.Select(e => e.Bid.Value));
        Assert.Equal("employment preference", preferred.Ranked[0].Key.Parts[0].Name);
    }

    [Fact(DisplayName = "Nominees without a PA Housing band come after banded applicants (004 §3.2)")]
    public void Shortlist_NomineeWithoutBand_AfterBanded()
    {
        var nominee = Application() with { Route = PaRoute.LocalAuthorityNomination };
        var shortlist = Scheme.Shortlist(Advert(), [Bid("nominee", nominee), Bid("band-d", Application() with { Route = PaRoute.KeyWorker })], AsOf);
        Assert.Equal(["band-d", "nominee"], shortlist.Ranked.Select(e => e.Bid.Value));
        Assert.Null(shortlist.Ranked[1].Band);
    }

    [Fact(DisplayName = "The same two households rank differently in the Midlands and London (004 Appendix 2)")]
    public void Shortlist_SameHouseholdsDifferentSubRegions_DifferentOrder()
    {
        var crowded = Application([.. Couple(), PaTestData.Child("a", 12, Households.Sex.Female), PaTestData.Child("b", 11, Households.Sex.Male)]) with
        {
            Route = PaRoute.KeyWorker,
            RegisteredAt = new DateTime(2025, 6, 1, 9, 0, 0),
            CurrentHome = new PaCurrentHome { Tenure = PaTenure.PrivateRented, Bedrooms = 1 },
        };
        var medical = (Application() with { Route = PaRoute.KeyWorker }).WithNeeds(PaNeed.MedicalNeed);
        var midlands = Scheme.Shortlist(Advert(3), [Bid("crowded", crowded), Bid("medical", medical with { Household = crowded.Household, CurrentHome = crowded.CurrentHome with { Bedrooms = 2 } })], AsOf);
        Assert.Equal(["crowded", "medical"], midlands.Ranked.Select(e => e.Bid.Value));
        Assert.Equal(PaBand.A, midlands.Ranked[0].Band);

        var london = Scheme.Shortlist(Advert(3, Lambeth), [Bid("crowded", crowded.In(SubRegion.London)), Bid("medical", medical.In(SubRegion.London) with { Household = crowded.Household, CurrentHome = crowded.CurrentHome with { Bedrooms = 2 } })], AsOf);
        Assert.All(london.Ranked, e => Assert.Equal(PaBand.B, e.Band));
        Assert.Equal(["medical", "crowded"], london.Ranked.Select(e => e.Bid.Value));
    }
}
