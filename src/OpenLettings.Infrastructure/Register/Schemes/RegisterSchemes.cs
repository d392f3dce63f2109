using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenLettings.Domain.Options;
using OpenLettings.Domain.Validation;
using OpenLettings.Infrastructure.Json;

namespace OpenLettings.Infrastructure.Register.Schemes;

/// <summary>The schemes the register can run, by id, and the JSON plumbing they share.</summary>
public static class RegisterSchemes
{
    /// <summary>Every scheme the register runs.</summary>
    public static ImmutableArray<IRegisterScheme> All { get; } =
    [
        new DevonRegisterScheme(),
        new ChesterfieldRegisterScheme(),
        new SwanTransferRegisterScheme(),
        new PaHousingRegisterScheme(),
    ];

    /// <summary>
    /// Bids a household may place in one cycle under a scheme whose policy sets no limit (Swan 002 §2.2 and PA Housing
    /// 004 §3.1 let homes through choice based lettings without one): the partnership's usual weekly limit (Devon's
    /// three, 001 §59.1). The scheme adapters take another value when they are made.
    /// </summary>
    public const int DefaultBidsPerCycle = 3;

    /// <summary>The scheme with this id, or null.</summary>
    public static IRegisterScheme? Find(string? id) => All.FirstOrDefault(s => s.Id == id);

    /// <summary>Reads contract JSON, turning a contract error into a validation error under <paramref name="prefix"/>.</summary>
    public static bool TryRead<T>(string json, string prefix, [NotNullWhen(true)] out T? value, [NotNullWhen(false)] out ValidationError? error)
        where T : class
    {
        try
        {
            value = ContractJson.Read<T>(json);
            error = null;
            return true;
        }
        catch (ContractException ex)
        {
            value = null;
            error = new ValidationError(prefix + ex.Field.TrimStart('$'), ex.Rule, ex.Message);
            return false;
        }
    }

    /// <summary>
    /// An advert contract from stored criteria plus what the register supplies: the id, the home and the bidding
    /// window. A criteria document may not set those itself.
    /// </summary>
    public static string ComposeAdvert(string criteriaJson, Guid advertId, string propertyJson, DateTime opens, DateTime closes)
    {
        var criteria = Compose(criteriaJson, advertId, propertyJson);
        criteria["biddingOpens"] = JsonSerializer.SerializeToNode(opens, ContractJson.Options);
        criteria["biddingCloses"] = JsonSerializer.SerializeToNode(closes, ContractJson.Options);
        return criteria.ToJsonString(ContractJson.Options);
    }

    /// <summary>
    /// An advert contract for a scheme whose advert has no bidding window of its own (Chesterfield, Swan, PA Housing):
    /// the criteria plus the id and the home. The register still keeps the window on the advert and its cycle, so the
    /// criteria may not set any of the four supplied fields.
    /// </summary>
    public static string ComposeAdvert(string criteriaJson, Guid advertId, string propertyJson) =>
        Compose(criteriaJson, advertId, propertyJson).ToJsonString(ContractJson.Options);

    /// <summary>
    /// Checks stored advert criteria on their own (with a well-formed probe home): errors name paths under
    /// <c>$.criteria</c>, including a supplied field the criteria try to set.
    /// </summary>
    public static ImmutableArray<ValidationError> ValidateCriteria<TAdvert>(string criteriaJson, bool withBiddingWindow)
        where TAdvert : class
    {
        string probe;
        try
        {
            probe = withBiddingWindow
                ? ComposeAdvert(criteriaJson, Guid.Empty, ProbeProperty, DateTime.UnixEpoch, DateTime.UnixEpoch)
                : ComposeAdvert(criteriaJson, Guid.Empty, ProbeProperty);
        }
        catch (ContractException ex)
        {
            return [new ValidationError("$.criteria" + ex.Field.TrimStart('$'), ex.Rule, ex.Message)];
        }

        return TryRead<TAdvert>(probe, "$.criteria", out _, out var error) ? [] : [error];
    }

    /// <summary>The option schedule for a scheme: the partnership's option changes when they are for this scheme, else the defaults.</summary>
    public static OptionSchedule<TOptions> ScheduleFor<TOptions>(PartnershipSettings settings, string schemeId, TOptions defaults) =>
        settings.Options is { } configuration && configuration.Scheme == schemeId
            ? configuration.ScheduleFor(defaults)
            : OptionSchedule<TOptions>.Always(defaults);

    /// <summary>An enum value as the contract JSON writes it (e.g. <c>notEligibleForHome</c>), for stable codes.</summary>
    public static string ContractName<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        JsonSerializer.SerializeToNode(value, ContractJson.Options)!.GetValue<string>();

    private static JsonObject Compose(string criteriaJson, Guid advertId, string propertyJson)
    {
        JsonNode? parsed;
        try
        {
            parsed = JsonNode.Parse(criteriaJson);
        }
        catch (JsonException ex)
        {
            throw ContractException.From(ex);
        }

        var criteria = parsed as JsonObject ?? throw new ContractException("$", "object", "The advert criteria must be a JSON object.");
        foreach (var supplied in new[] { "id", "property", "biddingOpens", "biddingCloses" })
        {
            if (criteria.ContainsKey(supplied))
            {
                throw new ContractException($"$.{supplied}", "set-by-register",
                    $"'{supplied}' is set by the register (from the advert, its home and its cycle); leave it out of the criteria.");
            }
        }
        criteria["id"] = advertId.ToString();
        criteria["property"] = JsonNode.Parse(propertyJson);
        return criteria;
    }

    /// <summary>A well-formed home used to check criteria on their own.</summary>
    internal const string ProbeProperty = """{"id":"probe","landlord":"probe","localAuthority":"exeter","type":"house","bedrooms":2}""";
}
