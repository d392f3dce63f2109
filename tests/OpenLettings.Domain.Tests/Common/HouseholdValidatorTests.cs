using OpenLettings.Domain.Common;
using OpenLettings.Domain.Households;

namespace OpenLettings.Domain.Tests.Common;

public class HouseholdValidatorTests
{
    private static readonly DateOnly AsOf = new(2026, 6, 1);

    private static Member Person(string id, MemberRole role, string? dob = "1990-01-01", Sex? sex = Sex.Female) =>
        new() { Id = new MemberId(id), Role = role, DateOfBirth = dob is null ? null : DateOnly.Parse(dob), Sex = sex };

    private static IEnumerable<(string Field, string Rule)> Check(params Member[] members) =>
        HouseholdValidator.Validate(new Household { Members = [.. members] }, AsOf).Select(e => (e.Field, e.Rule));

    [Fact]
    public void Validate_ValidCouple_NoErrors()
    {
        var main = Person("a", MemberRole.MainApplicant) with { PartnerId = new MemberId("b") };
        var partner = Person("b", MemberRole.JointApplicant, sex: Sex.Male) with { PartnerId = new MemberId("a") };
        Assert.Empty(Check(main, partner));
    }

    [Fact]
    public void Validate_NoMainApplicantAndDuplicateId_NamesBoth()
    {
        var errors = Check(Person("a", MemberRole.OtherAdult), Person("a", MemberRole.OtherAdult)).ToList();
        Assert.Contains(("household.members", "one-main-applicant"), errors);
        Assert.Contains(("household.members[1].id", "unique"), errors);
    }

    [Fact]
    public void Validate_UnbornWithoutDueDate_AndChildWithoutSex_AreErrors()
    {
        var unborn = new Member { Id = new MemberId("u"), Role = MemberRole.Unborn };
        var child = Person("c", MemberRole.Child, "2020-01-01", sex: null);
        var errors = Check(Person("a", MemberRole.MainApplicant), unborn, child).ToList();
        Assert.Contains(("household.members[1].dueDate", "required"), errors);
        Assert.Contains(("household.members[2].sex", "required"), errors);
    }

    [Fact]
    public void Validate_FutureBirthAndUnknownPartner_AreErrors()
    {
        var main = Person("a", MemberRole.MainApplicant) with { PartnerId = new MemberId("ghost") };
        var errors = Check(main, Person("c", MemberRole.Child, "2026-07-01")).ToList();
        Assert.Contains(("household.members[0].partnerId", "unknown-member"), errors);
        Assert.Contains(("household.members[1].dateOfBirth", "not-in-future"), errors);
    }
}
