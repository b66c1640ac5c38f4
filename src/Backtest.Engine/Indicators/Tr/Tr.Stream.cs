namespace Backtest.Engine.Indicators;

/// <summary>Streaming true range: same numbers as <see cref="Tr.Series(Data.CandleSeries)"/>.</summary>
public sealed class TrStream() : HighLowCloseStream<TrKernel>(new TrKernel());
