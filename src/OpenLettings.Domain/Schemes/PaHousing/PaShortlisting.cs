using System.Collections.Immutable;
using OpenLettings.Domain.Allocation;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Properties;

namespace OpenLettings.Domain.Schemes.PaHousing;

/// <summary>A home advertised through choice based lettings (004 §3.1, §4.3, §4.7, §5.5, §6.2).</summary>
public sealed record PaHousingAdvert
{
    public required AdvertId Id { get; init; }

    public required Property Property { get; init; }

    /// <summary>Independent Living for older people (004 §4.3).</summary>
    public bool IndependentLiving { get; init; }

    /// <summary>Any other age restriction, e.g. general needs homes for over-50s (004 §4.3).</summary>
    public int? MinimumAge { get; init; }

    /// <summary>A 2-bedroom Independent Living home not let in a reasonable time: households needing fewer bedrooms may bid (004 §4.7).</summary>
    public bool UnderOccupationPermitted { get; init; }

    /// <summary>Preference advertised for a local connection with these authorities (004 §4.3).</summary>
    public ImmutableArray<LocalAuthorityId> LocalConnectionPreference { get; init; } = [];

    /// <summary>Designated for key workers (004 §6.2).</summary>
    public bool KeyWorkersOnly { get; init; }

    /// <summary>Affordable Rent homes or local lettings plans prioritising households in employment, made clear in the advert (004 §5.2, §5.5).</summary>
    public bool PrioritiseHouseholdsInEmployment { get; init; }

    /// <summary>A studio let under the under-35s arrangement: only under-35s not working and not exempt from the benefit cap (004 §5.1).</summary>
    public bool Under35sStudio { get; init; }

    /// <summary>A local lettings plan whose criteria are made clear in the advert (004 §5.2).</summary>
    public PaLocalLettingsPlan? LocalLettingsPlan { get; init; }

    /// <summary>Classified difficult to let (004 §3.3): referrals from external agencies may be shortlisted after register applicants.</summary>
    public bool DifficultToLet { get; init; }

    /// <summary>A home reserved for residents moved by this redevelopment programme (004 §4.5).</summary>
    public string? RedevelopmentProgramme { get; init; }

    /// <summary>Supported housing, let by referral (004 §6.1).</summary>
    public PaSupportedHousing? SupportedHousing { get; init; }
}

/// <summary>Reasons an officer may bypass a bid, each a judgement recorded with who decided (004 §4.3, §5.4, §5.5).</summary>
public enum PaOfficerBypassReason
{
    /// <summary>An Independent Living move of no demonstrable benefit, e.g. within a scheme on the same floor (004 §4.3).</summary>
    NoDemonstrableBenefit,
    /// <summary>Not physically suitable, e.g. floor level or disability access (004 §4.3).</summary>
    NotPhysicallySuitable,
    /// <summary>The property's client-group criteria are not met (004 §4.3).</summary>
    ClientGroupCriteriaNotMet,
    /// <summary>Likely to cause, or be the victim of, a serious housing management problem there: a sensitive let (004 §4.3, §5.2).</summary>
    SensitiveLet,
    /// <summary>Unable to conduct the tenancy satisfactorily even with support (004 §4.3).</summary>
    CannotSustainTenancy,
    /// <summary>A high-risk nominee without the support of all professional agencies or the paperwork (004 §5.4).</summary>
    HighRisk,
    /// <summary>The rent cannot be shown to be affordable (004 §5.5).</summary>
    Unaffordable,
}

/// <summary>Why a bid was passed over.</summary>
public enum PaBypassReason
{
    NotEligible,
    NotQualified,
    Suspended,
    WrongSize,
    AgeRestriction,
    AccessibilityNotMet,
    LocalConnectionNotMet,
    KeyWorkersOnly,
    DirectApplicantRoute,
    OfficerDecision,
    /// <summary>The under-35s studio arrangement's conditions are not met (004 §5.1).</summary>
    Under35sArrangement,
    /// <summary>A local lettings plan's criterion is not met (004 §5.2).</summary>
    LocalLettingsPlan,
    /// <summary>An external agency referral for a home not classified difficult to let (004 §3.3, §5.3).</summary>
    ExternalReferralNotOpen,
    /// <summary>No approved referral for a supported housing home (004 §6.1).</summary>
    SupportedHousingReferral,
}

/// <summary>A bid (or a nomination) for an advert, with the applicant's snapshot as at the shortlist date.</summary>
public sealed record PaHousingBid
{
    public required BidId Id { get; init; }

    public required PaHousingApplication Application { get; init; }

    /// <summary>When the bid was placed (UK local time), the last tie-breaker.</summary>
    public required DateTime PlacedAt { get; init; }

    /// <summary>An officer's decision to bypass this bid.</summary>
    public AssessedFact<PaOfficerBypassReason>? OfficerBypass { get; init; }

    /// <summary>The external agency (private or other social) that referred the household for a difficult to let home (004 §3.3, §5.3).</summary>
    public string? ReferringAgency { get; init; }

    /// <summary>The referral, with its panel's decision, for a supported housing home (004 §6.1).</summary>
    public PaSupportedHousingReferral? SupportedHousingReferral { get; init; }
}

/// <summary>One position on a shortlist: its sort key, each part with its reason.</summary>
public sealed record PaShortlistEntry(int Position, BidId Bid, HousingApplicationId Application, PaBand? Band, PriorityKey Key);

/// <summary>A bid passed over, with every reason.</summary>
public sealed record PaBypassedBid(BidId Bid, HousingApplicationId Application, ImmutableArray<PaBypassReason> Codes, ImmutableArray<Reason> Reasons);

/// <summary>An advert's shortlist: bids in priority order and the bids bypassed.</summary>
public sealed record PaShortlist(AdvertId Advert, SubRegion? SubRegion, ImmutableArray<PaShortlistEntry> Ranked, ImmutableArray<PaBypassedBid> Bypassed);
