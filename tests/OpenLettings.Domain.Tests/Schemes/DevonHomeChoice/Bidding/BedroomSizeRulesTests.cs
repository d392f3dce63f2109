using OpenLettings.Domain.Schemes.DevonHomeChoice;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Bidding;
using static OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.Bidding.BiddingTestData;

namespace OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.Bidding;

public class BedroomSizeRulesTests
{
    private static readonly DateOnly AsOf = DevonTestData.AsOf;
    private static readonly BiddingOptions Options = new();

    private static (bool Allowed, string RuleId) Assess(Advert advert, Bidder bidder, BidChannel channel = BidChannel.Applicant)
    {
        var (allowed, reason) = BedroomSizeRules.Assess(advert, bidder, channel, Options, AsOf);
        return (allowed, reason.RuleId);
    }

    [Fact(DisplayName = "A home with exactly the bedrooms needed may be bid for (001 §14.2)")]
    public void Assess_SizeMatchesNeed_Allowed()
    {
        var result = Assess(Advert(DevonTestData.Property(2)), Bidder() with { BedroomNeed = Need(2) });
        Assert.Equal((true, "DHC.Bidding.Size.MatchesNeed"), result);
    }

    [Fact(DisplayName = "A home larger than the need is refused without an exception (001 §14.2)")]
    public void Assess_LargerHomeNoException_Refused()
    {
        var result = Assess(Advert(DevonTestData.Property(3)), Bidder() with { BedroomNeed = Need(2) });
        Assert.Equal((false, "DHC.Bidding.Size.WrongSize"), result);
    }

    [Fact(DisplayName = "A household over the maximum occupants is refused (001 §14.10-14.12, §14.15)")]
    public void Assess_OverMaxOccupants_Refused()
    {
        var property = DevonTestData.Property(2) with { MaxOccupants = 3 };
        var result = Assess(Advert(property), Bidder() with { BedroomNeed = Need(2), Household = Family(4, 6) });
        Assert.Equal((false, "DHC.Bidding.Size.ExceedsMaxOccupants"), result);
    }

    [Fact(DisplayName = "6 people, all children under 10, with a 3-bed need may bid for a 3-bed 5-person home via staff (001 §14.9)")]
    public void Assess_ThreeBedFivePersonBySixWithUnderTens_AllowedForStaff()
    {
        var property = DevonTestData.Property(3) with { ThreeBedFivePerson = true, MaxOccupants = 5 };
        var bidder = Bidder() with { BedroomNeed = Need(3, 2), Household = Family(1, 3, 5, 8) };

        Assert.Equal((true, "DHC.Bidding.Size.ThreeBedFivePerson"), Assess(Advert(property), bidder, BidChannel.Staff));
        Assert.Equal((false, "DHC.Bidding.Size.ThreeBedFivePersonBackOffice"), Assess(Advert(property), bidder, BidChannel.Applicant));
    }

    [Fact(DisplayName = "The 3-bed 5-person exception needs every child under 10 (001 §14.9)")]
    public void Assess_ThreeBedFivePersonWithOlderChild_Refused()
    {
        var property = DevonTestData.Property(3) with { ThreeBedFivePerson = true, MaxOccupants = 5 };
        var bidder = Bidder() with { BedroomNeed = Need(3, 2), Household = Family(1, 3, 5, 12) };
        Assert.Equal((false, "DHC.Bidding.Size.ExceedsMaxOccupants"), Assess(Advert(property), bidder, BidChannel.Staff));
    }

    [Fact(DisplayName = "A need over 4 bedrooms may bid for a 4-bed home with an advert max-occupants restriction (001 §14.10)")]
    public void Assess_FiveBedNeedFourBedHomeWithRestriction_Allowed()
    {
        var bidder = Bidder() with { BedroomNeed = Need(5, 3), Household = Family(2, 4, 11, 13, 16, 17) };
        var advert = Advert(DevonTestData.Property(4)) with { MaxOccupants = 8 };
        Assert.Equal((true, "DHC.Bidding.Size.MoreThanFourBedrooms"), Assess(advert, bidder));
    }

    [Fact(DisplayName = "Without a max-occupants restriction on the advert a 5-bed need may not bid for a 4-bed home (001 §14.10)")]
    public void Assess_FiveBedNeedNoRestriction_Refused()
    {
        var bidder = Bidder() with { BedroomNeed = Need(5, 3), Household = Family(2, 4, 11, 13, 16, 17) };
        Assert.Equal((false, "DHC.Bidding.Size.LargerNeedNoOccupancyRestriction"), Assess(Advert(DevonTestData.Property(4)), bidder));
    }

    [Fact(DisplayName = "The advert's occupancy restriction still binds a 5-bed need (001 §14.10)")]
    public void Assess_FiveBedNeedOverRestriction_Refused()
    {
        var bidder = Bidder() with { BedroomNeed = Need(5, 3), Household = Family(2, 4, 11, 13, 16, 17) };
        var advert = Advert(DevonTestData.Property(4)) with { MaxOccupants = 7 };
        Assert.Equal((false, "DHC.Bidding.Size.ExceedsMaxOccupants"), Assess(advert, bidder));
    }

    [Fact(DisplayName = "A 4-bed need owed a main duty by a Devon authority may bid for 3-bed homes (001 §14.11)")]
    public void Assess_FourBedNeedMainDuty_ThreeBedAllowed()
    {
        var bidder = Bidder() with
        {
            BedroomNeed = Need(4, 3),
            Household = Family(11, 12, 14),
            OwedMainHousingDuty = true,
            HomelessDutyOwedBy = DevonAuthorities.Exeter,
        };
        Assert.Equal((true, "DHC.Bidding.Size.HomelessFourBedNeed"), Assess(Advert(DevonTestData.Property(3)), bidder));
    }

    [Fact(DisplayName = "A 4-bed need in Band B statutorily homeless may bid for 3-bed homes (001 §14.11)")]
    public void Assess_FourBedNeedBandBStatutorilyHomeless_ThreeBedAllowed()
    {
        var bidder = Bidder() with
        {
            BedroomNeed = Need(4, 3),
            Household = Family(11, 12, 14),
            Awards = [Award(Band.B, BandReason.B_StatutorilyHomeless)],
        };
        Assert.Equal((true, "DHC.Bidding.Size.HomelessFourBedNeed"), Assess(Advert(DevonTestData.Property(3)), bidder));
    }

    [Fact(DisplayName = "A main duty owed by an authority outside Devon does not open 3-bed homes to a 4-bed need (001 §14.11)")]
    public void Assess_FourBedNeedMainDutyOutsideDevon_Refused()
    {
        var bidder = Bidder() with
        {
            BedroomNeed = Need(4, 3),
            Household = Family(11, 12, 14),
            OwedMainHousingDuty = true,
            HomelessDutyOwedBy = new OpenLettings.Domain.Common.LocalAuthorityId("cornwall"),
        };
        Assert.Equal((false, "DHC.Bidding.Size.WrongSize"), Assess(Advert(DevonTestData.Property(3)), bidder));
    }

    [Fact(DisplayName = "A 4-bed need lacking 2 bedrooms may bid one larger than the current home (001 §14.12)")]
    public void Assess_FourBedNeedLackingTwo_OneLargerAllowed()
    {
        var bidder = Bidder() with { BedroomNeed = Need(4, 2), Household = Family(11, 12, 14) };
        Assert.Equal((true, "DHC.Bidding.Size.OneLargerThanCurrent"), Assess(Advert(DevonTestData.Property(3)), bidder));
        Assert.Equal((false, "DHC.Bidding.Size.WrongSize"), Assess(Advert(DevonTestData.Property(2)), bidder));
    }

    [Fact(DisplayName = "A 4-bed need lacking only 1 bedroom may not bid one larger than current (001 §14.12)")]
    public void Assess_FourBedNeedLackingOne_Refused()
    {
        var bidder = Bidder() with { BedroomNeed = Need(4, 3), Household = Family(11, 12, 14) };
        Assert.Equal((false, "DHC.Bidding.Size.WrongSize"), Assess(Advert(DevonTestData.Property(3)), bidder));
    }

    [Fact(DisplayName = "A downsizing partner-landlord tenant may bid for a home at least 1 bedroom smaller (001 §14.16)")]
    public void Assess_DownsizingPartnerTenant_Allowed()
    {
        var bidder = Bidder() with { BedroomNeed = Need(1, 4), CurrentTenure = Tenure.PartnerLandlordTenant };
        Assert.Equal((true, "DHC.Bidding.Size.DownsizingPartnerTenant"), Assess(Advert(DevonTestData.Property(2)), bidder));
        Assert.Equal((false, "DHC.Bidding.Size.WrongSize"), Assess(Advert(DevonTestData.Property(4)), bidder));
    }

    [Fact(DisplayName = "A private tenant under-occupying gets no downsizing exemption (001 §14.16)")]
    public void Assess_DownsizingPrivateTenant_Refused()
    {
        var bidder = Bidder() with { BedroomNeed = Need(1, 4) };
        Assert.Equal((false, "DHC.Bidding.Size.WrongSize"), Assess(Advert(DevonTestData.Property(2)), bidder));
    }
}
