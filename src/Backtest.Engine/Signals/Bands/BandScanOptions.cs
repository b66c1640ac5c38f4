using System.Globalization;
using Backtest.Engine.Data;
using Backtest.Engine.Data.Binance;
using Backtest.Engine.Data.Quality;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Signals.Bands;

/// <summary>
/// Everything <see cref="BandScan"/> needs. <c>Get-BandSignal</c> and <c>backtest bands</c> bind their
/// parameters into this record and nothing else. Defaults follow the seed engine: the core movers
/// (BTC, ETH, SOL), daily candles, the last 720 days, degree 4, bands at ±2σ, Binance spot.
/// </summary>
public sealed record BandScanOptions
{
    /// <summary>The symbols scanned when none are named and no top N or files are given.</summary>
    public static IReadOnlyList<string> CoreMovers { get; } = ["BTCUSDT", "ETHUSDT", "SOLUSDT"];

    /// <summary>Default window in days.</summary>
    public const int DefaultDays = 720;

    /// <summary>Default minimum number of candles for a signal (the seed's 50).</summary>
    public const int DefaultMinBars = 50;

    /// <summary>Default number of symbols scanned at once.</summary>
    public const int DefaultThrottleLimit = 8;

    /// <summary>Symbols to scan (with <see cref="Top"/>, both are scanned).</summary>
    public IReadOnlyList<string> Symbols { get; init; } = [];

    /// <summary>Adds the top N USDT symbols by 24 h quote volume (exchange sources) or the first N sample symbols.</summary>
    public int? Top { get; init; }

    /// <summary>Candle files, one symbol each, when <see cref="Source"/> is <see cref="CandleSourceKind.Csv"/>.</summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    /// <summary>Candle interval; null means 1d, or for files the file's own.</summary>
    public Interval? Interval { get; init; }

    /// <summary>Polynomial degree, 2–10.</summary>
    public int Degree { get; init; } = PolynomialBandsParameters.DefaultDegree;

    /// <summary>Band half-width in residual standard deviations.</summary>
    public double KStd { get; init; } = PolynomialBandsParameters.DefaultStandardDeviations;

    /// <summary>The fitted window: candles opening in the last <c>Days</c> days before the latest candle's close.</summary>
    public int Days { get; init; } = DefaultDays;

    /// <summary>
    /// Fewest candles that give a signal (default 50). When the window cannot hold that many (e.g. 30 days of
    /// 1d candles) the window's own size is required instead; never fewer than degree + 2.
    /// </summary>
    public int MinBars { get; init; } = DefaultMinBars;

    /// <summary>Where candles come from (default Binance spot, through the local cache).</summary>
    public CandleSourceKind Source { get; init; } = CandleSourceKind.Binance;

    /// <summary>Symbols scanned at once (1–64).</summary>
    public int ThrottleLimit { get; init; } = DefaultThrottleLimit;

    /// <summary>Scan as of this exclusive end (UTC); null scans up to the last complete candle.</summary>
    public DateTime? EndTime { get; init; }

    /// <summary>Bypass the local candle cache.</summary>
    public bool NoCache { get; init; }

    /// <summary>The candle cache file; null uses <c>BACKTEST_CACHE</c> or the default location.</summary>
    public string? CachePath { get; init; }

    /// <summary>What to do when a symbol's data-quality report finds problems (Fail makes that symbol fail).</summary>
    public QualityPolicy QualityPolicy { get; init; } = QualityPolicy.Warn;

    /// <summary>Binance connection settings.</summary>
    public BinanceClientOptions? Binance { get; init; }

    /// <summary>The candle count a symbol of <paramref name="interval"/> needs for a signal (see <see cref="MinBars"/>).</summary>
    public int RequiredBars(Interval interval)
    {
        long windowBars = interval.Name is null ? MinBars : Math.Max(1, (long)Days * 86_400_000 / interval.Milliseconds);
        return (int)Math.Max(Degree + 2, Math.Min(MinBars, windowBars));
    }

    /// <summary>Checks every value; the message names the parameter and its allowed range.</summary>
    /// <exception cref="BacktestException"><see cref="ErrorKind.InvalidArgument"/>.</exception>
    public void Validate()
    {
        PolynomialBandsParameters.CheckDegree(Degree, nameof(Degree));
        PolynomialBandsParameters.CheckStandardDeviations(KStd, nameof(KStd));
        if (Interval is { Name: null }) throw new BacktestException(ErrorKind.InvalidArgument, "A band scan needs a named candle interval.", nameof(Interval));
        Check(Days, 1, 36_500, nameof(Days));
        Check(MinBars, Degree + 2, 100_000, nameof(MinBars));
        Check(ThrottleLimit, 1, 64, nameof(ThrottleLimit));
        if (Top is { } top) Check(top, 1, 500, nameof(Top));
        if (Source == CandleSourceKind.Csv && Paths.Count == 0)
        {
            throw new BacktestException(ErrorKind.InvalidArgument, "The Csv source needs at least one candle file (Path).", nameof(Paths));
        }
    }

    /// <summary>The candle query for the scan: the window's range plus one spare interval, up to <see cref="EndTime"/>.</summary>
    internal CandleQuery ToQuery(DateTime nowUtc)
    {
        bool files = Source == CandleSourceKind.Csv;
        DateTime? end = EndTime ?? (files ? null : nowUtc);
        return new CandleQuery
        {
            Symbols = Symbols.Count == 0 && Top is null && !files ? CoreMovers : Symbols,
            Top = Top,
            Paths = Paths,
            Interval = Interval ?? (files ? null : Data.Interval.OneDay),
            StartTime = end is { } e ? e.AddDays(-Days) - (2 * (Interval ?? Data.Interval.OneDay).Duration) : null,
            EndTime = EndTime,
            Source = Source,
            NoCache = NoCache,
            CachePath = CachePath,
            QualityPolicy = QualityPolicy,
            Binance = Binance,
        };
    }

    private static void Check(int value, int min, int max, string parameter)
    {
        if (value < min || value > max)
        {
            throw new BacktestException(ErrorKind.InvalidArgument,
                string.Create(CultureInfo.InvariantCulture, $"Band scan: {parameter} = {value} is out of range; allowed: {min} to {max}."), parameter);
        }
    }
}
