namespace Backtest.Engine.Indicators;

public static partial class Pmo
{
    /// <summary>Catalog entry: <c>Pmo(timePeriods=35, smoothPeriods=20, signalPeriods=10)</c> of close; outputs Pmo, Signal.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "Pmo", "Price Momentum Oscillator", IndicatorInputs.Close,
        [PmoParameters.TimePeriodsParameter, PmoParameters.SmoothPeriodsParameter, PmoParameters.SignalPeriodsParameter],
        ["Pmo", "Signal"],
        (candles, p) =>
        {
            var r = Series(candles.Close, p.Whole(0), p.Whole(1), p.Whole(2));
            return [r.Pmo, r.Signal];
        },
        p => new PmoStream(p.Whole(0), p.Whole(1), p.Whole(2)));
}
