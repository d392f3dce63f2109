using System.Collections.Immutable;
using System.Text.Json.Nodes;
using OpenLettings.Domain.Allocation;
using OpenLettings.Domain.Schemes.DevonHomeChoice;
using OpenLettings.Domain.Validation;
using OpenLettings.Infrastructure.Json;

namespace OpenLettings.Cli.Schemes;

/// <summary>Devon Home Choice on the command line.</summary>
internal sealed class DevonCliScheme : ICliScheme
{
    public const string Id = DevonHomeChoiceScheme.SchemeId;

    /// <summary>The version of the JSON formats; see CHANGELOG.md.</summary>
    public const string ContractVersion = "1.0";

    public SchemeDescriptor Descriptor => DevonHomeChoiceScheme.Descriptor;

    public CliResult Assess(string json, DateOnly? asOfOverride, DateOnly today, PartnershipConfiguration? configuration)
    {
        var scheme = Create(configuration);
        var request = ContractJson.Read<AssessRequest<DevonApplication>>(json);
        var asOf = asOfOverride ?? request.AsOf ?? today;
        InputRejectedException.ThrowIfAny(CliIo.Under("$.application", DevonApplicationValidator.Validate(request.Application, asOf)));
        var assessment = scheme.Assess(request.Application, asOf);
        return new CliResult(new AssessResponse<DevonAssessment>(Id, ContractVersion, assessment), DevonPlainEnglish.Assessment(assessment));
    }

    public CliResult Shortlist(string json, DateOnly? asOfOverride, DateOnly today, PartnershipConfiguration? configuration)
    {
        var scheme = Create(configuration);
        var request = ContractJson.Read<DevonShortlistRequest>(json);
        var asOf = asOfOverride ?? request.AsOf ?? today;
        var errors = new List<ValidationError>();
        var seenBids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < request.Bids.Length; i++)
        {
            var entry = request.Bids[i];
            errors.AddRange(CliIo.Under($"$.bids[{i}].application", DevonApplicationValidator.Validate(entry.Application, asOf)));
            if (entry.Bid.Advert != request.Advert.Id)
            {
                errors.Add(new ValidationError($"$.bids[{i}].bid.advert", "same-advert", $"The bid is for advert '{entry.Bid.Advert}', not '{request.Advert.Id}'."));
            }

            if (entry.Bid.Applicant != entry.Application.Id)
            {
                errors.Add(new ValidationError($"$.bids[{i}].bid.applicant", "same-applicant", $"The bid's applicant '{entry.Bid.Applicant}' is not the application given ('{entry.Application.Id}')."));
            }

            if (!seenBids.Add(entry.Bid.Id.Value))
            {
                errors.Add(new ValidationError($"$.bids[{i}].bid.id", "unique", $"The bid id '{entry.Bid.Id}' appears twice."));
            }
        }

        if (request.Advert.BiddingCloses < request.Advert.BiddingOpens)
        {
            errors.Add(new ValidationError("$.advert.biddingCloses", "after-opening", "Bidding cannot close before it opens."));
        }

        InputRejectedException.ThrowIfAny(errors);
        var result = scheme.Shortlist(request.Advert, request.Bids.Select(b => (b.Bid, b.Application)), asOf);
        var bidders = result.Assessments
            .Select(a => new DevonBidderSummary(a.Application.Value, a.Banding.Registration.ToString(), a.Band?.ToString(), a.BandStartDate))
            .ToImmutableArray();
        return new CliResult(
            new DevonShortlistResponse(Id, ContractVersion, asOf, result.Shortlist, bidders),
            DevonPlainEnglish.Shortlist(request.Advert, result, asOf));
    }

    public ImmutableArray<(string Name, JsonNode Schema)> Schemas() =>
    [
        ($"{Id}.assess-input", ContractJson.SchemaOf<AssessRequest<DevonApplication>>("openlettings assess input (devon-home-choice)", "An application to assess under the Devon Home Choice scheme.")),
        ($"{Id}.assess-output", ContractJson.SchemaOf<AssessResponse<DevonAssessment>>("openlettings assess output (devon-home-choice)", "The full decision: eligibility, qualification, local connection, finances, bedroom need, refusals, band and band start date, each with its explanation.")),
        ($"{Id}.shortlist-input", ContractJson.SchemaOf<DevonShortlistRequest>("openlettings shortlist input (devon-home-choice)", "An advert with its bids, each with the bidder's application.")),
        ($"{Id}.shortlist-output", ContractJson.SchemaOf<DevonShortlistResponse>("openlettings shortlist output (devon-home-choice)", "The ordered shortlist: each position with its sort key and reasons, and every bypass with its catalogued reason.")),
    ];

    private static DevonHomeChoiceScheme Create(PartnershipConfiguration? configuration) =>
        new(SchemeRegistry.ScheduleFor(Id, new DevonOptions(), configuration));

}
