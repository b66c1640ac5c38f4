namespace Backtest.Cli.Tests;

/// <summary>
/// The README carries the CLI twins of examples 04 and 05 (ReadmeCommandsTests runs every documented line, these
/// included, against the loopback exchange).
/// </summary>
public sealed class ReadmeBandsTwinTests
{
    [Fact]
    public void Readme_HasTheTwinsOfExamples04And05()
    {
        var lines = File.ReadAllLines(Path.Combine(SharedData.RepositoryRoot, "README.md"))
            .Where(l => l.StartsWith("backtest bands ", StringComparison.Ordinal)).ToList();

        Assert.Contains(lines, l => l.Contains("--top 100 --signal buy", StringComparison.Ordinal) && l.Contains("--output-path", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("--first 10", StringComparison.Ordinal) && l.Contains("--out top-buys.csv", StringComparison.Ordinal));
    }
}
