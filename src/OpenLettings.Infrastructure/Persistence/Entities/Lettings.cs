using OpenLettings.Domain.Properties;

namespace OpenLettings.Infrastructure.Persistence.Entities;

/// <summary>A home that a landlord lets through the scheme.</summary>
public sealed class PropertyRecord : VersionedEntity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The landlord's reference for the home; unique per landlord.</summary>
    public required string Reference { get; set; }

    public Guid LandlordId { get; set; }

    public Organisation? Landlord { get; set; }

    /// <summary>The local authority whose area the home is in.</summary>
    public Guid LocalAuthorityId { get; set; }

    public Organisation? LocalAuthority { get; set; }

    public required string AddressLine { get; set; }

    public required string Postcode { get; set; }

    public PropertyType Type { get; set; }

    public int Bedrooms { get; set; }

    public int MaxOccupants { get; set; }

    public MobilityCategory Mobility { get; set; }

    /// <summary>Everything else the engine needs about the home (adaptations, restrictions), as JSON.</summary>
    public required string DetailsJson { get; set; }
}

/// <summary>A weekly letting cycle of a partnership (001 §52).</summary>
public sealed class LettingCycle : VersionedEntity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PartnershipId { get; set; }

    public Organisation? Partnership { get; set; }

    /// <summary>Bidding opens (Devon: 00:00 Wednesday).</summary>
    public DateTimeOffset OpensAt { get; set; }

    /// <summary>Bidding closes (Devon: 23:59 the following Monday).</summary>
    public DateTimeOffset ClosesAt { get; set; }

    /// <summary>Landlords' deadline for adverts in this cycle (Devon: Monday 17:00 before, 001 §52.5).</summary>
    public DateTimeOffset LandlordDeadlineAt { get; set; }

    /// <summary>Local authorities' verification deadline (Devon: Tuesday 14:00 before, 001 §52.8).</summary>
    public DateTimeOffset VerificationDeadlineAt { get; set; }

    public LettingCycleState State { get; set; }

    /// <summary>When the cycle job opened it (published its adverts and placed autobids).</summary>
    public DateTimeOffset? OpenedAt { get; set; }

    /// <summary>When the cycle job finished closing it (every advert shortlisted).</summary>
    public DateTimeOffset? ClosedAt { get; set; }
}

/// <summary>One advertisement of a home in one letting cycle.</summary>
public sealed class Advert : VersionedEntity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PropertyId { get; set; }

    public PropertyRecord? Property { get; set; }

    public Guid CycleId { get; set; }

    public LettingCycle? Cycle { get; set; }

    public AdvertStatus Status { get; set; }

    /// <summary>Restrictions (who may bid) and preferences (ranking) as JSON.</summary>
    public required string CriteriaJson { get; set; }

    /// <summary>The advert this one re-advertises, if any (001 §52.6).</summary>
    public Guid? ReAdvertOfId { get; set; }

    public string? VerifiedByUserId { get; set; }

    public DateTimeOffset? VerifiedAt { get; set; }
}

/// <summary>A bid for an advert. One per application and advert.</summary>
public sealed class Bid : VersionedEntity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ApplicationId { get; set; }

    public HousingApplication? Application { get; set; }

    public Guid AdvertId { get; set; }

    public Advert? Advert { get; set; }

    /// <summary>The advert's cycle, kept on the bid so that bids per cycle (the limit of 001 §59.1) are one index seek.</summary>
    public Guid CycleId { get; set; }

    public BidPlacedBy PlacedBy { get; set; }

    public string? PlacedByUserId { get; set; }

    public DateTimeOffset PlacedAt { get; set; }

    public BidStatus Status { get; set; }

    public DateTimeOffset StatusChangedAt { get; set; }

    /// <summary>The engine's answer when the bid was placed (may bid, or may bid but will be bypassed, with reasons).</summary>
    public string? EligibilityJson { get; set; }
}

/// <summary>The ordered shortlist of an advert, built when its cycle closes.</summary>
public sealed class Shortlist : VersionedEntity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The advert; one shortlist per advert.</summary>
    public Guid AdvertId { get; set; }

    public Advert? Advert { get; set; }

    public DateTimeOffset BuiltAt { get; set; }

    public List<ShortlistEntry> Entries { get; set; } = [];
}

/// <summary>A bidder's place on a shortlist, and a bypass if they were passed over.</summary>
public sealed class ShortlistEntry : VersionedEntity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ShortlistId { get; set; }

    public Shortlist? Shortlist { get; set; }

    public Guid BidId { get; set; }

    public Bid? Bid { get; set; }

    public Guid ApplicationId { get; set; }

    /// <summary>1 for the top of the list; unique per shortlist.</summary>
    public int Position { get; set; }

    /// <summary>The priority key and its reasons, as JSON.</summary>
    public required string PriorityJson { get; set; }

    public bool Bypassed { get; set; }

    /// <summary>The scheme's bypass reason code (Devon's codes, 001 §61.14-61.24).</summary>
    public string? BypassReasonCode { get; set; }

    public string? BypassNote { get; set; }

    public string? BypassedByUserId { get; set; }

    public DateTimeOffset? BypassedAt { get; set; }
}

/// <summary>A formal offer of a home (001 §61.42-61.45).</summary>
public sealed class Offer : VersionedEntity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AdvertId { get; set; }

    public Advert? Advert { get; set; }

    public Guid ApplicationId { get; set; }

    public HousingApplication? Application { get; set; }

    public Guid? BidId { get; set; }

    public DateTimeOffset OfferedAt { get; set; }

    /// <summary>When a decision is expected (normally within 24 hours, 001 §61.45).</summary>
    public DateTimeOffset RespondBy { get; set; }

    public OfferStatus Status { get; set; }

    public required string OfferedByUserId { get; set; }
}

/// <summary>A refusal of a home (001 §62.1).</summary>
public sealed class Refusal : VersionedEntity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AdvertId { get; set; }

    public Guid ApplicationId { get; set; }

    public HousingApplication? Application { get; set; }

    public Guid? OfferId { get; set; }

    public RefusalStage Stage { get; set; }

    public string? Reason { get; set; }

    /// <summary>Whether the local authority found the refusal reasonable; null until decided (001 §62.3).</summary>
    public bool? Reasonable { get; set; }

    public required string RecordedByUserId { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>A home let to an applicant. One per advert: a home is let once.</summary>
public sealed class Letting : VersionedEntity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The advert that was let; unique.</summary>
    public Guid? AdvertId { get; set; }

    /// <summary>The direct match that was let, when the home was not advertised; unique.</summary>
    public Guid? DirectMatchId { get; set; }

    public Guid PropertyId { get; set; }

    public Guid ApplicationId { get; set; }

    public HousingApplication? Application { get; set; }

    public Guid? OfferId { get; set; }

    public DateOnly TenancyStartDate { get; set; }

    public DateTimeOffset LetAt { get; set; }

    public required string RecordedByUserId { get; set; }
}

/// <summary>A letting outside advertising (catalogue §29.5: direct matches).</summary>
public sealed class DirectMatch : VersionedEntity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PropertyId { get; set; }

    public PropertyRecord? Property { get; set; }

    public Guid ApplicationId { get; set; }

    public HousingApplication? Application { get; set; }

    public DirectMatchReason Reason { get; set; }

    public string? Note { get; set; }

    public required string ApprovedByUserId { get; set; }

    public DateTimeOffset MatchedAt { get; set; }
}

/// <summary>A review of a decision (001 §77).</summary>
public sealed class Review : VersionedEntity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ApplicationId { get; set; }

    public HousingApplication? Application { get; set; }

    /// <summary>The decision under review, if it is a stored decision.</summary>
    public Guid? DecisionId { get; set; }

    public ReviewSubject Subject { get; set; }

    public ReviewStatus Status { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    /// <summary>Who asked for the review: the applicant, or an officer recording a request made in writing.</summary>
    public string? RequestedByUserId { get; set; }

    /// <summary>When the request was acknowledged (001 §77.7: within 7 days); null until then.</summary>
    public DateTimeOffset? AcknowledgedAt { get; set; }

    /// <summary>When the review must be decided by.</summary>
    public DateTimeOffset DueBy { get; set; }

    public string? Grounds { get; set; }

    public string? Outcome { get; set; }

    public string? DecidedByUserId { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }
}

/// <summary>A note on an application: append-only, timestamped, with its author (catalogue §29.2).</summary>
public sealed class ApplicationNote
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ApplicationId { get; set; }

    public HousingApplication? Application { get; set; }

    public required string Text { get; set; }

    public required string AuthorUserId { get; set; }

    public Guid? AuthorOrganisationId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>An alert on an application, shown on the bid screens (001 §61.7).</summary>
public sealed class ApplicationAlert : VersionedEntity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ApplicationId { get; set; }

    public HousingApplication? Application { get; set; }

    public AlertKind Kind { get; set; }

    public required string Text { get; set; }

    public required string AuthorUserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the alert was taken off, or null while it shows.</summary>
    public DateTimeOffset? RemovedAt { get; set; }
}
