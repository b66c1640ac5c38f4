using System.Text.Json;
using System.Text.RegularExpressions;

namespace Backtest.Cli.Tests;

/// <summary>
/// Every CLI command line the README, the help sources and the example scripts show is run in-process on sample or
/// shared data, so documented commands never rot. Exchange commands go to a loopback Binance-compatible server that
/// serves the real candles under shared/data (through a fresh cache); output files land in a temp folder; input
/// paths are read from the repository root, as the README's reader runs them.
/// </summary>
public sealed partial class ReadmeCommandsTests
{
    public static TheoryData<string, string> Lines()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in CliTwinLines.All()) data.Add(line.Where, line.Line);
        return data;
    }

    [Fact]
    public void Documentation_ShowsTheCliTwins()
    {
        var lines = CliTwinLines.All();
        Assert.Contains(lines, l => l.Where.StartsWith("README.md:", StringComparison.Ordinal) && l.Line.StartsWith("dotnet run --project src/Backtest.Cli --", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Where.StartsWith("examples/01-get-candles.ps1:", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Where.StartsWith("module/help/", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Arguments[0] == "quality");
        Assert.Contains(lines, l => l.Arguments.Contains("binance"));
    }

    [Theory]
    [InlineData("candles --symbol 'A B' \"C D\"", new[] { "candles", "--symbol", "A B", "C D" })]
    [InlineData("candles  --top 10", new[] { "candles", "--top", "10" })]
    public void Split_ReadsWordsAndQuotes(string line, string[] expected)
    {
        Assert.Equal(expected, CliTwinLines.Split(line));
    }

    [Theory]
    [InlineData("candles --symbol BTCUSDT | head")]
    [InlineData("candles --out $(date).csv")]
    [InlineData("candles > out.csv")]
    public void Split_RefusesShellSyntax(string line)
    {
        Assert.Throws<FormatException>(() => CliTwinLines.Split(line));
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public async Task DocumentedCommand_RunsAndPrintsData(string where, string line)
    {
        var documented = CliTwinLines.All().Single(l => l.Where == where);
        Assert.Equal(line, documented.Line);
        using var temp = new TempFolder();
        // `bands` reads Binance unless told otherwise; the loopback exchange's data ends 2022-10, so a scan without an
        // end date runs as of then (else it would rightly exit 3, stale).
        bool bands = documented.Arguments[0] == "bands";
        bool exchange = Value(documented.Arguments, "--source") is "binance" or "binance-futures"
            || bands && Value(documented.Arguments, "--source") is null && !documented.Arguments.Contains("--input");
        await using var server = exchange ? await FakeBinanceServer.StartAsync() : null;
        var (args, outFile) = Rewrite(documented.Arguments, temp, server?.BaseUrl);
        if (bands && exchange && !args.Contains("--end")) args.AddRange(["--end", "2022-10-01"]);

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int exit = await CliApp.RunAsync([.. args], stdout, stderr);

        // `quality` exits 3 when it finds problems (README, exit codes); everything else must succeed.
        int[] allowed = args[0] == "quality" ? [ExitCodes.Ok, ExitCodes.DataQuality] : [ExitCodes.Ok];
        Assert.True(allowed.Contains(exit), $"{where}: `{line}` exited {exit}:\n{stderr}");
        // `run --out` names a folder of report files (a subfolder per symbol when several); a result.json is the data.
        bool reports = outFile is not null && Directory.Exists(outFile);
        string output = outFile is null ? stdout.ToString()
            : reports ? File.ReadAllText(Directory.EnumerateFiles(outFile!, "result.json", SearchOption.AllDirectories).First()) : File.ReadAllText(outFile!);
        if (args.Contains("--signal")) return; // a signal filter may rightly keep nothing on a given day
        Assert.True(HasData(output, reports ? "json" : Value(args, "--format") ?? "table"), $"{where}: `{line}` printed no data:\n{output}\n{stderr}");
    }

    private static string? Value(IReadOnlyList<string> args, string option)
    {
        int i = args.ToList().IndexOf(option);
        return i >= 0 && i + 1 < args.Count ? args[i + 1] : null;
    }

    // Exchange commands get the loopback server and a private cache; relative inputs (candle files, config files) are
    // read from the repository root; outputs go to the temp folder.
    private static (List<string> Args, string? OutFile) Rewrite(IReadOnlyList<string> documented, TempFolder temp, Uri? exchange)
    {
        var args = new List<string>();
        string? outFile = null;
        bool inputs = false;
        for (int i = 0; i < documented.Count; i++)
        {
            string arg = documented[i];
            if (arg.StartsWith('-')) inputs = arg is "--input" or "-f" or "--config" or "--funding";
            if (arg is "--output-path" && i + 1 < documented.Count) args.AddRange([arg, Path.Combine(temp.Path, documented[++i])]);
            else if (arg is "--out" or "-o" && i + 1 < documented.Count)
            {
                outFile = Path.Combine(temp.Path, documented[++i]);
                args.AddRange([arg, outFile]);
            }
            else if (arg is "--cache" or "--base-url" && i + 1 < documented.Count) i++;
            else if (inputs && !arg.StartsWith('-'))
            {
                // Inputs resolve from the repository root; a glob expands as the shell would.
                string full = Path.GetFullPath(Path.Combine(SharedData.RepositoryRoot, arg));
                if (!arg.Contains('*', StringComparison.Ordinal)) args.Add(full);
                else args.AddRange(Directory.GetFiles(Path.GetDirectoryName(full)!, Path.GetFileName(full)).Order(StringComparer.Ordinal));
            }
            else args.Add(arg);
        }
        if (exchange is not null)
        {
            args.AddRange(["--base-url", exchange.ToString()]);
            if (!args.Contains("--no-cache")) args.AddRange(["--cache", temp.File()]);
        }
        return (args, outFile);
    }

    private static bool HasData(string output, string format) => format switch
    {
        "csv" => output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length > 1,
        "json" => JsonDocument.Parse(output).RootElement is var root && (root.ValueKind == JsonValueKind.Object
            ? root.EnumerateObject().Any()
            : root.EnumerateArray().Any(e => !e.TryGetProperty("count", out var count) || count.GetInt32() > 0)),
        _ => TableRow().IsMatch(output),
    };

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}")]
    private static partial Regex TableRow();
}
