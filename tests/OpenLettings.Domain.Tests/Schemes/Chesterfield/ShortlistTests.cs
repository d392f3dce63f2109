using OpenLettings.Domain.Common;
using OpenLettings.Domain.Households;
using OpenLettings.Domain.Properties;
using OpenLettings.Domain.Schemes.Chesterfield;
using static OpenLettings.Domain.Tests.Schemes.Chesterfield.ChesterfieldTestData;

namespace OpenLettings.Domain.Tests.Schemes.Chesterfield;

public class ShortlistTests
{
    private static readonly ChesterfieldApplication PartnerConnected =
        Single() with { Residency = new ChesterfieldResidency { ConnectedPartnerDistricts = [new LocalAuthorityId("erewash")] } };

    private static string[] Order(ChesterfieldShortlist shortlist) => [.. shortlist.Positions.Select(p => p.Bid.Value)];

    private static ChesterfieldShortlist Run(ChesterfieldAdvert advert, Func<ChesterfieldOptions, ChesterfieldOptions>? change, params ChesterfieldBid[] bids) =>
        Scheme(change).Shortlist(advert, bids, AsOf);

    private static ChesterfieldOptions CascadeMode(ChesterfieldOptions o) => o with { TierGating = TierGatingMode.Cascade };

    [Fact(DisplayName = "Cascade: local-connection tier sorts above band (003 Appendix B 10(ii))")]
    public void Shortlist_Cascade_TierAboveBand()
    {
        var outsideBandA = Bid("outA", Single().OutOfArea().WithAward(BandReasonCode.A1UrgentMedical));
        var partnerBandA = Bid("partnerA", PartnerConnected.WithAward(BandReasonCode.A1UrgentMedical));
        var localBandD = Bid("localD", Single());
        var result = Run(Advert(), CascadeMode, outsideBandA, partnerBandA, localBandD);
        Assert.Equal(["localD", "partnerA", "outA"], Order(result));
        Assert.Equal("local connection tier", result.Positions[1].Key.FirstDifference(result.Positions[0].Key));
    }

    [Fact(DisplayName = "Default gating: lower tiers are considered only if no higher-tier bid was received (003 §3.14)")]
    public void Shortlist_OnlyIfNoHigherTier_LowerTiersExcluded()
    {
        var outsideBandA = Bid("outA", Single().OutOfArea().WithAward(BandReasonCode.A1UrgentMedical));
        var localBandD = Bid("localD", Single());
        var result = Run(Advert(), null, outsideBandA, localBandD);
        Assert.Equal(["localD"], Order(result));
        var excluded = Assert.Single(result.Excluded);
        Assert.Equal(ExclusionKind.LowerTierNotConsidered, excluded.Kind);
        Assert.True(excluded.RightToReview);
    }

    [Fact(DisplayName = "Gating: with no Chesterfield bid, partner-district bidders are considered, then others are not (003 §3.14; Appendix B 6(ii))")]
    public void Shortlist_NoLocalBid_PartnerTierConsidered()
    {
        var result = Run(Advert(), null, Bid("out", Single().OutOfArea()), Bid("partner", PartnerConnected));
        Assert.Equal(["partner"], Order(result));
    }

    [Fact(DisplayName = "Gating: a bypassed higher-tier bid still counts as received unless the option says otherwise (003 §3.14; ambiguity 2)")]
    public void Shortlist_BypassedHigherTierBid_Gating()
    {
        var local = Bid("local", Single()) with { Bypasses = [new BypassDecision { Reason = BypassReason.PetsUnacceptable }] };
        var outside = Bid("out", Single().OutOfArea());
        Assert.Equal(["local"], Order(Run(Advert(), null, local, outside)));
        Assert.Equal(["local", "out"], Order(Run(Advert(), o => o with { BypassedBidsCountForGating = false }, local, outside)));
    }

    [Fact(DisplayName = "Within a tier: A, B+1, B+2, B, C, D (003 Appendix B 10(ii))")]
    public void Shortlist_BandOrder_WithBPlusSubBands()
    {
        var result = Run(Advert(), null,
            Bid("d", Single()),
            Bid("b", Single().WithAward(BandReasonCode.B5Medical)),
            Bid("bplus2", Single().WithAward(BandReasonCode.BPlus2ReliefDuty)),
            Bid("c", Single().WithAward(BandReasonCode.C5MediumSocial)),
            Bid("bplus1", Single().WithAward(BandReasonCode.BPlus1MainDuty, new DateOnly(2026, 5, 1))),
            Bid("a", Single().WithAward(BandReasonCode.A4bFireOrFlood)));
        Assert.Equal(["a", "bplus1", "bplus2", "b", "c", "d"], Order(result));
    }

    [Fact(DisplayName = "Within a band: by priority date, whatever the reason (003 Appendix B 7(i))")]
    public void Shortlist_SameBand_ByPriorityDate()
    {
        var later = Bid("later", Single().WithAward(BandReasonCode.B5Medical, new DateOnly(2026, 4, 1)), minute: 1);
        var earlier = Bid("earlier", Single().WithAward(BandReasonCode.B3Prevention, new DateOnly(2026, 2, 1)), minute: 2);
        var result = Run(Advert(), null, later, earlier);
        Assert.Equal(["earlier", "later"], Order(result));
        Assert.Equal("priority date", result.Positions[1].Key.FirstDifference(result.Positions[0].Key));
    }

    [Fact(DisplayName = "Households needing a home's adaptations come first, irrespective of band (003 Appendix B 9(iv))")]
    public void Shortlist_AdaptedHome_NeedFirst()
    {
        var adapted = Home(2, PropertyType.House) with { Adaptations = [Adaptation.ThroughFloorLift, Adaptation.LevelAccessShower] };
        var bandB = Bid("bandB", Couple(Child("c1", 3, Sex.Male)).WithAward(BandReasonCode.B5Medical));
        var bandC = Bid("bandC", Couple(Child("c1", 3, Sex.Male)).WithAward(BandReasonCode.C4MediumMedical) with { MobilityNeed = MobilityCategory.WheelchairAccessible, AdaptationsNeeded = [Adaptation.ThroughFloorLift] });
        var result = Run(Advert(adapted), null, bandB, bandC);
        Assert.Equal(["bandC", "bandB"], Order(result));
        Assert.Equal("adaptation need", result.Positions[1].Key.FirstDifference(result.Positions[0].Key));
        Assert.Equal(["bandB", "bandC"], Order(Run(Advert(adapted), o => o with { AdaptationPreference = AdaptationPreferencePosition.Off }, bandB, bandC)));
    }

    [Fact(DisplayName = "Adaptation preference after the tier keeps local bidders first (003 Appendix B 9(iv); ambiguity 23)")]
    public void Shortlist_AdaptationAfterTier_TierFirst()
    {
        var adapted = Home(1, PropertyType.Bungalow) with { Adaptations = [Adaptation.WetRoom] };
        var local = Bid("local", Single());
        var outsideNeeding = Bid("outNeeds", Single().OutOfArea() with { AdaptationsNeeded = [Adaptation.WetRoom] });
        static ChesterfieldOptions Options(ChesterfieldOptions o) => o with { TierGating = TierGatingMode.Cascade, AdaptationPreference = AdaptationPreferencePosition.AfterLocalConnection };
        Assert.Equal(["local", "outNeeds"], Order(Run(Advert(adapted), Options, local, outsideNeeding)));
        Assert.Equal(["outNeeds", "local"], Order(Run(Advert(adapted), CascadeMode, local, outsideNeeding)));
    }

    [Fact(DisplayName = "Household-size preference sits between band and date (003 Appendix B 8(viii), 10(vii))")]
    public void Shortlist_SizePreference_BeforeDate()
    {
        var advert = Advert(Home(3, PropertyType.House)) with { FlexibleLetting = true, HouseholdSizePreference = new HouseholdSizePreference { MinimumDependentChildren = 2 } };
        var oneChildEarly = Bid("one", Couple(Child("c1", 3, Sex.Male)).WithAward(BandReasonCode.C5MediumSocial, new DateOnly(2026, 1, 10)));
        var twoChildrenLate = Bid("two", Couple(Child("c1", 3, Sex.Male), Child("c2", 5, Sex.Male)).WithAward(BandReasonCode.C5MediumSocial, new DateOnly(2026, 4, 1)));
        var result = Run(advert, null, oneChildEarly, twoChildrenLate);
        Assert.Equal(["two", "one"], Order(result));
        Assert.Equal("household size preference", result.Positions[1].Key.FirstDifference(result.Positions[0].Key));
    }

    [Fact(DisplayName = "Household-size preference does not apply to B+ (003 Appendix B 10(vii))")]
    public void Shortlist_SizePreferenceBPlus_DateOnly()
    {
        var advert = Advert(Home(3, PropertyType.House)) with { FlexibleLetting = true, HouseholdSizePreference = new HouseholdSizePreference { MinimumDependentChildren = 2 } };
        var oneChildEarly = Bid("one", Couple(Child("c1", 3, Sex.Male)).WithAward(BandReasonCode.BPlus2ReliefDuty, new DateOnly(2026, 1, 10)));
        var twoChildrenLate = Bid("two", Couple(Child("c1", 3, Sex.Male), Child("c2", 9, Sex.Female)).WithAward(BandReasonCode.BPlus2ReliefDuty, new DateOnly(2026, 4, 1)));
        Assert.Equal(["one", "two"], Order(Run(advert, null, oneChildEarly, twoChildrenLate)));
        Assert.Equal(["two", "one"], Order(Run(advert, o => o with { HouseholdSizePreferenceAppliesToBPlus = true }, oneChildEarly, twoChildrenLate)));
    }

    [Fact(DisplayName = "Local lettings plan: locality connection first within a band (003 Appendix B 9(v))")]
    public void Shortlist_LocalLettingsPlan_LocalityFirstWithinBand()
    {
        var advert = Advert() with { LocalLettingsPlan = new LocalLettingsPlan { Locality = "Staveley" } };
        var early = Bid("early", Single().WithAward(BandReasonCode.C5MediumSocial, new DateOnly(2026, 1, 10)));
        var staveley = Bid("staveley", (Single() with { Residency = Single().Residency with { ConnectedLocalities = ["Staveley"] } }).WithAward(BandReasonCode.C5MediumSocial, new DateOnly(2026, 4, 1)));
        var bandB = Bid("bandB", Single().WithAward(BandReasonCode.B5Medical, new DateOnly(2026, 5, 1)));
        Assert.Equal(["bandB", "staveley", "early"], Order(Run(advert, null, early, staveley, bandB)));
    }

    [Fact(DisplayName = "A bid placed while holding 3 live bids is not considered (003 Appendix B 10(i))")]
    public void Shortlist_FourthLiveBid_Excluded()
    {
        var result = Run(Advert(), null, Bid("x", Single()) with { OtherLiveBidsAtPlacement = 3 });
        Assert.Empty(result.Positions);
        Assert.Equal(ExclusionKind.TooManyLiveBids, Assert.Single(result.Excluded).Kind);
    }

    [Fact(DisplayName = "Applicants may hold at most 3 live bids (003 Appendix B 10(i))")]
    public void CanBid_ThreeLiveBids_Refused()
    {
        var scheme = ChesterfieldScheme.Default();
        Assert.True(scheme.CanBid(Single() with { LiveBids = [new("a1"), new("a2")] }, AsOf).Outcome);
        Assert.False(scheme.CanBid(Single() with { LiveBids = [new("a1"), new("a2"), new("a3")] }, AsOf).Outcome);
    }

    [Fact(DisplayName = "Pending applicants cannot bid (003 Appendix B 5(ix), 10(i))")]
    public void Shortlist_PendingApplicant_Excluded()
    {
        var minor = Single() with { Household = new() { Members = [MainApplicant(AsOf.AddYears(-17))] } };
        var result = Run(Advert(), null, Bid("minor", minor));
        Assert.Equal(ExclusionKind.CannotBid, Assert.Single(result.Excluded).Kind);
        Assert.False(ChesterfieldScheme.Default().CanBid(minor, AsOf).Outcome);
    }

    [Fact(DisplayName = "A household not eligible for the home's size is left off with reasons (003 Appendix B 8(ii))")]
    public void Shortlist_MatrixIneligible_Excluded()
    {
        var result = Run(Advert(Home(3, PropertyType.House)), null, Bid("single", Single()));
        var excluded = Assert.Single(result.Excluded);
        Assert.Equal(ExclusionKind.NotEligibleForHome, excluded.Kind);
        Assert.Contains(excluded.Reasons, r => r.RuleId == "CBC.Matrix.NotEligible");
    }

    [Fact(DisplayName = "An advert age restriction applies unless level access is needed (003 Appendix B 9(iii), 9(v))")]
    public void Shortlist_AgeRestriction_LevelAccessOverride()
    {
        var advert = Advert(Home(1, PropertyType.Bungalow)) with { MinimumAge = 60, LevelAccessOverridesAge = true };
        Assert.Single(Run(advert, null, Bid("young", Single())).Excluded);
        Assert.Single(Run(advert, null, Bid("young", Single() with { MobilityNeed = MobilityCategory.StepFree })).Positions);
    }

    [Fact(DisplayName = "Bypassed bidders keep their place, are not offered, and are told with a right of review (003 Appendix B 10(ii), 11(ii))")]
    public void Shortlist_Bypass_NotifiedWithReview()
    {
        var top = Bid("top", Single().WithAward(BandReasonCode.A1UrgentMedical)) with { Bypasses = [new BypassDecision { Reason = BypassReason.CannotAffordRent }] };
        var next = Bid("next", Single());
        var result = Run(Advert(), null, top, next);
        Assert.Equal(["top", "next"], Order(result));
        Assert.True(result.Positions[0].Bypassed);
        Assert.Null(result.Positions[0].OfferOrder);
        Assert.Equal(1, result.Positions[1].OfferOrder);
        Assert.Contains(result.Positions[0].Reasons, r => r.RuleId == "CBC.Shortlist.Bypass.CannotAffordRent" && r.Text.Contains("right to ask for a review"));
    }

    [Fact(DisplayName = "Conditional A-3 priority does not apply to a home it does not cover (003 Appendix B 7(i), 7(v) A-3)")]
    public void Shortlist_A3ForTwoBedFromThreeBed_FallsToBandD()
    {
        var underOccupier = Bid("a3", Couple().WithHome(ChesterfieldTenure.OtherSocialTenant, 3).WithAward(BandReasonCode.A3UnderOccupyingTwoOrMore));
        var twoBed = Run(Advert(Home(2, PropertyType.Flat)), null, underOccupier);
        Assert.Equal(PriorityLevel.D, Assert.Single(twoBed.Positions).Level);
        var oneBed = Run(Advert(Home(1, PropertyType.Flat)), null, underOccupier);
        Assert.Equal(PriorityLevel.A, Assert.Single(oneBed.Positions).Level);
    }

    [Fact(DisplayName = "Every bid's key has the same parts, each with a reason (003 Appendix B 10(ii))")]
    public void Shortlist_Keys_HaveReasonedParts()
    {
        var result = Run(Advert(), CascadeMode, Bid("a", Single()), Bid("b", Single().OutOfArea()));
        Assert.All(result.Positions, p => Assert.Equal(["local connection tier", "band", "priority date", "time of bid"], p.Key.Parts.Select(x => x.Name)));
        Assert.All(result.Positions.SelectMany(p => p.Key.Parts), part => Assert.False(string.IsNullOrWhiteSpace(part.Reason.Text)));
    }
}
