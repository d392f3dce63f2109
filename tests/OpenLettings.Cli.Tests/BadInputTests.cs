using System.Text.Json.Nodes;

namespace OpenLettings.Cli.Tests;

/// <summary>Bad input gets exit code 2 and an error naming the field and the rule; nothing is written to stdout.</summary>
public class BadInputTests
{
    private static JsonObject Example() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, "docs", "examples", "devon-home-choice", "01-family-lacking-one-bedroom.json")))!.AsObject();

    private static (string Field, string Rule, string Message) SingleError(CliRunner.Result result)
    {
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        var errors = JsonNode.Parse(result.Stderr)!["errors"]!.AsArray();
        Assert.NotEmpty(errors);
        var first = errors[0]!;
        return (first["field"]!.GetValue<string>(), first["rule"]!.GetValue<string>(), first["message"]!.GetValue<string>());
    }

    [Fact]
    public void Assess_MissingRequiredField_NamesTheField()
    {
        var input = Example();
        input["application"]!.AsObject().Remove("currentHome");

        var (field, rule, _) = SingleError(CliRunner.Run(["assess"], input.ToJsonString()));

        Assert.Equal("$.application.currentHome", field);
        Assert.Equal("required", rule);
    }

    [Fact]
    public void Assess_ImpossibleDate_NamesTheField()
    {
        var input = Example();
        input["application"]!["household"]!["members"]![2]!["dateOfBirth"] = "2014-02-30";

        var (field, rule, message) = SingleError(CliRunner.Run(["assess"], input.ToJsonString()));

        Assert.Equal("$.application.household.members[2].dateOfBirth", field);
        Assert.Equal("invalid-value", rule);
        Assert.Contains("calendar date", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_UnknownCategory_NamesTheField()
    {
        var input = Example();
        input["application"]!["currentHome"]!["tenure"] = "castle";

        var (field, rule, _) = SingleError(CliRunner.Run(["assess"], input.ToJsonString()));

        Assert.Equal("$.application.currentHome.tenure", field);
        Assert.Equal("invalid-value", rule);
    }

    [Fact]
    public void Assess_UnknownField_IsRejectedNotIgnored()
    {
        var input = Example();
        input["application"]!["currentHome"]!["bedroms"] = 3;

        var (field, rule, _) = SingleError(CliRunner.Run(["assess"], input.ToJsonString()));

        Assert.Equal("$.application.currentHome.bedroms", field);
        Assert.Equal("unknown-field", rule);
    }

    [Fact]
    public void Assess_NumberAsString_IsRejected()
    {
        var input = Example();
        input["application"]!["currentHome"]!["bedroomsForExclusiveUse"] = "2";

        var (field, _, _) = SingleError(CliRunner.Run(["assess"], input.ToJsonString()));

        Assert.Equal("$.application.currentHome.bedroomsForExclusiveUse", field);
    }

    [Fact]
    public void Assess_DateOfBirthAfterAsOf_FailsValidationNamingTheField()
    {
        var input = Example();
        input["application"]!["household"]!["members"]![3]!["dateOfBirth"] = "2026-12-25";

        var (field, rule, _) = SingleError(CliRunner.Run(["assess"], input.ToJsonString()));

        Assert.Equal("$.application.household.members[3].dateOfBirth", field);
        Assert.Equal("not-in-future", rule);
    }

    [Fact]
    public void Assess_TwoMainApplicants_FailsValidation()
    {
        var input = Example();
        input["application"]!["household"]!["members"]![1]!["role"] = "mainApplicant";

        var (field, rule, _) = SingleError(CliRunner.Run(["assess"], input.ToJsonString()));

        Assert.Equal("$.application.household.members", field);
        Assert.Equal("one-main-applicant", rule);
    }

    [Fact]
    public void Assess_MalformedJson_ExitsTwo()
    {
        var (field, rule, _) = SingleError(CliRunner.Run(["assess"], "{ \"application\": "));
        Assert.Equal("$", field);
        Assert.Equal("malformed-json", rule);
    }

    [Fact]
    public void Assess_UnknownScheme_ExitsTwo()
    {
        var input = Example();
        input.Remove("scheme");

        var (field, rule, _) = SingleError(CliRunner.Run(["assess", "--scheme", "narnia"], input.ToJsonString()));
        Assert.Equal("scheme", field);
        Assert.Equal("unknown-scheme", rule);
    }

    [Fact]
    public void Assess_ImpossibleAsOfOption_ExitsTwo()
    {
        var (field, _, _) = SingleError(CliRunner.Run(["assess", "--as-of", "2026-13-01"], Example().ToJsonString()));
        Assert.Equal("--as-of", field);
    }

    [Fact]
    public void Assess_SchemeOptionDisagreesWithDocument_ExitsTwo()
    {
        var (field, rule, _) = SingleError(CliRunner.Run(["assess", "--scheme", "narnia"], Example().ToJsonString()));
        Assert.Equal("$.scheme", field);
        Assert.Equal("scheme-mismatch", rule);
    }

    [Fact]
    public void Assess_MissingFile_ExitsTwo()
    {
        var (field, rule, _) = SingleError(CliRunner.Run(["assess", "/no/such/file.json"]));
        Assert.Equal("file", field);
        Assert.Equal("not-found", rule);
    }

    [Fact]
    public void Shortlist_BidForAnotherAdvert_NamesTheBid()
    {
        var input = JsonNode.Parse(File.ReadAllText(Path.Combine(CliRunner.RepositoryRoot, "docs", "examples", "devon-home-choice", "12-shortlist-two-bed-house.json")))!.AsObject();
        input["bids"]![1]!["bid"]!["advert"] = "ADV-OTHER";

        var (field, rule, _) = SingleError(CliRunner.Run(["shortlist"], input.ToJsonString()));

        Assert.Equal("$.bids[1].bid.advert", field);
        Assert.Equal("same-advert", rule);
    }

    [Fact]
    public void UnknownCommand_IsAUsageErrorWithExitTwo()
    {
        var result = CliRunner.Run(["frobnicate"]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("usage", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("devon-home-choice")]
    [InlineData("swan-transfer")]
    [InlineData("pa-housing")]
    [InlineData("chesterfield")]
    public void Assess_NullApplication_IsRequiredForEveryScheme(string scheme)
    {
        var (field, rule, _) = SingleError(CliRunner.Run(["assess"], $$"""{ "scheme": "{{scheme}}", "asOf": "2026-06-01", "application": null }"""));

        Assert.Equal("$.application", field);
        Assert.Equal("required", rule);
    }
}
