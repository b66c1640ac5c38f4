using System.CommandLine;
using System.Globalization;
using Backtest.Engine.Data;
using Backtest.Engine.Data.Quality;
using Backtest.Engine.Signals;
using Backtest.Engine.Signals.Bands;

namespace Backtest.Cli.Commands;

/// <summary>The options of <c>backtest bands</c> and their binding into a <see cref="BandScanOptions"/>.</summary>
internal sealed class BandArguments
{
    public Option<string[]> Symbol { get; } = new("--symbol", "-s")
    {
        Description = "Symbol(s), e.g. BTCUSDT; repeat or separate with commas. Default (no --symbol, --top or --input): BTCUSDT,ETHUSDT,SOLUSDT.",
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<int?> Top { get; } = new("--top") { Description = "Scan the top N USDT symbols by 24h quote volume (1-500)." };

    public Option<string[]> Input { get; } = new("--input", "-f")
    {
        Description = "Candle files, one symbol each (Binance layout, generic OHLCV, data.binance.vision dumps).",
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<string> Interval { get; } = new("--interval", "-i") { Description = "Candle interval (default 1d; files: the file's own)." };

    public Option<int> Degree { get; } = new("--degree")
    {
        Description = "Polynomial degree, 2-10.",
        DefaultValueFactory = _ => PolynomialBandsParameters.DefaultDegree,
    };

    public Option<double> KStd { get; } = new("--kstd")
    {
        Description = "Band half-width in residual standard deviations.",
        DefaultValueFactory = _ => PolynomialBandsParameters.DefaultStandardDeviations,
    };

    public Option<int> Days { get; } = new("--days")
    {
        Description = "Fit the candles of the last N days.",
        DefaultValueFactory = _ => BandScanOptions.DefaultDays,
    };

    public Option<int> MinBars { get; } = new("--min-bars")
    {
        Description = "Fewest candles that give a signal (fewer: HOLD with an error).",
        DefaultValueFactory = _ => BandScanOptions.DefaultMinBars,
    };

    public Option<string> Source { get; } = new("--source")
    {
        Description = "binance (the default), binance-futures, sample (synthetic, offline) or csv (the default with --input).",
    };

    public Option<int> ThrottleLimit { get; } = new("--throttle-limit")
    {
        Description = "Symbols scanned at once, 1-64.",
        DefaultValueFactory = _ => BandScanOptions.DefaultThrottleLimit,
    };

    public Option<DateTime?> End { get; } = new("--end")
    {
        Description = "Scan as of this exclusive end, UTC (e.g. 2024-06-01). Default: the last complete candle.",
        CustomParser = r => CandleArguments.ParseTime(r.Tokens[0].Value, r),
    };

    public Option<string?> OutputPath { get; } = new("--output-path")
    {
        Description = "Also write every result and the parameters to band_signals_YYYYMMDD_HHMMSS.json in this folder (or to this .json file), atomically.",
    };

    public Option<string[]> Signal { get; } = new("--signal")
    {
        Description = "Print only these signals: buy, sell, hold (the results file keeps all).",
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<string> Sort { get; } = new("--sort")
    {
        Description = "scan (the scan's order, default), return (PotentialReturnPct, largest first), symbol, or distance (|DistanceSigma|, largest first).",
        DefaultValueFactory = _ => "scan",
    };

    public Option<int?> First { get; } = new("--first") { Description = "Print only the first N rows after filtering and sorting." };

    public Option<string?> MaxAge { get; } = new("--max-age")
    {
        Description = "Exit 3 when a symbol's newest candle ended longer ago than this (e.g. 36h, 2d; 'none' to skip). " +
            "Default: two intervals for exchange sources without --end; no check for files, sample data or --end.",
    };

    public Option<bool> NoCache { get; } = new("--no-cache") { Description = "Download without reading or writing the local cache." };

    public Option<string?> Cache { get; } = new("--cache") { Description = "Cache file (default: $BACKTEST_CACHE, else the local app-data folder)." };

    public Option<string> QualityPolicy { get; } = new("--quality-policy")
    {
        Description = "warn (default): note problems; fail: a symbol with problems fails; repair: sort, drop duplicates and incomplete candles.",
        DefaultValueFactory = _ => "warn",
    };

    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = "Binance REST base URL (for mirrors and tests)." };

    public BandArguments()
    {
        Interval.AcceptOnlyFromAmong([.. Engine.Data.Interval.Names]);
        Source.AcceptOnlyFromAmong("sample", "binance", "binance-futures", "csv");
        QualityPolicy.AcceptOnlyFromAmong("warn", "fail", "repair");
        Sort.AcceptOnlyFromAmong("scan", "return", "symbol", "distance");
        Signal.AcceptOnlyFromAmong("buy", "sell", "hold", "BUY", "SELL", "HOLD");
        Range(Top, 1, 500);
        Range(Degree, PolynomialBandsParameters.MinDegree, PolynomialBandsParameters.MaxDegree);
        Range(Days, 1, 36_500);
        Range(ThrottleLimit, 1, 64);
        Range(First, 1, int.MaxValue);
        KStd.Validators.Add(r =>
        {
            double k = r.GetValueOrDefault<double>();
            if (!(k >= PolynomialBandsParameters.MinStandardDeviations && k <= PolynomialBandsParameters.MaxStandardDeviations))
            {
                r.AddError(string.Create(CultureInfo.InvariantCulture,
                    $"--kstd must be between {PolynomialBandsParameters.MinStandardDeviations} and {PolynomialBandsParameters.MaxStandardDeviations}."));
            }
        });
        MaxAge.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } text && text != "none" && ParseAge(text) is null)
            {
                r.AddError($"--max-age '{text}' is not a duration; expected e.g. 90m, 36h, 2d or none.");
            }
        });
    }

    public void AddTo(Command command)
    {
        foreach (var option in (Option[])[Symbol, Top, Input, Interval, Degree, KStd, Days, MinBars, Source, ThrottleLimit, End, OutputPath,
            Signal, Sort, First, MaxAge, NoCache, Cache, QualityPolicy, BaseUrl])
        {
            command.Options.Add(option);
        }
    }

    public BandScanOptions ToOptions(ParseResult parse)
    {
        var inputs = parse.GetValue(Input) ?? [];
        return new BandScanOptions
        {
            Symbols = CandleArguments.SplitSymbols(parse.GetValue(Symbol)),
            Top = parse.GetValue(Top),
            Paths = inputs,
            Interval = parse.GetValue(Interval) is { } interval ? Engine.Data.Interval.Parse(interval) : null,
            Degree = parse.GetValue(Degree),
            KStd = parse.GetValue(KStd),
            Days = parse.GetValue(Days),
            MinBars = parse.GetValue(MinBars),
            Source = CandleArguments.SourceKind(parse.GetValue(Source), inputs.Length > 0, CandleSourceKind.Binance),
            ThrottleLimit = parse.GetValue(ThrottleLimit),
            EndTime = parse.GetValue(End),
            NoCache = parse.GetValue(NoCache),
            CachePath = parse.GetValue(Cache),
            QualityPolicy = Enum.Parse<QualityPolicy>(parse.GetValue(QualityPolicy)!, ignoreCase: true),
            Binance = CandleArguments.BinanceOptions(parse.GetValue(BaseUrl)),
        };
    }

    /// <summary>The allowed age of the newest candle, or null for no check (see <see cref="MaxAge"/>).</summary>
    public TimeSpan? GetMaxAge(ParseResult parse, BandScanOptions options)
    {
        string? text = parse.GetValue(MaxAge);
        if (text == "none") return null;
        if (text is not null) return ParseAge(text);
        bool exchange = options.Source is CandleSourceKind.Binance or CandleSourceKind.BinanceFutures;
        return exchange && options.EndTime is null ? BandScanVerdict.DefaultMaxAge(options.Interval ?? Engine.Data.Interval.OneDay) : null;
    }

    /// <summary>The rows to print: the signal filter, the sort and the row limit applied.</summary>
    public IReadOnlyList<BandSignal> Select(ParseResult parse, IEnumerable<BandSignal> signals)
    {
        var wanted = (parse.GetValue(Signal) ?? []).Select(s => Enum.Parse<TradeSignal>(s, ignoreCase: true)).ToHashSet();
        var rows = wanted.Count == 0 ? signals : signals.Where(s => wanted.Contains(s.Signal));
        rows = parse.GetValue(Sort) switch
        {
            "return" => rows.OrderByDescending(s => s.PotentialReturnPct),
            "symbol" => rows.OrderBy(s => s.Symbol, StringComparer.Ordinal),
            "distance" => rows.OrderByDescending(s => double.IsFinite(s.DistanceSigma) ? Math.Abs(s.DistanceSigma) : -1),
            _ => rows,
        };
        return [.. parse.GetValue(First) is { } first ? rows.Take(first) : rows];
    }

    private static TimeSpan? ParseAge(string text)
    {
        if (text.Length < 2 || !double.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.Float, CultureInfo.InvariantCulture, out double n) || n <= 0)
        {
            return null;
        }
        return text[^1] switch
        {
            'm' => TimeSpan.FromMinutes(n),
            'h' => TimeSpan.FromHours(n),
            'd' => TimeSpan.FromDays(n),
            _ => null,
        };
    }

    private static void Range<T>(Option<T> option, int min, int max) => option.Validators.Add(r =>
    {
        object? value = r.GetValueOrDefault<T>();
        if (value is int v && (v < min || v > max)) r.AddError($"{option.Name} must be between {min} and {max}.");
    });
}
