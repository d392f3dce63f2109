using System.Globalization;
using System.Text.Json.Nodes;
using OpenLettings.Infrastructure.Register.Schemes;

namespace OpenLettings.Infrastructure.Tests.RegisterSchemes;

/// <summary>A shortlist example as the register holds it: the advert, its bids and which application each bid is.</summary>
public sealed record ExampleShortlist(
    RegisterAdvertFacts Advert,
    IReadOnlyList<ShortlistCandidate> Bids,
    IReadOnlyDictionary<Guid, string> ReferenceOf,
    DateOnly AsOf)
{
    /// <summary>The candidate whose application has this reference.</summary>
    public ShortlistCandidate Bid(string reference) => Bids.Single(b => b.Application.Reference == reference);
}

/// <summary>The examples under <c>docs/examples/&lt;scheme&gt;/</c> (the ones <c>openlettings</c> is tested on), turned into register facts.</summary>
public static class SchemeExamples
{
    public static string RepositoryRoot => RepositoryFiles.Root;

    /// <summary>The example document <c>docs/examples/{folder}/{name}.json</c>.</summary>
    public static JsonObject Load(string folder, string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot, "docs", "examples", folder, name + ".json")))!.AsObject();

    /// <summary>The example's expected output (<c>.expect.json</c>).</summary>
    public static JsonObject Expected(string folder, string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot, "docs", "examples", folder, name + ".expect.json")))!.AsObject();

    /// <summary>The example's assessment date.</summary>
    public static DateOnly AsOf(JsonObject example) => DateOnly.Parse(example["asOf"]!.GetValue<string>(), CultureInfo.InvariantCulture);

    /// <summary>The application of an assess example as stored facts.</summary>
    public static (string FactsJson, DateOnly AsOf) Application(string folder, string name)
    {
        var example = Load(folder, name);
        return (example["application"]!.ToJsonString(), AsOf(example));
    }

    /// <summary>An application object as the register holds it (its id is the reference).</summary>
    public static RegisterApplicationFacts Facts(JsonNode application, bool shortlistedElsewhere = false) =>
        new(Guid.NewGuid(), application["id"]!.GetValue<string>(), application.ToJsonString(), shortlistedElsewhere);

    /// <summary>
    /// An advert object as the register holds it: the home as its property, the rest (without the id, home and bidding
    /// window, which the register supplies) as its criteria. Without a window in the example the cycle is the week
    /// before <paramref name="asOf"/>.
    /// </summary>
    public static RegisterAdvertFacts Advert(JsonObject advert, DateOnly asOf)
    {
        var criteria = (JsonObject)advert.DeepClone();
        var opens = Take(criteria, "biddingOpens") ?? asOf.AddDays(-7).ToDateTime(TimeOnly.MinValue);
        var closes = Take(criteria, "biddingCloses") ?? asOf.AddDays(-1).ToDateTime(new TimeOnly(23, 59));
        criteria.Remove("id");
        var property = criteria["property"]!.ToJsonString();
        criteria.Remove("property");
        return new RegisterAdvertFacts(Guid.NewGuid(), property, criteria.ToJsonString(), opens, closes);
    }

    /// <summary>A shortlist example: each bid (Devon's <c>{ bid, application }</c> or the others' <c>{ id, application, placedAt }</c>).</summary>
    public static ExampleShortlist Shortlist(string folder, string name, Func<JsonObject, JsonObject>? edit = null)
    {
        var example = Load(folder, name);
        example = edit?.Invoke(example) ?? example;
        var asOf = AsOf(example);
        var bids = new List<ShortlistCandidate>();
        var references = new Dictionary<Guid, string>();
        foreach (var node in example["bids"]!.AsArray())
        {
            var bid = node!["bid"] ?? node;
            var placedBy = bid["placedBy"]?.GetValue<string>() switch
            {
                "staff" => BidChannelKind.Officer,
                "autobid" => BidChannelKind.Autobid,
                _ => BidChannelKind.Applicant,
            };
            var placedAt = DateTime.Parse(bid["placedAt"]!.GetValue<string>(), CultureInfo.InvariantCulture);
            var application = Facts(node["application"]!);
            var candidate = new ShortlistCandidate(Guid.NewGuid(), placedBy, placedAt, application);
            bids.Add(candidate);
            references[candidate.BidId] = application.Reference;
        }

        return new ExampleShortlist(Advert(example["advert"]!.AsObject(), asOf), bids, references, asOf);
    }

    private static DateTime? Take(JsonObject obj, string name)
    {
        if (obj[name] is not { } value)
        {
            return null;
        }

        obj.Remove(name);
        return DateTime.Parse(value.GetValue<string>(), CultureInfo.InvariantCulture);
    }
}
