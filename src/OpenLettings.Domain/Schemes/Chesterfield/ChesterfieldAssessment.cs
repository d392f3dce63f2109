using System.Collections.Immutable;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Explanations;

namespace OpenLettings.Domain.Schemes.Chesterfield;

/// <summary>The outcome of assessing one Chesterfield application on one date.</summary>
public sealed record ChesterfieldAssessment
{
    public required HousingApplicationId ApplicationId { get; init; }

    public required DateOnly AsOf { get; init; }

    /// <summary>Live, pending or not qualifying.</summary>
    public required RegistrationStatus Status { get; init; }

    public required ChesterfieldQualificationDecision Qualification { get; init; }

    public required LocalResidencyDecision Residency { get; init; }

    public required EquityDecision Equity { get; init; }

    public required RefusalDecision Refusals { get; init; }

    public required ChesterfieldBedroomNeed BedroomNeed { get; init; }

    /// <summary>The household's row of the eligibility matrix.</summary>
    public required HouseholdType HouseholdType { get; init; }

    public required ChesterfieldBandDecision Banding { get; init; }

    /// <summary>The band (A, B+, B, C, D).</summary>
    public ChesterfieldBand Band => Banding.Band;

    /// <summary>The level (B+ split into B+1 and B+2).</summary>
    public PriorityLevel Level => Banding.Level;

    /// <summary>The priority date within the band.</summary>
    public DateOnly PriorityDate => Banding.PriorityDate;

    /// <summary>Every reason, in the order the rules were applied.</summary>
    public ImmutableArray<Reason> Reasons { get; init; } = [];
}
