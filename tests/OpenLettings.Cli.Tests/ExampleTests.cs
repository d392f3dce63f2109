using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace OpenLettings.Cli.Tests;

/// <summary>
/// Every example under docs/examples runs through the real command and must match its <c>.expect.json</c>
/// (every value the expectation names; arrays element by element), and both the example and the output must
/// satisfy the committed JSON Schemas.
/// </summary>
public class ExampleTests
{
    private static IEnumerable<string> ExampleFiles() =>
        Directory.GetFiles(Path.Combine(CliRunner.RepositoryRoot, "docs", "examples"), "*.json", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".expect.json", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}discretionary-allocation{Path.DirectorySeparatorChar}", StringComparison.Ordinal)) // run by DiscretionaryCommandTests
            .Select(f => Path.GetRelativePath(CliRunner.RepositoryRoot, f))
            .Order(StringComparer.Ordinal);

    public static TheoryData<string> Examples() => [.. ExampleFiles()];

    [Fact]
    public void Examples_AtLeastTenForDevon()
    {
        var devon = ExampleFiles().Count(f => f.Contains("devon-home-choice", StringComparison.Ordinal));
        Assert.True(devon >= 10, $"docs/examples/devon-home-choice has {devon} examples; the CLI contract promises at least ten.");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_RunsAndMatchesExpectation(string relativePath)
    {
        var path = Path.Combine(CliRunner.RepositoryRoot, relativePath);
        var input = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var scheme = input["scheme"]!.GetValue<string>();
        var command = input.ContainsKey("advert") ? "shortlist" : "assess";

        var result = CliRunner.Run([command, path]);

        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}: {result.Stderr}");
        var output = JsonNode.Parse(result.Stdout)!;
        var expectationPath = Path.ChangeExtension(path, ".expect.json");
        Assert.True(File.Exists(expectationPath), $"{relativePath} has no expectation file {Path.GetFileName(expectationPath)}.");
        AssertContains(JsonNode.Parse(File.ReadAllText(expectationPath))!, output, "$");

        AssertValid($"{scheme}.{command}-input", input);
        AssertValid($"{scheme}.{command}-output", output);

        var explained = CliRunner.Run(["explain", path]);
        Assert.Equal(0, explained.ExitCode);
        Assert.Contains("§", explained.Stdout, StringComparison.Ordinal);
    }

    private static void AssertValid(string schemaName, JsonNode instance)
    {
        var schemaFile = Path.Combine(CliRunner.RepositoryRoot, "docs", "schemas", schemaName + ".schema.json");
        Assert.True(File.Exists(schemaFile), $"docs/schemas/{schemaName}.schema.json is missing.");
        var schema = JsonSchema.FromText(File.ReadAllText(schemaFile));
        using var document = JsonDocument.Parse(instance.ToJsonString());
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))
            .Take(10);
        Assert.True(results.IsValid, $"Not valid against {schemaName}: {string.Join("; ", errors)}");
    }

    /// <summary>Every property the expectation names must be present with the same value; arrays must match element by element.</summary>
    internal static void AssertContains(JsonNode expected, JsonNode? actual, string path)
    {
        switch (expected)
        {
            case JsonObject expectedObject:
                var actualObject = Assert.IsType<JsonObject>(actual, exactMatch: false);
                foreach (var (key, value) in expectedObject)
                {
                    Assert.True(actualObject.ContainsKey(key), $"{path}.{key} is missing from the output.");
                    AssertContains(value!, actualObject[key], $"{path}.{key}");
                }

                break;
            case JsonArray expectedArray:
                var actualArray = Assert.IsType<JsonArray>(actual, exactMatch: false);
                Assert.True(expectedArray.Count == actualArray.Count, $"{path} has {actualArray.Count} elements; expected {expectedArray.Count}.");
                for (var i = 0; i < expectedArray.Count; i++)
                {
                    AssertContains(expectedArray[i]!, actualArray[i], $"{path}[{i}]");
                }

                break;
            default:
                Assert.True(JsonNode.DeepEquals(expected, actual), $"{path} is {actual?.ToJsonString() ?? "null"}; expected {expected.ToJsonString()}.");
                break;
        }
    }
}
