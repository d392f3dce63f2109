using OpenLettings.Domain.Common;
using OpenLettings.Domain.Households;
using OpenLettings.Domain.Schemes.Chesterfield;
using static OpenLettings.Domain.Tests.Schemes.Chesterfield.ChesterfieldTestData;

namespace OpenLettings.Domain.Tests.Schemes.Chesterfield;

public class ValidatorAndDescriptorTests
{
    [Fact]
    public void Validate_DefaultApplication_NoErrors() => Assert.Empty(ChesterfieldApplicationValidator.Validate(Single(), AsOf));

    [Fact]
    public void Validate_MissingDateOfBirth_NamesField()
    {
        var app = Single().WithMembers(new Member { Id = new MemberId("c1"), Role = MemberRole.Child });
        var error = Assert.Single(ChesterfieldApplicationValidator.Validate(app, AsOf));
        Assert.Equal("household.members[1].dateOfBirth", error.Field);
    }

    [Fact]
    public void Validate_NoMainApplicant_Error()
    {
        var app = Single() with { Household = new Household { Members = [Adult("a", 30, Sex.Male)] } };
        Assert.Contains(ChesterfieldApplicationValidator.Validate(app, AsOf), e => e.Rule == "one-main-applicant");
    }

    [Fact]
    public void Validate_UnknownPartnerAndDuplicateIds_Errors()
    {
        var app = Single() with { Household = new Household { Members = [MainApplicant(partner: new MemberId("ghost")), Child("main", 3, Sex.Male)] } };
        var errors = ChesterfieldApplicationValidator.Validate(app, AsOf);
        Assert.Contains(errors, e => e.Field == "household.members[0].partnerId");
        Assert.Contains(errors, e => e.Field == "household.members[1].id" && e.Rule == "unique");
    }

    [Fact(DisplayName = "Derived reasons cannot be awarded directly and awards are not back-dated (003 Appendix B 7(vi) B-1)")]
    public void Validate_DerivedOrBackdatedAward_Errors()
    {
        var app = Single().WithAward(BandReasonCode.B4OvercrowdedTwoOrMore).WithAward(BandReasonCode.B1MoveOn, AppliedOn.AddDays(-1));
        var errors = ChesterfieldApplicationValidator.Validate(app, AsOf);
        Assert.Contains(errors, e => e.Field == "awards[0].code" && e.Rule == "derived-reason");
        Assert.Contains(errors, e => e.Field == "awards[1].awardedOn" && e.Rule == "not-backdated");
    }

    [Fact]
    public void Validate_BadNumbers_Errors()
    {
        var app = Single() with
        {
            Resources = new ChesterfieldResources { OwnershipShare = 1.5m },
            Debt = new HousingDebt { Amount = new Money(-1m) },
            CurrentHome = Single().CurrentHome with { Bedrooms = -1 },
        };
        var fields = ChesterfieldApplicationValidator.Validate(app, AsOf).Select(e => e.Field).ToList();
        Assert.Contains("resources.ownershipShare", fields);
        Assert.Contains("debt.amount", fields);
        Assert.Contains("currentHome.bedrooms", fields);
    }

    [Fact]
    public void Validate_AppliedAfterAsOf_Error() =>
        Assert.Contains(ChesterfieldApplicationValidator.Validate(Single() with { AppliedOn = AsOf.AddDays(1) }, AsOf), e => e.Field == "appliedOn");

    [Fact(DisplayName = "The descriptor names the scheme and lists every option with the seed's defaults (003 §3.23, Appendix B 5(viii)(c), 10(i))")]
    public void Descriptor_ListsOptionsWithDefaults()
    {
        var d = ChesterfieldScheme.Descriptor;
        Assert.Equal("chesterfield", d.Id);
        var options = d.Options.ToDictionary(o => o.Name, o => o.DefaultValue);
        Assert.Equal("£77,974.00", options[nameof(ChesterfieldOptions.EquityLimit)]);
        Assert.Equal("£1,000.00", options[nameof(ChesterfieldOptions.ArrearsExclusionThreshold)]);
        Assert.Equal("3", options[nameof(ChesterfieldOptions.MaximumLiveBids)]);
        Assert.Equal("OnlyIfNoHigherTierBid", options[nameof(ChesterfieldOptions.TierGating)]);
        var declared = typeof(ChesterfieldOptions).GetProperties().Where(p => p.CanWrite).Select(p => p.Name).Order();
        Assert.Equal(declared, options.Keys.Order());
    }
}
