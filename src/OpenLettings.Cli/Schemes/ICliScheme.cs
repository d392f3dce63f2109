using System.Collections.Immutable;
using System.Text.Json.Nodes;
using OpenLettings.Domain.Allocation;
using OpenLettings.Domain.Options;
using OpenLettings.Domain.Schemes.Chesterfield;
using OpenLettings.Domain.Schemes.PaHousing;
using OpenLettings.Domain.Schemes.SwanTransfer;
using OpenLettings.Domain.Validation;
using OpenLettings.Infrastructure.Json;

namespace OpenLettings.Cli.Schemes;

/// <summary>The result of a command: the JSON response and the same in plain English.</summary>
internal sealed record CliResult(object Response, string PlainEnglish);

/// <summary>Input that was read but cannot be assessed: every problem, each naming its field.</summary>
internal sealed class InputRejectedException(ImmutableArray<ValidationError> errors)
    : Exception(string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")))
{
    public ImmutableArray<ValidationError> Errors { get; } = errors;

    /// <summary>Throws when <paramref name="errors"/> has any entry, so nothing is assessed from invalid input.</summary>
    public static void ThrowIfAny(IEnumerable<ValidationError> errors)
    {
        var list = errors.ToImmutableArray();
        if (!list.IsEmpty)
        {
            throw new InputRejectedException(list);
        }
    }
}

/// <summary>One allocation scheme as the command line exposes it.</summary>
internal interface ICliScheme
{
    SchemeDescriptor Descriptor { get; }

    /// <summary>Assesses the application in an assess request (JSON text).</summary>
    CliResult Assess(string json, DateOnly? asOfOverride, DateOnly today, PartnershipConfiguration? configuration);

    /// <summary>Builds the shortlist in a shortlist request (JSON text).</summary>
    CliResult Shortlist(string json, DateOnly? asOfOverride, DateOnly today, PartnershipConfiguration? configuration);

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
        new GenericCliScheme<ChesterfieldScheme, ChesterfieldOptions, ChesterfieldApplication, ChesterfieldAssessment, ChesterfieldAdvert, ChesterfieldBid, ChesterfieldShortlist>(
            ChesterfieldScheme.Descriptor,
            new ChesterfieldOptions(),
            schedule => new ChesterfieldScheme(schedule),
            (scheme, application, asOf) => scheme.Assess(application, asOf),
            ChesterfieldApplicationValidator.Validate,
            (scheme, advert, bids, asOf) => scheme.Shortlist(advert, bids, asOf),
            bid => bid.Application),
        new GenericCliScheme<SwanTransferScheme, SwanOptions, SwanApplication, SwanAssessment, SwanAdvert, SwanBid, SwanShortlist>(
            SwanTransferScheme.Descriptor,
            new SwanOptions(),
            schedule => new SwanTransferScheme(schedule),
            (scheme, application, asOf) => scheme.Assess(application, asOf),
            SwanApplicationValidator.Validate,
            (scheme, advert, bids, asOf) => scheme.Shortlist(advert, bids, asOf),
            bid => bid.Application),
        new GenericCliScheme<PaHousingScheme, PaHousingOptions, PaHousingApplication, PaHousingAssessment, PaHousingAdvert, PaHousingBid, PaShortlist>(
            PaHousingScheme.Descriptor,
            new PaHousingOptions(),
            schedule => new PaHousingScheme(schedule),
            (scheme, application, asOf) => scheme.Assess(application, asOf),
            PaHousingApplicationValidator.Validate,
            (scheme, advert, bids, asOf) => scheme.Shortlist(advert, bids, asOf),
            bid => bid.Application),
    ];

    /// <summary>
    /// The option schedule for a scheme: its defaults, or the partnership's configuration layered over them. The
    /// configuration must be for the same scheme.
    /// </summary>
    public static OptionSchedule<TOptions> ScheduleFor<TOptions>(string schemeId, TOptions defaults, PartnershipConfiguration? configuration)
    {
        if (configuration is null)
        {
            return OptionSchedule<TOptions>.Always(defaults);
        }

        return configuration.Scheme == schemeId
            ? configuration.ScheduleFor(defaults)
            : throw new InputRejectedException([new ValidationError("--options", "scheme-mismatch",
                $"The options file configures scheme '{configuration.Scheme}', but the input is for '{schemeId}'.")]);
    }

    public static ICliScheme Find(string id) =>
        All.FirstOrDefault(s => s.Descriptor.Id == id)
        ?? throw new InputRejectedException([new ValidationError("scheme", "unknown-scheme",
            $"'{id}' is not a scheme this tool knows; run 'openlettings schemes' to list them ({string.Join(", ", All.Select(s => s.Descriptor.Id))}).")]);
}
