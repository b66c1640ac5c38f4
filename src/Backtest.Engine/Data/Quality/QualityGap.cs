namespace Backtest.Engine.Data.Quality;

/// <summary>
/// A run of missing candles, as the half-open range <c>[Start, End)</c> of the open times that are absent:
/// <see cref="Start"/> is the first missing candle's open time (one interval after the last candle before the gap),
/// <see cref="End"/> the open time of the candle where data resumes.
/// </summary>
/// <param name="Start">Open time of the first missing candle (UTC).</param>
/// <param name="End">Open time of the first candle after the gap (UTC).</param>
/// <param name="MissingBars">How many candles are missing.</param>
public sealed record QualityGap(DateTime Start, DateTime End, long MissingBars);
