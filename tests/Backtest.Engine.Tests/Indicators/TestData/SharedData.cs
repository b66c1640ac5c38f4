namespace Backtest.Engine.Tests.Indicators.TestData;

/// <summary>Paths into ../shared, found by walking up from the test binaries to the folder holding Backtest.sln.</summary>
internal static class SharedData
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>Absolute path of <c>../shared/data/&lt;relative&gt;</c>.</summary>
    public static string Path(string relative) => System.IO.Path.Combine(Root.Value, "data", relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Backtest.sln")))
            {
                return System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared"));
            }
        }
        throw new InvalidOperationException($"No Backtest.sln above {AppContext.BaseDirectory}; cannot locate ../shared.");
    }
}
