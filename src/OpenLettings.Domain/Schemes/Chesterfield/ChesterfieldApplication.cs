using System.Collections.Immutable;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Households;
using OpenLettings.Domain.Properties;

namespace OpenLettings.Domain.Schemes.Chesterfield;

/// <summary>The applicant's tenure in their current home (003 Appendix B 7(viii), 7(vi) B-6/B-7).</summary>
public enum ChesterfieldTenure
{
    PrivateTenant,
    /// <summary>A tenant of Chesterfield Borough Council (the children-in-flats local difference, 003 §3.17).</summary>
    ChesterfieldCouncilTenant,
    /// <summary>A tenant of another social landlord whose vacated home is advertised through Home-Options.</summary>
    OtherSocialTenant,
    OwnerOccupier,
    LivingWithFamilyOrFriends,
    TiedAccommodation,
    TemporaryAccommodation,
    SupportedAccommodation,
    NoFixedAbode,
}

/// <summary>The applicant's current home.</summary>
public sealed record ChesterfieldCurrentHome
{
    public required ChesterfieldTenure Tenure { get; init; }

    /// <summary>Bedrooms the household has (0 for a bedsit or a single room).</summary>
    public required int Bedrooms { get; init; }

    public PropertyType Type { get; init; } = PropertyType.House;

    /// <summary>The local authority area the home is in.</summary>
    public LocalAuthorityId? LocalAuthority { get; init; }
}

/// <summary>An officer's award of a priority reason (the judgement is an input; the engine applies it).</summary>
public sealed record PriorityAward
{
    public required BandReasonCode Code { get; init; }

    /// <summary>The date the priority came into effect (never earlier than the application date: 003 Appendix B 7(vi) B-1 "not back-dated").</summary>
    public required DateOnly AwardedOn { get; init; }

    /// <summary>Who awarded it (a senior officer for A-4a, the Review Panel for A-4c, the homelessness team for B+).</summary>
    public Assessor? AwardedBy { get; init; }

    public string? EvidenceReference { get; init; }
}

/// <summary>A level the applicant held, from a date (the band history stored by the register).</summary>
public sealed record PriorityHistoryEntry
{
    public required PriorityLevel Level { get; init; }

    /// <summary>The date the level came into effect.</summary>
    public required DateOnly From { get; init; }

    /// <summary>The priority date the applicant had while at that level.</summary>
    public required DateOnly PriorityDate { get; init; }
}

/// <summary>Why an owner-occupier may qualify (003 Appendix B 5(viii)(b)).</summary>
public enum OwnerExceptionalCircumstance
{
    /// <summary>Disrepair or unsuitable accommodation, and vulnerable through age, long-term medical condition or disability.</summary>
    DisrepairOrUnsuitableAndVulnerable,
    /// <summary>The home is at risk and homelessness cannot be prevented.</summary>
    HomeAtRiskHomelessnessNotPreventable,
    /// <summary>Needs low-level support and is eligible for Extracare.</summary>
    LowLevelSupportEligibleForExtracare,
}

/// <summary>Property, savings and investments (003 Appendix B 5(viii), 5(viii)(b)).</summary>
public sealed record ChesterfieldResources
{
    /// <summary>The applicant owns their home (or another home they could live in).</summary>
    public bool OwnsHome { get; init; }

    /// <summary>An exceptional circumstance an officer has accepted, if any.</summary>
    public OwnerExceptionalCircumstance? ExceptionalCircumstance { get; init; }

    /// <summary>The value of every property owned (homes, time-shares, caravans, mobile homes, chalets).</summary>
    public Money PropertyValue { get; init; } = Money.Zero;

    /// <summary>Outstanding mortgages and secured loans.</summary>
    public Money SecuredLoans { get; init; } = Money.Zero;

    /// <summary>The applicant's share of jointly owned property, from 0 to 1 (1 = sole owner).</summary>
    public decimal OwnershipShare { get; init; } = 1m;

    /// <summary>Savings, investments, stocks and shares.</summary>
    public Money SavingsAndInvestments { get; init; } = Money.Zero;
}

/// <summary>Rent arrears and other tenancy-related debt (003 Appendix B 5(viii)(c)).</summary>
public sealed record HousingDebt
{
    /// <summary>Total arrears, former-tenant arrears, court costs and rechargeable repairs.</summary>
    public required Money Amount { get; init; }

    public bool PaymentPlanInPlace { get; init; }

    /// <summary>Weeks of regular payments made under the plan.</summary>
    public int WeeksOfRegularPayments { get; init; }

    /// <summary>An officer's financial assessment found income too low to pay the rent and that only a move stops the arrears growing.</summary>
    public bool MoveIsOnlyWayToStopArrears { get; init; }
}

/// <summary>Grounds on which an applicant is excluded for a period.</summary>
public enum ExclusionGround
{
    /// <summary>Unacceptable behaviour (003 Appendix B 5(viii)(c)).</summary>
    UnacceptableBehaviour,
    /// <summary>Knowingly gave false information (003 Appendix B 5(viii)(d)(iii)).</summary>
    FalseInformation,
    /// <summary>Unable to sustain a tenancy (003 Appendix B 5(viii)(d)(i)); lasts until lifted.</summary>
    UnableToSustainTenancy,
}

/// <summary>An officer's decision to exclude the applicant (renewed by a further decision, 003 Appendix B 5(viii)(c)).</summary>
public sealed record ExclusionDecision
{
    public required ExclusionGround Ground { get; init; }

    public required DateOnly DecidedOn { get; init; }

    /// <summary>For false information, a shorter period than the maximum ("up to 12 months").</summary>
    public int? Months { get; init; }

    /// <summary>The exclusion was lifted (e.g. behaviour shown to have changed, a multi-agency plan).</summary>
    public DateOnly? LiftedOn { get; init; }

    public Assessor? DecidedBy { get; init; }
}

/// <summary>A 16 or 17 year old applicant's capability assessment (003 Appendix B 5(iv)).</summary>
public sealed record MinorApplicantAssessment
{
    /// <summary>Assessed as capable of managing a tenancy; null while the assessment is outstanding.</summary>
    public bool? CapableOfManagingTenancy { get; init; }

    public bool SocialCarePriorityNomination { get; init; }

    public bool AccreditedSupportProviderMoveOn { get; init; }

    public bool MoveOnSupportPackageInPlace { get; init; }

    public bool AcceptedHomeless { get; init; }

    /// <summary>A trustee has been identified to hold the tenancy in trust.</summary>
    public bool TrusteeIdentified { get; init; }
}

/// <summary>Exemptions from, and special cases of, the local residency requirement (003 Appendix B 5(viii)(a), 6(i)).</summary>
public enum ResidencyExemption
{
    /// <summary>Serving in the regular forces (2012 Regulations).</summary>
    ArmedForcesServing,
    /// <summary>Left the regular forces within the exemption period (see <see cref="ChesterfieldResidency.LeftRegularForcesOn"/>).</summary>
    ArmedForcesFormer,
    /// <summary>Bereaved spouse or civil partner leaving MoD accommodation.</summary>
    ArmedForcesBereavedPartner,
    /// <summary>Seriously injured, ill or disabled reservist or former reservist.</summary>
    InjuredReservist,
    /// <summary>Social tenant moving for work who would suffer hardship (Right to Move, Appendix 3).</summary>
    RightToMove,
    /// <summary>Care leaver owed a s23C duty by the county council (a connection to every district in the county).</summary>
    CareLeaverSection23C,
    /// <summary>Under 21, accommodated under s22A in the area for two continuous years.</summary>
    CareLeaverSection22A,
    /// <summary>Away from a home in the area because of domestic violence or racial harassment.</summary>
    TemporarilyAwayFleeingViolence,
    /// <summary>Normally resident (3 of the 5 years before leaving) but away: students, treatment, prison, forces.</summary>
    NormallyResidentTemporarilyAway,
    /// <summary>Living in a refuge in the area.</summary>
    RefugeResident,
    /// <summary>Fleeing violence from another area (may qualify).</summary>
    FleeingViolenceFromElsewhere,
    /// <summary>Aged 50+ and willing to accept a low-demand bedsit or one-bed flat in sheltered housing, accepted at the partnership's discretion.</summary>
    LowDemandShelteredFiftyPlus,
}

/// <summary>Facts about the household's links with Chesterfield and the partner districts.</summary>
public sealed record ChesterfieldResidency
{
    /// <summary>The date the applicant started living in Chesterfield, if they live there now.</summary>
    public DateOnly? LivingInChesterfieldSince { get; init; }

    /// <summary>They live in Chesterfield only because they are in prison or hospital (does not count, 003 Appendix B 5(viii)(a)).</summary>
    public bool ResidentOnlyBecauseOfPrisonOrHospital { get; init; }

    /// <summary>Months lived in Chesterfield within the look-back window (five years) before applying.</summary>
    public int MonthsInChesterfieldWithinLastFiveYears { get; init; }

    /// <summary>Start of permanent (not fixed-term, not seasonal) employment based in Chesterfield.</summary>
    public DateOnly? PermanentlyEmployedInChesterfieldSince { get; init; }

    /// <summary>Since when the person the applicant gives support to, or receives support from, has lived in Chesterfield.</summary>
    public DateOnly? SupportPersonInChesterfieldSince { get; init; }

    /// <summary>Since when a close family member (parent, adult child, sibling, etc.) has lived in Chesterfield.</summary>
    public DateOnly? FamilyMemberInChesterfieldSince { get; init; }

    /// <summary>An identified learning disability with an evidenced need to access services or volunteer in Chesterfield.</summary>
    public bool LearningDisabilityNeedToAccessServices { get; init; }

    /// <summary>Accepted as homeless by a partner owing the main duty.</summary>
    public bool AcceptedHomelessFullDuty { get; init; }

    /// <summary>Exemption classes that apply.</summary>
    public ImmutableArray<ResidencyExemption> Exemptions { get; init; } = [];

    /// <summary>For <see cref="ResidencyExemption.ArmedForcesFormer"/>: the date service in the regular forces ended.</summary>
    public DateOnly? LeftRegularForcesOn { get; init; }

    /// <summary>Other Home-Options districts to which an officer has found a local connection (003 Appendix B 6(i)).</summary>
    public ImmutableArray<LocalAuthorityId> ConnectedPartnerDistricts { get; init; } = [];

    /// <summary>Villages, parishes or localities the household has a connection with (local lettings plans, 003 Appendix B 9(v)).</summary>
    public ImmutableArray<string> ConnectedLocalities { get; init; } = [];
}

/// <summary>The kind of offer an applicant refused (003 Appendix B 11(v)).</summary>
public enum OfferKind
{
    /// <summary>A phone call, email or letter asking about interest: not a formal offer.</summary>
    Provisional,
    /// <summary>An offer to view a property.</summary>
    Viewing,
    /// <summary>An offer to sign for a tenancy.</summary>
    Tenancy,
}

/// <summary>A refused offer (a missed viewing or no contact is normally treated as a refusal, 003 Appendix B 11(iv)).</summary>
public sealed record OfferRefusal
{
    public required DateOnly RefusedOn { get; init; }

    public required OfferKind Kind { get; init; }

    /// <summary>The advert the offer was for.</summary>
    public AdvertId? Advert { get; init; }

    /// <summary>Reinstated at Home-Options' discretion (e.g. could not attend and could not give notice): not counted.</summary>
    public bool Reinstated { get; init; }
}

/// <summary>A child seen under joint access or equal residency (003 Appendix B 8(v)).</summary>
public sealed record JointAccessChild
{
    public required MemberId Member { get; init; }

    /// <summary>This household receives child benefit for the child (and so gets the bedroom).</summary>
    public required bool ChildBenefitPaidToThisHousehold { get; init; }
}

/// <summary>The main applicant's statutory eligibility, as assessed by an officer (003 Appendix B 5(vii)).</summary>
public sealed record ChesterfieldEligibility
{
    /// <summary>A person subject to immigration control.</summary>
    public bool SubjectToImmigrationControl { get; init; }

    /// <summary>Already a secure, introductory, assured or starter tenant of a social landlord, or in a prescribed class (eligible despite immigration control).</summary>
    public bool ExistingSocialTenantOrPrescribedClass { get; init; }

    /// <summary>Arrived or returned to the UK in the two years before applying and failed the habitual residence test.</summary>
    public bool FailedHabitualResidenceTest { get; init; }

    /// <summary>An EEA or other national found to have no qualifying right to reside.</summary>
    public bool NoRightToReside { get; init; }
}

/// <summary>A Chesterfield (Home-Options) application: the snapshot the scheme assesses.</summary>
public sealed record ChesterfieldApplication
{
    public required HousingApplicationId Id { get; init; }

    public required Household Household { get; init; }

    /// <summary>The date the applicant first applied.</summary>
    public required DateOnly AppliedOn { get; init; }

    /// <summary>The date all requested information was supplied; if later than the grace period, the priority date moves to it (003 Appendix B 5(x)).</summary>
    public DateOnly? InformationCompleteOn { get; init; }

    public required ChesterfieldCurrentHome CurrentHome { get; init; }

    public ChesterfieldResidency Residency { get; init; } = new();

    /// <summary>Statutory eligibility (eligible unless a flag says otherwise).</summary>
    public ChesterfieldEligibility Eligibility { get; init; } = new();

    public ChesterfieldResources Resources { get; init; } = new();

    public HousingDebt? Debt { get; init; }

    public ImmutableArray<ExclusionDecision> Exclusions { get; init; } = [];

    /// <summary>For an applicant aged 16 or 17.</summary>
    public MinorApplicantAssessment? MinorAssessment { get; init; }

    /// <summary>The start date of a tenancy the household got through Home-Options, if any (003 Appendix B 5(viii)).</summary>
    public DateOnly? RehousedThroughHomeOptionsOn { get; init; }

    /// <summary>Priority reasons awarded by officers.</summary>
    public ImmutableArray<PriorityAward> Awards { get; init; } = [];

    /// <summary>The levels held before, earliest first (as stored by the register).</summary>
    public ImmutableArray<PriorityHistoryEntry> History { get; init; } = [];

    /// <summary>Refused offers.</summary>
    public ImmutableArray<OfferRefusal> Refusals { get; init; } = [];

    /// <summary>Adaptations the household has been assessed as needing (003 Appendix B 9(iv)).</summary>
    public ImmutableArray<Adaptation> AdaptationsNeeded { get; init; } = [];

    /// <summary>The household's assessed mobility need.</summary>
    public MobilityCategory MobilityNeed { get; init; } = MobilityCategory.GeneralNeeds;

    /// <summary>An extra bedroom for essential medical equipment, accepted by an officer (003 Appendix B 8(vii)).</summary>
    public bool ExtraBedroomForMedicalEquipment { get; init; }

    /// <summary>An extra bedroom for an essential, identified live-in carer (003 Appendix B 8(vii)).</summary>
    public bool ExtraBedroomForLiveInCarer { get; init; }

    /// <summary>Children seen under joint access (003 Appendix B 8(v)).</summary>
    public ImmutableArray<JointAccessChild> JointAccessChildren { get; init; } = [];

    /// <summary>Members over the dependent-child age who cannot support themselves (permanent or learning disability, 003 Appendix B 8(iv)).</summary>
    public ImmutableArray<MemberId> DependentAdults { get; init; } = [];

    /// <summary>A social tenant downsizing from a three-bedroom house (the Y** matrix cells, 003 Appendix B 8(ii)).</summary>
    public bool DownsizingFromThreeBedHouse { get; init; }

    /// <summary>For B-1 move-on: the provider has confirmed a sustained period of supported living and a move-on package (until then the application is deferred, 003 Appendix B 7(vi) B-1).</summary>
    public bool MoveOnReadyConfirmed { get; init; }

    /// <summary>For B-1 move-on: whether the applicant had a local connection to the area before moving into supported accommodation (null = not recorded; the officer's award stands).</summary>
    /// <remarks>003 Appendix B 7(vi) B-1 (Derbyshire Move-On Plans Protocol).</remarks>
    public bool? LocalConnectionBeforeSupportedAccommodation { get; init; }

    /// <summary>For B-1 move-on: an officer accepted exceptional circumstances for awarding B-1 without a prior local connection.</summary>
    /// <remarks>003 Appendix B 7(vi) B-1.</remarks>
    public bool MoveOnExceptionalCircumstances { get; init; }

    /// <summary>In prison or institutional care with no release or discharge date (pending, 003 Appendix B 5(v), 5(ix)).</summary>
    public bool InInstitutionWithoutReleaseDate { get; init; }

    /// <summary>The applicant is not ready to move but wishes to accrue waiting time (pending, 003 Appendix B 5(ix)).</summary>
    public bool NotReadyToMove { get; init; }

    /// <summary>Other live bids the applicant holds, by advert.</summary>
    public ImmutableArray<AdvertId> LiveBids { get; init; } = [];
}
