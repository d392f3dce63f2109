using System.Collections.Immutable;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Explanations;

namespace OpenLettings.Domain.Schemes.PaHousing;

/// <summary>A programme of localised redevelopment (004 §4.5).</summary>
public sealed record PaRedevelopmentProgramme
{
    /// <summary>The programme's reference, as recorded on adverts and on affected residents' applications.</summary>
    public required string Id { get; init; }

    /// <summary>The local authorities the programme's homes are in.</summary>
    public ImmutableArray<LocalAuthorityId> LocalAuthorities { get; init; } = [];

    /// <summary>First day normal transfer priority is suspended.</summary>
    public required DateOnly From { get; init; }

    /// <summary>Last day of the suspension; null while open-ended.</summary>
    public DateOnly? Until { get; init; }

    /// <summary>The temporarily reduced nominations percentage in these authorities while the programme runs; null: unchanged.</summary>
    public decimal? ReducedNominationsPercent { get; init; }

    /// <summary>The programme is in force on <paramref name="date"/>.</summary>
    public bool ActiveOn(DateOnly date) => date >= From && (Until is not { } until || date <= until);
}

/// <summary>The under-35s studio arrangement (004 §5.1).</summary>
public sealed record PaUnder35sOptions
{
    /// <summary>Boroughs where the arrangement runs.</summary>
    /// <remarks>004 §5.1: Elmbridge, Richmond and Kingston in the South East.</remarks>
    public ImmutableArray<LocalAuthorityId> Boroughs { get; init; } =
        [new("elmbridge"), PaSubRegions.Richmond, new("kingston-upon-thames")];

    /// <summary>Applicants must be under this age.</summary>
    /// <remarks>004 §5.1: under 35.</remarks>
    public int AgeUnder { get; init; } = 35;

    /// <summary>Most studio flats let under the arrangement at one time.</summary>
    /// <remarks>004 §5.1: up to 10.</remarks>
    public int MaximumStudios { get; init; } = 10;

    /// <summary>Length of the Assured Shorthold Tenancy in months.</summary>
    /// <remarks>004 §5.1: 6.</remarks>
    public int TenancyMonths { get; init; } = 6;

    /// <summary>Months between reviews of engagement with back-to-work initiatives.</summary>
    /// <remarks>004 §5.1: 6.</remarks>
    public int ReviewMonths { get; init; } = 6;
}

/// <summary>An additional criterion of a local lettings plan, made clear in the advert (004 §5.2, §5.5).</summary>
public enum PaLocalLettingsRequirement
{
    /// <summary>A household member is working, in training or in higher education (004 §5.5).</summary>
    WorkingTrainingOrEducation,
    /// <summary>The applicant is a key worker or has Choice Plus priority (Band D) (004 §5.2).</summary>
    KeyWorkerOrChoicePlus,
}

/// <summary>A local lettings plan on an estate (004 §5.2).</summary>
public sealed record PaLocalLettingsPlan
{
    public required string Name { get; init; }

    /// <summary>Criteria every bidder must meet.</summary>
    public ImmutableArray<PaLocalLettingsRequirement> Requirements { get; init; } = [];

    /// <summary>Key workers and Choice Plus (Band D) applicants are prioritised (004 §5.2 "alternatively").</summary>
    public bool PrioritiseKeyWorkersAndChoicePlus { get; init; }

    /// <summary>The plan was agreed with the local authority on evidence (004 §5.2).</summary>
    public AssessedFact<bool>? AgreedWithLocalAuthority { get; init; }
}

/// <summary>A supported housing home and how it is let (004 §6.1).</summary>
public sealed record PaSupportedHousing
{
    /// <summary>The scheme is managed directly by PA Housing (nominations from the support provider or the local authority).</summary>
    public bool ManagedByPaHousing { get; init; }
}

/// <summary>Who referred a household to supported housing (004 §6.1).</summary>
public enum PaReferralSource
{
    ProfessionalBody,
    SupportProvider,
    LocalAuthority,
}

/// <summary>A supported housing referral: the panel or approval process of the referrer, recorded as a judgement (004 §6.1).</summary>
public sealed record PaSupportedHousingReferral
{
    public required PaReferralSource Source { get; init; }

    /// <summary>The referrer's panel or approval process approved the referral (true) or not (false).</summary>
    public required AssessedFact<bool> PanelApproved { get; init; }
}

/// <summary>Pure rules for §3.3, §5.1 and §6.4 that stand outside the shortlist.</summary>
public static class PaWiderInitiatives
{
    /// <summary>Whether a home may be let under the under-35s studio arrangement, and its terms (004 §5.1).</summary>
    /// <param name="advert">The home to designate.</param>
    /// <param name="studiosLetUnderArrangement">Studios currently let under the arrangement (not counting this one).</param>
    /// <param name="tenancyStart">The intended tenancy start, for the end and review dates.</param>
    /// <param name="options">The options in force.</param>
    public static PaUnder35sDesignation DesignateUnder35sStudio(PaHousingAdvert advert, int studiosLetUnderArrangement, DateOnly tenancyStart, PaHousingOptions options)
    {
        var rules = options.Under35s;
        var failures = new List<Reason>();
        var reasons = new List<Reason>();
        var authority = advert.Property.LocalAuthority;
        var inBorough = rules.Boroughs.Contains(authority);
        (inBorough ? reasons : failures).Add(Pa.Reason("Under35s.Borough", "5.1", inBorough
            ? $"{authority} is one of the boroughs where the under-35s studio arrangement runs."
            : $"The under-35s studio arrangement runs only in {string.Join(", ", rules.Boroughs)}.", Pa.Fact("local authority", authority)));
        var studio = advert.Property.Bedrooms == 0;
        (studio ? reasons : failures).Add(Pa.Reason("Under35s.Studio", "5.1", studio
            ? "The home is a studio flat."
            : $"Only studio flats are let under the arrangement; this home has {advert.Property.Bedrooms} bedrooms.", Pa.Fact("bedrooms", advert.Property.Bedrooms)));
        var room = studiosLetUnderArrangement < rules.MaximumStudios;
        (room ? reasons : failures).Add(Pa.Reason("Under35s.Cap", "5.1", room
            ? $"{studiosLetUnderArrangement} of up to {rules.MaximumStudios} studios are let under the arrangement."
            : $"Up to {rules.MaximumStudios} studios may be let under the arrangement, and {studiosLetUnderArrangement} already are.",
            Pa.Fact("studios let", studiosLetUnderArrangement), Pa.Fact("maximum", rules.MaximumStudios)));
        var ends = tenancyStart.AddMonths(rules.TenancyMonths);
        var review = tenancyStart.AddMonths(rules.ReviewMonths);
        if (failures.Count == 0)
        {
            reasons.Add(Pa.Reason("Under35s.Terms", "5.1",
                $"The tenancy is an Assured Shorthold Tenancy for {rules.TenancyMonths} months (to {ends:d MMMM yyyy}) at the Local Housing Allowance shared accommodation rate, reviewed by {review:d MMMM yyyy} for engagement with back-to-work initiatives.",
                Pa.Fact("tenancy ends", ends), Pa.Fact("review by", review)));
        }

        return failures.Count == 0
            ? new PaUnder35sDesignation(true, ends, review, [.. reasons], [])
            : new PaUnder35sDesignation(false, null, null, [.. failures, .. reasons], [.. failures]);
    }

    /// <summary>Classifies a home as difficult to let (004 §3.3) and its consequence: external advertising may be considered (§3.3, §5.3).</summary>
    public static PaDifficultToLetDecision ClassifyDifficultToLet(PaLettingHistory history, PaHousingOptions options)
    {
        var grounds = new List<Reason>();
        if (history.ConsecutiveNomineeRefusals > options.DifficultToLetAfterConsecutiveRefusals)
        {
            grounds.Add(Pa.Reason("DifficultToLet.Refusals", "3.3",
                $"The home has been refused by {history.ConsecutiveNomineeRefusals} consecutive nominees, more than {options.DifficultToLetAfterConsecutiveRefusals}.",
                Pa.Fact("consecutive refusals", history.ConsecutiveNomineeRefusals)));
        }

        if (history.SuitableMatchedApplicants == 0)
        {
            grounds.Add(Pa.Reason("DifficultToLet.NoMatch", "3.3", "No suitable applicants are currently matched to the home's profile.",
                Pa.Fact("matched applicants", 0)));
        }

        if (history.LowDemandOrHighTurnover is { Value: true } lowDemand)
        {
            grounds.Add(Pa.Reason("DifficultToLet.LowDemand", "3.3", "The home is in a low demand location or an estate with high turnover.").With(Pa.By(lowDemand)));
        }

        if (grounds.Count == 0)
        {
            return new PaDifficultToLetDecision(false, [Pa.Reason("DifficultToLet.No", "3.3",
                "The home is not difficult to let: it has not been refused by more consecutive nominees than the limit, applicants match it and it is not in a low demand location.",
                Pa.Fact("consecutive refusals", history.ConsecutiveNomineeRefusals), Pa.Fact("matched applicants", history.SuitableMatchedApplicants))]);
        }

        grounds.Add(Pa.Reason("DifficultToLet.Consequence", "5.3",
            "As a difficult to let home it may be advertised to private or other social agencies, whose referred clients may then be shortlisted after register applicants."));
        return new PaDifficultToLetDecision(true, [.. grounds]);
    }

    /// <summary>Whether two tenancies may be swapped by mutual exchange under §6.4 (not an allocation: the Mutual Exchange policy governs the detail).</summary>
    public static Decision<bool> MutualExchange(PaTenure ours, PaTenure theirs)
    {
        static bool Social(PaTenure t) => t is PaTenure.PaHousingTenant or PaTenure.OtherSocialTenant;
        var ok = ours == PaTenure.PaHousingTenant && Social(theirs);
        var reason = Pa.Reason("MutualExchange.Parties", "6.4", ok
            ? "PA Housing residents may swap tenancies with other PA Housing residents or residents of other social housing providers; this is not an allocation under the allocations policy."
            : "A mutual exchange is a swap between a PA Housing resident and another PA Housing or social housing resident.",
            Pa.Fact("your tenure", ours), Pa.Fact("other tenure", theirs));
        return new Decision<bool>(ok, [reason]);
    }
}

/// <summary>A home's letting record, for the §3.3 classification.</summary>
public sealed record PaLettingHistory
{
    /// <summary>Nominees who refused the home in a row, most recent first.</summary>
    public int ConsecutiveNomineeRefusals { get; init; }

    /// <summary>Suitable applicants currently matched to the property profile; null when not known.</summary>
    public int? SuitableMatchedApplicants { get; init; }

    /// <summary>A finding that the home is in a low demand location or an estate with high turnover.</summary>
    public AssessedFact<bool>? LowDemandOrHighTurnover { get; init; }
}

/// <summary>Whether a home is difficult to let (004 §3.3).</summary>
public sealed record PaDifficultToLetDecision(bool DifficultToLet, ImmutableArray<Reason> Reasons);

/// <summary>Whether a studio may be let under the under-35s arrangement, and the tenancy's end and review dates (004 §5.1).</summary>
public sealed record PaUnder35sDesignation(bool Allowed, DateOnly? TenancyEnds, DateOnly? ReviewBy, ImmutableArray<Reason> Reasons, ImmutableArray<Reason> Failures);
