using System.Globalization;
using System.Text.RegularExpressions;

namespace Backtest.Cli.Tests;

/// <summary>
/// Runs every <c>backtest bands</c> line of the README (the CLI twins of the examples) as written, against the
/// loopback exchange as of 2022-10-01: outputs go to a temp folder, relative inputs resolve from the repository
/// root, shell globs and the date substitution expand as a shell would.
/// </summary>
public sealed partial class ReadmeBandsTwinTests : LoopbackCliTest
{
    private static List<string> ReadmeLines() =>
        [.. File.ReadAllLines(Path.Combine(SharedData.RepositoryRoot, "README.md")).Where(l => l.StartsWith("backtest bands ", StringComparison.Ordinal))];

    public static TheoryData<string> Lines() => [.. ReadmeLines()];

    [Fact]
    public void Readme_HasTheTwinsOfExamples04And05()
    {
        var lines = ReadmeLines();

        Assert.Contains(lines, l => l.Contains("--top 100 --signal buy", StringComparison.Ordinal) && l.Contains("--output-path", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("--first 10", StringComparison.Ordinal) && l.Contains("--out top-buys.csv", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public async Task ReadmeLine_RunsAndExitsZero(string line)
    {
        var args = Expand(line["backtest ".Length..]);
        bool exchange = !args.Contains("--input");
        if (exchange) args.AddRange(["--base-url", Server.BaseUrl.ToString(), "--cache", Path.Combine(Dir, "cache.db")]);
        if (!args.Contains("--end")) args.AddRange(["--end", "2022-10-01"]);

        var (code, _, stderr) = await CliRun.RunAsync([.. args]);

        Assert.True(code == 0, $"{line}\n{stderr}");
        int outAt = args.IndexOf("--out");
        if (outAt >= 0) Assert.True(File.Exists(args[outAt + 1]), args[outAt + 1]);
        int resultsAt = args.IndexOf("--output-path");
        if (resultsAt >= 0) Assert.Single(Directory.GetFiles(args[resultsAt + 1], "band_signals_*.json"));
    }

    private List<string> Expand(string commandLine)
    {
        string today = DateTime.UtcNow.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var words = Words().Matches(commandLine.Replace("$(date -u +%Y%m%d)", today, StringComparison.Ordinal))
            .Select(m => m.Value.Trim('"')).ToList();
        var args = new List<string>();
        for (int i = 0; i < words.Count; i++)
        {
            string word = words[i];
            string? previous = i > 0 ? words[i - 1] : null;
            if (previous is "--out" or "--output-path") args.Add(Path.Combine(Dir, word));
            else if (word.StartsWith("../", StringComparison.Ordinal) && word.Contains('*', StringComparison.Ordinal))
            {
                string full = Path.GetFullPath(Path.Combine(SharedData.RepositoryRoot, word));
                args.AddRange(Directory.GetFiles(Path.GetDirectoryName(full)!, Path.GetFileName(full)).Order(StringComparer.Ordinal));
            }
            else if (word.StartsWith("../", StringComparison.Ordinal)) args.Add(Path.GetFullPath(Path.Combine(SharedData.RepositoryRoot, word)));
            else args.Add(word);
        }
        return args;
    }

    [GeneratedRegex("\"[^\"]*\"|\\S+")]
    private static partial Regex Words();
}
