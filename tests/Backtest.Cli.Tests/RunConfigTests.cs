using System.Text.Json;

namespace Backtest.Cli.Tests;

/// <summary><c>backtest run --config FILE</c>: the file's options and data, flags on top, and nothing run on an invalid file.</summary>
public sealed class RunConfigTests : IDisposable
{
    private static readonly string Daily = SharedData.Path("binance/spot/BTCUSDT-1d.csv");
    private static readonly string Example = Path.Combine(SharedData.RepositoryRoot, "examples", "strategies", "sma-cross.yaml");
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Write(string name, string text)
    {
        string path = Path.Combine(_temp.Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task ConfigAlone_RunsItsStrategyOnItsData()
    {
        var (code, stdout, stderr) = await CliRun.RunAsync("run", "--config", Example, "--format", "json");

        Assert.True(code == 0, stderr);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("fast=20;slow=50;direction=long-only", root.GetProperty("parameters").GetString());
        Assert.Equal(("BTCUSDT", "1d", "2024-01-01T00:00:00Z", "2025-01-01T00:00:00Z"),
            (root.GetProperty("symbol").GetString(), root.GetProperty("interval").GetString(), root.GetProperty("start_time").GetString(), root.GetProperty("end_time").GetString()));
        Assert.Equal(root.GetProperty("trades").GetInt32(), root.GetProperty("closed_trades").GetInt32());   // end_of_data: close
    }

    [Fact]
    public async Task ExplicitFlags_OverrideTheFile_AndCandlesFromTheCommandLineWin()
    {
        string config = Write("run.yaml", "parameters: { fast: 5, slow: 20, direction: long-short }\nportfolio: { initial_cash: 4000, fee: 0.002 }\nexecution: { end_of_data: close }\n");

        var (code, stdout, stderr) = await CliRun.RunAsync("run", "--config", config, "--input", Daily, "--param", "slow=30", "--cash", "2500", "--format", "json");

        Assert.True(code == 0, stderr);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("fast=5;slow=30;direction=long-short", root.GetProperty("parameters").GetString());
        Assert.Equal(2500, root.GetProperty("initial_cash").GetDouble());
        Assert.Equal(root.GetProperty("trades").GetInt32(), root.GetProperty("closed_trades").GetInt32());   // the file's end_of_data held
        Assert.Equal(0, code);
    }

    [Fact]
    public async Task FileValues_HoldWhereNoFlagIsGiven()
    {
        string config = Write("cash.yaml", "portfolio: { initial_cash: 4000 }\n");

        var (code, stdout, stderr) = await CliRun.RunAsync("run", "--config", config, "--input", Daily, "--format", "json");

        Assert.True(code == 0, stderr);
        Assert.Equal(4000, JsonDocument.Parse(stdout).RootElement.GetProperty("initial_cash").GetDouble());
    }

    [Fact]
    public async Task RelativeDataPaths_ResolveAgainstTheConfigFolder()
    {
        string relative = Path.GetRelativePath(_temp.Path, Daily);
        string config = Write("csv.json", $$"""{ "strategy": "sma-cross", "parameters": { "fast": 5, "slow": 20 }, "data": { "paths": ["{{relative.Replace("\\", "/", StringComparison.Ordinal)}}"] } }""");

        var (code, stdout, stderr) = await CliRun.RunAsync("run", "--config", config, "--format", "json");

        Assert.True(code == 0, stderr);
        Assert.Equal("1d", JsonDocument.Parse(stdout).RootElement.GetProperty("interval").GetString());
    }

    [Theory]
    [InlineData("portfolio:\n  max_positions: -1\n", ":2: portfolio.max_positions: got -1; expected an integer from 0 up")]
    [InlineData("parameters:\n  fsat: 5\n", ":2: parameters.fsat: sma-cross has no parameter 'fsat'. Did you mean 'fast'?")]
    [InlineData("portfolio:\n  fee: [1\n", ":3: not valid YAML")]
    [InlineData("strategy: sma-cross\n", ": the config has no data section")]
    public async Task InvalidConfig_ExitsOneNamingItAndWritesNothing(string yaml, string expected)
    {
        string config = Write("bad.yaml", yaml);
        string dir = Path.Combine(_temp.Path, "never");

        var (code, stdout, stderr) = await CliRun.RunAsync("run", "--config", config, "--out", dir);

        Assert.Equal(ExitCodes.Error, code);
        Assert.Contains(config + expected, stderr, StringComparison.Ordinal);
        Assert.Empty(stdout);
        Assert.False(Directory.Exists(dir));
    }

    [Fact]
    public async Task NoCandlesAndNoConfig_IsAUsageError()
    {
        var (code, _, stderr) = await CliRun.RunAsync("run", "--param", "fast=5");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--config FILE with a data section", stderr, StringComparison.Ordinal);
    }
}
