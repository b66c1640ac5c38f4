using System.CommandLine;
using System.Globalization;
using Backtest.Engine.Data;
using Backtest.Engine.Data.Binance;
using Backtest.Engine.Data.Quality;

namespace Backtest.Cli.Commands;

/// <summary>The options every candle-reading command shares, and their binding into a <see cref="CandleQuery"/>.</summary>
internal sealed class CandleArguments
{
    public Option<string[]> Symbol { get; } = new("--symbol", "-s")
    {
        Description = "Symbol(s), e.g. BTCUSDT; repeat or separate with commas.",
        AllowMultipleArgumentsPerToken = true,
    };

    // No default value: a file's interval is the one it has (checked when given); the engine reads null as 1h for
    // the exchange and the sample market.
    public Option<string?> Interval { get; } = new("--interval", "-i")
    {
        Description = $"Candle interval: {string.Join(", ", Engine.Data.Interval.Names)} (default 1h; with --input, the file's own).",
        HelpName = "interval",
    };

    public Option<DateTime?> Start { get; } = new("--start")
    {
        Description = "First open time, UTC (e.g. 2024-01-01 or 2024-01-01T06:00Z). Default: earliest available.",
        CustomParser = r => ParseTime(r.Tokens[0].Value, r),
    };

    public Option<DateTime?> End { get; } = new("--end")
    {
        Description = "Exclusive end, UTC. Default: the last complete candle.",
        CustomParser = r => ParseTime(r.Tokens[0].Value, r),
    };

    public Option<string> Source { get; } = new("--source")
    {
        Description = "sample (synthetic, offline; the default), binance, binance-futures, or csv (the default with --input).",
    };

    public Option<string[]> Input { get; } = new("--input", "-f")
    {
        Description = "Candle file(s): Binance layout, generic OHLCV, or data.binance.vision dumps; .csv, .csv.gz, .zip.",
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<int?> Top { get; } = new("--top") { Description = "Add the top N USDT symbols by 24h quote volume." };

    public Option<bool> NoCache { get; } = new("--no-cache") { Description = "Download without reading or writing the local cache." };

    public Option<string?> Cache { get; } = new("--cache") { Description = "Cache file (default: $BACKTEST_CACHE, else the local app-data folder)." };

    public Option<string> QualityPolicy { get; } = new("--quality-policy")
    {
        Description = "warn (default): report problems; fail: exit 3 on problems; repair: sort, drop duplicates and incomplete candles.",
        DefaultValueFactory = _ => "warn",
    };

    public Option<bool> FillGaps { get; } = new("--fill-gaps") { Description = "With --quality-policy repair: fill gaps with flat, marked candles." };

    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = "Binance REST base URL (for mirrors and tests)." };

    public CandleArguments()
    {
        Interval.AcceptOnlyFromAmong([.. Engine.Data.Interval.Names]);
        Source.AcceptOnlyFromAmong("sample", "binance", "binance-futures", "csv");
        QualityPolicy.AcceptOnlyFromAmong("warn", "fail", "repair");
        Top.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < 1 or > 500) r.AddError("--top must be between 1 and 500.");
        });
    }

    public void AddTo(Command command)
    {
        foreach (var option in (Option[])[Symbol, Interval, Start, End, Source, Input, Top, NoCache, Cache, QualityPolicy, FillGaps, BaseUrl])
        {
            command.Options.Add(option);
        }
        command.Validators.Add(r =>
        {
            bool hasSymbols = r.GetValue(Symbol) is { Length: > 0 } || r.GetValue(Top) is not null || r.GetValue(Input) is { Length: > 0 };
            if (!hasSymbols) r.AddError("Name what to load: --symbol, --top or --input.");
        });
    }

    public CandleQuery ToQuery(ParseResult parse)
    {
        var inputs = parse.GetValue(Input) ?? [];
        string? source = parse.GetValue(Source);
        var kind = SourceKind(source, inputs.Length > 0, CandleSourceKind.Sample);
        var binance = BinanceOptions(parse.GetValue(BaseUrl));
        return new CandleQuery
        {
            Symbols = SplitSymbols(parse.GetValue(Symbol)),
            Interval = parse.GetValue(Interval) is { } interval ? Engine.Data.Interval.Parse(interval) : null,
            StartTime = parse.GetValue(Start),
            EndTime = parse.GetValue(End),
            Source = kind,
            Paths = inputs,
            Top = parse.GetValue(Top),
            NoCache = parse.GetValue(NoCache),
            CachePath = parse.GetValue(Cache),
            QualityPolicy = Enum.Parse<QualityPolicy>(parse.GetValue(QualityPolicy)!, ignoreCase: true),
            FillGaps = parse.GetValue(FillGaps),
            Binance = binance,
        };
    }

    /// <summary>The <c>--source</c> value; without one, Csv when files are given, else <paramref name="fallback"/>.</summary>
    internal static CandleSourceKind SourceKind(string? source, bool hasInputs, CandleSourceKind fallback) => source switch
    {
        "binance" => CandleSourceKind.Binance,
        "binance-futures" => CandleSourceKind.BinanceFutures,
        "csv" => CandleSourceKind.Csv,
        "sample" => CandleSourceKind.Sample,
        _ => hasInputs ? CandleSourceKind.Csv : fallback,
    };

    /// <summary>Symbols given repeatedly or comma-separated, as one list.</summary>
    internal static string[] SplitSymbols(string[]? values) =>
        [.. (values ?? []).SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    /// <summary>Binance settings with both base URLs pointed at <paramref name="baseUrl"/> when one is given.</summary>
    internal static BinanceClientOptions BinanceOptions(string? baseUrl)
    {
        var binance = new BinanceClientOptions();
        if (baseUrl is null) return binance;
        var uri = new Uri(baseUrl, UriKind.Absolute);
        return binance with { SpotBaseUrl = uri, FuturesBaseUrl = uri };
    }

    /// <summary>Parses an ISO 8601 UTC time for a time option, reporting a readable error.</summary>
    internal static DateTime? ParseTime(string text, System.CommandLine.Parsing.ArgumentResult result)
    {
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time))
        {
            return DateTime.SpecifyKind(time, DateTimeKind.Utc);
        }
        result.AddError($"'{text}' is not a date; expected ISO 8601 UTC such as 2024-01-01 or 2024-01-01T06:00:00Z.");
        return null;
    }
}
