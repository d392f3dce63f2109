namespace OpenLettings.Testing;

/// <summary>Files of the repository the tests run from (examples, docs), found above the test binaries.</summary>
public static class RepositoryFiles
{
    /// <summary>The repository's root: the folder holding <c>OpenLettings.slnx</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path under the root, e.g. <c>Path("docs", "examples", "devon-home-choice", "01-….json")</c>.</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>A Devon Home Choice example file under <c>docs/examples/devon-home-choice</c>.</summary>
    public static string DevonExample(string fileName) => Path("docs", "examples", "devon-home-choice", fileName);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "OpenLettings.slnx")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("OpenLettings.slnx not found above the test binaries.");
    }
}
