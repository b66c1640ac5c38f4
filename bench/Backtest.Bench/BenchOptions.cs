namespace Backtest.Bench;

/// <summary>Command-line options of the harness.</summary>
internal sealed record BenchOptions(string? Workload, int Runs, string SharedDir, string? Argument = null)
{
    public static BenchOptions Parse(string[] args)
    {
        string? workload = null, argument = null;
        int runs = 7;
        string shared = FindShared();
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--runs": runs = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--data": shared = args[++i]; break;
                default:
                    if (workload is null) workload = args[i];
                    else argument ??= args[i];
                    break;
            }
        }
        return new BenchOptions(workload, Math.Max(1, runs), shared, argument);
    }

    /// <summary>The shared folder beside the repository (../shared from the folder holding Backtest.sln).</summary>
    private static string FindShared()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Backtest.sln"))) return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
        }
        return Path.GetFullPath(Path.Combine("..", "shared"));
    }
}
