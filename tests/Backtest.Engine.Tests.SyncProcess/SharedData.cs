namespace Backtest.Engine.Tests.SyncProcess;

/// <summary>
/// Finds the project's shared data by the relative path <c>../shared/data/...</c> from the repository root
/// (the folder holding <c>Backtest.sln</c>), found by walking up from the running assembly.
/// </summary>
public static class SharedData
{
    /// <summary>The full path of <paramref name="relative"/> under <c>../shared/data</c>.</summary>
    public static string PathOf(string relative)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Backtest.sln"))) folder = folder.Parent;
        if (folder is null) throw new DirectoryNotFoundException($"No Backtest.sln above {AppContext.BaseDirectory}.");
        string path = Path.GetFullPath(Path.Combine(folder.FullName, "..", "shared", "data", relative));
        return File.Exists(path) ? path : throw new FileNotFoundException($"Shared data file not found: {path}", path);
    }
}
