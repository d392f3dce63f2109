using System.Collections.Immutable;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Properties;

namespace OpenLettings.Domain.Schemes.Chesterfield;

/// <summary>A local lettings plan attached to an advert (003 Appendix B 9(v)).</summary>
public sealed record LocalLettingsPlan
{
    /// <summary>The village, parish or locality whose connected applicants come first within a band.</summary>
    public required string Locality { get; init; }

    public DateOnly? StartsOn { get; init; }

    public DateOnly? ExpiresOn { get; init; }
}

/// <summary>A household-size preference stated in the advert (003 Appendix B 8(viii), 10(vii)).</summary>
public sealed record HouseholdSizePreference
{
    /// <summary>Households with at least this many dependent children are preferred (e.g. 2 for a three-bedroom house).</summary>
    public required int MinimumDependentChildren { get; init; }
}

/// <summary>A home advertised in one bidding cycle.</summary>
public sealed record ChesterfieldAdvert
{
    public required AdvertId Id { get; init; }

    public required Property Property { get; init; }

    /// <summary>A three-bedroom parlour-type house (its own matrix column).</summary>
    public bool ParlourType { get; init; }

    /// <summary>Offered as a flexible letting: FL matrix cells may bid (003 Appendix B 8(ii)).</summary>
    public bool FlexibleLetting { get; init; }

    /// <summary>Designated family accommodation (2+ bedrooms suitable for families, 003 Appendix B 9(i)); decides whether B-6 applies.</summary>
    public bool? FamilyAccommodation { get; init; }

    /// <summary>A minimum age stated in the advert (an older persons' designation or an RP's no-under-18s rule).</summary>
    public int? MinimumAge { get; init; }

    /// <summary>An age-designated home may go to a younger applicant who needs level access (003 Appendix B 9(v) level access).</summary>
    public bool LevelAccessOverridesAge { get; init; }

    /// <summary>The fewest people the home may house.</summary>
    public int? MinimumOccupants { get; init; }

    public HouseholdSizePreference? HouseholdSizePreference { get; init; }

    public LocalLettingsPlan? LocalLettingsPlan { get; init; }

    /// <summary>Advertised "Available Now" after a bidding cycle with no bids, or none that led to a tenancy (003 Appendix B 9(ix)).</summary>
    public bool AvailableNow { get; init; }

    /// <summary>The landlord requires a financial (affordability) assessment, as stated in the advert (003 Appendix B 11(vi)).</summary>
    public bool FinancialAssessmentRequired { get; init; }

    /// <summary>Whether the home counts as family accommodation.</summary>
    public bool IsFamilyAccommodation => FamilyAccommodation ?? Property.Bedrooms >= 2;

    /// <summary>Whether the home has adaptations (so households needing them come first, 003 Appendix B 9(iv)).</summary>
    public bool IsAdapted => !Property.Adaptations.IsEmpty || Property.AdaptationLevel != AdaptationLevel.None
        || Property.Mobility >= MobilityCategory.StepFree;
}

/// <summary>Reasons for bypassing or rejecting a bidder (003 Appendix B 11(ii)).</summary>
public enum BypassReason
{
    LackOfSupport,
    FailedPropertyInspection,
    AcceptedHigherPriorityNomination,
    AdaptedPropertyNotRequired,
    AntiSocialBehaviourDisqualification,
    DoesNotMeetCharitableObjects,
    CircumstancesChangedNotReported,
    DoesNotMeetAdvertCriteria,
    DoesNotMeetLocalConnectionCriteria,
    FailedToProduceDocuments,
    FailedToRespondToOffer,
    CannotAffordRent,
    InArrears,
    LettingTooSensitive,
    MatchedInError,
    MemberIneligible,
    PetsUnacceptable,
    PropertyCannotBeAdapted,
    PropertyWithdrawn,
    VeryExceptionalCircumstances,
}

/// <summary>An officer's decision to bypass a bid, with the reason (the applicant must be told and may ask for a review).</summary>
public sealed record BypassDecision
{
    public required BypassReason Reason { get; init; }

    public Assessor? DecidedBy { get; init; }

    public string? Note { get; init; }
}

/// <summary>A bid (expression of interest) by an application for an advert.</summary>
public sealed record ChesterfieldBid
{
    public required BidId Id { get; init; }

    public required ChesterfieldApplication Application { get; init; }

    /// <summary>When the bid was placed (UK local time); the last tie-breaker.</summary>
    public required DateTime PlacedAt { get; init; }

    /// <summary>Other live bids the applicant held when this one was placed.</summary>
    public int OtherLiveBidsAtPlacement { get; init; }

    /// <summary>The financial assessment for this home, when the advert requires one (003 Appendix B 11(vi)).</summary>
    public AffordabilityAssessment? Affordability { get; init; }

    /// <summary>Bypass decisions made by an officer for this bid.</summary>
    public ImmutableArray<BypassDecision> Bypasses { get; init; } = [];
}

/// <summary>The inputs of a financial (affordability) assessment, monthly amounts (003 Appendix B 11(vi); Appendix A "Financial assessment").</summary>
public sealed record AffordabilityAssessment
{
    /// <summary>Household income, including benefits, per month.</summary>
    public required Money MonthlyIncome { get; init; }

    /// <summary>Essential outgoings other than the rent and charges of the new home (household bills, food, debts) per month.</summary>
    public required Money MonthlyEssentialOutgoings { get; init; }

    /// <summary>Rent and service or support charges of the new home per month (net of housing benefit or housing costs paid directly).</summary>
    public required Money MonthlyRentAndCharges { get; init; }

    /// <summary>Rent in advance the landlord requires.</summary>
    public Money RentInAdvance { get; init; } = Money.Zero;

    /// <summary>Money available to pay the rent in advance.</summary>
    public Money FundsForRentInAdvance { get; init; } = Money.Zero;

    public Assessor? AssessedBy { get; init; }
}
