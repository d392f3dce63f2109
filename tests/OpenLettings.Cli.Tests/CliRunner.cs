namespace OpenLettings.Cli.Tests;

/// <summary>Runs the real command line in-process with captured streams and a fixed clock.</summary>
internal static class CliRunner
{
    /// <summary>The date "today" is in these tests (UK).</summary>
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(string[] args, string stdin = "")
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, new StringReader(stdin), stdout, stderr, new FixedClock(Now));
        return new Result(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The repository root (where OpenLettings.slnx is).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OpenLettings.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("OpenLettings.slnx not found above the test folder.");
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
