using System.Collections.Immutable;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Explanations;

namespace OpenLettings.Domain.Schemes.Chesterfield;

/// <summary>Why a home may be let directly instead of advertised (003 Appendix B 9(viii); the list "is not exhaustive").</summary>
public enum DirectLetGround
{
    /// <summary>Protection of the public (a MAPPA decision) or witness protection.</summary>
    PublicProtection,
    /// <summary>An existing social tenant in the district must move because of imminent risk to safety.</summary>
    ImminentRiskToExistingTenant,
    /// <summary>The applicant's home is being repaired and a delay would harm the renovation project or contract.</summary>
    RepairOrRenovation,
    /// <summary>Let as temporary accommodation under the homelessness duty.</summary>
    TemporaryAccommodation,
    /// <summary>Succession granted to a home unsuitable for the applicant's long-term occupation.</summary>
    UnsuitableSuccession,
    /// <summary>An award of tenancy in discharge of a homelessness duty.</summary>
    HomelessnessDutyDischarge,
    /// <summary>Another exceptional circumstance (must be described).</summary>
    OtherExceptional,
}

/// <summary>A request to let a home directly to an applicant, with the approvals given.</summary>
public sealed record DirectLetRequest
{
    public required DirectLetGround Ground { get; init; }

    /// <summary>The senior officer who approved the direct let; null if not approved.</summary>
    public Assessor? ApprovedBySeniorOfficer { get; init; }

    /// <summary>The registered provider agrees a direct let is necessary.</summary>
    public bool LandlordAgrees { get; init; }

    /// <summary>The local authority agrees a direct let is necessary.</summary>
    public bool LocalAuthorityAgrees { get; init; }

    /// <summary>The circumstances, required for <see cref="DirectLetGround.OtherExceptional"/>.</summary>
    public string? Circumstances { get; init; }
}

/// <summary>Direct lets (003 Appendix B 9(viii), 5(ix)).</summary>
public static class DirectLets
{
    private static Citation Cite => ChesterfieldCitations.Policy("9(viii)");

    /// <summary>Whether the home may be let directly to the assessed applicant. Every unmet condition is a reason.</summary>
    public static Decision<bool> Decide(ChesterfieldAssessment assessment, DirectLetRequest request, ChesterfieldOptions options)
    {
        var reasons = ImmutableArray.CreateBuilder<Reason>();
        var ok = true;
        var ground = new Fact("ground", request.Ground.ToString());

        if (options.DirectLetRequiresLiveApplication && assessment.Status != RegistrationStatus.Live)
        {
            ok = false;
            reasons.Add(new Reason("CBC.DirectLet.NotLive", ChesterfieldCitations.Policy("5(ix)"),
                assessment.Status == RegistrationStatus.Pending
                    ? "Your application is pending, so you cannot receive a direct offer of a home."
                    : "Your application is not live on the register, so you cannot receive a direct offer of a home.").With(new Fact("status", assessment.Status.ToString())));
        }

        if (request.Ground == DirectLetGround.OtherExceptional && string.IsNullOrWhiteSpace(request.Circumstances))
        {
            ok = false;
            reasons.Add(new Reason("CBC.DirectLet.CircumstancesMissing", Cite, "A direct let outside the listed examples needs the exceptional circumstances to be recorded.").With(ground));
        }

        if (request.ApprovedBySeniorOfficer is null)
        {
            ok = false;
            reasons.Add(new Reason("CBC.DirectLet.NoSeniorApproval", Cite, "A direct let must be approved by a senior officer, and it has not been.").With(ground));
        }

        if (!request.LandlordAgrees || !request.LocalAuthorityAgrees)
        {
            ok = false;
            reasons.Add(new Reason("CBC.DirectLet.NoJointAgreement", Cite,
                    "Both the landlord and the local authority must agree that a direct let is necessary.")
                .With(ground, new Fact("landlord agrees", request.LandlordAgrees ? "yes" : "no"), new Fact("local authority agrees", request.LocalAuthorityAgrees ? "yes" : "no")));
        }

        if (ok)
        {
            reasons.Add(new Reason("CBC.DirectLet.Approved", Cite,
                    $"The home may be let to you directly ({request.Ground}): a senior officer ({request.ApprovedBySeniorOfficer!.Name}) approved it and the landlord and local authority agree. Direct lets are used only in exceptional circumstances and do not affect reasonable preference.")
                .With(ground));
        }

        return new Decision<bool>(ok, reasons.ToImmutable());
    }
}
