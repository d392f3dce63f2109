using System.Text.Json.Nodes;

namespace OpenLettings.Cli.Tests;

public class CommandTests
{
    [Fact]
    public void Help_ListsEveryCommand()
    {
        var result = CliRunner.Run(["--help"]);
        Assert.Equal(0, result.ExitCode);
        foreach (var command in new[] { "assess", "shortlist", "explain", "schemes", "schema" })
        {
            Assert.Contains(command, result.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Assess_ReadsStandardInput_AndAsOfOptionOverridesDocument()
    {
        var json = File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, "docs", "examples", "devon-home-choice", "01-family-lacking-one-bedroom.json"));

        var result = CliRunner.Run(["assess", "-", "--as-of", "2026-07-01"], json);

        Assert.Equal(0, result.ExitCode);
        var assessment = JsonNode.Parse(result.Stdout)!["assessment"]!;
        Assert.Equal("2026-07-01", assessment["asOf"]!.GetValue<string>());
        Assert.Equal("C", assessment["band"]!.GetValue<string>());
    }

    [Fact]
    public void Assess_WithoutAsOf_UsesTodayInTheUk()
    {
        var input = JsonNode.Parse(File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, "docs", "examples", "devon-home-choice", "01-family-lacking-one-bedroom.json")))!.AsObject();
        input.Remove("asOf");

        var result = CliRunner.Run(["assess"], input.ToJsonString());

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("2026-06-01", JsonNode.Parse(result.Stdout)!["assessment"]!["asOf"]!.GetValue<string>());
    }

    [Fact]
    public void Explain_Assessment_GivesBandReasonsAndCitations()
    {
        var path = Path.Combine(CliRunner.RepositoryRoot, "docs", "examples", "devon-home-choice", "04-no-local-connection.json");

        var result = CliRunner.Run(["explain", path]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Band D (Low housing need)", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("(001 §40.28)", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("What would change this:", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_Shortlist_NamesTheFirstApplicantToConsider()
    {
        var path = Path.Combine(CliRunner.RepositoryRoot, "docs", "examples", "devon-home-choice", "12-shortlist-two-bed-house.json");

        var result = CliRunner.Run(["explain", path]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("The first applicant to consider is DHC-1003", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("BP-ELIG", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Schemes_ListsDevonWithItsOptionsAndDefaults()
    {
        var result = CliRunner.Run(["schemes"]);

        Assert.Equal(0, result.ExitCode);
        var schemes = JsonNode.Parse(result.Stdout)!.AsArray();
        var devon = schemes.Single(s => s!["id"]!.GetValue<string>() == "devon-home-choice")!;
        var options = devon["options"]!.AsArray();
        var bids = options.Single(o => o!["name"]!.GetValue<string>() == "bidding.bidsPerCycle")!;
        Assert.Equal("3", bids["defaultValue"]!.GetValue<string>());
        Assert.Contains(options, o => o!["name"]!.GetValue<string>() == "qualification.arrearsThreshold");
        Assert.Equal(
            ["devon-home-choice", "chesterfield", "swan-transfer", "pa-housing", "discretionary-allocation"],
            schemes.Select(s => s!["id"]!.GetValue<string>()).ToArray());
        Assert.All(schemes, s => Assert.NotEmpty(s!["options"]!.AsArray()));
    }
}
