using OpenLettings.Domain.Explanations;

namespace OpenLettings.Domain.Workflows.DiscretionaryAllocation;

/// <summary>
/// The sections of the Derby Homes Discretionary Allocations Procedure (seed 000) that the workflow cites. The seed
/// has three headings (the procedure, "Hierarchy – who does what" and "Audit and Control"); the procedure's steps are
/// unnumbered bullets, so each is named by its subject in brackets, as listed in docs/schemes/discretionary-allocation.md.
/// </summary>
public static class DiscretionaryCitations
{
    /// <summary>The seed number of the Derby Homes Discretionary Allocations Procedure.</summary>
    public const string Seed = "000";

    /// <summary>Rehousing application on Abritas, needs verified, request form completed in full with reasons and evidence.</summary>
    public static readonly Citation RequestForm = new(Seed, "Procedure (request form)");

    /// <summary>The Area Housing Manager checks the form and evidence and agrees or explains why not.</summary>
    public static readonly Citation AreaCheck = new(Seed, "Procedure (AHM check)");

    /// <summary>A request an AHM initiates is checked by another AHM.</summary>
    public static readonly Citation AreaInitiated = new(Seed, "Procedure (AHM-initiated)");

    /// <summary>The Housing Services Manager reviews within 10 working days, forwards or refuses with reasons.</summary>
    public static readonly Citation ServicesManagerReview = new(Seed, "Procedure (HSM review)");

    /// <summary>Requests arising from the Succession and Assignment Policy: the HSM liaises with the Housing Strategy Team.</summary>
    public static readonly Citation SuccessionAndAssignment = new(Seed, "Procedure (succession and assignment)");

    /// <summary>The Tenancy Sustainment and Safeguarding Manager deals with requests when the HSM is not available.</summary>
    public static readonly Citation ServicesManagerUnavailable = new(Seed, "Procedure (HSM unavailable)");

    /// <summary>The Homelessness Manager reviews agreed requests and forwards a decision within 10 working days.</summary>
    public static readonly Citation FinalApproval = new(Seed, "Procedure (final approval)");

    /// <summary>The outcome is emailed; the requesting officer writes to the applicant that normally one suitable offer is made.</summary>
    public static readonly Citation Outcome = new(Seed, "Procedure (outcome)");

    /// <summary>The Allocations Team issues the offer letter stating it is a discretionary allocation; normally one discretionary offer.</summary>
    public static readonly Citation Offer = new(Seed, "Procedure (offer)");

    /// <summary>Properties are not removed from the Homefinder process unless agreed with the Social Housing Options Manager.</summary>
    public static readonly Citation Homefinder = new(Seed, "Procedure (Homefinder)");

    /// <summary>A refused offer: bid through Homefinder unless the offer was not reasonable; the SHOM considers a further offer.</summary>
    public static readonly Citation Refusal = new(Seed, "Procedure (refusal)");

    /// <summary>An accepted offer: the discretionary is made and the application is marked as housed.</summary>
    public static readonly Citation Acceptance = new(Seed, "Procedure (acceptance)");

    /// <summary>Who may initiate and who alone may approve a discretionary allocation; a clear audit trail.</summary>
    public static readonly Citation Hierarchy = new(Seed, "Hierarchy");

    /// <summary>The list of all discretionary allocations, reviewed quarterly by the Head of Housing Management.</summary>
    public static readonly Citation AuditAndControl = new(Seed, "Audit and Control");
}
