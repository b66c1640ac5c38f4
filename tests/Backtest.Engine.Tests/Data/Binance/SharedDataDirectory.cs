namespace Backtest.Engine.Tests.Data.Binance;

/// <summary>
/// Finds <c>../shared</c> relative to the repository root (the folder holding <c>Backtest.sln</c>), walking up from
/// the test binaries, so shared data is referenced by its relative location and never copied into the repo.
/// </summary>
public static class SharedDataDirectory
{
    private static readonly Lazy<string> Root = new(Locate);

    /// <summary>Absolute path of <c>../shared/data/binance</c>.</summary>
    public static string Binance => Path.Combine(Root.Value, "data", "binance");

    /// <summary>Absolute path of a file under <c>../shared/data/binance</c>.</summary>
    public static string BinanceFile(string relative) => Path.Combine(Binance, relative);

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Backtest.sln")))
            {
                string shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
                return Directory.Exists(shared) ? shared : throw new DirectoryNotFoundException($"Expected shared data at {shared} (../shared from the repository root).");
            }
        }
        throw new DirectoryNotFoundException($"No Backtest.sln above {AppContext.BaseDirectory}.");
    }
}
