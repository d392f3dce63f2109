using OpenLettings.Domain.Households;
using OpenLettings.Domain.Properties;
using OpenLettings.Domain.Schemes.SwanTransfer;
using static OpenLettings.Domain.Tests.Schemes.SwanTransfer.SwanTestData;

namespace OpenLettings.Domain.Tests.Schemes.SwanTransfer;

public class SwanBandingTests
{
    private static SwanBandDecision Band(SwanApplication application, SwanOptions? options = null, DateOnly? asOf = null) =>
        Scheme(options).Assess(application, asOf ?? AsOf).Banding;

    private static SwanApplication Medical(MedicalCategory category, string? evidence = "GP-LETTER-1", bool form = true) =>
        Application() with { Medical = new MedicalPriority { RequestFormCompleted = form, Category = Assessed(category, evidence: evidence) } };

    [Fact(DisplayName = "No circumstances: band four, no medical priority (002 §4.1, Appendix 1)")]
    public void Assess_NoCircumstances_BandFour()
    {
        var band = Band(Application());
        Assert.Equal(SwanBand.Four, band.Band);
        Assert.Contains(SwanCircumstance.NoMedicalPriority, band.Circumstances);
    }

    [Theory(DisplayName = "Medical categories A, B, C give bands one, two, three (002 Appendix 1, §4.4)")]
    [InlineData(MedicalCategory.A, SwanBand.One)]
    [InlineData(MedicalCategory.B, SwanBand.Two)]
    [InlineData(MedicalCategory.C, SwanBand.Three)]
    [InlineData(MedicalCategory.None, SwanBand.Four)]
    public void Assess_MedicalCategory_Band(MedicalCategory category, SwanBand expected) =>
        Assert.Equal(expected, Band(Medical(category)).Band);

    [Fact(DisplayName = "Medical band one needs evidence of a severely detrimental effect (002 §4.4)")]
    public void Assess_MedicalAWithoutEvidence_NotBandOne()
    {
        var band = Band(Medical(MedicalCategory.A, evidence: null));
        Assert.Equal(SwanBand.Four, band.Band);
        Assert.Contains(band.Reasons, r => r.RuleId == "SWAN.Band.MedicalANeedsEvidence");
        Assert.Equal(SwanBand.One, Band(Medical(MedicalCategory.A, evidence: null), new SwanOptions { MedicalBandOneRequiresEvidence = false }).Band);
    }

    [Fact(DisplayName = "Medical priority needs a completed request form (002 §4.4)")]
    public void Assess_MedicalWithoutForm_NoMedicalPriority() =>
        Assert.Equal(SwanBand.Four, Band(Medical(MedicalCategory.B, form: false)).Band);

    [Theory(DisplayName = "Officer-assessed Appendix 1 circumstances give their printed band (002 Appendix 1)")]
    [InlineData(SwanCircumstance.SuccessionNotPossible, SwanBand.One)]
    [InlineData(SwanCircumstance.Harassment, SwanBand.One)]
    [InlineData(SwanCircumstance.FleeingDomesticViolence, SwanBand.One)]
    [InlineData(SwanCircumstance.DemolitionOrDisposal, SwanBand.One)]
    [InlineData(SwanCircumstance.StatutorilyOvercrowded, SwanBand.Two)]
    [InlineData(SwanCircumstance.MajorWorks, SwanBand.Three)]
    [InlineData(SwanCircumstance.SimilarPropertyDifferentArea, SwanBand.Four)]
    [InlineData(SwanCircumstance.NearerFamilyOrFriends, SwanBand.Four)]
    [InlineData(SwanCircumstance.MinorRepairs, SwanBand.Four)]
    [InlineData(SwanCircumstance.RegisteredFosterCarer, SwanBand.Four)]
    [InlineData(SwanCircumstance.NeedsLiveInCarer, SwanBand.Four)]
    [InlineData(SwanCircumstance.NearerSchoolShopsOrWork, SwanBand.Four)]
    [InlineData(SwanCircumstance.MpOrCouncillorSupport, SwanBand.Four)]
    [InlineData(SwanCircumstance.VictimOfAntisocialBehaviour, SwanBand.Four)]
    public void Assess_AssessedCircumstance_PrintedBand(SwanCircumstance circumstance, SwanBand expected)
    {
        var band = Band(Medical(MedicalCategory.C).WithCircumstance(circumstance));
        Assert.Equal(expected < SwanBand.Three ? expected : SwanBand.Three, band.Band);
        Assert.Contains(circumstance, band.Circumstances);
        Assert.Contains(band.Reasons, r => r.RuleId == $"SWAN.Band.{circumstance}" && r.Text.Contains($"band {(int)expected} circumstance", StringComparison.Ordinal));
    }

    [Fact(DisplayName = "An assessed circumstance dated after the assessment date is not used (002 Appendix 1)")]
    public void Assess_CircumstanceAssessedLater_Ignored()
    {
        var application = Application() with { Circumstances = [Assessed(SwanCircumstance.Harassment, AsOf.AddDays(5))] };
        Assert.Equal(SwanBand.Four, Band(application).Band);
    }

    [Fact(DisplayName = "Band overrides re-band a circumstance without a rebuild (002 Appendix 1, option)")]
    public void Assess_BandOverride_UsesOverride()
    {
        var options = new SwanOptions { BandOverrides = System.Collections.Immutable.ImmutableDictionary<SwanCircumstance, SwanBand>.Empty.Add(SwanCircumstance.MpOrCouncillorSupport, SwanBand.Three) };
        Assert.Equal(SwanBand.Three, Band(Application().WithCircumstance(SwanCircumstance.MpOrCouncillorSupport), options).Band);
    }

    [Fact(DisplayName = "A management move gives band one (002 §4.3, Appendix 1)")]
    public void Assess_ManagementMove_BandOne()
    {
        var application = Application() with { ManagementMove = new ManagementMove { Award = Assessed(ManagementMoveGround.OtherManagementReason, new DateOnly(2026, 4, 1)) } };
        var band = Band(application);
        Assert.Equal(SwanBand.One, band.Band);
        Assert.Equal(ManagementPriorityStatus.Held, band.ManagementPriority);
    }

    [Fact(DisplayName = "Refusing the one suitable management-move offer without good reason removes the priority (002 §4.3)")]
    public void Assess_ManagementMoveRefusedWithoutGoodReason_PriorityRemoved()
    {
        var award = new ManagementMove { Award = Assessed(ManagementMoveGround.OtherManagementReason, new DateOnly(2026, 4, 1)) };
        var refusal = new SwanRefusal { Advert = new("ADV-7"), RefusedOn = new DateOnly(2026, 5, 2), GoodReason = Assessed(false) };
        var band = Band(Application() with { ManagementMove = award, Refusals = [refusal] });
        Assert.Equal(ManagementPriorityStatus.Removed, band.ManagementPriority);
        Assert.Equal(SwanBand.Four, band.Band);

        var withGoodReason = Band(Application() with { ManagementMove = award, Refusals = [refusal with { GoodReason = Assessed(true) }] });
        Assert.Equal(SwanBand.One, withGoodReason.Band);

        var undecided = Band(Application() with { ManagementMove = award, Refusals = [refusal with { GoodReason = null }] });
        Assert.Equal(SwanBand.One, undecided.Band);
        Assert.Contains(undecided.Reasons, r => r.RuleId == "SWAN.Band.ManagementMoveRefusalPending");
    }

    [Fact(DisplayName = "A refusal before the management move award does not count against it (002 §4.3)")]
    public void Assess_RefusalBeforeAward_PriorityHeld()
    {
        var application = Application() with
        {
            ManagementMove = new ManagementMove { Award = Assessed(ManagementMoveGround.OtherManagementReason, new DateOnly(2026, 4, 1)) },
            Refusals = [new SwanRefusal { Advert = new("ADV-7"), RefusedOn = new DateOnly(2026, 3, 2), GoodReason = Assessed(false, new DateOnly(2026, 3, 5)) }],
        };
        Assert.Equal(SwanBand.One, Band(application).Band);
    }

    [Fact(DisplayName = "The number of management-move offers is an option (002 §4.3)")]
    public void Assess_TwoOffersAllowed_OneRefusalKeepsPriority()
    {
        var application = Application() with
        {
            ManagementMove = new ManagementMove { Award = Assessed(ManagementMoveGround.OtherManagementReason, new DateOnly(2026, 4, 1)) },
            Refusals = [new SwanRefusal { Advert = new("ADV-7"), RefusedOn = new DateOnly(2026, 5, 2), GoodReason = Assessed(false) }],
        };
        Assert.Equal(SwanBand.One, Band(application, new SwanOptions { ManagementMoveOffers = 2 }).Band);
    }

    private static SwanApplication Downsizer(int currentBedrooms, bool? approved, int target = 1) =>
        Application(Couple(62).ToArray()).WithHome(currentBedrooms, PropertyType.House) with
        {
            Downsizing = new DownsizingRequest { TargetBedrooms = target, SchemeDecision = approved is { } a ? Assessed(a) : null },
        };

    [Fact(DisplayName = "Downsizing from 3 bedrooms to 1 gives band one if the downsizing scheme application succeeds (002 §4.5, Appendix 1)")]
    public void Assess_DownsizingApproved_BandOne()
    {
        var band = Band(Downsizer(3, approved: true));
        Assert.Equal(SwanBand.One, band.Band);
        Assert.Contains(SwanCircumstance.UnderOccupyingThreeBedMovingToOneBed, band.Circumstances);
        Assert.Equal(1, band.LimitedToBedrooms);
    }

    [Fact(DisplayName = "Downsizing undecided or unsuccessful does not give band one (002 §4.5 'if successful')")]
    public void Assess_DownsizingNotApproved_NotBandOne()
    {
        Assert.Equal(SwanBand.Four, Band(Downsizer(4, approved: null)).Band);
        Assert.Equal(SwanBand.Four, Band(Downsizer(4, approved: false)).Band);
        Assert.Equal(SwanBand.One, Band(Downsizer(4, approved: null), new SwanOptions { DownsizingBandOneRequiresApproval = false }).Band);
    }

    [Fact(DisplayName = "Moving from a 2 bedroom home to a 1 bedroom home gives band three (002 Appendix 1)")]
    public void Assess_TwoBedToOneBed_BandThree()
    {
        var band = Band(Downsizer(2, approved: null));
        Assert.Equal(SwanBand.Three, band.Band);
        Assert.Contains(SwanCircumstance.TwoBedMovingToOneBed, band.Circumstances);
    }

    [Fact(DisplayName = "Downsizing gives no priority if the household is too big for the smaller home (002 Appendix 1-2)")]
    public void Assess_DownsizerWithChildrenTooBigForOneBed_NoPriority()
    {
        var application = Application(Applicant(), Child("c1", 9, Sex.Male), Child("c2", 10, Sex.Male)).WithHome(3, PropertyType.House) with
        {
            Downsizing = new DownsizingRequest { TargetBedrooms = 1, SchemeDecision = Assessed(true) },
        };
        var band = Band(application);
        Assert.DoesNotContain(SwanCircumstance.UnderOccupyingThreeBedMovingToOneBed, band.Circumstances);
        Assert.Contains(band.Reasons, r => r.RuleId == "SWAN.Band.DownsizeTargetTooSmall");
    }

    [Fact(DisplayName = "Under-occupying but still needing 2 bedrooms gives band two (002 Appendix 1)")]
    public void Assess_UnderOccupyingNeedsTwo_BandTwo()
    {
        var application = Application(Applicant(), Child("c1", 9, Sex.Male), Child("c2", 10, Sex.Male)).WithHome(3, PropertyType.House);
        var band = Band(application);
        Assert.Equal(SwanBand.Two, band.Band);
        Assert.Contains(SwanCircumstance.UnderOccupyingStillNeedsTwoBedrooms, band.Circumstances);
    }

    [Fact(DisplayName = "Literal §4.1: band one for any under-occupation by 2 or more bedrooms, when chosen (002 §4.1, option)")]
    public void Assess_UnderOccupyingByTwoLiteralOption_BandOne()
    {
        var application = Application(Applicant(), Child("c1", 9, Sex.Male), Child("c2", 10, Sex.Male)).WithHome(4, PropertyType.House);
        Assert.Equal(SwanBand.Two, Band(application).Band);
        Assert.Equal(SwanBand.One, Band(application, new SwanOptions { BandOneForAnyUnderOccupationByExcess = true }).Band);
    }

    [Fact(DisplayName = "Over-60 household in general needs wanting sheltered housing: band two (002 Appendix 1)")]
    public void Assess_OlderHouseholdWantsSheltered_BandTwo()
    {
        var older = Application(Couple(64).ToArray()) with { WishesToMoveToSheltered = true };
        Assert.Equal(SwanBand.Two, Band(older).Band);
        var younger = Application(Couple(58).ToArray()) with { WishesToMoveToSheltered = true };
        Assert.Equal(SwanBand.Four, Band(younger).Band);
        var notWanting = Application(Couple(64).ToArray());
        Assert.Equal(SwanBand.Four, Band(notWanting).Band);
    }

    [Fact(DisplayName = "Living in an adapted home whose adaptations are no longer needed: band two (002 Appendix 1)")]
    public void Assess_AdaptedHomeNotNeeded_BandTwo()
    {
        var application = Application() with
        {
            CurrentHome = Home() with { Adapted = true },
            Suitability = new SwanSuitabilityFacts { NeedsAdaptation = Assessed(false) },
        };
        Assert.Equal(SwanBand.Two, Band(application).Band);
        Assert.Equal(SwanBand.Four, Band(application with { Suitability = new SwanSuitabilityFacts { NeedsAdaptation = Assessed(true) } }).Band);
    }

    [Theory(DisplayName = "Opposite-sex children sharing: one 11 or over band two, one 6 or over band three, both under 6 band four (002 Appendix 1)")]
    [InlineData(11, 4, SwanBand.Two, SwanCircumstance.OppositeSexSharingOneOver11)]
    [InlineData(10, 4, SwanBand.Three, SwanCircumstance.OppositeSexSharingOneOver6)]
    [InlineData(6, 2, SwanBand.Three, SwanCircumstance.OppositeSexSharingOneOver6)]
    [InlineData(5, 2, SwanBand.Four, SwanCircumstance.OppositeSexSharingUnder6)]
    public void Assess_OppositeSexSharing_Band(int olderAge, int youngerAge, SwanBand expected, SwanCircumstance circumstance)
    {
        var application = Application(Applicant(), Child("c1", olderAge, Sex.Female), Child("c2", youngerAge, Sex.Male))
            .WithHome(2, PropertyType.House).Sharing("c1", "c2");
        var band = Band(application);
        Assert.Equal(expected, band.Band);
        Assert.Contains(circumstance, band.Circumstances);
    }

    [Theory(DisplayName = "Same-sex children sharing with one 11 or over: band three (002 Appendix 1)")]
    [InlineData(11, SwanBand.Three)]
    [InlineData(10, SwanBand.Four)]
    public void Assess_SameSexSharing_Band(int olderAge, SwanBand expected)
    {
        var application = Application(Applicant(), Child("c1", olderAge, Sex.Male), Child("c2", 4, Sex.Male))
            .WithHome(2, PropertyType.House).Sharing("c1", "c2");
        Assert.Equal(expected, Band(application).Band);
    }

    [Fact(DisplayName = "More than 3 children sharing a bedroom: band two; more than 2: band three (002 Appendix 1)")]
    public void Assess_ChildrenSharing_Counts()
    {
        var four = Application(Applicant(), Child("c1", 4, Sex.Male), Child("c2", 3, Sex.Male), Child("c3", 2, Sex.Male), Child("c4", 1, Sex.Male))
            .WithHome(2, PropertyType.House).Sharing("c1", "c2", "c3", "c4");
        Assert.Equal(SwanBand.Two, Band(four).Band);
        Assert.Contains(SwanCircumstance.MoreThanThreeChildrenSharing, Band(four).Circumstances);

        var three = Application(Applicant(), Child("c1", 4, Sex.Male), Child("c2", 3, Sex.Male), Child("c3", 2, Sex.Male))
            .WithHome(2, PropertyType.House).Sharing("c1", "c2", "c3");
        Assert.Equal(SwanBand.Three, Band(three).Band);
        Assert.Contains(SwanCircumstance.MoreThanTwoChildrenSharing, Band(three).Circumstances);
    }

    [Fact(DisplayName = "Sharing rows count children, not the applicant and partner (002 Appendix 1)")]
    public void Assess_ParentSharingWithBaby_NotAChildrenSharingRow()
    {
        var application = Application(Applicant(), Child("c1", 4, Sex.Male)).WithHome(1, PropertyType.House).Sharing("main", "c1");
        Assert.Equal(SwanBand.Four, Band(application).Band);
    }

    [Fact(DisplayName = "A child under 12 living in a flat: band three; not in a house (002 Appendix 1)")]
    public void Assess_ChildUnder12InFlat_BandThree()
    {
        var flat = Application(Applicant(), Child("c1", 11, Sex.Male)).WithHome(2, PropertyType.Flat);
        Assert.Equal(SwanBand.Three, Band(flat).Band);
        Assert.Equal(SwanBand.Four, Band(flat.WithHome(2, PropertyType.House)).Band);
        Assert.Equal(SwanBand.Four, Band(Application(Applicant(), Child("c1", 12, Sex.Male)).WithHome(2, PropertyType.Flat)).Band);
    }

    [Fact(DisplayName = "A single person in Swan supported housing: band three (002 Appendix 1)")]
    public void Assess_SinglePersonInSupportedHousing_BandThree()
    {
        var application = Application() with { CurrentHome = Home() with { HousingType = SwanHousingType.Supported } };
        Assert.Equal(SwanBand.Three, Band(application).Band);
        Assert.Equal(SwanBand.Four, Band(application with { Household = new Household { Members = Couple() } }).Band);
    }

    [Fact(DisplayName = "Children for weekend and holiday access: band four, and not counted on the application (002 Appendix 1, §5.2)")]
    public void Assess_ChildrenForAccess_BandFourAndNotCounted()
    {
        var application = Application(Applicant(), Child("c1", 8, Sex.Male) with { PrimarilyResident = false });
        var assessment = Scheme().Assess(application, AsOf);
        Assert.Contains(SwanCircumstance.ChildrenForAccessVisits, assessment.Banding.Circumstances);
        Assert.Equal(HouseholdCategory.OnePerson, assessment.Household.Category);
    }

    [Fact(DisplayName = "An adult other than the tenant living in a Swan home: band four, below tenants (002 Appendix 1, §3.5)")]
    public void Assess_IndependentAdult_AdultOtherThanTenant()
    {
        var application = Application() with { CurrentHome = Home() with { Occupancy = SwanOccupancy.IndependentAdult, OccupiedSince = new DateOnly(2019, 1, 1) } };
        Assert.Contains(SwanCircumstance.AdultOtherThanTenant, Band(application).Circumstances);
    }

    [Fact(DisplayName = "The best band wins when several circumstances apply (002 §4.1)")]
    public void Assess_SeveralCircumstances_HighestBand()
    {
        var application = Medical(MedicalCategory.C).WithCircumstance(SwanCircumstance.StatutorilyOvercrowded).WithCircumstance(SwanCircumstance.MinorRepairs);
        var band = Band(application);
        Assert.Equal(SwanBand.Two, band.Band);
        Assert.Equal(3, band.Circumstances.Length);
    }

    [Fact(DisplayName = "Time waited counts from registration in the first band (002 §4.2)")]
    public void WaitingSince_NoHistory_Registration() =>
        Assert.Equal(new DateOnly(2025, 3, 1), Band(Application()).WaitingSince);

    [Fact(DisplayName = "Time waited continues while the band stays the same (002 §4.2)")]
    public void WaitingSince_SameBand_KeepsDate()
    {
        var application = Application() with
        {
            BandHistory = [new SwanBandRecord { Band = SwanBand.Three, From = new DateOnly(2025, 3, 1) }, new SwanBandRecord { Band = SwanBand.Four, From = new DateOnly(2025, 9, 1) }],
        };
        Assert.Equal(new DateOnly(2025, 9, 1), Band(application).WaitingSince);
    }

    [Fact(DisplayName = "A change of band starts time priority anew, up or down (002 §4.2)")]
    public void WaitingSince_BandChanged_Reset()
    {
        var application = Medical(MedicalCategory.B) with { BandHistory = [new SwanBandRecord { Band = SwanBand.Four, From = new DateOnly(2025, 3, 1) }] };
        var band = Band(application);
        Assert.Equal(SwanBand.Two, band.Band);
        Assert.Equal(AsOf, band.WaitingSince);
        Assert.Contains(band.Reasons, r => r.RuleId == "SWAN.Band.WaitingResetOnChange" && r.Citation.ToString() == "002 §4.2");

        var movedDown = Application() with { BandHistory = [new SwanBandRecord { Band = SwanBand.Two, From = new DateOnly(2025, 3, 1) }] };
        Assert.Equal(AsOf, Band(movedDown).WaitingSince);
    }

    [Fact(DisplayName = "Returning to an earlier band does not restore its old time (002 §4.2)")]
    public void WaitingSince_ReturnToEarlierBand_UsesLatestRun()
    {
        var application = Application() with
        {
            BandHistory =
            [
                new SwanBandRecord { Band = SwanBand.Four, From = new DateOnly(2025, 3, 1) },
                new SwanBandRecord { Band = SwanBand.Two, From = new DateOnly(2025, 6, 1) },
                new SwanBandRecord { Band = SwanBand.Four, From = new DateOnly(2025, 12, 1) },
            ],
        };
        Assert.Equal(new DateOnly(2025, 12, 1), Band(application).WaitingSince);
    }
}
