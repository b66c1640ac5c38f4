using System.Globalization;
using Backtest.Engine.Data;
using Backtest.Engine.Data.Binance;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Simulation;

/// <summary>
/// A perpetual's funding-rate history, columnar: funding times (epoch ms UTC, strictly ascending) and rates (fraction
/// of the notional per funding interval; positive = longs pay shorts). Load a file with <see cref="Load"/>, take
/// Binance's records with <see cref="From"/>, and place the events on a run's bars with <see cref="MapTo"/>.
/// </summary>
public sealed class FundingRates
{
    private readonly long[] _timeMs;
    private readonly double[] _rate;

    /// <summary>Wraps the columns (owned from now on).</summary>
    /// <param name="timesMs">Funding times, epoch ms UTC, strictly ascending.</param>
    /// <param name="rates">Rates, one per time, finite.</param>
    /// <param name="source">Where they came from (a file path, "binance"), for messages.</param>
    /// <exception cref="BacktestException">Lengths differ, a time is out of order or repeated, or a rate is not finite (InvalidData naming the index).</exception>
    public FundingRates(long[] timesMs, double[] rates, string source)
    {
        ArgumentNullException.ThrowIfNull(timesMs);
        ArgumentNullException.ThrowIfNull(rates);
        ArgumentNullException.ThrowIfNull(source);
        if (timesMs.Length != rates.Length)
        {
            throw new BacktestException(ErrorKind.InvalidData, string.Create(CultureInfo.InvariantCulture,
                $"{source}: {timesMs.Length} funding times but {rates.Length} rates; give one rate per time."), source);
        }
        for (int i = 0; i < timesMs.Length; i++)
        {
            string? problem = (i > 0 ? OrderProblem(timesMs[i - 1], timesMs[i]) : null) ?? RateProblem(rates[i]);
            if (problem is not null) throw new BacktestException(ErrorKind.InvalidData, $"{source}: funding event [{i}]: {problem}.", source);
        }
        _timeMs = timesMs;
        _rate = rates;
        Source = source;
    }

    /// <summary>Where the rates came from.</summary>
    public string Source { get; }

    /// <summary>Number of funding events.</summary>
    public int Count => _timeMs.Length;

    /// <summary>Funding times, epoch ms UTC, strictly ascending.</summary>
    public ReadOnlySpan<long> TimeMs => _timeMs;

    /// <summary>Funding rates, fraction of the notional per interval; positive = longs pay shorts.</summary>
    public ReadOnlySpan<double> Rate => _rate;

    /// <summary>SHA-256 (lower-case hex) of the times and rates as little-endian bytes: what a run manifest records.</summary>
    public string Sha256()
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(TimeMs));
        hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(Rate));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// Reads a funding file: a header naming <c>funding_time</c> and <c>funding_rate</c> (data.binance.vision's
    /// <c>calc_time</c> and <c>last_funding_rate</c> are accepted too; other columns such as
    /// <c>funding_interval_hours</c> are ignored: a rate is per event whatever the interval), then one row per event.
    /// </summary>
    /// <exception cref="BacktestException">Missing file (NotFound), unreadable (Storage), or bad content (InvalidData naming file, line and column).</exception>
    public static FundingRates Load(string path, CancellationToken cancellationToken = default) => FundingRatesFile.Read(path, cancellationToken);

    /// <summary>Takes Binance's records (<see cref="BinanceClient.GetFundingRatesAsync"/>), which must be of one symbol and ascending.</summary>
    /// <exception cref="BacktestException">Mixed symbols, or times out of order or repeated (InvalidData naming the index).</exception>
    public static FundingRates From(IReadOnlyList<FundingRate> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var times = new long[records.Count];
        var rates = new double[records.Count];
        string? symbol = null;
        for (int i = 0; i < records.Count; i++)
        {
            var r = records[i];
            symbol ??= r.Symbol;
            if (r.Symbol != symbol)
            {
                throw new BacktestException(ErrorKind.InvalidData, $"Funding rates: record [{i}] is for {r.Symbol} but record [0] is for {symbol}; give one symbol's rates.", r.Symbol);
            }
            times[i] = CandleSeries.ToEpochMs(r.FundingTime);
            rates[i] = r.Rate;
        }
        return new FundingRates(times, rates, symbol is null ? "binance funding rates" : $"binance funding rates {symbol}");
    }

    /// <summary>Places every funding event on the bar of <paramref name="candles"/> that contains it.</summary>
    public FundingSchedule MapTo(CandleSeries candles) => FundingSchedule.Map(this, candles);

    /// <summary>Why <paramref name="current"/> cannot follow <paramref name="previous"/>, or null when it can.</summary>
    internal static string? OrderProblem(long previous, long current) =>
        current > previous ? null
        : current == previous ? string.Create(CultureInfo.InvariantCulture, $"funding time {current} repeats the previous event's; give each event once")
        : string.Create(CultureInfo.InvariantCulture, $"funding time {current} is before the previous event's {previous}; events must be in ascending time");

    /// <summary>Why <paramref name="rate"/> is unusable, or null.</summary>
    internal static string? RateProblem(double rate) =>
        double.IsFinite(rate) ? null : string.Create(CultureInfo.InvariantCulture, $"funding rate {rate} is not a finite number");
}
