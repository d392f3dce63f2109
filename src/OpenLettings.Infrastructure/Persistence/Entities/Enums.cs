namespace OpenLettings.Infrastructure.Persistence.Entities;

/// <summary>What kind of body an organisation is.</summary>
public enum OrganisationKind
{
    /// <summary>A local housing authority (a council) that manages applications (001 §3).</summary>
    LocalAuthority,
    /// <summary>A landlord (a council's housing service or a housing association) that advertises homes.</summary>
    Landlord,
    /// <summary>A choice-based lettings partnership (e.g. Devon Home Choice) that runs one scheme.</summary>
    Partnership,
}

/// <summary>What a user may do for an organisation.</summary>
public enum MembershipRole
{
    /// <summary>A person applying for housing (their own application only).</summary>
    Applicant,
    /// <summary>A local authority housing officer.</summary>
    LocalAuthorityOfficer,
    /// <summary>A landlord's lettings officer: reads applications, never amends them (001 §61.6).</summary>
    LandlordOfficer,
    /// <summary>A manager who approves awards and overrides.</summary>
    Manager,
    /// <summary>Another system (a landlord's housing management system, a council's homelessness system).</summary>
    PartnerSystem,
}

/// <summary>The status of an application.</summary>
/// <remarks>The state machine of the catalogue §29.4 (001 §2.10, §3.11, §8.18, §49.3, §50.5, §51.31, §51.39, §51.43, §61.47, §71, §75).</remarks>
public enum ApplicationStatus
{
    /// <summary>Started online, not yet submitted (deleted after 10 days, 001 §2.10).</summary>
    Draft,
    /// <summary>Submitted, waiting for an officer (001 §50.4).</summary>
    Unassigned,
    /// <summary>With an officer, being assessed (001 §3.11, §8.15).</summary>
    Assigned,
    /// <summary>Unacceptable-behaviour evidence found; 28 days to respond (001 §8.18).</summary>
    PendingEnquiries,
    /// <summary>Eligible, qualifying and banded: may bid (001 §49.3).</summary>
    Active,
    /// <summary>Suspended (change of circumstances to review, or bidding suspended for a reason; 001 §50.5, §11.3, §29.2, §77.8).</summary>
    Suspended,
    /// <summary>A renewal change of circumstances is in progress; bidding suspended (001 §51.39).</summary>
    InProgressChangeOfCircumstances,
    /// <summary>Renewal not completed; can be reinstated with the band start date kept for 13 weeks (001 §51.31, §51.43).</summary>
    CancelledWithin13Weeks,
    /// <summary>Housed through a letting (001 §61.47).</summary>
    Housed,
    /// <summary>Cancelled (001 §8.22, §29.2, §46.47, §51.43).</summary>
    Cancelled,
    /// <summary>Rejected: ineligible or not qualifying (001 §49.3, §11.5).</summary>
    Rejected,
    /// <summary>Removed by a sanction in a local authority that does not register Band E (001 §9.2, §48.6, §62.6).</summary>
    Removed,
    /// <summary>Deleted after retention; an audit stub remains (001 §75).</summary>
    Deleted,
    /// <summary>Erased at the applicant's request; an audit stub remains (001 §71).</summary>
    Erased,
}

/// <summary>A person's place in a household.</summary>
public enum HouseholdRole
{
    MainApplicant,
    JointApplicant,
    Partner,
    Child,
    OtherAdult,
    Unborn,
}

/// <summary>Which assessment a stored decision records.</summary>
public enum DecisionKind
{
    /// <summary>Eligibility for an allocation (immigration and persons from abroad, 001 §6).</summary>
    Eligibility,
    /// <summary>Qualification under the scheme (001 §8-9).</summary>
    Qualification,
    /// <summary>The bedroom need (001 §14).</summary>
    BedroomNeed,
    /// <summary>The band and band start date (001 §43).</summary>
    Band,
}

/// <summary>The status of an advert.</summary>
/// <remarks>The advert state machine of the catalogue §29.5 (001 §52.5, §52.8, §61.13, §61.48).</remarks>
public enum AdvertStatus
{
    /// <summary>Entered by the landlord (by Monday 17:00 for the next cycle, 001 §52.5).</summary>
    Draft,
    /// <summary>Waiting for the local authority's check (by Tuesday 14:00, 001 §52.8).</summary>
    AwaitingVerification,
    /// <summary>Verified; bidding opens at the start of the cycle (001 §52.8).</summary>
    BiddingNotStarted,
    /// <summary>Open for bids.</summary>
    BiddingCurrent,
    /// <summary>Bidding closed; shortlisting under way.</summary>
    Shortlisting,
    /// <summary>Let to an applicant.</summary>
    Let,
    /// <summary>Withdrawn (for example an error affecting who may bid, 001 §52.6).</summary>
    Withdrawn,
    /// <summary>Every shortlisted applicant has been bypassed or refused (001 §61.13).</summary>
    ShortlistExhausted,
}

/// <summary>The state of a weekly letting cycle.</summary>
/// <remarks>001 §52: adverts open 00:00 Wednesday to 23:59 the following Monday.</remarks>
public enum LettingCycleState
{
    /// <summary>Not yet open for bids.</summary>
    Scheduled,
    /// <summary>Open for bids (autobids placed on opening, 001 §60).</summary>
    Open,
    /// <summary>Closed to bids; shortlists being built.</summary>
    Closing,
    /// <summary>Closed with every shortlist built.</summary>
    Closed,
}

/// <summary>Who placed a bid.</summary>
public enum BidPlacedBy
{
    Applicant,
    /// <summary>A housing officer on the applicant's behalf.</summary>
    Officer,
    /// <summary>The autobid job for an applicant on autobid (001 §60).</summary>
    Autobid,
}

/// <summary>The state of a bid.</summary>
/// <remarks>The terms of 001 §61.49.</remarks>
public enum BidStatus
{
    /// <summary>The home has not been offered to anyone; the bid is still open.</summary>
    Open,
    /// <summary>An initial match; the applicant is being contacted.</summary>
    BidShortlisted,
    /// <summary>The applicant confirmed interest in being considered.</summary>
    BidAccepted,
    /// <summary>Verified, formally offered, viewed and accepted.</summary>
    BidLet,
    /// <summary>"Property Offers to Others" (shown as Bid Lost): offered to someone higher on the shortlist.</summary>
    PropertyOfferedToOthers,
    /// <summary>The applicant withdrew the bid.</summary>
    Withdrawn,
}

/// <summary>The state of a formal offer.</summary>
public enum OfferStatus
{
    Made,
    Accepted,
    Refused,
    Withdrawn,
}

/// <summary>How a home was refused.</summary>
/// <remarks>001 §62.1.</remarks>
public enum RefusalStage
{
    /// <summary>Failed to respond to contact from the landlord.</summary>
    NoResponse,
    /// <summary>Failed to turn up for a viewing.</summary>
    NoShowAtViewing,
    /// <summary>Declined the initial suggested match.</summary>
    DeclinedMatch,
    /// <summary>Declined a formal offer.</summary>
    DeclinedFormalOffer,
}

/// <summary>What a review is about.</summary>
/// <remarks>001 §77.</remarks>
public enum ReviewSubject
{
    Eligibility,
    Qualification,
    BedroomNeed,
    Band,
    Bypass,
    Refusal,
    Suspension,
    Cancellation,
}

/// <summary>The state of a review.</summary>
public enum ReviewStatus
{
    Requested,
    InProgress,
    Upheld,
    Overturned,
    Withdrawn,
}

/// <summary>A kind of alert on an application, shown on the bid screens.</summary>
/// <remarks>001 §61.7; the kinds listed in the catalogue §29.2.</remarks>
public enum AlertKind
{
    UnsafeAreas,
    AdaptationNeeds,
    HomelessCaseworker,
    SocialServicesContact,
    ContactCoordinator,
    StaffLineManager,
    RiskToStaff,
    VerifyOvercrowding,
    OlderPersonsOnlyBanding,
    SupportMove,
    NoOffersUntilSupportInPlace,
    CancelledByRenewal,
    CommunicationNeeds,
    Other,
}

/// <summary>Why a home was let by direct match rather than advertised.</summary>
/// <remarks>The reasons of the catalogue §29.5.</remarks>
public enum DirectMatchReason
{
    /// <summary>Urgent management move (domestic abuse, violence or harassment; block or area; emergency decant).</summary>
    UrgentManagementMove,
    HighlyAdapted,
    Downsizing,
    DifficultToLet,
}
