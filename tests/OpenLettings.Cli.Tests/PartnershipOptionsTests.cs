using System.Text.Json.Nodes;

namespace OpenLettings.Cli.Tests;

/// <summary>A partnership configures its scheme with a file of option changes, each from a date (docs/schemes/README.md).</summary>
public sealed class PartnershipOptionsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("openlettings-options-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, string json)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, json);
        return path;
    }

    private static string ArrearsExample() =>
        Path.Combine(CliRunner.RepositoryRoot, "docs", "examples", "devon-home-choice", "05-intentional-arrears-teignbridge.json");

    [Fact(DisplayName = "From 1 April 2027 the arrears limit is £1,500: earlier decisions keep the old limit and say so (001 §9.2)")]
    public void Assess_ScheduledArrearsLimit_AppliesFromItsDate()
    {
        var options = Write("devon.json", """
            { "scheme": "devon-home-choice", "partnership": "Devon Home Choice",
              "versions": [ { "effectiveFrom": "2027-04-01", "note": "Board decision", "options": { "qualification": { "arrearsThreshold": 1500 } } } ] }
            """);

        var before = CliRunner.Run(["assess", ArrearsExample(), "--options", options, "--as-of", "2027-03-31"]);
        var after = CliRunner.Run(["assess", ArrearsExample(), "--options", options, "--as-of", "2027-04-01"]);

        Assert.Equal(0, before.ExitCode);
        Assert.Equal(0, after.ExitCode);
        var b = JsonNode.Parse(before.Stdout)!["assessment"]!;
        var a = JsonNode.Parse(after.Stdout)!["assessment"]!;
        Assert.Contains(b["qualification"]!["sanctions"]!.AsArray(), x => x!["reason"]!.GetValue<string>() == "E_IntentionalArrears");
        Assert.Equal("defaults", b["optionsInForce"]!.GetValue<string>());
        Assert.DoesNotContain(a["qualification"]!["sanctions"]!.AsArray(), x => x!["reason"]!.GetValue<string>() == "E_IntentionalArrears");
        Assert.Equal("from 2027-04-01", a["optionsInForce"]!.GetValue<string>());
    }

    [Fact]
    public void Assess_UnknownOptionName_NamesThePath()
    {
        var options = Write("typo.json", """
            { "scheme": "devon-home-choice", "versions": [ { "effectiveFrom": "2027-04-01", "options": { "qualification": { "arearsThreshold": 1500 } } } ] }
            """);

        var result = CliRunner.Run(["assess", ArrearsExample(), "--options", options]);

        Assert.Equal(2, result.ExitCode);
        var error = JsonNode.Parse(result.Stderr)!["errors"]![0]!;
        Assert.Equal("$.versions[0].options.qualification.arearsThreshold", error["field"]!.GetValue<string>());
        Assert.Equal("unknown-field", error["rule"]!.GetValue<string>());
    }

    [Fact]
    public void Assess_OptionsForAnotherScheme_AreRefused()
    {
        var options = Write("swan.json", """{ "scheme": "swan-transfer", "versions": [] }""");

        var result = CliRunner.Run(["assess", ArrearsExample(), "--options", options]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("scheme-mismatch", JsonNode.Parse(result.Stderr)!["errors"]![0]!["rule"]!.GetValue<string>());
    }

    [Fact(DisplayName = "Other schemes take the same configuration file: PA Housing's Midlands savings threshold raised to £40,000 (004 §4.1)")]
    public void Assess_PaHousingSubRegionThreshold_Configurable()
    {
        var example = Path.Combine(CliRunner.RepositoryRoot, "docs", "examples", "pa-housing", "midlands-savings-over-threshold.json");
        var options = Write("pa.json", """
            { "scheme": "pa-housing", "versions": [ { "effectiveFrom": "2026-01-01", "options": { "midlands": { "savingsOrAssetThreshold": 40000 } } } ] }
            """);

        var defaults = CliRunner.Run(["assess", example]);
        var configured = CliRunner.Run(["assess", example, "--options", options]);

        Assert.True(configured.ExitCode == 0, configured.Stderr);
        Assert.False(JsonNode.Parse(defaults.Stdout)!["assessment"]!["eligibility"]!["eligible"]!.GetValue<bool>());
        Assert.True(JsonNode.Parse(configured.Stdout)!["assessment"]!["eligibility"]!["eligible"]!.GetValue<bool>());
    }
}
