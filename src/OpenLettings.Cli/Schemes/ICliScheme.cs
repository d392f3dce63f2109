using System.Collections.Immutable;
using System.Text.Json.Nodes;
using OpenLettings.Domain.Allocation;
using OpenLettings.Domain.Schemes.Chesterfield;
using OpenLettings.Domain.Schemes.PaHousing;
using OpenLettings.Domain.Schemes.SwanTransfer;
using OpenLettings.Domain.Validation;

namespace OpenLettings.Cli.Schemes;

/// <summary>The result of a command: the JSON response and the same in plain English.</summary>
internal sealed record CliResult(object Response, string PlainEnglish);

/// <summary>Input that was read but cannot be assessed: every problem, each naming its field.</summary>
internal sealed class InputRejectedException(ImmutableArray<ValidationError> errors)
    : Exception(string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")))
{
    public ImmutableArray<ValidationError> Errors { get; } = errors;
}

/// <summary>One allocation scheme as the command line exposes it.</summary>
internal interface ICliScheme
{
    SchemeDescriptor Descriptor { get; }

    /// <summary>Assesses the application in an assess request (JSON text).</summary>
    CliResult Assess(string json, DateOnly? asOfOverride, DateOnly today);

    /// <summary>Builds the shortlist in a shortlist request (JSON text).</summary>
    CliResult Shortlist(string json, DateOnly? asOfOverride, DateOnly today);

    /// <summary>JSON Schemas of the scheme's inputs and outputs, by file name (e.g. <c>devon-home-choice.assess-input</c>).</summary>
    ImmutableArray<(string Name, JsonNode Schema)> Schemas();
}

/// <summary>The schemes the command line knows, by id.</summary>
internal static class SchemeRegistry
{
    public const string DefaultSchemeId = DevonCliScheme.Id;

    public static ImmutableArray<ICliScheme> All { get; } =
    [
        new DevonCliScheme(),
        new GenericCliScheme<ChesterfieldApplication, ChesterfieldAssessment, ChesterfieldAdvert, ChesterfieldBid, ChesterfieldShortlist>(
            ChesterfieldScheme.Descriptor,
            ChesterfieldScheme.Default().Assess,
            ChesterfieldApplicationValidator.Validate,
            ChesterfieldScheme.Default().Shortlist,
            bid => bid.Application),
        new GenericCliScheme<SwanApplication, SwanAssessment, SwanAdvert, SwanBid, SwanShortlist>(
            SwanTransferScheme.Descriptor,
            SwanTransferScheme.Default().Assess,
            SwanApplicationValidator.Validate,
            SwanTransferScheme.Default().Shortlist,
            bid => bid.Application),
        new GenericCliScheme<PaHousingApplication, PaHousingAssessment, PaHousingAdvert, PaHousingBid, PaShortlist>(
            PaHousingScheme.Descriptor,
            PaHousingScheme.Default().Assess,
            PaHousingApplicationValidator.Validate,
            PaHousingScheme.Default().Shortlist,
            bid => bid.Application),
    ];

    public static ICliScheme Find(string id) =>
        All.FirstOrDefault(s => s.Descriptor.Id == id)
        ?? throw new InputRejectedException([new ValidationError("scheme", "unknown-scheme",
            $"'{id}' is not a scheme this tool knows; run 'openlettings schemes' to list them ({string.Join(", ", All.Select(s => s.Descriptor.Id))}).")]);
}
