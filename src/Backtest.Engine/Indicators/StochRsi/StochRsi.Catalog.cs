namespace Backtest.Engine.Indicators;

public static partial class StochRsi
{
    /// <summary>Catalog entry: <c>StochRsi(rsiPeriods=14, stochPeriods=14, signalPeriods=3, smoothPeriods=1)</c> of close; outputs StochRsi, Signal.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "StochRsi", "Stochastic RSI", IndicatorInputs.Close,
        [StochRsiParameters.RsiPeriodsParameter, StochRsiParameters.StochPeriodsParameter,
         StochRsiParameters.SignalPeriodsParameter, StochRsiParameters.SmoothPeriodsParameter],
        ["StochRsi", "Signal"],
        (candles, p) =>
        {
            var r = Series(candles.Close, p.Whole(0), p.Whole(1), p.Whole(2), p.Whole(3));
            return [r.StochRsi, r.Signal];
        },
        p => new StochRsiStream(p.Whole(0), p.Whole(1), p.Whole(2), p.Whole(3)));
}
