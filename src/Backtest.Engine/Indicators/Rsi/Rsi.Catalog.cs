namespace Backtest.Engine.Indicators;

public static partial class Rsi
{
    /// <summary>Catalog entry: <c>Rsi(lookbackPeriods=14)</c> of close; output <c>Rsi</c>.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "Rsi", "Relative Strength Index", IndicatorInputs.Close,
        [RsiParameters.LookbackPeriodsParameter], ["Rsi"],
        (candles, p) => [Series(candles.Close, p.Whole(0))],
        p => new RsiStream(p.Whole(0)));
}
