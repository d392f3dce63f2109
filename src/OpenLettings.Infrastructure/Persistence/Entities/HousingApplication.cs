namespace OpenLettings.Infrastructure.Persistence.Entities;

/// <summary>A household's application to the housing register.</summary>
/// <remarks>One live application per household (001 §2.3); the status follows the catalogue §29.4.</remarks>
public sealed class HousingApplication : VersionedEntity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The reference shown to the applicant and staff (e.g. <c>DHC-000123</c>); unique.</summary>
    public required string Reference { get; set; }

    /// <summary>The local authority that manages the application (001 §3).</summary>
    public Guid ManagingAuthorityId { get; set; }

    public Organisation? ManagingAuthority { get; set; }

    /// <summary>The partnership whose scheme assesses the application.</summary>
    public Guid PartnershipId { get; set; }

    public Organisation? Partnership { get; set; }

    /// <summary>The applicant's user id, when they have an account.</summary>
    public string? ApplicantUserId { get; set; }

    public ApplicationStatus Status { get; set; }

    /// <summary>Bidding suspended while the status stays Active (shortlisted elsewhere, prison, renewal, review; catalogue §29.4).</summary>
    public bool BiddingSuspended { get; set; }

    /// <summary>Processing restricted at the applicant's request (001 §72).</summary>
    public bool Restricted { get; set; }

    /// <summary>The applicant chose autobid: the cycle job bids on every matching advert (001 §60).</summary>
    public bool Autobid { get; set; }

    /// <summary>The engine's input facts as a JSON document (the scheme's application contract).</summary>
    public required string FactsJson { get; set; }

    /// <summary>The version of the facts contract the JSON follows.</summary>
    public int FactsSchemaVersion { get; set; } = 1;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public DateTimeOffset StatusChangedAt { get; set; }

    public List<HouseholdMember> Members { get; set; } = [];
}

/// <summary>A person on an application.</summary>
public sealed class HouseholdMember : VersionedEntity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ApplicationId { get; set; }

    public HousingApplication? Application { get; set; }

    /// <summary>The member's id inside the facts document (the domain's <c>MemberId</c>).</summary>
    public required string MemberKey { get; set; }

    public HouseholdRole Role { get; set; }

    public required string FullName { get; set; }

    /// <summary>Date of birth; for an unborn child, null with <see cref="DueDate"/> set.</summary>
    public DateOnly? DateOfBirth { get; set; }

    public DateOnly? DueDate { get; set; }

    public string? NationalInsuranceNumber { get; set; }
}

/// <summary>
/// A snapshot of an application as it stood after a change (household and facts), kept as history for
/// subject access requests (catalogue §29.2: ApplicationVersions) and for re-explaining old decisions.
/// Rows are only ever added.
/// </summary>
public sealed class ApplicationVersion
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ApplicationId { get; set; }

    public HousingApplication? Application { get; set; }

    /// <summary>1 for the first snapshot, then consecutive; unique per application.</summary>
    public int Number { get; set; }

    /// <summary>The facts and household as JSON.</summary>
    public required string SnapshotJson { get; set; }

    public required string ChangedByUserId { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    /// <summary>Why it changed (e.g. "change of circumstances", "household updated").</summary>
    public required string Reason { get; set; }
}

/// <summary>A criterion decided by an officer or panel (an <c>AssessedFact</c> in the domain), with its evidence.</summary>
public sealed class AssessedFactRecord : VersionedEntity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ApplicationId { get; set; }

    public HousingApplication? Application { get; set; }

    /// <summary>Where the fact sits in the facts document (a JSON pointer such as <c>/needs/healthAndWellbeing</c>).</summary>
    public required string FactPath { get; set; }

    /// <summary>The member the fact is about, if it is about one person.</summary>
    public string? MemberKey { get; set; }

    /// <summary>The value decided, as JSON.</summary>
    public required string ValueJson { get; set; }

    /// <summary>Who decided (a named person or panel).</summary>
    public required string AssessorName { get; set; }

    /// <summary>Their role (e.g. "Senior Officer", "Emergency Band Panel").</summary>
    public required string AssessorRole { get; set; }

    public DateOnly AssessedOn { get; set; }

    /// <summary>A reference to the evidence relied on (a document id, a panel reference).</summary>
    public string? EvidenceReference { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>When a later assessment replaced this one, or null while it is current.</summary>
    public DateTimeOffset? SupersededAt { get; set; }
}

/// <summary>An assessment the engine made (or an officer overrode), with the explanation it gave.</summary>
public sealed class DecisionRecord : VersionedEntity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ApplicationId { get; set; }

    public HousingApplication? Application { get; set; }

    public DecisionKind Kind { get; set; }

    /// <summary>For eligibility and qualification: whether the outcome was favourable.</summary>
    public bool? Favourable { get; set; }

    /// <summary>For a band decision: the scheme's band code (Devon: <c>A</c> to <c>E</c>; other schemes have other bands).</summary>
    public string? Band { get; set; }

    /// <summary>For a band decision: the band start date and time, UK local time as the engine gives it (001 §43).</summary>
    public DateTime? BandStartAt { get; set; }

    /// <summary>For a bedroom-need decision: the bedrooms needed (001 §14).</summary>
    public int? BedroomsNeeded { get; set; }

    /// <summary>The decision as the engine returned it, with its reasons, as JSON.</summary>
    public required string ExplanationJson { get; set; }

    /// <summary>The date the assessment was made as of.</summary>
    public DateOnly AsOf { get; set; }

    public required string DecidedByUserId { get; set; }

    public Guid? DecidedByOrganisationId { get; set; }

    public DateTimeOffset DecidedAt { get; set; }

    /// <summary>True when an officer overrode the engine's outcome.</summary>
    public bool IsOverride { get; set; }

    /// <summary>The reason given for an override.</summary>
    public string? OverrideReason { get; set; }

    /// <summary>When a later decision of the same kind replaced this one, or null while current.</summary>
    public DateTimeOffset? SupersededAt { get; set; }
}
