using System.Globalization;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using OpenLettings.Infrastructure.Register;
using OpenLettings.Infrastructure.Register.Schemes;

namespace OpenLettings.Bench;

/// <summary>
/// The cycle job's autobid matching (001 §60) through the register's Devon adapter: 20 autobid households against
/// 50 adverts, pair by pair (each pair reads the household's facts, assesses it and reads the advert) against one
/// batch round (each advert read once, each household read and assessed once). Target: the round costs about
/// 1/50 of pair by pair plus the cheap matching itself — it grows with households + adverts, not their product.
/// </summary>
[MemoryDiagnoser]
public class AutobidBenchmarks
{
    private readonly IRegisterScheme scheme = RegisterSchemes.Find("devon-home-choice")!;
    private readonly PartnershipSettings settings = PartnershipSettings.Default;
    private List<RegisterApplicationFacts> households = null!;
    private List<RegisterAdvertFacts> adverts = null!;
    private DateOnly asOf;

    [GlobalSetup]
    public void Setup()
    {
        var example = JsonNode.Parse(File.ReadAllText(Path.Combine(Root(), "docs", "examples", "devon-home-choice", "12-shortlist-two-bed-house.json")))!.AsObject();
        asOf = DateOnly.Parse(example["asOf"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        var advert = example["advert"]!.AsObject();
        var opens = DateTime.Parse(advert["biddingOpens"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        var closes = DateTime.Parse(advert["biddingCloses"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        var criteria = advert.DeepClone().AsObject();
        foreach (var supplied in new[] { "id", "property", "biddingOpens", "biddingCloses" })
        {
            criteria.Remove(supplied);
        }
        adverts = [.. Enumerable.Range(0, 50).Select(_ => new RegisterAdvertFacts(Guid.NewGuid(), advert["property"]!.ToJsonString(), criteria.ToJsonString(), opens, closes))];
        var applications = example["bids"]!.AsArray().Select(b => b!["application"]!.AsObject()).ToList();
        households = [.. Enumerable.Range(0, 20).Select(i =>
        {
            var application = applications[i % applications.Count].DeepClone().AsObject();
            application["autobid"] = new JsonObject { ["enabled"] = true };
            return new RegisterApplicationFacts(Guid.NewGuid(), $"DHC-B{i:D4}", application.ToJsonString());
        })];
    }

    [Benchmark(Baseline = true)]
    public int PairByPair() =>
        households.Sum(h => adverts.Count(a => scheme.AutobidMatches(h, a, asOf, settings).Outcome));

    [Benchmark]
    public int BatchRound()
    {
        var round = scheme.BeginAutobids(adverts, asOf, settings);
        return households.Sum(h => round.Matching(h).Count);
    }

    private static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OpenLettings.slnx")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? Directory.GetCurrentDirectory();
    }
}
