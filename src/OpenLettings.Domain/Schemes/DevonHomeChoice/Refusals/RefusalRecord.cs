using OpenLettings.Domain.Common;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Refusals;

/// <summary>The ways an applicant can refuse a home (001 §62.1).</summary>
public enum RefusalKind
{
    /// <summary>Failed to respond to contact from the landlord.</summary>
    FailedToRespond,
    /// <summary>Failed to turn up for a viewing.</summary>
    FailedToAttendViewing,
    /// <summary>Declined the initial suggested match when contacted.</summary>
    DeclinedInitialMatch,
    /// <summary>Declined a formal offer.</summary>
    DeclinedFormalOffer,
}

/// <summary>A refusal the applicant made (001 §62.1), with the managing authority's judgements on it.</summary>
public sealed record RefusalRecord
{
    public required AdvertId Advert { get; init; }

    public required DateOnly RefusedOn { get; init; }

    public required RefusalKind Kind { get; init; }

    /// <summary>The band that applied when the home was refused (Band A refusals are reviewed, 001 §62.5, §17.40).</summary>
    public Band? BandAtRefusal { get; init; }

    /// <summary>Accepted as statutorily homeless by a Devon authority when refusing: only a formal offer refusal counts (001 §62.1 fn 15).</summary>
    public bool StatutorilyHomeless { get; init; }

    /// <summary>The home was advertised with incorrect details: the refusal never counts towards the sanction (001 §62.7, §64.8).</summary>
    public bool IncorrectlyAdvertised { get; init; }

    /// <summary>
    /// The managing authority considers the refused home reasonable for the household, having reviewed the case
    /// with safeguards for vulnerable applicants (001 §62.6). Only refusals of reasonable homes count.
    /// </summary>
    public AssessedFact<bool>? HomeConsideredReasonable { get; init; }

    /// <summary>
    /// For a homeless household refusing a formal offer: the managing authority decided whether the refusal was
    /// reasonable, within 24 hours (001 §62.3). False means the duty is discharged (001 §64.8).
    /// </summary>
    public AssessedFact<bool>? HomelessRefusalReasonable { get; init; }

    /// <summary>A review decided the homeless refusal was reasonable after all (001 §64.9).</summary>
    public AssessedFact<bool>? ReviewFoundRefusalReasonable { get; init; }

    /// <summary>For a Band A refusal: the authority has completed the review of the Band A status (001 §62.5).</summary>
    public bool BandAReviewCompleted { get; init; }
}
