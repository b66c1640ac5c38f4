namespace Backtest.Testing;

/// <summary>
/// Finds the shared data folder: walks up from the test binaries to the repository root (the folder holding
/// Backtest.sln) and goes to <c>../shared</c>, so tests use the relative path <c>../shared/data/...</c>.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The repository root (holds Backtest.sln).</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>Absolute path of <c>../shared/data/<paramref name="relative"/></c>.</summary>
    public static string Path(string relative) =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot, "..", "shared", "data", relative));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Backtest.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No Backtest.sln above {AppContext.BaseDirectory}.");
    }
}
