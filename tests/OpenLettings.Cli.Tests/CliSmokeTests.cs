namespace OpenLettings.Cli.Tests;

public class CliSmokeTests
{
    [Fact]
    public void Help_ExitsZeroAndDescribesTool()
    {
        var output = new StringWriter();
        var exit = CliApp.Run(["--help"], new StringReader(""), output, new StringWriter());
        Assert.Equal(0, exit);
        Assert.Contains("OpenLettings", output.ToString(), StringComparison.Ordinal);
    }
}
