using System.Collections.Immutable;
using System.Globalization;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Households;
using static OpenLettings.Domain.Schemes.DevonHomeChoice.Eligibility.Explain;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Eligibility;

/// <summary>
/// The eligibility test: age and immigration status (001 §5-§7). Immigration status is an officer's
/// determination per person; the engine applies its consequences.
/// </summary>
/// <remarks>
/// 001 §5.1-5.2 (age), §6.5-6.10 and §6.16 (eligible and ineligible classes), §6.13 (leave expiring: recheck at
/// offer), §7.2 and §7.6 (no joint tenancy with an ineligible joint party; a sole tenancy is possible where other
/// members are ineligible). The main applicant and every <see cref="MemberRole.JointApplicant"/> are joint parties.
/// <see cref="EligibilityDecision.JointTenancyPossible"/> is false when there is no joint applicant.
/// </remarks>
public static class EligibilityRules
{
    /// <summary>Assesses eligibility on <paramref name="asOf"/> (at application, and again at offer, 001 §7.5).</summary>
    public static EligibilityDecision Assess(DevonApplication app, DevonOptions options, DateOnly asOf)
    {
        var q = options.Qualification;
        var reasons = ImmutableArray.CreateBuilder<Reason>();
        var changes = new List<string>();
        var main = app.Household.MainApplicant;
        var household = app.Household.Members;

        // Age (001 §5.1-5.2)
        var ageOk = false;
        var under18 = false;
        var age = main.AgeOn(asOf);
        if (age is null)
        {
            reasons.Add(Because("DHC.Eligibility.AgeUnknown", "5.1",
                "We need your date of birth to check you are old enough to join the register."));
            changes.Add("Give us your date of birth.");
        }
        else if (age < q.MinimumAge)
        {
            var from = Common.Age.DateReaching(main.DateOfBirth!.Value, q.MinimumAge);
            reasons.Add(Because("DHC.Eligibility.TooYoung", "5.1",
                $"You must be {q.MinimumAge} or over to join Devon Home Choice. You are {age}; you can apply from {D(from)}.",
                new Fact("age", age.Value.ToString(CultureInfo.InvariantCulture)), new Fact("minimum age", q.MinimumAge.ToString(CultureInfo.InvariantCulture))));
            changes.Add($"You can apply once you are {q.MinimumAge}, from {D(from)}.");
        }
        else
        {
            ageOk = true;
            var ageFact = new Fact("age", age.Value.ToString(CultureInfo.InvariantCulture));
            if (age < q.AdultAge)
            {
                under18 = true;
                reasons.Add(Because("DHC.Eligibility.Under18", "5.2",
                    $"You are old enough to join, but as you are under {q.AdultAge} some landlords will not offer you a home, and others may ask for a guarantor or trustee.",
                    ageFact));
            }
            else
            {
                reasons.Add(Because("DHC.Eligibility.Age", "5.1", $"You are {q.MinimumAge} or over, so you are old enough to join.", ageFact));
            }
        }

        // Immigration status, per joint party and household member (001 §6, §7)
        var ineligible = ImmutableArray.CreateBuilder<Households.Member>();
        var awaiting = ImmutableArray.CreateBuilder<Common.MemberId>();
        var recheck = false;
        var mainStatusOk = false;
        var jointParties = household.Where(m => m.Role == MemberRole.JointApplicant).ToList();
        var jointOk = jointParties.Count > 0;

        foreach (var member in household)
        {
            var isMain = member.Id == main.Id;
            var isJoint = member.Role == MemberRole.JointApplicant;
            var who = isMain ? "You" : $"Household member {member.Id}";
            var determination = app.Eligibility.For(member.Id);
            if (determination is null)
            {
                if (isMain || isJoint)
                {
                    awaiting.Add(member.Id);
                    if (isJoint)
                    {
                        jointOk = false;
                    }

                    reasons.Add(Because("DHC.Eligibility.AwaitingDetermination", "6.12",
                        $"{who}: we have not yet checked immigration status and eligibility. We will do this before the application goes further.",
                        new Fact("member", member.Id.Value)));
                    changes.Add(isMain
                        ? "Send proof of your nationality or immigration status so an officer can check your eligibility."
                        : $"Send proof of nationality or immigration status for {member.Id} so an officer can check their eligibility.");
                }

                continue;
            }

            var status = determination.Determination.Value;
            var facts = new[] { new Fact("member", member.Id.Value), Assessed("eligibility class", determination.Determination) };
            if (status.IsEligible())
            {
                if (isMain)
                {
                    mainStatusOk = true;
                }

                reasons.Add(Because("DHC.Eligibility.EligibleClass", status.Section(),
                    $"{who}: eligible as {status.Describe()}.", facts));

                if (determination.LeaveToRemainExpiresOn is { } expires && expires <= asOf.AddMonths(q.LeaveExpiryRecheckMonths))
                {
                    recheck = true;
                    var text = expires < asOf
                        ? $"{who}: leave to remain ended on {D(expires)}. Before any offer we will ask for confirmation that a new application is in progress or further leave has been granted."
                        : $"{who}: leave to remain ends on {D(expires)}, within {q.LeaveExpiryRecheckMonths} months. Before any offer we will ask for confirmation that a new application is in progress or further leave has been granted.";
                    reasons.Add(Because("DHC.Eligibility.LeaveExpiring", "6.13", text,
                        new Fact("member", member.Id.Value), new Fact("leave expires", Iso(expires))));
                }
            }
            else
            {
                ineligible.Add(member);
                if (isJoint)
                {
                    jointOk = false;
                }

                var text = $"{who}: not eligible for an allocation, as {status.Describe()}.";
                if (isMain)
                {
                    text += AdviceFor(status, household);
                    changes.Add("A change in immigration status that puts you in an eligible class (for example settled status, or leave that meets Regulation 3) would change this; ask your council's Housing Advice Team.");
                }
                else if (isJoint)
                {
                    text += " A joint tenancy cannot be granted with them, but a tenancy in your sole name can.";
                    changes.Add($"A joint tenancy would become possible if {member.Id} is found to be in an eligible class.");
                }
                else
                {
                    text += " A tenancy can still be granted to you, in your sole name.";
                }

                reasons.Add(Because(isMain ? "DHC.Eligibility.NotEligibleClass" : isJoint ? "DHC.Eligibility.JointPartyNotEligible" : "DHC.Eligibility.MemberNotEligible",
                    isMain ? status.Section() : "7.6", text, facts));
            }
        }

        // A joint party must also be old enough to hold a tenancy (001 §5.1, §7.2)
        foreach (var joint in jointParties)
        {
            if (joint.AgeOn(asOf) is { } jointAge && jointAge < q.MinimumAge)
            {
                jointOk = false;
                reasons.Add(Because("DHC.Eligibility.JointPartyTooYoung", "5.1",
                    $"Joint applicant {joint.Id} is under {q.MinimumAge}, so cannot be a joint tenant.",
                    new Fact("member", joint.Id.Value)));
            }
        }

        var eligible = ageOk && mainStatusOk;
        var jointPossible = eligible && jointOk;
        if (jointParties.Count > 0)
        {
            reasons.Add(jointPossible
                ? Because("DHC.Eligibility.JointTenancyPossible", "7.2", "Every joint applicant is eligible, so a joint tenancy can be granted.")
                : Because("DHC.Eligibility.NoJointTenancy", "7.2",
                    "A joint tenancy cannot be granted unless every joint applicant is eligible" + (eligible ? "; a tenancy in your sole name can be." : ".")));
        }

        return new EligibilityDecision
        {
            Eligible = eligible,
            JointTenancyPossible = jointPossible,
            IneligibleMembers = [.. ineligible.Select(m => m.Id)],
            AwaitingDetermination = awaiting.ToImmutable(),
            MainApplicantUnder18 = under18,
            RecheckLeaveAtOffer = recheck,
            WhatWouldChangeIt = changes.Count == 0 ? null : string.Join(" ", changes),
            Reasons = reasons.ToImmutable(),
        };
    }

    private static string AdviceFor(EligibilityClass status, ImmutableArray<Households.Member> household)
    {
        var advice = "";
        if (status == EligibilityClass.AsylumSeeker)
        {
            advice += " As an asylum seeker you may be able to get help from the Home Office.";
        }

        if (household.Any(m => m.Role is MemberRole.Child or MemberRole.Unborn))
        {
            advice += " As you have children, you may be able to get help from Social Services.";
        }

        return advice;
    }
}
