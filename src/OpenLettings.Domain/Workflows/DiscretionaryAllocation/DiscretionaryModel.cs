using System.Collections.Immutable;
using OpenLettings.Domain.Common;

namespace OpenLettings.Domain.Workflows.DiscretionaryAllocation;

/// <summary>A member of staff, by a stable identifier (a staff number or login).</summary>
public readonly record struct StaffMemberId(string Value) : IStringId<StaffMemberId>
{
    /// <inheritdoc />
    public static StaffMemberId From(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>The job a member of staff acted in.</summary>
/// <remarks>000 Procedure, 000 Hierarchy.</remarks>
public enum StaffRole
{
    /// <summary>Any member of Housing Management staff (may initiate a request).</summary>
    HousingManagementOfficer,
    /// <summary>Area Housing Manager (AHM): checks the request form for the property's area.</summary>
    AreaHousingManager,
    /// <summary>Housing Services Manager (HSM): reviews for Derby Homes.</summary>
    HousingServicesManager,
    /// <summary>Tenancy Sustainment and Safeguarding Manager: deputises for the HSM.</summary>
    TenancySustainmentAndSafeguardingManager,
    /// <summary>Homelessness Manager: final approval.</summary>
    HomelessnessManager,
    /// <summary>A Housing Advice Manager of the Housing Options Centre.</summary>
    HousingAdviceManager,
    /// <summary>Social Housing Options Manager: decides whether to make a further offer after a refusal.</summary>
    SocialHousingOptionsManager,
    /// <summary>The Allocations Team: issues the offer letter.</summary>
    AllocationsTeam,
    /// <summary>The Local Housing Office: signs up the tenancy.</summary>
    LocalHousingOffice,
    /// <summary>Head of Housing Management: keeps and reviews the quarterly list.</summary>
    HeadOfHousingManagement,
    /// <summary>Anyone else; never allowed to act in this workflow.</summary>
    Other,
}

/// <summary>What a recorded event does.</summary>
public enum DiscretionaryAction
{
    /// <summary>Agree the request at the current stage (at an offer refusal: agree a further offer).</summary>
    Approve,
    /// <summary>Refuse the request at the current stage (at an offer refusal: no further offer).</summary>
    Reject,
    /// <summary>Send the request back to the requesting officer for more information.</summary>
    ReturnForInformation,
    /// <summary>The requesting officer sends the completed request back after a return.</summary>
    Resubmit,
    /// <summary>The requesting officer withdraws the request.</summary>
    Withdraw,
    /// <summary>A discretionary offer of a property is made.</summary>
    MakeOffer,
    /// <summary>The applicant refused the offer.</summary>
    OfferRefused,
    /// <summary>The applicant accepted the offer.</summary>
    OfferAccepted,
}

/// <summary>Where a request is.</summary>
public enum DiscretionaryStage
{
    /// <summary>With the requesting officer: returned for more information.</summary>
    RequestForm,
    /// <summary>With the Area Housing Manager for the form and evidence check.</summary>
    AreaHousingManagerCheck,
    /// <summary>With the Housing Services Manager (or deputy) for review.</summary>
    HousingServicesManagerReview,
    /// <summary>With the Homelessness Manager for final approval.</summary>
    HomelessnessManagerApproval,
    /// <summary>Approved: a discretionary offer may be made.</summary>
    Approved,
    /// <summary>Refused at a review stage.</summary>
    Rejected,
    /// <summary>An offer has been made and awaits the applicant's answer.</summary>
    OfferMade,
    /// <summary>The offer was refused; the Social Housing Options Manager decides whether a further offer is made.</summary>
    OfferRefused,
    /// <summary>The offer was accepted: the discretionary allocation is made and the applicant housed.</summary>
    Housed,
    /// <summary>Withdrawn, or ended after a refusal with no further offer.</summary>
    Closed,
}

/// <summary>
/// A discretionary allocation request as submitted to the Area Housing Manager: the request form and the checks
/// it must show (000 Procedure (request form)).
/// </summary>
public sealed record DiscretionaryRequest
{
    /// <summary>The request's own reference.</summary>
    public required string Reference { get; init; }

    /// <summary>The applicant's rehousing application.</summary>
    public required HousingApplicationId ApplicationId { get; init; }

    /// <summary>The property the request is for, if one is identified.</summary>
    public PropertyId? PropertyId { get; init; }

    /// <summary>Why the application meets the criteria for a discretionary allocation (at least one).</summary>
    public ImmutableArray<string> Reasons { get; init; } = [];

    /// <summary>The supporting evidence provided, by description or document reference.</summary>
    public ImmutableArray<string> Evidence { get; init; } = [];

    /// <summary>True when a rehousing application has been completed on the housing register system.</summary>
    public bool RehousingApplicationCompleted { get; init; }

    /// <summary>True when the Homefinder and Registration team has verified and awarded the applicant's needs.</summary>
    public bool NeedsVerified { get; init; }

    /// <summary>True when the request arises out of the Succession and Assignment Policy.</summary>
    public bool ArisesFromSuccessionOrAssignment { get; init; }

    /// <summary>The member of staff who made the request.</summary>
    public required StaffMemberId RequestedBy { get; init; }

    /// <summary>The requesting officer's role.</summary>
    public required StaffRole RequesterRole { get; init; }

    /// <summary>The day the form was sent to the Area Housing Manager.</summary>
    public required DateOnly SubmittedOn { get; init; }
}

/// <summary>One recorded step, in the order it happened.</summary>
public sealed record DiscretionaryEvent
{
    /// <summary>Who acted.</summary>
    public required StaffMemberId By { get; init; }

    /// <summary>The role they acted in.</summary>
    public required StaffRole Role { get; init; }

    /// <summary>The day they acted.</summary>
    public required DateOnly On { get; init; }

    /// <summary>What they did.</summary>
    public required DiscretionaryAction Action { get; init; }

    /// <summary>Their comments (required with a refusal or a return: the reasons).</summary>
    public string? Comments { get; init; }

    /// <summary>The property offered (for <see cref="DiscretionaryAction.MakeOffer"/>).</summary>
    public PropertyId? PropertyId { get; init; }

    /// <summary>For an offer: true when the property was taken out of the Homefinder (choice based lettings) process for this offer.</summary>
    /// <remarks>000 Procedure (Homefinder).</remarks>
    public bool RemovedFromHomefinder { get; init; }

    /// <summary>For an offer: true when the Social Housing Options Manager agreed the property's removal from Homefinder.</summary>
    /// <remarks>000 Procedure (Homefinder).</remarks>
    public bool HomefinderRemovalAgreed { get; init; }
}

/// <summary>A request with its recorded events, for the quarterly review.</summary>
public sealed record DiscretionaryCase(DiscretionaryRequest Request, ImmutableArray<DiscretionaryEvent> Events);
