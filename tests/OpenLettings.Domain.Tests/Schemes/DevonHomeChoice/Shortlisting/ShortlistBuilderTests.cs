using OpenLettings.Domain.Common;
using OpenLettings.Domain.Properties;
using OpenLettings.Domain.Schemes.DevonHomeChoice;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Bidding;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Shortlisting;
using static OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.Bidding.BiddingTestData;

namespace OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.Shortlisting;

public class ShortlistBuilderTests
{
    private static readonly DateTime Early = new(2024, 3, 1, 9, 0, 0);
    private static readonly DateTime Late = new(2025, 3, 1, 9, 0, 0);

    private static Shortlist Build(Advert advert, DevonOptions? options = null, params Bidder[] bidders) =>
        ShortlistBuilder.Build(advert, bidders.Select(b => (Bid(b, advert), b)), options ?? new DevonOptions(), DevonTestData.AsOf);

    private static string[] Order(Shortlist shortlist) => [.. shortlist.Entries.Select(e => e.Applicant.Value)];

    private static string[] ConsideredOrder(Shortlist shortlist) => [.. shortlist.Considered.Select(e => e.Applicant.Value)];

    private static Advert AccessibleAdvert(MobilityCategory category, bool apt = false, AdaptationLevel adaptations = AdaptationLevel.None) =>
        Advert(DevonTestData.Property(1) with { Mobility = category, AdaptationLevel = adaptations }) with { OrderByMobilityCategory = apt };

    [Fact(DisplayName = "Bidders are ordered by band, then earliest band start date (001 §61.1, §43.1)")]
    public void Build_BandThenStartDate()
    {
        var shortlist = Build(Advert(), null,
            Bidder("C-late", Band.C, Late), Bidder("B-late", Band.B, Late), Bidder("C-early", Band.C, Early), Bidder("B-early", Band.B, Early));
        Assert.Equal(["B-early", "B-late", "C-early", "C-late"], Order(shortlist));
        Assert.Equal([1, 2, 3, 4], shortlist.Entries.Select(e => e.Position));
    }

    [Fact(DisplayName = "On the same band start date the earlier time comes first (001 §43.2)")]
    public void Build_SameDateEarlierTimeFirst()
    {
        var shortlist = Build(Advert(), null,
            Bidder("afternoon", Band.B, new DateTime(2025, 1, 1, 15, 0, 0)), Bidder("morning", Band.B, new DateTime(2025, 1, 1, 9, 0, 0)));
        Assert.Equal(["morning", "afternoon"], Order(shortlist));
    }

    [Fact(DisplayName = "Every sort key part carries the rule and seed section that produced it (001 §61.1)")]
    public void Build_KeyPartsCiteSections()
    {
        var entry = Build(Advert(), null, Bidder()).Entries.Single();
        Assert.Equal(["band", "band start date", "bid placed"], entry.Key.Parts.Select(p => p.Name));
        Assert.Equal("001 §61.1", entry.Key.Parts[0].Reason.Citation.ToString());
        Assert.Equal("001 §43.2", entry.Key.Parts[1].Reason.Citation.ToString());
    }

    [Fact(DisplayName = "A scoped award orders a bid only for homes it covers (001 §23.5)")]
    public void Build_ScopedAwardNotCovering_GeneralBandApplies()
    {
        var underOccupier = Bidder("downsizer", Band.C, Early) with
        {
            Awards = [General(Band.C), Award(Band.B, BandReason.B_UnderOccupation, new AwardScope.SmallerThanCurrentHome(2))],
            BedroomNeed = Need(1, 2),
        };
        var oneBed = Build(Advert(), null, underOccupier, Bidder("other-b", Band.B, Late));
        Assert.Equal(["downsizer", "other-b"], Order(oneBed));
        Assert.Equal(Band.B, oneBed.Entries[0].Band);

        var scoped = underOccupier with { Awards = [General(Band.C), Award(Band.B, BandReason.B_UnderOccupation, new AwardScope.SmallerThanCurrentHome(1))] };
        var notCovered = Build(Advert(), null, scoped, Bidder("other-b", Band.B, Late));
        Assert.Equal(["other-b", "downsizer"], Order(notCovered));
        Assert.Contains("holds only for", notCovered.Entries[1].Key.Parts.Single(p => p.Name == "band").Reason.Text);
    }

    [Fact(DisplayName = "APT on a wheelchair-accessible home: wheelchair, step-free, max 3 steps, general needs (001 §56.14)")]
    public void Build_AptWheelchairHome_GroupsInOrder()
    {
        var advert = AccessibleAdvert(MobilityCategory.WheelchairAccessible, apt: true);
        var shortlist = Build(advert, null,
            Bidder("general", Band.B, Early),
            Bidder("max3", Band.C, Early) with { Mobility = MobilityCategory.MaxThreeSteps },
            Bidder("stepfree", Band.C, Early) with { Mobility = MobilityCategory.StepFree },
            Bidder("wheelchair", Band.D, Late) with { Mobility = MobilityCategory.WheelchairAccessible });
        Assert.Equal(["wheelchair", "stepfree", "max3", "general"], Order(shortlist));
        Assert.Equal("001 §56.13", shortlist.Entries[0].Key.Parts[0].Reason.Citation.ToString());
    }

    [Fact(DisplayName = "APT on a step-free home: wheelchair and general needs share the third group (001 §56.15)")]
    public void Build_AptStepFreeHome_WheelchairAndGeneralShareGroup()
    {
        var advert = AccessibleAdvert(MobilityCategory.StepFree, apt: true);
        var shortlist = Build(advert, null,
            Bidder("wheelchair", Band.C, Late) with { Mobility = MobilityCategory.WheelchairAccessible },
            Bidder("general", Band.C, Early),
            Bidder("max3", Band.D, Early) with { Mobility = MobilityCategory.MaxThreeSteps },
            Bidder("stepfree", Band.D, Late) with { Mobility = MobilityCategory.StepFree });
        Assert.Equal(["stepfree", "max3", "general", "wheelchair"], Order(shortlist));
    }

    [Fact(DisplayName = "APT on a max-3-steps home: max 3 steps, then everyone else (001 §56.16)")]
    public void Build_AptMaxThreeStepsHome_TwoGroups()
    {
        var advert = AccessibleAdvert(MobilityCategory.MaxThreeSteps, apt: true);
        var shortlist = Build(advert, null,
            Bidder("general", Band.B, Early),
            Bidder("max3", Band.D, Late) with { Mobility = MobilityCategory.MaxThreeSteps });
        Assert.Equal(["max3", "general"], Order(shortlist));
    }

    [Fact(DisplayName = "Without APT an accessible home still prefers households who need it over higher bands (001 §56.9, §57.2)")]
    public void Build_AccessibleHomeWithoutApt_NeedFirst()
    {
        var advert = AccessibleAdvert(MobilityCategory.StepFree);
        var shortlist = Build(advert, null, Bidder("band-b", Band.B, Early), Bidder("need-c", Band.C, Late) with { Mobility = MobilityCategory.StepFree });
        Assert.Equal(["need-c", "band-b"], Order(shortlist));
    }

    [Fact(DisplayName = "A general-needs home orders by band and date only (001 §57.1)")]
    public void Build_GeneralNeedsHome_NoMobilityPart()
    {
        var shortlist = Build(Advert(), null, Bidder("band-b", Band.B, Early), Bidder("need-c", Band.C, Late) with { Mobility = MobilityCategory.MaxThreeSteps });
        Assert.Equal("band-b", shortlist.Entries[0].Applicant.Value);
        Assert.DoesNotContain(shortlist.Entries[0].Key.Parts, p => p.Name.StartsWith("mobility", StringComparison.Ordinal));
    }

    [Fact(DisplayName = "Band A takes priority for step-free homes by default (001 §17.15, §61.20; ambiguity 12)")]
    public void Build_BandAOnStepFreeHome_FirstByDefault()
    {
        var advert = AccessibleAdvert(MobilityCategory.StepFree, apt: true);
        var shortlist = Build(advert, null, Bidder("need-c", Band.C, Early) with { Mobility = MobilityCategory.StepFree }, Bidder("band-a", Band.A, Late));
        Assert.Equal(["band-a", "need-c"], Order(shortlist));
        Assert.Equal("001 §17.15", shortlist.Entries[0].Key.Parts[0].Reason.Citation.ToString());
    }

    [Fact(DisplayName = "Option: mobility need comes before Band A on step-free homes (001 §56.9; ambiguity 12)")]
    public void Build_BandAOnStepFreeHomeMobilityFirstOption_NeedFirst()
    {
        var options = new DevonOptions { Shortlisting = new ShortlistOptions { BandAOnAccessibleHomes = BandAAccessiblePriority.MobilityNeedFirst } };
        var advert = AccessibleAdvert(MobilityCategory.StepFree, apt: true);
        var shortlist = Build(advert, options, Bidder("need-c", Band.C, Early) with { Mobility = MobilityCategory.StepFree }, Bidder("band-a", Band.A, Late));
        Assert.Equal(["need-c", "band-a"], Order(shortlist));
    }

    [Fact(DisplayName = "Band A without a relevant need gets no priority for a wheelchair home (001 §61.20, §17.14)")]
    public void Build_BandAWithoutNeedOnWheelchairHome_NoPriority()
    {
        var advert = AccessibleAdvert(MobilityCategory.WheelchairAccessible);
        var shortlist = Build(advert, null, Bidder("band-a", Band.A, Early), Bidder("need-d", Band.D, Late) with { Mobility = MobilityCategory.WheelchairAccessible });
        Assert.Equal(["need-d", "band-a"], Order(shortlist));
        Assert.True(shortlist.Entries[1].Considered);
    }

    [Fact(DisplayName = "Option: Band A without a relevant need is not considered for a wheelchair home (001 §17.14)")]
    public void Build_BandAWithoutNeedNotConsideredOption_Bypassed()
    {
        var options = new DevonOptions { Shortlisting = new ShortlistOptions { BandAWithoutNeed = BandAWithoutNeedOnWheelchairHomes.NotConsidered } };
        var advert = AccessibleAdvert(MobilityCategory.GeneralNeeds, adaptations: AdaptationLevel.Extensive);
        var entry = Build(advert, options, Bidder("band-a", Band.A, Early)).Entries.Single();
        Assert.Equal(BypassReason.NotEligibleForProperty, Assert.Single(entry.Bypasses).Reason);
    }

    [Fact(DisplayName = "A bidder whose mobility need the home does not meet is bypassed BP-ELIG (001 §15.4)")]
    public void Build_MobilityNeedNotMet_Bypassed()
    {
        var shortlist = Build(Advert(), null, Bidder("wheelchair", Band.A, Early) with { Mobility = MobilityCategory.WheelchairAccessible }, Bidder("general", Band.C, Late));
        Assert.Equal("general", shortlist.TopCandidate?.Applicant.Value);
        Assert.Equal("BP-ELIG", Assert.Single(shortlist.Entries[0].Bypasses).Code);
    }

    [Fact(DisplayName = "A Section 106 requirement bypasses the unconnected, even Band A fleeing DV (001 §61.20, §17.12)")]
    public void Build_Section106_BypassesEvenBandADv()
    {
        var advert = Advert() with { LocalConnection = [LocalConnectionCondition.Section106Requirement("Topsham")] };
        var bandADv = Bidder("band-a-dv", Band.A, Early) with { Awards = [Award(Band.A, BandReason.A_DomesticAbuseOrViolence)], FleeingDomesticAbuse = true };
        var shortlist = Build(advert, null, bandADv, Bidder("connected", Band.D, Late) with { ConnectedLocalities = ["Topsham"] });
        Assert.Equal("connected", shortlist.TopCandidate?.Applicant.Value);
        Assert.Equal(BypassReason.LocalConnection, Assert.Single(shortlist.Entries[0].Bypasses).Reason);
    }

    private static Advert CrossBorderAdvert(Property? property = null) =>
        Advert(property) with { LocalConnection = [LocalConnectionCondition.CrossBorderPreference(DevonAuthorities.Exeter)] };

    private static Bidder Unconnected(string id, Band band, DateTime start) => Bidder(id, band, start) with { ConnectedAuthorities = [DevonAuthorities.Torbay] };

    [Fact(DisplayName = "Cross-border label: connected bidders first, others after (001 §63.4)")]
    public void Build_CrossBorderPreference_ConnectedFirst()
    {
        var shortlist = Build(CrossBorderAdvert(), null, Unconnected("outsider-b", Band.B, Early), Bidder("local-d", Band.D, Late));
        Assert.Equal(["local-d", "outsider-b"], Order(shortlist));
        Assert.True(shortlist.Entries[1].Considered);
    }

    [Fact(DisplayName = "Non-DV Band A is still subject to the cross-border preference (001 §61.20)")]
    public void Build_CrossBorderNonDvBandA_Subject()
    {
        var shortlist = Build(CrossBorderAdvert(), null, Unconnected("band-a", Band.A, Early), Bidder("local-c", Band.C, Late));
        Assert.Equal(["local-c", "band-a"], Order(shortlist));
    }

    [Fact(DisplayName = "Band A fleeing DV overrides the cross-border preference (001 §17.12, §61.20)")]
    public void Build_CrossBorderBandADv_Overrides()
    {
        var bandADv = Unconnected("band-a-dv", Band.A, Late) with { Awards = [Award(Band.A, BandReason.A_DomesticAbuseOrViolence)] };
        var shortlist = Build(CrossBorderAdvert(), null, Bidder("local-c", Band.C, Early), bandADv);
        Assert.Equal(["band-a-dv", "local-c"], Order(shortlist));
        Assert.Equal("001 §17.12", shortlist.Entries[0].Key.Parts[0].Reason.Citation.ToString());
    }

    [Theory(DisplayName = "The §63.6 groups are excluded from the cross-border preference (001 §63.6)")]
    [InlineData("partner-tenant")]
    [InlineData("work-move")]
    [InlineData("fleeing-da")]
    [InlineData("armed-forces")]
    public void Build_CrossBorderExcludedGroups_TreatedAsConnected(string group)
    {
        var bidder = Unconnected("excluded", Band.B, Early);
        bidder = group switch
        {
            "partner-tenant" => bidder with { CurrentTenure = Tenure.PartnerLandlordTenant },
            "work-move" => bidder with { SocialTenantMovingToDevonForWork = true },
            "fleeing-da" => bidder with { FleeingDomesticAbuse = true },
            _ => bidder with { LeftArmedForces = true },
        };
        var shortlist = Build(CrossBorderAdvert(), null, Bidder("local-c", Band.C, Early), bidder);
        Assert.Equal(["excluded", "local-c"], Order(shortlist));
        Assert.Equal("001 §63.6", shortlist.Entries[0].Key.Parts[0].Reason.Citation.ToString());
    }

    [Fact(DisplayName = "Wheelchair home with a local connection preference: need before connection (001 §56.10)")]
    public void Build_WheelchairHomeCrossBorder_NeedBeforeConnection()
    {
        var advert = CrossBorderAdvert(DevonTestData.Property(1) with { Mobility = MobilityCategory.WheelchairAccessible });
        var shortlist = Build(advert, null,
            Bidder("local-no-need", Band.B, Early),
            Unconnected("outsider-need", Band.D, Late) with { Mobility = MobilityCategory.WheelchairAccessible },
            Bidder("local-need", Band.D, Late.AddDays(1)) with { Mobility = MobilityCategory.WheelchairAccessible });
        Assert.Equal(["local-need", "outsider-need", "local-no-need"], Order(shortlist));
    }

    private static Advert LapAdvert(LocalConnectionStrength strength) =>
        Advert() with { LocalConnection = [LocalConnectionCondition.LocalAllocationPolicy(strength, DevonAuthorities.Exeter)] };

    [Fact(DisplayName = "Band B fleeing DV: a local allocation policy applies unless set aside case by case (001 §61.20; ambiguity 13)")]
    public void Build_LapRequirementBandBDv_CaseByCase()
    {
        var dv = Unconnected("dv-b", Band.B, Early) with { FleeingDomesticAbuse = true };
        var undecided = Build(LapAdvert(LocalConnectionStrength.Requirement), null, dv).Entries.Single();
        Assert.Equal(BypassReason.LocalConnection, Assert.Single(undecided.Bypasses).Reason);

        var setAside = dv with { DomesticAbuseLocalPolicyOverride = new AssessedFact<bool>(true, Officer, DevonTestData.AsOf) };
        Assert.True(Build(LapAdvert(LocalConnectionStrength.Requirement), null, setAside).Entries.Single().Considered);
    }

    [Fact(DisplayName = "Option §61.19: every DV victim is exempt from local allocation policy conditions (001 §61.19; ambiguity 13)")]
    public void Build_LapRequirementAllVictimsOption_SetAside()
    {
        var options = new DevonOptions { Shortlisting = new ShortlistOptions { DomesticAbuseLocalConnection = DomesticAbuseLocalConnectionRule.AllVictimsExemptExceptSection106 } };
        var dv = Unconnected("dv-b", Band.B, Early) with { FleeingDomesticAbuse = true };
        Assert.True(Build(LapAdvert(LocalConnectionStrength.Requirement), options, dv).Entries.Single().Considered);
    }

    [Fact(DisplayName = "Band A fleeing DV overrides a local allocation policy preference (001 §61.20)")]
    public void Build_LapPreferenceBandADv_Overrides()
    {
        var bandADv = Unconnected("band-a-dv", Band.A, Late) with { Awards = [Award(Band.A, BandReason.A_DomesticAbuseOrViolence)] };
        var shortlist = Build(LapAdvert(LocalConnectionStrength.Preference), null, Bidder("local-b", Band.B, Early), bandADv, Unconnected("outsider-a", Band.A, Early));
        Assert.Equal(["band-a-dv", "local-b", "outsider-a"], Order(shortlist));
    }

    private static Advert HomelessPreferenceAdvert() => Advert() with { HomelessDutyPreference = DevonAuthorities.Exeter };

    [Fact(DisplayName = "Preference for a particular authority's homeless-duty households (001 §61.20)")]
    public void Build_HomelessDutyPreference_OwedFirst()
    {
        var shortlist = Build(HomelessPreferenceAdvert(), null, Bidder("band-b", Band.B, Early), Bidder("owed-c", Band.C, Late) with { HomelessDutyOwedBy = DevonAuthorities.Exeter });
        Assert.Equal(["owed-c", "band-b"], Order(shortlist));
    }

    [Fact(DisplayName = "Band A overrides the homeless-duty preference (001 §61.20)")]
    public void Build_HomelessDutyPreferenceBandA_Overrides()
    {
        var shortlist = Build(HomelessPreferenceAdvert(), null, Bidder("owed-b", Band.B, Early) with { HomelessDutyOwedBy = DevonAuthorities.Exeter }, Bidder("band-a", Band.A, Late));
        Assert.Equal(["band-a", "owed-b"], Order(shortlist));
    }

    [Fact(DisplayName = "Band B fleeing DV does not override the homeless-duty preference (001 §61.20)")]
    public void Build_HomelessDutyPreferenceBandBDv_DoesNotOverride()
    {
        var shortlist = Build(HomelessPreferenceAdvert(), null,
            Bidder("dv-b", Band.B, Early) with { FleeingDomesticAbuse = true },
            Bidder("owed-c", Band.C, Late) with { HomelessDutyOwedBy = DevonAuthorities.Exeter });
        Assert.Equal(["owed-c", "dv-b"], Order(shortlist));
    }

    [Fact(DisplayName = "A letting plan may put preferred household sizes first, irrespective of band (001 §58.20-58.21)")]
    public void Build_LettingPlanPreferredSize_First()
    {
        var advert = Advert(DevonTestData.Property(2)) with { LettingPlan = new LettingPlanCriteria(LettingPlanKind.LocalLettingsPlan) { PreferredHouseholdSizes = [2] } };
        var couple = Bidder("couple-c", Band.C, Late) with { Household = Family(), BedroomNeed = Need(2) };
        var family = Bidder("family-b", Band.B, Early) with { Household = Family(2), BedroomNeed = Need(2) };
        Assert.Equal(["couple-c", "family-b"], Order(Build(advert, null, family, couple)));
    }

    [Fact(DisplayName = "An applicant Bid Accepted elsewhere is bypassed (001 §61.25)")]
    public void Build_AcceptedElsewhere_Bypassed()
    {
        var shortlist = Build(Advert(), null, Bidder("accepted", Band.A, Early) with { BidAcceptedElsewhere = true }, Bidder("next", Band.C, Late));
        Assert.Equal("BP-ACCEPTED-ELSEWHERE", Assert.Single(shortlist.Entries[0].Bypasses).Code);
        Assert.Equal("next", shortlist.TopCandidate?.Applicant.Value);
    }

    [Fact(DisplayName = "An applicant Bid shortlisted elsewhere is held with a note, or bypassed by option (001 §61.25, §46.40)")]
    public void Build_ShortlistedElsewhere_NoteOrBypass()
    {
        var bidder = Bidder("held", Band.A, Early) with { BidShortlistedElsewhere = true };
        var held = Build(Advert(), null, bidder).Entries.Single();
        Assert.True(held.Considered);
        Assert.Equal("DHC.Shortlist.ShortlistedElsewhere", Assert.Single(held.Notes).RuleId);

        var options = new DevonOptions { Shortlisting = new ShortlistOptions { OtherShortlists = OtherShortlistsRule.BypassFromBidShortlisted } };
        Assert.False(Build(Advert(), options, bidder).Entries.Single().Considered);
    }

    [Fact(DisplayName = "An autobid that does not match the form's property type is skipped (001 §60.8)")]
    public void Build_AutobidCriteriaMismatch_Bypassed()
    {
        var advert = Advert();
        var bidder = Bidder() with { Autobid = new AutobidPreferences { PropertyTypes = [PropertyType.Bungalow] } };
        var shortlist = ShortlistBuilder.Build(advert, [(Bid(bidder, advert, channel: BidChannel.Autobid), bidder)], new DevonOptions(), DevonTestData.AsOf);
        Assert.Equal("BP-AUTOBID-CRITERIA", Assert.Single(shortlist.Entries.Single().Bypasses).Code);
    }

    [Fact(DisplayName = "Withdrawn bids are not on the shortlist (001 §61.49)")]
    public void Build_WithdrawnBid_Excluded()
    {
        var advert = Advert();
        var withdrawn = Bidder("withdrawn", Band.A);
        var shortlist = ShortlistBuilder.Build(advert,
            [(Bid(withdrawn, advert) with { Status = BidStatus.Withdrawn }, withdrawn), (Bid(Bidder("open"), advert), Bidder("open"))],
            new DevonOptions(), DevonTestData.AsOf);
        Assert.Equal(["open"], Order(shortlist));
    }

    [Fact(DisplayName = "A bidder with no award covering the home is bypassed BP-NEED-SCOPE (001 §23.5)")]
    public void Build_NoCoveringAward_Bypassed()
    {
        var bidder = Bidder("scoped-only") with { Awards = [Award(Band.B, BandReason.B_UnderOccupation, new AwardScope.SmallerThanCurrentHome(1))] };
        var entry = Build(Advert(), null, bidder).Entries.Single();
        Assert.Equal("BP-NEED-SCOPE", Assert.Single(entry.Bypasses).Code);
    }

    [Fact(DisplayName = "The top candidate is the highest bidder not bypassed (001 §61.2, §61.9)")]
    public void Build_TopCandidate_SkipsBypassed()
    {
        var shortlist = Build(Advert(), null, Bidder("inactive", Band.A, Early) with { Active = false }, Bidder("pets", Band.B, Early) with { HasPets = true }, Bidder("ok", Band.C, Early));
        Assert.Equal(["ok"], ConsideredOrder(shortlist));
        Assert.Equal(3, shortlist.TopCandidate?.Position);
    }
}
