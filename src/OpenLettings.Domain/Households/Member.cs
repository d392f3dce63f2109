using OpenLettings.Domain.Common;

namespace OpenLettings.Domain.Households;

/// <summary>Sex as recorded for the bedroom standard's same-sex pairing rule (001 §14.2).</summary>
public enum Sex
{
    Female,
    Male,
}

/// <summary>A member's place on the application (001 §29.2, HouseholdMember.Role).</summary>
public enum MemberRole
{
    MainApplicant,
    JointApplicant,
    Partner,
    Child,
    OtherAdult,
    /// <summary>An unborn child, counted once pregnancy is evidenced (001 §14.5).</summary>
    Unborn,
}

/// <summary>
/// A person on an application. Dates of birth are calendar dates; ages are always worked out as of an
/// explicit date, never today.
/// </summary>
public sealed record Member
{
    /// <summary>Identifies the member within the application (and, across applications, the person: 001 §2.3).</summary>
    public required MemberId Id { get; init; }

    /// <summary>The member's role.</summary>
    public required MemberRole Role { get; init; }

    /// <summary>Date of birth; absent only for an unborn child.</summary>
    public DateOnly? DateOfBirth { get; init; }

    /// <summary>Sex; may be absent for an unborn child (then assumed to share wherever possible, 001 §14.6).</summary>
    public Sex? Sex { get; init; }

    /// <summary>The member this person is a married or cohabiting couple with (001 §14.2).</summary>
    public MemberId? PartnerId { get; init; }

    /// <summary>For an unborn child: the expected date of delivery.</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>For an unborn child: proof of pregnancy has been seen (MATB1, notes, GP or hospital letter; 001 §14.5).</summary>
    public bool PregnancyEvidenced { get; init; }

    /// <summary>
    /// False for a child who is not primarily resident with this household (shared care, contact only): such
    /// children are left out of bedroom need (001 §14.13). True by default.
    /// </summary>
    public bool PrimarilyResident { get; init; } = true;

    /// <summary>A university student living away in term time (001 §14.14).</summary>
    public bool StudentAwayInTermTime { get; init; }

    /// <summary>For a student: their term-time accommodation must be left in the holidays, so they keep a bedroom here (001 §14.14).</summary>
    public bool StudentMustLeaveTermAccommodationInHolidays { get; init; }

    /// <summary>Age in whole years on <paramref name="asOf"/>, or null for an unborn child.</summary>
    public int? AgeOn(DateOnly asOf) => DateOfBirth is { } dob ? Age.InYears(dob, asOf) : null;
}
