using OpenLettings.Domain.Schemes.DevonHomeChoice;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Bedrooms;
using static OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.Banding.BandingTestData;

namespace OpenLettings.Domain.Tests.Schemes.DevonHomeChoice.Banding;

/// <summary>Overcrowding, under-occupation and the current home's tenure (001 §22, §23, §26.7-26.9, §30, §34.1, §35, §38.8).</summary>
public class CurrentHomeNeedTests
{
    private static DevonApplication PartnerTenant(int bedrooms, DateOnly? since = null) =>
        App().WithHome(h => h with { Tenure = Tenure.PartnerLandlordTenant, BedroomsForExclusiveUse = bedrooms, TenancyStartedOn = since ?? new DateOnly(2020, 1, 1) });

    [Fact(DisplayName = "Severely overcrowded: Band B (001 §22.1)")]
    public void Assess_SevereOvercrowding_BandB() =>
        Assert.Equal(BandReason.B_SevereOvercrowding, Assess(App(), Inputs(NeedOf(3, 1, Overcrowding.Severe))).General!.Reason);

    [Fact(DisplayName = "Lacking one bedroom: Band C (001 §30.1)")]
    public void Assess_LackingOneBedroom_BandC() =>
        Assert.Equal(BandReason.C_LackingOneBedroom, Assess(App(), Inputs(NeedOf(2, 1, Overcrowding.LackingOneBedroom))).General!.Reason);

    [Fact(DisplayName = "Overcrowded in temporary accommodation: no overcrowding priority (001 §22.4, §30.4)")]
    public void Assess_OvercrowdedInTemporaryAccommodation_NoPriority()
    {
        var app = EastDevonApp().WithHome(h => h with { Tenure = Tenure.TemporaryAccommodation });
        Assert.Equal(Band.E, Assess(app, Inputs(NeedOf(3, 1, Overcrowding.Severe))).General!.Band);
    }

    [Theory(DisplayName = "Rough sleeping or no fixed abode: Band D even if 'overcrowded' (001 §30.5, §34.1)")]
    [InlineData(Tenure.NoFixedAbode)]
    [InlineData(Tenure.RoughSleeping)]
    public void Assess_NoPermanentAddress_BandD(Tenure tenure)
    {
        var app = App().WithHome(h => h with { Tenure = tenure, BedroomsForExclusiveUse = 0 });
        Assert.Equal(BandReason.D_NoPermanentAddress, Assess(app, Inputs(NeedOf(2, 0, Overcrowding.Severe))).General!.Reason);
    }

    [Fact(DisplayName = "Short-term stay with family: not a permanent address, Band D (001 §30.3, §34.1)")]
    public void Assess_ShortStayWithFamily_BandD()
    {
        var app = App().WithHome(h => h with { Tenure = Tenure.LivingWithFamilyOrFriends, StayIsShortTerm = true, DeclaredForCouncilTax = true });
        Assert.Equal(BandReason.D_NoPermanentAddress, Assess(app, Inputs(NeedOf(2, 1, Overcrowding.LackingOneBedroom))).General!.Reason);
    }

    [Fact(DisplayName = "Settled, declared stay with family lacking a bedroom: Band C (001 §30.3)")]
    public void Assess_SettledStayWithFamilyLacking_BandC()
    {
        var app = App().WithHome(h => h with { Tenure = Tenure.LivingWithFamilyOrFriends, DeclaredForCouncilTax = true });
        Assert.Equal(BandReason.C_LackingOneBedroom, Assess(app, Inputs(NeedOf(2, 1, Overcrowding.LackingOneBedroom))).General!.Reason);
    }

    [Fact(DisplayName = "Settled family stay not lacking a bedroom: Band C only with the literal-§34.1 option (ambiguity 15)")]
    public void Assess_SettledStayNotLacking_BandCOnlyWithOption()
    {
        var app = EastDevonApp().WithHome(h => h with { Tenure = Tenure.LivingWithFamilyOrFriends, DeclaredForCouncilTax = true });
        Assert.Equal(Band.E, Assess(app).General!.Band);
        var options = new DevonOptions { Banding = new BandingOptions { SettledFamilyStayGetsBandC = true } };
        Assert.Equal(Band.C, Assess(app, options: options).General!.Band);
    }

    [Fact(DisplayName = "Bedsit, single person: no priority for lacking a bedroom (001 §30.8)")]
    public void Assess_BedsitSinglePerson_NoBandC()
    {
        var app = EastDevonApp().WithHome(h => h with { IsBedsit = true, BedroomsForExclusiveUse = 0 });
        var decision = Assess(app, Inputs(NeedOf(1, 0, Overcrowding.LackingOneBedroom)));
        Assert.Equal(Band.E, decision.General!.Band);
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.Banding.C.Bedsit");
    }

    [Fact(DisplayName = "Bedsit with a child needing a second bedroom: Band C (001 §30.8)")]
    public void Assess_BedsitWithChild_BandC()
    {
        var app = App().WithHome(h => h with { IsBedsit = true });
        Assert.Equal(BandReason.C_LackingOneBedroom, Assess(app, Inputs(NeedOf(2, 1, Overcrowding.LackingOneBedroom))).General!.Reason);
    }

    [Fact(DisplayName = "Supported accommodation, not ready to move on: no Band C for lacking a bedroom; Band D for sharing (001 §26.7, §26.9)")]
    public void Assess_SupportedNotReadyLacking_BandDNotC()
    {
        var app = App().WithHome(h => h with { Tenure = Tenure.SupportedAccommodation });
        var decision = Assess(app, Inputs(NeedOf(2, 1, Overcrowding.LackingOneBedroom)));
        Assert.Equal(BandReason.D_SupportedNotReadySharingFacilities, decision.General!.Reason);
        Assert.DoesNotContain(decision.OtherNeeds, a => a.Band == Band.C);
    }

    [Fact(DisplayName = "Self-contained supported accommodation, not ready: Band E (001 §26.7)")]
    public void Assess_SelfContainedSupportedNotReady_BandE()
    {
        var app = EastDevonApp().WithHome(h => h with { Tenure = Tenure.SupportedAccommodation, SelfContained = true });
        Assert.Equal(BandReason.E_SupportedNotReady, Assess(app).General!.Reason);
    }

    [Fact(DisplayName = "Self-contained supported, not ready, in an authority not registering Band E: not registered (001 §26.8)")]
    public void Assess_SelfContainedSupportedNotReadyExeter_NotRegistered()
    {
        var app = App().WithHome(h => h with { Tenure = Tenure.SupportedAccommodation, SelfContained = true });
        Assert.Equal(RegistrationOutcome.NotRegistered, Assess(app).Registration);
    }

    [Fact(DisplayName = "Shared facilities: Band D (001 §35)")]
    public void Assess_SharedFacilities_BandD() =>
        Assert.Equal(BandReason.D_SharedFacilities, Assess(App().WithHome(h => h with { SharesFacilities = true })).General!.Reason);

    [Fact(DisplayName = "Caravan, boat or bus: Band D initially (001 §38.8)")]
    public void Assess_Caravan_BandD() =>
        Assert.Equal(BandReason.D_CaravanBoatOrBus, Assess(App().WithHome(h => h with { Tenure = Tenure.CaravanBoatOrBus })).General!.Reason);

    [Fact(DisplayName = "Under-occupying partner tenant in Devon: Band B for smaller homes only (001 §23.2, §23.5)")]
    public void Assess_UnderOccupier_ScopedBandBForSmallerHomes()
    {
        var decision = Assess(PartnerTenant(3), Inputs(NeedOf(1, 3)));
        Assert.Equal(RegistrationOutcome.Registered, decision.Registration);
        Assert.Equal(Band.E, decision.General!.Band);
        var scoped = Assert.Single(decision.Scoped);
        Assert.Equal(BandReason.B_UnderOccupation, scoped.Reason);
        Assert.Equal(Band.B, decision.AwardFor(DevonTestData.Property(2))!.Band);
        Assert.Equal(Band.E, decision.AwardFor(DevonTestData.Property(3))!.Band);
    }

    [Fact(DisplayName = "Under-occupier for less than 12 months: no priority (001 §23.5)")]
    public void Assess_UnderOccupierUnderTwelveMonths_NoPriority()
    {
        var decision = Assess(PartnerTenant(2, AsOf.AddMonths(-6)), Inputs(NeedOf(1, 2)));
        Assert.Equal(RegistrationOutcome.NotRegistered, decision.Registration);
        Assert.Contains(decision.WhatWouldChangeIt, h => h.Contains("1 December 2026", StringComparison.Ordinal));
    }

    [Fact(DisplayName = "Under-occupier for less than 12 months, condition waived: Band B for smaller homes (001 §23.5)")]
    public void Assess_UnderOccupierWaived_ScopedBandB()
    {
        var app = PartnerTenant(2, AsOf.AddMonths(-6)).WithNeeds(n => n with { UnderOccupationResidenceWaived = Assessed(true) });
        Assert.Equal(BandReason.B_UnderOccupation, Assert.Single(Assess(app, Inputs(NeedOf(1, 2))).Scoped).Reason);
    }

    [Fact(DisplayName = "Under-occupying partner tenant outside Devon: Band D (001 §23.3)")]
    public void Assess_UnderOccupierOutsideDevon_ScopedBandD()
    {
        var app = PartnerTenant(2).WithHome(h => h with { LivesInDevon = false });
        Assert.Equal(BandReason.D_UnderOccupierOutsideDevon, Assert.Single(Assess(app, Inputs(NeedOf(1, 2))).Scoped).Reason);
    }

    [Fact(DisplayName = "Shared ownership: no under-occupation priority (001 §23.6)")]
    public void Assess_SharedOwnershipUnderOccupier_NoPriority()
    {
        var app = App().WithHome(h => h with { Tenure = Tenure.SharedOwnership, BedroomsForExclusiveUse = 3 });
        var decision = Assess(app, Inputs(NeedOf(1, 3)));
        Assert.Equal(RegistrationOutcome.NotRegistered, decision.Registration);
        Assert.Contains(decision.Reasons, r => r.RuleId == "DHC.Banding.B.UnderOccupation.SharedOwnership");
    }

    [Fact(DisplayName = "Private tenant with a spare bedroom: no under-occupation priority (001 §23.1)")]
    public void Assess_PrivateTenantSpareBedroom_NoPriority() =>
        Assert.Empty(Assess(EastDevonApp(), Inputs(NeedOf(1, 2))).Scoped);
}
