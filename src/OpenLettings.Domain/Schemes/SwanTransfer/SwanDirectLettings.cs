using System.Collections.Immutable;
using System.Globalization;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Explanations;

namespace OpenLettings.Domain.Schemes.SwanTransfer;

/// <summary>The exceptions to choice based lettings listed in 002 §2.2.</summary>
public enum DirectLettingGround
{
    /// <summary>"A need for transfer following a management priority decision".</summary>
    ManagementPriority,
    /// <summary>"A need to make a positive contribution to the sustainability of an area".</summary>
    AreaSustainability,
    /// <summary>"Little or no demand for an area or property type".</summary>
    LowDemand,
    /// <summary>"To make better use of existing housing stock".</summary>
    BetterUseOfStock,
    /// <summary>"An offer of accommodation under the National Witness Mobility Service".</summary>
    WitnessMobility,
}

/// <summary>Swan roles that take decisions outside the engine, most junior first (the order is used for "at least this senior").</summary>
/// <remarks>002 front sheet: the policy is owned by the Head of Allocations and Lettings and applies to Housing Management Teams; §6.2 names the Lettings Team.</remarks>
public enum SwanRole
{
    LettingsOfficer,
    LettingsTeamLeader,
    HousingManager,
    HeadOfAllocationsAndLettings,
}

/// <summary>Who approved a direct letting, and when.</summary>
public sealed record DirectLettingApproval
{
    public required string Name { get; init; }

    public required SwanRole Role { get; init; }

    public required DateOnly ApprovedOn { get; init; }
}

/// <summary>A proposal to let one home outside choice based lettings under a 002 §2.2 exception.</summary>
public sealed record DirectLettingRequest
{
    public required PropertyId Property { get; init; }

    public required HousingApplicationId Applicant { get; init; }

    public required DirectLettingGround Ground { get; init; }

    public required DateOnly RequestedOn { get; init; }

    /// <summary>The reason recorded for letting outside choice based lettings (required, 002 §2.2 "wherever possible").</summary>
    public string RecordedReason { get; init; } = "";

    /// <summary>The applicant's management move priority as assessed (002 §4.3); needed for <see cref="DirectLettingGround.ManagementPriority"/>.</summary>
    public ManagementPriorityStatus ManagementPriority { get; init; }

    /// <summary>Times the home has been advertised through choice based lettings without a suitable bid (for <see cref="DirectLettingGround.LowDemand"/>).</summary>
    public int UnsuccessfulAdverts { get; init; }

    /// <summary>Bedrooms the applicant's move releases: current home's bedrooms minus the new home's (for <see cref="DirectLettingGround.BetterUseOfStock"/>).</summary>
    public int BedroomsReleased { get; init; }

    /// <summary>The National Witness Mobility Service referral reference (for <see cref="DirectLettingGround.WitnessMobility"/>).</summary>
    public string? WitnessMobilityReference { get; init; }

    /// <summary>The estate or area plan the letting contributes to (for <see cref="DirectLettingGround.AreaSustainability"/>).</summary>
    public string? SustainabilityPlanReference { get; init; }

    public DirectLettingApproval? Approval { get; init; }
}

/// <summary>Where a direct letting proposal stands.</summary>
public enum DirectLettingOutcome
{
    /// <summary>The ground is met, a reason is recorded and the right person approved it: the home may be let directly.</summary>
    Permitted,
    /// <summary>The partnership does not use this ground.</summary>
    GroundNotInUse,
    /// <summary>The facts do not meet the ground.</summary>
    GroundNotMet,
    /// <summary>No reason was recorded.</summary>
    NoReasonRecorded,
    /// <summary>Not yet approved (or approved after the date asked about).</summary>
    AwaitingApproval,
    /// <summary>Approved by someone not senior enough for this ground.</summary>
    ApproverNotAuthorised,
}

/// <summary>The decision on a direct letting proposal.</summary>
public sealed record DirectLettingDecision
{
    public required DirectLettingGround Ground { get; init; }

    public required DirectLettingOutcome Outcome { get; init; }

    /// <summary>True when <see cref="Outcome"/> is <see cref="DirectLettingOutcome.Permitted"/>.</summary>
    public bool MayLetDirectly => Outcome == DirectLettingOutcome.Permitted;

    public ImmutableArray<Reason> Reasons { get; init; } = [];
}

/// <summary>The 002 §2.2 exceptions to choice based lettings.</summary>
public sealed record DirectLettingOptions
{
    /// <summary>The exceptions in use (002 §2.2: all five listed).</summary>
    public ImmutableArray<DirectLettingGround> Grounds { get; init; } =
        [DirectLettingGround.ManagementPriority, DirectLettingGround.AreaSustainability, DirectLettingGround.LowDemand, DirectLettingGround.BetterUseOfStock, DirectLettingGround.WitnessMobility];

    /// <summary>
    /// The least senior role that may approve each exception. 002 §2.2 does not say; by default a Housing Manager for a
    /// management priority transfer (the management moves procedure, 002 §8) and the Head of Allocations and Lettings,
    /// the policy's lead officer, for the others.
    /// </summary>
    public ImmutableDictionary<DirectLettingGround, SwanRole> Approvers { get; init; } = new Dictionary<DirectLettingGround, SwanRole>
    {
        [DirectLettingGround.ManagementPriority] = SwanRole.HousingManager,
        [DirectLettingGround.AreaSustainability] = SwanRole.HeadOfAllocationsAndLettings,
        [DirectLettingGround.LowDemand] = SwanRole.HeadOfAllocationsAndLettings,
        [DirectLettingGround.BetterUseOfStock] = SwanRole.HeadOfAllocationsAndLettings,
        [DirectLettingGround.WitnessMobility] = SwanRole.HeadOfAllocationsAndLettings,
    }.ToImmutableDictionary();

    /// <summary>Adverts without a suitable bid before a home counts as in "little or no demand" (002 §2.2 "wherever possible": one advert first).</summary>
    public int LowDemandMinimumUnsuccessfulAdverts { get; init; } = 1;

    /// <summary>Bedrooms a move must release to be "better use of existing housing stock" (002 §2.2; at least one).</summary>
    public int BetterUseMinimumBedroomsReleased { get; init; } = 1;

    /// <summary>The role that approves a ground (Head of Allocations and Lettings when not listed).</summary>
    public SwanRole ApproverFor(DirectLettingGround ground) => Approvers.TryGetValue(ground, out var role) ? role : SwanRole.HeadOfAllocationsAndLettings;
}

/// <summary>Direct lettings: homes let outside choice based lettings under 002 §2.2.</summary>
public static class SwanDirectLettings
{
    private static readonly Citation Section = new("002", "2.2");

    /// <summary>Whether a home may be let directly under the exception claimed, as of <paramref name="asOf"/>.</summary>
    /// <remarks>002 §2.2. Every requirement is checked and reported; the outcome is the first one not met, in the order: ground in use, ground met, reason recorded, approval.</remarks>
    public static DirectLettingDecision Decide(DirectLettingRequest request, DirectLettingOptions options, DateOnly asOf)
    {
        var reasons = ImmutableArray.CreateBuilder<Reason>();
        var failures = new List<DirectLettingOutcome>();
        var ground = Describe(request.Ground);

        if (!options.Grounds.Contains(request.Ground))
        {
            failures.Add(DirectLettingOutcome.GroundNotInUse);
            reasons.Add(new Reason("SWAN.DirectLetting.GroundNotInUse", Section,
                $"Homes are not let outside choice based lettings for {ground} under these options.").With(new Fact("ground", request.Ground.ToString())));
        }
        else
        {
            var (met, reason) = GroundMet(request, options, ground);
            reasons.Add(reason);
            if (!met)
            {
                failures.Add(DirectLettingOutcome.GroundNotMet);
            }
        }

        if (string.IsNullOrWhiteSpace(request.RecordedReason))
        {
            failures.Add(DirectLettingOutcome.NoReasonRecorded);
            reasons.Add(new Reason("SWAN.DirectLetting.ReasonRequired", Section,
                "Homes are let through choice based lettings wherever possible, so the reason for letting this home directly must be recorded."));
        }
        else
        {
            reasons.Add(new Reason("SWAN.DirectLetting.ReasonRecorded", Section, $"The reason recorded for letting directly: {request.RecordedReason.Trim()}")
                .With(new Fact("recordedReason", request.RecordedReason.Trim())));
        }

        var required = options.ApproverFor(request.Ground);
        if (request.Approval is not { } approval || approval.ApprovedOn > asOf)
        {
            failures.Add(DirectLettingOutcome.AwaitingApproval);
            reasons.Add(new Reason("SWAN.DirectLetting.AwaitingApproval", Section,
                $"A direct letting for {ground} needs approval by a {Role(required)} or more senior officer; none is recorded yet.")
                .With(new Fact("approver", required.ToString())));
        }
        else if (approval.Role < required)
        {
            failures.Add(DirectLettingOutcome.ApproverNotAuthorised);
            reasons.Add(new Reason("SWAN.DirectLetting.ApproverNotAuthorised", Section,
                $"{approval.Name} ({Role(approval.Role)}) approved it, but a direct letting for {ground} needs a {Role(required)} or more senior officer.")
                .With(new Fact("approvedBy", approval.Role.ToString()), new Fact("approver", required.ToString())));
        }
        else
        {
            reasons.Add(new Reason("SWAN.DirectLetting.Approved", Section,
                $"Approved by {approval.Name} ({Role(approval.Role)}) on {approval.ApprovedOn:d MMMM yyyy}.")
                .With(new Fact("approvedBy", approval.Role.ToString()), new Fact("approvedOn", approval.ApprovedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
        }

        return new DirectLettingDecision
        {
            Ground = request.Ground,
            Outcome = failures.Count == 0 ? DirectLettingOutcome.Permitted : failures[0],
            Reasons = reasons.ToImmutable(),
        };
    }

    /// <summary>Plain words for a ground.</summary>
    public static string Describe(DirectLettingGround ground) => ground switch
    {
        DirectLettingGround.ManagementPriority => "a transfer following a management priority decision",
        DirectLettingGround.AreaSustainability => "the sustainability of an area",
        DirectLettingGround.LowDemand => "an area or home type with little or no demand",
        DirectLettingGround.BetterUseOfStock => "better use of existing housing stock",
        DirectLettingGround.WitnessMobility => "an offer under the National Witness Mobility Service",
    };

    internal static string Role(SwanRole role) => role switch
    {
        SwanRole.LettingsOfficer => "Lettings Officer",
        SwanRole.LettingsTeamLeader => "Lettings Team Leader",
        SwanRole.HousingManager => "Housing Manager",
        SwanRole.HeadOfAllocationsAndLettings => "Head of Allocations and Lettings",
    };

    private static (bool Met, Reason Reason) GroundMet(DirectLettingRequest request, DirectLettingOptions options, string ground)
    {
        static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
        return request.Ground switch
        {
            DirectLettingGround.ManagementPriority => request.ManagementPriority == ManagementPriorityStatus.Held
                ? (true, new Reason("SWAN.DirectLetting.ManagementPriorityHeld", Section, "You hold management move priority, so a home can be offered to you directly.")
                    .With(new Fact("managementPriority", request.ManagementPriority.ToString())))
                : (false, new Reason("SWAN.DirectLetting.ManagementPriorityNotHeld", Section,
                    "A direct letting for a management transfer needs management move priority that is held; it is not.")
                    .With(new Fact("managementPriority", request.ManagementPriority.ToString()))),
            DirectLettingGround.LowDemand => request.UnsuccessfulAdverts >= options.LowDemandMinimumUnsuccessfulAdverts
                ? (true, new Reason("SWAN.DirectLetting.LowDemand", Section,
                    $"The home was advertised {N(request.UnsuccessfulAdverts)} time(s) without a suitable bid, so there is little or no demand for it.")
                    .With(new Fact("unsuccessfulAdverts", N(request.UnsuccessfulAdverts)), new Fact("required", N(options.LowDemandMinimumUnsuccessfulAdverts))))
                : (false, new Reason("SWAN.DirectLetting.LowDemandNotShown", Section,
                    $"Low demand is shown by {N(options.LowDemandMinimumUnsuccessfulAdverts)} advert(s) without a suitable bid; this home has had {N(request.UnsuccessfulAdverts)}.")
                    .With(new Fact("unsuccessfulAdverts", N(request.UnsuccessfulAdverts)), new Fact("required", N(options.LowDemandMinimumUnsuccessfulAdverts)))),
            DirectLettingGround.BetterUseOfStock => request.BedroomsReleased >= options.BetterUseMinimumBedroomsReleased
                ? (true, new Reason("SWAN.DirectLetting.BetterUseOfStock", Section,
                    $"The move frees {N(request.BedroomsReleased)} bedroom(s), which makes better use of Swan's homes.")
                    .With(new Fact("bedroomsReleased", N(request.BedroomsReleased)), new Fact("required", N(options.BetterUseMinimumBedroomsReleased))))
                : (false, new Reason("SWAN.DirectLetting.NoBetterUse", Section,
                    $"Better use of stock needs a move that frees at least {N(options.BetterUseMinimumBedroomsReleased)} bedroom(s); this one frees {N(request.BedroomsReleased)}.")
                    .With(new Fact("bedroomsReleased", N(request.BedroomsReleased)), new Fact("required", N(options.BetterUseMinimumBedroomsReleased)))),
            DirectLettingGround.WitnessMobility => !string.IsNullOrWhiteSpace(request.WitnessMobilityReference)
                ? (true, new Reason("SWAN.DirectLetting.WitnessMobility", Section, "The offer is made under a National Witness Mobility Service referral.")
                    .With(new Fact("referral", request.WitnessMobilityReference!)))
                : (false, new Reason("SWAN.DirectLetting.WitnessReferralMissing", Section, "An offer under the National Witness Mobility Service needs the referral reference; none is recorded.")),
            DirectLettingGround.AreaSustainability => !string.IsNullOrWhiteSpace(request.SustainabilityPlanReference)
                ? (true, new Reason("SWAN.DirectLetting.AreaSustainability", Section, "The letting contributes to the sustainability of the area under the recorded plan.")
                    .With(new Fact("plan", request.SustainabilityPlanReference!)))
                : (false, new Reason("SWAN.DirectLetting.SustainabilityPlanMissing", Section,
                    $"A letting for {ground} needs the estate or area plan it contributes to; none is recorded.")),
        };
    }
}
