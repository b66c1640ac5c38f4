namespace Backtest.Engine.Indicators;

/// <summary>Streaming ultimate oscillator: same numbers as <see cref="Ultimate.Series(Data.CandleSeries, int, int, int)"/>.</summary>
public sealed class UltimateStream(
    int shortPeriods = UltimateParameters.DefaultShortPeriods, int middlePeriods = UltimateParameters.DefaultMiddlePeriods,
    int longPeriods = UltimateParameters.DefaultLongPeriods)
    : HighLowCloseStream<UltimateKernel>(new UltimateKernel(new UltimateParameters(shortPeriods, middlePeriods, longPeriods)));
