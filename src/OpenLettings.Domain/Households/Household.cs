using System.Collections.Immutable;
using OpenLettings.Domain.Common;

namespace OpenLettings.Domain.Households;

/// <summary>The people on one application: the applicant and everyone who normally lives, or might reasonably be expected to live, with them (001 §14.1).</summary>
public sealed record Household
{
    /// <summary>The members, main applicant first by convention.</summary>
    public required ImmutableArray<Member> Members { get; init; }

    /// <summary>The main applicant.</summary>
    public Member MainApplicant => Members.FirstOrDefault(m => m.Role == MemberRole.MainApplicant)
        ?? throw new InvalidOperationException("A household has no main applicant.");

    /// <summary>A member by id, or null.</summary>
    public Member? Find(MemberId id) => Members.FirstOrDefault(m => m.Id == id);
}
