using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenLettings.Domain.Validation;
using OpenLettings.Infrastructure.Json;

namespace OpenLettings.Infrastructure.Register.Schemes;

/// <summary>The schemes the register can run, by id, and the JSON plumbing they share.</summary>
public static class RegisterSchemes
{
    /// <summary>Every scheme the register runs.</summary>
    public static ImmutableArray<IRegisterScheme> All { get; } = [new DevonRegisterScheme()];

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
        var criteria = (JsonNode.Parse(criteriaJson) as JsonObject) ?? throw new ContractException("$", "object", "The advert criteria must be a JSON object.");
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
        criteria["biddingOpens"] = JsonSerializer.SerializeToNode(opens, ContractJson.Options);
        criteria["biddingCloses"] = JsonSerializer.SerializeToNode(closes, ContractJson.Options);
        return criteria.ToJsonString(ContractJson.Options);
    }

    /// <summary>A well-formed home used to check criteria on their own.</summary>
    internal const string ProbeProperty = """{"id":"probe","landlord":"probe","localAuthority":"exeter","type":"house","bedrooms":2}""";
}
