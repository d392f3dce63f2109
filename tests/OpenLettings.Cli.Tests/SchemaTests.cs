using System.Text.Json.Nodes;

namespace OpenLettings.Cli.Tests;

public class SchemaTests
{
    [Fact]
    public void CommittedSchemas_MatchTheContractTypes()
    {
        var folder = Path.Combine(Path.GetTempPath(), "openlettings-schemas-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = CliRunner.Run(["schema", "--write", folder]);
            Assert.Equal(0, result.ExitCode);
            var generated = Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            var committedFolder = Path.Combine(CliRunner.RepositoryRoot, "docs", "schemas");
            var committed = Directory.GetFiles(committedFolder, "*.schema.json").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(generated, committed);
            foreach (var name in generated)
            {
                var fresh = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, name!)));
                var old = JsonNode.Parse(File.ReadAllText(Path.Combine(committedFolder, name!)));
                Assert.True(JsonNode.DeepEquals(fresh, old),
                    $"docs/schemas/{name} is out of date: the JSON contract changed. Regenerate with 'dotnet run --project src/OpenLettings.Cli -- schema --write docs/schemas' and record the change in CHANGELOG.md.");
            }
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void Schema_WithoutName_ListsEveryFormat()
    {
        var result = CliRunner.Run(["schema"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("devon-home-choice.assess-input", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("devon-home-choice.shortlist-output", result.Stdout, StringComparison.Ordinal);
    }
}
