namespace Backtest.Engine.Indicators;

public static partial class Macd
{
    /// <summary>Catalog entry: <c>Macd(fastPeriods=12, slowPeriods=26, signalPeriods=9)</c> of close.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "Macd", "Moving Average Convergence/Divergence", IndicatorInputs.Close,
        [MacdParameters.FastPeriodsParameter, MacdParameters.SlowPeriodsParameter, MacdParameters.SignalPeriodsParameter],
        ["Macd", "Signal", "Histogram", "FastEma", "SlowEma"],
        (candles, p) =>
        {
            var r = Series(candles.Close, p.Whole(0), p.Whole(1), p.Whole(2));
            return [r.Macd, r.Signal, r.Histogram, r.FastEma, r.SlowEma];
        },
        p => new MacdStream(p.Whole(0), p.Whole(1), p.Whole(2)),
        validate: p => _ = new MacdParameters(p.Whole(0), p.Whole(1), p.Whole(2)));
}
