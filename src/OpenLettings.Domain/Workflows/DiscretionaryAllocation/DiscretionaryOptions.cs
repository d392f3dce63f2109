using System.Collections.Immutable;

namespace OpenLettings.Domain.Workflows.DiscretionaryAllocation;

/// <summary>Which requests the quarterly review list covers.</summary>
public enum QuarterlyReviewScope
{
    /// <summary>Only requests that became discretionary allocations (reached final approval).</summary>
    AllocationsOnly,
    /// <summary>Every request, including those refused or withdrawn.</summary>
    AllRequests,
}

/// <summary>The periods, roles and limits of the discretionary allocations workflow. Defaults are Derby Homes' procedure (seed 000).</summary>
public sealed record DiscretionaryOptions
{
    /// <summary>The Derby Homes procedure as written.</summary>
    public static DiscretionaryOptions Default { get; } = new();

    /// <summary>Roles that may make a request ("any member of Housing Management staff").</summary>
    /// <remarks>000 Procedure (request form); 000 Hierarchy.</remarks>
    public ImmutableArray<StaffRole> RequesterRoles { get; init; } =
    [
        StaffRole.HousingManagementOfficer, StaffRole.AreaHousingManager, StaffRole.HousingServicesManager,
        StaffRole.TenancySustainmentAndSafeguardingManager, StaffRole.HeadOfHousingManagement,
    ];

    /// <summary>Roles that may do the form and evidence check.</summary>
    /// <remarks>000 Procedure (AHM check).</remarks>
    public ImmutableArray<StaffRole> AreaCheckRoles { get; init; } = [StaffRole.AreaHousingManager];

    /// <summary>Roles that may review for Derby Homes (the HSM, or the TSSM when the HSM is not available).</summary>
    /// <remarks>000 Procedure (HSM review), (HSM unavailable); 000 Hierarchy.</remarks>
    public ImmutableArray<StaffRole> ServicesReviewRoles { get; init; } =
        [StaffRole.HousingServicesManager, StaffRole.TenancySustainmentAndSafeguardingManager];

    /// <summary>Roles that may give final approval (the Homelessness Manager, or a Housing Advice Manager of the Housing Options Centre).</summary>
    /// <remarks>000 Procedure (final approval); 000 Hierarchy. See the ambiguity in docs/schemes/discretionary-allocation.md.</remarks>
    public ImmutableArray<StaffRole> FinalApprovalRoles { get; init; } =
        [StaffRole.HomelessnessManager, StaffRole.HousingAdviceManager];

    /// <summary>Roles that may record an offer and the applicant's answer to it.</summary>
    /// <remarks>000 Procedure (offer), (acceptance).</remarks>
    public ImmutableArray<StaffRole> OfferRoles { get; init; } = [StaffRole.AllocationsTeam, StaffRole.LocalHousingOffice];

    /// <summary>Roles that may decide whether a further offer is made after a refusal.</summary>
    /// <remarks>000 Procedure (refusal).</remarks>
    public ImmutableArray<StaffRole> FurtherOfferRoles { get; init; } = [StaffRole.SocialHousingOptionsManager];

    /// <summary>Working days for the AHM check; null means the procedure sets no period (the seed gives none).</summary>
    /// <remarks>000 Procedure (AHM check).</remarks>
    public int? AreaCheckWorkingDays { get; init; }

    /// <summary>Working days the Housing Services Manager has to review a request (10).</summary>
    /// <remarks>000 Procedure (HSM review).</remarks>
    public int ServicesReviewWorkingDays { get; init; } = 10;

    /// <summary>Working days the Homelessness Manager has to forward a decision (10).</summary>
    /// <remarks>000 Procedure (final approval).</remarks>
    public int FinalApprovalWorkingDays { get; init; } = 10;

    /// <summary>Discretionary offers made for one approval ("normally one suitable offer").</summary>
    /// <remarks>000 Procedure (outcome), (offer).</remarks>
    public int OffersPerApproval { get; init; } = 1;

    /// <summary>When true, one person may not approve at two review stages of the same request.</summary>
    /// <remarks>000 Hierarchy ("a clear audit trail for the generation and approval").</remarks>
    public bool SeparateApproverPerStage { get; init; } = true;

    /// <summary>When true, a refusal or a return for information must carry comments (the reasons).</summary>
    /// <remarks>000 Procedure (AHM check), (HSM review): the officer is told the reasons.</remarks>
    public bool RequireCommentsOnRejection { get; init; } = true;

    /// <summary>When true, a resubmitted request starts again at the AHM check; otherwise it goes back to the stage that returned it.</summary>
    /// <remarks>000 Procedure (AHM check).</remarks>
    public bool ResubmissionRestartsAtAreaCheck { get; init; }

    /// <summary>Which requests the quarterly review list covers.</summary>
    /// <remarks>000 Audit and Control ("a list of all discretionary allocations").</remarks>
    public QuarterlyReviewScope ReviewScope { get; init; } = QuarterlyReviewScope.AllocationsOnly;

    /// <summary>The first month (1-12) of a review quarter; 1 gives January, April, July and October.</summary>
    /// <remarks>000 Audit and Control.</remarks>
    public int ReviewQuarterFirstMonth { get; init; } = 1;
}
