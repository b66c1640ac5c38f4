using System.CommandLine;
using Backtest.Engine.Data;
using Backtest.Engine.Data.Binance;
using Backtest.Engine.Simulation;
using Backtest.Engine.Strategies.Config;

namespace Backtest.Cli.Commands;

/// <summary>The options of <c>backtest run</c>, exactly as the issue names them, and their binding into the engine's records.</summary>
internal sealed class RunArguments
{
    public Option<string?> Config { get; } = new("--config") { Description = "Backtest config, YAML or JSON (docs/config.md): strategy, parameters, stops, portfolio, data. Flags given here override it; without --input or --symbol its data section names the candles.", HelpName = "file" };

    public Option<string[]> Input { get; } = new("--input") { Description = "Candle file: Binance layout, generic OHLCV, or a data.binance.vision dump; .csv, .csv.gz, .zip. Repeat for a portfolio.", HelpName = "file" };

    public Option<string[]> Symbol { get; } = new("--symbol") { Description = "Symbol(s) to load instead of a file, e.g. BTCUSDT; comma-separate several for one portfolio.", HelpName = "symbol" };

    public Option<bool> PerSymbol { get; } = new("--per-symbol") { Description = "With several symbols or files: backtest each on its own (one result each) instead of one portfolio." };

    public Option<int?> MaxPositions { get; } = new("--max-positions") { Description = "Portfolio: most positions open at once (default: one per symbol); more entries than free slots go to the strongest signals.", HelpName = "N" };

    public Option<double?> MaxExposure { get; } = new("--max-exposure") { Description = "Portfolio: largest entry value of one symbol as a fraction of equity (default 1).", HelpName = "F" };

    public Option<double?> Leverage { get; } = new("--leverage") { Description = "USD-M futures leverage (1-125); implies a futures backtest (default with --source binance-futures: 1).", HelpName = "L" };

    public Option<string?> MarginMode { get; } = new("--margin-mode") { Description = "USD-M futures margin: isolated (default) or cross." };

    public Option<string?> Funding { get; } = new("--funding") { Description = "USD-M futures funding rates: a funding CSV (funding_time,funding_interval_hours,funding_rate), a folder of <SYMBOL>-funding.csv, or off. Default: Binance's history with --source binance-futures.", HelpName = "file|off" };

    public Option<string?> Interval { get; } = new("--interval") { Description = "Candle interval with --symbol (default 1h); files: checked against the file's own.", HelpName = "interval" };

    public Option<string?> Source { get; } = new("--source") { Description = "sample (default with --symbol; synthetic), binance, binance-futures, or csv (with --input)." };

    public Option<string> Strategy { get; } = new("--strategy") { Description = "Catalogued strategy.", DefaultValueFactory = _ => "sma-cross", HelpName = "name" };

    public Option<string[]> Param { get; } = new("--param") { Description = "Strategy parameter name=value; repeat for each (sma-cross: fast, slow, stop_loss, take_profit).", HelpName = "k=v" };

    public Option<string?> Direction { get; } = new("--direction") { Description = "long-only or long-short (stop-and-reverse); default: the strategy's own (sma-cross: long-only)." };

    public Option<double> Cash { get; } = new("--cash") { Description = "Starting cash in the quote currency.", DefaultValueFactory = _ => 10_000, HelpName = "N" };

    public Option<double> Fee { get; } = new("--fee") { Description = "Fee as a fraction of the traded value per fill (0.001 = 0.1 %).", DefaultValueFactory = _ => 0.001, HelpName = "F" };

    public Option<string> Sizing { get; } = new("--sizing") { Description = "all-in (fractional units, default), all-in-whole (whole units), or fixed (with --quantity).", DefaultValueFactory = _ => "all-in" };

    public Option<double?> Quantity { get; } = new("--quantity") { Description = "Units per entry, with --sizing fixed.", HelpName = "Q" };

    public Option<string> Fill { get; } = new("--fill") { Description = "next-open (default: the next bar's open) or close (the signal bar's close).", DefaultValueFactory = _ => "next-open" };

    public Option<string> End { get; } = new("--end") { Description = "A position open after the last bar: keep (default, marked at the last close), close (at the last close) or open (at the last open).", DefaultValueFactory = _ => "keep" };

    // Not among the flags, so hidden from --help: where exchange candles are cached and which REST endpoint
    // serves them (mirrors; the tests' loopback exchange), exactly as `candles` takes them.
    public Option<string?> Cache { get; } = new("--cache") { Description = "Cache file for exchange candles.", Hidden = true };

    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = "Binance REST base URL.", Hidden = true };

    public RunArguments()
    {
        Interval.AcceptOnlyFromAmong([.. Engine.Data.Interval.Names]);
        Source.AcceptOnlyFromAmong("sample", "binance", "binance-futures", "csv");
        MarginMode.AcceptOnlyFromAmong("isolated", "cross");
        Direction.AcceptOnlyFromAmong("long-only", "long-short");
        Sizing.AcceptOnlyFromAmong("all-in", "all-in-whole", "fixed");
        Fill.AcceptOnlyFromAmong("next-open", "close");
        End.AcceptOnlyFromAmong("close", "open", "keep");
    }

    public void AddTo(Command command)
    {
        foreach (var option in (Option[])[Config, Input, Symbol, PerSymbol, Interval, Source, Strategy, Param, Direction, Cash, Fee, Sizing, Quantity, Fill, End,
            MaxPositions, MaxExposure, Leverage, MarginMode, Funding, Cache, BaseUrl])
        {
            command.Options.Add(option);
        }
        command.Validators.Add(r =>
        {
            bool file = r.GetValue(Input) is { Length: > 0 }, symbols = r.GetValue(Symbol) is { Length: > 0 };
            if (file && symbols) r.AddError("Name the candles once: --input FILE or --symbol SYMBOL, not both.");
            if (!file && !symbols && r.GetValue(Config) is null) r.AddError("Name the candles: --input FILE, or --symbol SYMBOL (with --interval and --source), or --config FILE with a data section.");
            if (r.GetValue(Sizing) == "fixed" && r.GetValue(Quantity) is null) r.AddError("--sizing fixed needs --quantity Q.");
            if (r.GetValue(Sizing) != "fixed" && r.GetValue(Quantity) is not null) r.AddError("--quantity applies only to --sizing fixed.");
            foreach (var p in r.GetValue(Param) ?? [])
            {
                if (p.IndexOf('=', StringComparison.Ordinal) <= 0) r.AddError($"--param expects name=value; got '{p}'.");
            }
        });
    }

    /// <summary>The --config file, read and checked (null without one); nothing runs when it is invalid.</summary>
    public BacktestConfigFile? ReadConfig(ParseResult parse) => parse.GetValue(Config) is { } path ? BacktestConfigFile.Read(path) : null;

    /// <summary>The options: the config file's (or the defaults), with every flag the command line gives explicitly on top.</summary>
    public BacktestOptions ToOptions(ParseResult parse, BacktestConfigFile? config = null)
    {
        var options = config?.Options ?? new BacktestOptions();
        bool Given(Option option) => config is null || parse.GetResult(option) is { Implicit: false };
        string strategy = Given(Strategy) ? parse.GetValue(Strategy)! : options.Strategy;
        // Another strategy on the command line: the file's parameters were written for its own.
        bool sameStrategy = Engine.Strategies.StrategyCatalog.NormalizeName(strategy) == Engine.Strategies.StrategyCatalog.NormalizeName(options.Strategy);
        var parameters = new Dictionary<string, string>(sameStrategy ? options.Parameters : new Dictionary<string, string>(), StringComparer.Ordinal);
        foreach (var p in parse.GetValue(Param) ?? [])
        {
            int eq = p.IndexOf('=', StringComparison.Ordinal);
            parameters[p[..eq].Trim()] = p[(eq + 1)..].Trim();
        }
        if (parse.GetValue(Direction) is { } direction) parameters["direction"] = direction;
        return options with
        {
            Strategy = strategy,
            Parameters = parameters,
            InitialCash = Given(Cash) ? parse.GetValue(Cash) : options.InitialCash,
            Fee = Given(Fee) ? parse.GetValue(Fee) : options.Fee,
            Sizing = !Given(Sizing) ? options.Sizing : parse.GetValue(Sizing) switch
            {
                "fixed" => new SizingSpec(SizingKind.Fixed, parse.GetValue(Quantity) ?? double.NaN),
                "all-in-whole" => new SizingSpec(SizingKind.AllInWhole),
                _ => SizingSpec.AllIn,
            },
            Fill = !Given(Fill) ? options.Fill : parse.GetValue(Fill) == "close" ? FillTiming.ThisClose : FillTiming.NextOpen,
            Portfolio = !Given(MaxPositions) && !Given(MaxExposure) ? options.Portfolio
                : (options.Portfolio ?? PortfolioRules.Unlimited) with
                {
                    MaxPositions = parse.GetValue(MaxPositions) ?? options.Portfolio?.MaxPositions ?? 0,
                    MaxSymbolExposure = parse.GetValue(MaxExposure) ?? options.Portfolio?.MaxSymbolExposure ?? 1,
                },
            Futures = FuturesFrom(parse, options.Futures),
            EndOfData = !Given(End) ? options.EndOfData : parse.GetValue(End) switch
            {
                "close" => EndOfDataPolicy.CloseAtLastClose,
                "open" => EndOfDataPolicy.CloseAtLastOpen,
                _ => EndOfDataPolicy.Keep,
            },
        };
    }

    /// <summary>True when the command names one portfolio: several symbols or files, without --per-symbol.</summary>
    public bool IsPortfolio(ParseResult parse, CandleQuery query) => !parse.GetValue(PerSymbol) && (query.Symbols.Count > 1 || query.Paths.Count > 1);

    // Futures when the candles are USD-M futures or any futures flag is given (over the config's futures section);
    // funding from --funding, else the config's, else the exchange.
    private FuturesSpec? FuturesFrom(ParseResult parse, FuturesSpec? configured)
    {
        double? leverage = parse.GetValue(Leverage);
        string? mode = parse.GetValue(MarginMode), funding = parse.GetValue(Funding);
        if (leverage is null && mode is null && funding is null && parse.GetValue(Source) != "binance-futures") return configured;
        var spec = configured ?? new FuturesSpec();
        bool off = string.Equals(funding, "off", StringComparison.OrdinalIgnoreCase);
        return spec with
        {
            Leverage = leverage ?? spec.Leverage,
            MarginMode = mode is null ? spec.MarginMode : mode == "cross" ? Engine.Simulation.MarginMode.Cross : Engine.Simulation.MarginMode.Isolated,
            Funding = !off && spec.Funding,
            FundingRatesPath = off ? null : funding is null ? spec.FundingRatesPath : Path.GetFullPath(funding),
        };
    }

    /// <summary>The candles: the command line's, or, when it names none, the config file's data section.</summary>
    /// <exception cref="Engine.Errors.BacktestException">Neither names candles (InvalidArgument naming the config).</exception>
    public CandleQuery ToQuery(ParseResult parse, BacktestConfigFile? config = null)
    {
        string[] inputs = parse.GetValue(Input) ?? [];
        string? input = inputs.Length > 0 ? inputs[0] : null;
        if (config is not null && input is null && parse.GetValue(Symbol) is not { Length: > 0 })
        {
            var data = config.Data ?? throw new Engine.Errors.BacktestException(Engine.Errors.ErrorKind.InvalidArgument,
                $"{config.Path}: the config has no data section; name the candles with --input FILE or --symbol SYMBOL, or add data: (symbols, interval, source or paths).", config.Path);
            return data with
            {
                CachePath = parse.GetValue(Cache) ?? data.CachePath,
                Binance = BinanceFrom(parse) ?? data.Binance,
            };
        }
        var kind = parse.GetValue(Source) switch
        {
            "binance" => CandleSourceKind.Binance,
            "binance-futures" => CandleSourceKind.BinanceFutures,
            "csv" => CandleSourceKind.Csv,
            "sample" => CandleSourceKind.Sample,
            _ => input is not null ? CandleSourceKind.Csv : CandleSourceKind.Sample,
        };
        return new CandleQuery
        {
            Symbols = [.. (parse.GetValue(Symbol) ?? []).SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
            Interval = parse.GetValue(Interval) is { } interval ? Engine.Data.Interval.Parse(interval) : null,
            Source = kind,
            Paths = inputs,
            CachePath = parse.GetValue(Cache),
            Binance = BinanceFrom(parse),
        };
    }

    private BinanceClientOptions? BinanceFrom(ParseResult parse) => parse.GetValue(BaseUrl) is { } url
        ? new BinanceClientOptions { SpotBaseUrl = new Uri(url, UriKind.Absolute), FuturesBaseUrl = new Uri(url, UriKind.Absolute) }
        : null;
}
