using System.Collections.Immutable;
using OpenLettings.Domain.Allocation;
using OpenLettings.Domain.Common;
using OpenLettings.Domain.Options;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Banding;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Bedrooms;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Bidding;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Eligibility;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Refusals;
using OpenLettings.Domain.Schemes.DevonHomeChoice.Shortlisting;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice;

/// <summary>
/// Everything the Devon Home Choice engine decides about one application on one date, each part with its
/// explanation: eligibility, qualification, local connection, finances, bedroom need, refusals and the band
/// with its band start date.
/// </summary>
public sealed record DevonAssessment
{
    public required HousingApplicationId Application { get; init; }

    public required DateOnly AsOf { get; init; }

    /// <summary>Which version of the partnership's options was in force ("defaults" or "from YYYY-MM-DD").</summary>
    public required string OptionsInForce { get; init; }

    public required EligibilityDecision Eligibility { get; init; }

    public required QualificationDecision Qualification { get; init; }

    public required LocalConnectionDecision LocalConnection { get; init; }

    public required FinancialDecision Finances { get; init; }

    public required BedroomNeed Bedrooms { get; init; }

    public required RefusalDecision Refusals { get; init; }

    /// <summary>The registration outcome, band awards, band start date and reviews.</summary>
    public required BandDecision Banding { get; init; }

    /// <summary>The household's general band, when registered.</summary>
    public Band? Band => Banding.General?.Band;

    /// <summary>The band start date (UK local), when registered.</summary>
    public DateTime? BandStartDate => Banding.BandStartDate;
}

/// <summary>
/// The Devon Home Choice allocation scheme (seed 001): a pure facade that runs the rules in order with the
/// options in force on the assessment date.
/// </summary>
/// <remarks>
/// Order: bedroom need (001 §14) → eligibility (§5-§7) → qualification (§8-§13) → local connection (§40) →
/// finances (§48, sized by bedroom need) → refusals (§62) → banding and band start date (§17-§43), which
/// combines them all.
/// </remarks>
public sealed class DevonHomeChoiceScheme(OptionSchedule<DevonOptions> schedule)
{
    /// <summary>The scheme id used by <c>--scheme</c>.</summary>
    public const string SchemeId = "devon-home-choice";

    /// <summary>The scheme with the manual's defaults.</summary>
    public static DevonHomeChoiceScheme Default() => new(DevonOptions.DefaultSchedule());

    /// <summary>The options schedule the scheme runs under.</summary>
    public OptionSchedule<DevonOptions> Schedule => schedule;

    /// <summary>What the scheme is, for <c>openlettings schemes</c>.</summary>
    public static SchemeDescriptor Descriptor { get; } = new(
        SchemeId,
        "Devon Home Choice",
        "001_6ddac335e27c0b03.txt — Devon Home Choice Procedures Manual",
        "A sub-regional choice based lettings partnership of ten councils: bands A-E ordered by band start date, 3 bids a week, autobids, accessibility categories, cross-border quotas.")
    {
        Options = OptionsCatalogue.Describe(new DevonOptions(), "docs/schemes/devon-home-choice.md"),
    };

    /// <summary>Assesses an application as of <paramref name="asOf"/>.</summary>
    public DevonAssessment Assess(DevonApplication application, DateOnly asOf)
    {
        var options = schedule.At(asOf);
        var bedrooms = BedroomStandard.Assess(application, options, asOf);
        var eligibility = EligibilityRules.Assess(application, options, asOf);
        var qualification = QualificationRules.Assess(application, options, asOf);
        var localConnection = LocalConnectionRules.Assess(application, options, asOf);
        var finances = FinancialRules.Assess(application, bedrooms.BedroomsNeeded, options, asOf);
        var refusals = RefusalRules.Assess(application.Refusals, options, asOf);

        var sanctions = qualification.Sanctions.AddRange(finances.Sanctions);
        if (refusals.Sanction is { } refusalSanction)
        {
            sanctions = sanctions.Add(refusalSanction);
        }

        var inputs = new BandingInputs(bedrooms, eligibility, qualification, localConnection, finances, sanctions);
        var banding = DevonBanding.Assess(application, inputs, options, asOf);

        return new DevonAssessment
        {
            Application = application.Id,
            AsOf = asOf,
            OptionsInForce = schedule.DescribeVersionAt(asOf).Value,
            Eligibility = eligibility,
            Qualification = qualification,
            LocalConnection = localConnection,
            Finances = finances,
            Bedrooms = bedrooms,
            Refusals = refusals,
            Banding = banding,
        };
    }

    /// <summary>
    /// The snapshot bidding and shortlisting use for an applicant (001 §29.6 "snapshot at cycle close"), from the
    /// application and its assessment.
    /// </summary>
    public static Bidder ToBidder(DevonApplication application, DevonAssessment assessment)
    {
        var banding = assessment.Banding;
        var awards = banding.General is { } general ? banding.Scoped.Insert(0, general) : banding.Scoped;
        var homelessness = application.Needs.Homelessness;
        var connection = application.LocalConnection;
        return Bidders.FromApplication(application, awards, banding.BandStartDate ?? application.EvidenceCompletedAt, assessment.Bedrooms) with
        {
            ConnectedAuthorities = assessment.LocalConnection.ConnectedAuthorities,
            FleeingDomesticAbuse = connection.FleeingDomesticAbuse || application.Needs.DomesticAbusePanel is not null,
            HomelessDutyOwedBy = homelessness is { Stage: not HomelessnessStage.DutyDischarged } ? homelessness.OwedBy : null,
            OwedMainHousingDuty = homelessness?.Stage == HomelessnessStage.MainDuty,
            LeftArmedForces = application.Needs.ArmedForces is not null
                || connection.Exemptions.Any(e => e.Value == LocalConnectionExemption.ArmedForcesMemberOrFormer),
            UnsafeAuthorities = banding.UnsafeAuthorities,
            UnsafeLocalities = banding.UnsafeLocalities,
            Active = banding.Registration == RegistrationOutcome.Registered,
            BiddingSuspended = banding.BiddingSuspended || assessment.Qualification.BiddingSuspended,
        };
    }

    /// <summary>
    /// Builds the shortlist for an advert from its bids and the bidders' applications, assessing each application
    /// as of <paramref name="asOf"/> (the cycle's close) so every position is explained from the same rules.
    /// </summary>
    public DevonShortlistResult Shortlist(Advert advert, IEnumerable<(Bid Bid, DevonApplication Application)> bids, DateOnly asOf)
    {
        var options = schedule.At(asOf);
        var assessed = bids
            .Select(b => (b.Bid, b.Application, Assessment: Assess(b.Application, asOf)))
            .ToImmutableArray();
        var shortlist = ShortlistBuilder.Build(
            advert,
            assessed.Select(a => (a.Bid, ToBidder(a.Application, a.Assessment) with
            {
                BidShortlistedElsewhere = a.Bid.Status == BidStatus.Open && a.Application.Bidding.BidShortlistedElsewhere,
                BidAcceptedElsewhere = a.Application.Bidding.BidAcceptedElsewhere,
            })),
            options,
            asOf);
        return new DevonShortlistResult(shortlist, assessed.Select(a => a.Assessment).ToImmutableArray());
    }
}

/// <summary>A shortlist together with the assessments its bidders were ranked on.</summary>
public sealed record DevonShortlistResult(Shortlist Shortlist, ImmutableArray<DevonAssessment> Assessments);
