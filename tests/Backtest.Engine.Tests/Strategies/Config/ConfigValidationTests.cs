using Backtest.Engine.Errors;
using Backtest.Engine.Strategies.Config;

namespace Backtest.Engine.Tests.Strategies.Config;

/// <summary>
/// Every way a config can be wrong fails the read with one message naming the file, the line, the key path, the value
/// and what is allowed (unknown keys with a did-you-mean), and with a stable error kind.
/// </summary>
public sealed class ConfigValidationTests : IDisposable
{
    private readonly ConfigFiles _files = new();

    public void Dispose() => _files.Dispose();

    public static TheoryData<string, string, string> InvalidYaml() => new()
    {
        // Unknown keys, at every level, with a did-you-mean.
        { "strategy: sma-cross\nportfolo:\n  fee: 0.001\n", ":2: portfolo: unknown key. Did you mean 'portfolio'?", "Allowed here: strategy," },
        { "initial_cash: 5000\n", ":1: initial_cash: unknown key. It belongs under portfolio (portfolio.initial_cash).", "" },
        { "strategy: sma-cross\ninitalCash: 5000\n", ":2: initalCash: unknown key. Did you mean portfolio.initial_cash?", "" },
        { "portfolio:\n  intial_cash: 5000\n", ":2: portfolio.intial_cash: unknown key. Did you mean 'initial_cash'?", "Allowed here: initial_cash, fee," },
        { "risk_management:\n  stop_los: 0.02\n", ":2: risk_management.stop_los: unknown key. Did you mean 'stop_loss'?", "" },
        { "futures:\n  brackets:\n    - { notional_floor: 0, maintenance_margin_rat: 0.004, max_leverage: 20 }\n", ":3: futures.brackets[0].maintenance_margin_rat: unknown key. Did you mean 'maintenance_margin_rate'?", "" },
        { "data:\n  symbols: [BTCUSDT]\n  intervall: 1h\n", ":3: data.intervall: unknown key. Did you mean 'interval'?", "" },
        { "execution:\n  end_of_dta: close\n", ":2: execution.end_of_dta: unknown key. Did you mean 'end_of_data'?", "" },
        { "optimization:\n  fast: { min: 5, maks: 9 }\n", ":2: optimization.fast.maks: unknown key. Did you mean 'max'?", "" },
        { "parameters:\n  slwo: 60\n", ":2: parameters.slwo: sma-cross has no parameter 'slwo'. Did you mean 'slow'?", "Its parameters: sma-cross(fast=10, slow=50" },
        { "optimization:\n  fsat: [5, 10]\n", ":2: optimization.fsat: sma-cross has no parameter 'fsat'. Did you mean 'fast'?", "" },
        { "strategy: sma-crss\n", ":1: strategy: got 'sma-crss'; expected a catalogued strategy. Did you mean 'sma-cross'?", "Known strategies: sma-cross" },
        // Values out of range or of the wrong type: the value and what is allowed.
        { "portfolio:\n  max_positions: -1\n", ":2: portfolio.max_positions: got -1; expected an integer from 0 up", "" },
        { "portfolio:\n  initial_cash: lots\n", ":2: portfolio.initial_cash: got lots; expected a number above 0", "" },
        { "portfolio:\n  fee: [0.001]\n", ":2: portfolio.fee: got a list; expected a fraction from 0 up to (not including) 1", "" },
        { "portfolio:\n  max_total_exposure: 0\n", ":2: portfolio.max_total_exposure: got 0; expected a fraction of equity above 0 and at most 125", "" },
        { "portfolio:\n  sizing: kelly\n", ":2: portfolio.sizing: got 'kelly': Sizing: unknown sizing 'kelly'; expected one of all-in,", "" },
        { "portfolio:\n  slippage: 5pct\n", ":2: portfolio.slippage: got '5pct':", "atr:MULTIPLE" },
        { "risk_management:\n  stop_loss: 1.5\n", ":2: risk_management.stop_loss: got '1.5':", "a percent level is a fraction above 0 and below 1" },
        { "risk_management:\n  trailing_stop: price:100\n", ":2: risk_management.trailing_stop: got 'price:100':", "not a price" },
        { "risk_management:\n  take_profit: lots\n", ":2: risk_management.take_profit: got 'lots':", "2atr" },
        { "parameters:\n  fast: 60\n  slow: 50\n", ":2: parameters: sma-cross: The fast window must be shorter than the slow one; got fast=60, slow=50.", "" },
        { "parameters:\n  fast: ten\n", ":2: parameters.fast: got 'ten'; expected an integer from 1 to 9999", "" },
        { "parameters:\n  direction: sideways\n", ":2: parameters.direction: got 'sideways'; expected one of long-only, long-short", "" },
        { "parameters:\n  fast: { value: 5 }\n", ":2: parameters.fast: got a map; expected a single value", "" },
        { "futures:\n  leverage: 200\n", ":2: futures.leverage: got 200; expected a number from 1 to 125", "" },
        { "futures:\n  margin_mode: crossed\n", ":2: futures.margin_mode: got 'crossed'; expected one of isolated, cross. Did you mean 'cross'?", "" },
        { "futures:\n  funding: maybe\n", ":2: futures.funding: got maybe; expected true or false", "" },
        { "futures:\n  brackets:\n    - { notional_floor: 10, maintenance_margin_rate: 0.004, max_leverage: 20 }\n", ":3: futures.brackets: Futures: brackets[0]: the first bracket must start at notional 0; got 10", "" },
        { "execution:\n  fill: later\n", ":2: execution.fill: got 'later'; expected one of next-open, close, this-close", "" },
        { "data:\n  symbols: [BTCUSDT]\n  interval: 7m\n", ":3: data.interval: got '7m':", "" },
        { "data:\n  symbols: [BTCUSDT]\n  start: yesterday\n", ":3: data.start: got 'yesterday'; expected a UTC date or time such as 2024-01-01", "" },
        { "data:\n  symbols: [BTCUSDT]\n  start: 2024-02-01\n  end: 2024-01-01\n", ":4: data.end: got 2024-01-01 00:00, not after start 2024-02-01 00:00", "" },
        { "data:\n  source: binance\n", ":2: data.symbols: missing; name the symbols to load", "" },
        { "data:\n  source: csv\n", ":2: data.paths: missing; source csv needs paths", "" },
        { "data:\n  source: sampel\n  symbols: [BTCUSDT]\n", ":2: data.source: got 'sampel'; expected one of sample, binance, binance-futures, csv. Did you mean 'sample'?", "" },
        { "optimization:\n  fast: { min: 0, max: 20 }\n", ":2: optimization.fast: got min 0, max 20; expected both within fast's range, an integer from 1 to 9999", "" },
        { "optimization:\n  fast: { min: 5, max: 20, step: 2.5 }\n", ":2: optimization.fast.step: got 2.5; expected a whole step", "" },
        { "optimization:\n  fast: { min: 20, max: 5 }\n", ":2: optimization.fast.max: got 5, below min 20; expected max >= min", "" },
        { "optimization:\n  direction: { min: 1, max: 2 }\n", ":2: optimization.direction: direction is a choice; expected a list of values from long-only, long-short", "" },
        { "optimization:\n  direction: [long-only, sideways]\n", ":2: optimization.direction[1]: got 'sideways'; expected one of long-only, long-short", "" },
        { "optimization:\n  slow: { min: 2, max: 10000, step: 0.0001 }\n", ":2: optimization.slow.step: got 0.0001; expected a whole step", "" },
        { "optimization:\n  stop_loss: { min: 0.0001, max: 0.99, step: 0.000001 }\n", ":2: optimization.stop_loss.step: got 1E-06, which makes more than 100,000 values", "" },
        // Duplicates, also through another spelling of the same key.
        { "portfolio:\n  fee: 0.001\n  fee: 0.002\n", ":3: portfolio.fee: duplicate key (first given as 'fee' at line 2)", "" },
        { "portfolio:\n  initial_cash: 1\n  initialCash: 2\n", ":3: portfolio.initialCash: duplicate key (first given as 'initial_cash' at line 2)", "" },
        { "data:\n  symbol: BTCUSDT\n  symbols: [ETHUSDT]\n", "data.symbol: duplicate of data.symbols", "" },
    };

    [Theory]
    [MemberData(nameof(InvalidYaml))]
    public void InvalidValue_NamesFileLinePathValueAndWhatIsAllowed(string yaml, string expected, string alsoExpected)
    {
        string path = _files.Write("config.yaml", yaml);

        var error = Assert.Throws<BacktestException>(() => BacktestConfigFile.Read(path));

        Assert.Equal(ErrorKind.InvalidArgument, error.Kind);
        Assert.Equal(path, error.Target);
        Assert.StartsWith(path + ":", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Contains(expected, StringComparison.Ordinal), error.Message);
        Assert.True(error.Message.Contains(alsoExpected, StringComparison.Ordinal), error.Message);
    }

    [Theory]
    [InlineData("config.yaml", "", "the file is empty")]
    [InlineData("config.yaml", "  \n\n", "the file is empty")]
    [InlineData("config.json", "", "the file is empty")]
    [InlineData("config.yaml", "# only a comment\n", "the file has no content, only comments")]
    [InlineData("config.yaml", "- strategy: sma-cross\n", ":1: got a list at the top; expected a map of sections")]
    [InlineData("config.yaml", "strategy: sma-cross\nparameters:\n  fast: [10\n", ":4: not valid YAML")]
    [InlineData("config.yaml", "strategy: sma-cross\n  fast: 10\n", ":2: not valid YAML")]
    [InlineData("config.yaml", "strategy: sma-cross\n---\nstrategy: sma-cross\n", ":2: a config file holds one YAML document")]
    [InlineData("config.json", "{\n  \"strategy\": \"sma-cross\",\n  \"parameters\": { \"fast\": 10 \n}\n", ":5: not valid JSON")]
    [InlineData("config.json", "{\n  \"strategy\": \"sma-cross\"\n  \"fee\": 1\n}", ":3: not valid JSON")]
    public void MalformedOrEmpty_IsInvalidDataWithTheLine(string name, string text, string expected)
    {
        string path = _files.Write(name, text);

        var error = Assert.Throws<BacktestException>(() => BacktestConfigFile.Read(path));

        Assert.Equal(ErrorKind.InvalidData, error.Kind);
        Assert.True(error.Message.Contains(path + (expected.StartsWith(':') ? "" : ": ") + expected, StringComparison.Ordinal), error.Message);
    }

    [Fact]
    public void DuplicateKeyInJson_NamesBothLines()
    {
        string path = _files.Write("config.json", "{\n  \"portfolio\": {\n    \"fee\": 0.001,\n    \"fee\": 0.002 } }");

        var error = Assert.Throws<BacktestException>(() => BacktestConfigFile.Read(path));

        Assert.Contains(":4: portfolio.fee: duplicate key (first given as 'fee' at line 3)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TypeErrorInJson_NamesTheLine()
    {
        string path = _files.Write("config.json", "{\n  \"portfolio\": {\n    \"initial_cash\": \"ten thousand\" } }");

        var error = Assert.Throws<BacktestException>(() => BacktestConfigFile.Read(path));

        Assert.Contains(":3: portfolio.initial_cash: got \"ten thousand\"; expected a number above 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFiles_AreNotFoundNamingTheResolvedPath()
    {
        var missingConfig = Assert.Throws<BacktestException>(() => BacktestConfigFile.Read(Path.Combine(_files.Folder, "nope.yaml")));
        string path = _files.Write("sub/config.yaml", "data:\n  paths:\n    - candles.csv\n");
        var missingData = Assert.Throws<BacktestException>(() => BacktestConfigFile.Read(path));

        Assert.Equal(ErrorKind.NotFound, missingConfig.Kind);
        Assert.Equal(ErrorKind.NotFound, missingData.Kind);
        Assert.Contains($":3: data.paths[0]: the file '{Path.Combine(_files.Folder, "sub", "candles.csv")}' does not exist", missingData.Message, StringComparison.Ordinal);
    }
}
