using Backtest.Engine.Data.Quality;

namespace Backtest.Engine.Data;

/// <summary>One symbol's candles together with the data-quality report made on them.</summary>
/// <param name="Series">The candles (after the quality policy was applied).</param>
/// <param name="Quality">The report on the candles as they came from the source.</param>
public sealed record CandleSet(CandleSeries Series, DataQualityReport Quality);
