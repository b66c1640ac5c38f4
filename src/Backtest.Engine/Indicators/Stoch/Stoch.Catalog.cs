namespace Backtest.Engine.Indicators;

public static partial class Stoch
{
    /// <summary>Catalog entry: <c>Stoch(lookbackPeriods=14, signalPeriods=3, smoothPeriods=3)</c>; outputs Oscillator, Signal, PercentJ.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "Stoch", "Stochastic Oscillator", IndicatorInputs.High | IndicatorInputs.Low | IndicatorInputs.Close,
        [StochParameters.LookbackPeriodsParameter, StochParameters.SignalPeriodsParameter, StochParameters.SmoothPeriodsParameter],
        ["Oscillator", "Signal", "PercentJ"],
        (candles, p) =>
        {
            var r = Series(candles, p.Whole(0), p.Whole(1), p.Whole(2));
            return [r.Oscillator, r.Signal, r.PercentJ];
        },
        p => new StochStream(p.Whole(0), p.Whole(1), p.Whole(2)),
        aliases: ["Stochastic"]);
}
