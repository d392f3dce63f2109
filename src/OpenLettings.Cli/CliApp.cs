using System.CommandLine;

namespace OpenLettings.Cli;

/// <summary>The <c>openlettings</c> command line: builds the command tree and runs it with the given streams.</summary>
public static class CliApp
{
    /// <summary>Runs the command line and returns the process exit code.</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        _ = stdin;
        var root = new RootCommand("OpenLettings: housing register and choice based lettings engine.");
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
