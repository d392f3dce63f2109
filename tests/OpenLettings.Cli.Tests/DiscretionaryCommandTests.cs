using System.Text.Json.Nodes;

namespace OpenLettings.Cli.Tests;

/// <summary>The <c>discretionary</c> command (Derby Homes Discretionary Allocations Procedure, seed 000) on its example.</summary>
public class DiscretionaryCommandTests
{
    private static readonly string ExamplePath =
        Path.Combine(CliRunner.RepositoryRoot, "docs", "examples", "discretionary-allocation", "request-awaiting-final-approval.json");

    [Fact(DisplayName = "The example awaits final approval, due 10 working days after the HSM agreed, over Easter (000 Procedure (final approval))")]
    public void Discretionary_Example_AwaitsFinalApprovalWithDueDate()
    {
        var result = CliRunner.Run(["discretionary", ExamplePath]);

        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}: {result.Stderr}");
        var output = JsonNode.Parse(result.Stdout)!;
        Assert.Equal("homelessnessManagerApproval", output["stage"]!.GetValue<string>());
        Assert.Equal("2026-03-27", output["stageEnteredOn"]!.GetValue<string>());
        Assert.Equal("2026-04-14", output["dueOn"]!.GetValue<string>());
        Assert.False(output["overdue"]!.GetValue<bool>());
        var approve = output["nextActions"]!.AsArray().Single(a => a!["action"]!.GetValue<string>() == "approve")!;
        Assert.Equal(["homelessnessManager", "housingAdviceManager"], approve["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Contains("hsm-0007", approve["notBy"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(2, output["auditTrail"]!.AsArray().Count);
        Assert.Equal("000 §Procedure (HSM review)", output["auditTrail"]![1]!["reasons"]![0]!["citation"]!.GetValue<string>());
    }

    [Fact(DisplayName = "The --as-of option overrides the document: a pending final approval becomes overdue (000 Procedure (final approval))")]
    public void Discretionary_AsOfAfterDueDate_Overdue()
    {
        var result = CliRunner.Run(["discretionary", ExamplePath, "--as-of", "2026-04-15"]);

        Assert.Equal(0, result.ExitCode);
        Assert.True(JsonNode.Parse(result.Stdout)!["overdue"]!.GetValue<bool>());
    }

    [Fact]
    public void Discretionary_MissingRequiredField_ExitsTwoNamingTheField()
    {
        var input = JsonNode.Parse(File.ReadAllText(ExamplePath))!.AsObject();
        input["request"]!.AsObject().Remove("requestedBy");

        var result = CliRunner.Run(["discretionary"], input.ToJsonString());

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        var error = JsonNode.Parse(result.Stderr)!["errors"]![0]!;
        Assert.Equal("$.request.requestedBy", error["field"]!.GetValue<string>());
        Assert.Equal("required", error["rule"]!.GetValue<string>());
    }

    [Fact]
    public void Discretionary_UnknownRole_ExitsTwoNamingTheField()
    {
        var input = JsonNode.Parse(File.ReadAllText(ExamplePath))!.AsObject();
        input["events"]![1]!["role"] = "mayor";

        var result = CliRunner.Run(["discretionary"], input.ToJsonString());

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("$.events[1].role", JsonNode.Parse(result.Stderr)!["errors"]![0]!["field"]!.GetValue<string>());
    }

    [Fact]
    public void Discretionary_EventsOutOfDateOrder_FailsValidationNamingTheEvent()
    {
        var input = JsonNode.Parse(File.ReadAllText(ExamplePath))!.AsObject();
        input["events"]![1]!["on"] = "2026-03-03";

        var result = CliRunner.Run(["discretionary"], input.ToJsonString());

        Assert.Equal(2, result.ExitCode);
        var error = JsonNode.Parse(result.Stderr)!["errors"]![0]!;
        Assert.Equal("$.events[1].on", error["field"]!.GetValue<string>());
        Assert.Equal("chronological", error["rule"]!.GetValue<string>());
    }
}
