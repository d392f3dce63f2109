using OpenLettings.Domain.Schemes.Chesterfield;
using static OpenLettings.Domain.Tests.Schemes.Chesterfield.ChesterfieldTestData;

namespace OpenLettings.Domain.Tests.Schemes.Chesterfield;

public class RefusalTests
{
    private static ChesterfieldApplication Refused(params (int MonthsAgo, OfferKind Kind)[] refusals) =>
        Single() with { Refusals = [.. refusals.Select(r => new OfferRefusal { RefusedOn = AsOf.AddMonths(-r.MonthsAgo), Kind = r.Kind })] };

    [Fact(DisplayName = "Five formal refusals within 12 months remove the application for 12 months (003 Appendix B 11(v))")]
    public void Assess_FiveFormalIn12Months_Removed()
    {
        var app = Refused((10, OfferKind.Viewing), (8, OfferKind.Tenancy), (6, OfferKind.Viewing), (3, OfferKind.Viewing), (1, OfferKind.Tenancy));
        var result = Assess(app);
        Assert.Equal(RegistrationStatus.NotQualifying, result.Status);
        Assert.Equal(AsOf.AddMonths(-1).AddMonths(12), result.Refusals.RemovedUntil);
        Assert.Contains(result.Reasons, r => r.RuleId == "CBC.Refusals.Removed" && r.Text.Contains("right to ask for a review"));
    }

    [Fact(DisplayName = "Four formal refusals do not trigger the sanction (003 Appendix B 11(v))")]
    public void Assess_FourFormal_Live() =>
        Assert.Equal(RegistrationStatus.Live, Assess(Refused((10, OfferKind.Viewing), (8, OfferKind.Tenancy), (6, OfferKind.Viewing), (3, OfferKind.Viewing))).Status);

    [Fact(DisplayName = "Provisional offers do not count as formal offers (003 Appendix B 11(v))")]
    public void Assess_ProvisionalNotCounted_Live()
    {
        var app = Refused((10, OfferKind.Viewing), (8, OfferKind.Tenancy), (6, OfferKind.Viewing), (3, OfferKind.Viewing), (1, OfferKind.Provisional));
        var result = Assess(app);
        Assert.Equal(RegistrationStatus.Live, result.Status);
        Assert.Equal(4, result.Refusals.FormalRefusalsInWindow);
    }

    [Fact(DisplayName = "Reinstated missed viewings are not counted (003 Appendix B 11(iv))")]
    public void Assess_ReinstatedNotCounted_Live()
    {
        var app = Refused((10, OfferKind.Viewing), (8, OfferKind.Tenancy), (6, OfferKind.Viewing), (3, OfferKind.Viewing), (1, OfferKind.Viewing));
        app = app with { Refusals = app.Refusals.SetItem(4, app.Refusals[4] with { Reinstated = true }) };
        Assert.Equal(RegistrationStatus.Live, Assess(app).Status);
    }

    [Fact(DisplayName = "Five refusals spread over more than 12 months do not trigger (003 Appendix B 11(v) 'any 12 months period')")]
    public void Assess_SpreadOver14Months_Live() =>
        Assert.Equal(RegistrationStatus.Live, Assess(Refused((14, OfferKind.Viewing), (8, OfferKind.Tenancy), (6, OfferKind.Viewing), (3, OfferKind.Viewing), (1, OfferKind.Tenancy))).Status);

    [Fact(DisplayName = "The removal ends 12 months after the fifth refusal (003 Appendix B 11(v))")]
    public void Assess_RemovalEnded_Live()
    {
        var app = Refused((22, OfferKind.Viewing), (20, OfferKind.Tenancy), (18, OfferKind.Viewing), (16, OfferKind.Viewing), (13, OfferKind.Tenancy));
        var result = Assess(app);
        Assert.Equal(RegistrationStatus.Live, result.Status);
        Assert.NotNull(result.Refusals.LimitReachedOn);
    }

    [Fact(DisplayName = "Review-only sanction flags a review but keeps the application (003 Appendix A 'Refusing reasonable offers')")]
    public void Assess_ReviewOnlyOption_LiveWithReview()
    {
        var app = Refused((10, OfferKind.Viewing), (8, OfferKind.Tenancy), (6, OfferKind.Viewing), (3, OfferKind.Viewing), (1, OfferKind.Tenancy));
        var result = Assess(app, o => o with { RefusalSanction = RefusalSanction.ReviewOnly });
        Assert.Equal(RegistrationStatus.Live, result.Status);
        Assert.True(result.Refusals.ReviewRequired);
    }

    [Fact(DisplayName = "The refusal limit is an option (003 Appendix B 11(v))")]
    public void Assess_LimitOption_Three()
    {
        var app = Refused((6, OfferKind.Viewing), (3, OfferKind.Viewing), (1, OfferKind.Tenancy));
        Assert.Equal(RegistrationStatus.Live, Assess(app).Status);
        Assert.Equal(RegistrationStatus.NotQualifying, Assess(app, o => o with { RefusalLimit = 3 }).Status);
    }
}
