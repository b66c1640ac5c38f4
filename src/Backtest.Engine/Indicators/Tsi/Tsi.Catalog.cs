namespace Backtest.Engine.Indicators;

public static partial class Tsi
{
    /// <summary>Catalog entry: <c>Tsi(lookbackPeriods=25, smoothPeriods=13, signalPeriods=7)</c> of close; outputs Tsi, Signal.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "Tsi", "True Strength Index", IndicatorInputs.Close,
        [TsiParameters.LookbackPeriodsParameter, TsiParameters.SmoothPeriodsParameter, TsiParameters.SignalPeriodsParameter],
        ["Tsi", "Signal"],
        (candles, p) =>
        {
            var r = Series(candles.Close, p.Whole(0), p.Whole(1), p.Whole(2));
            return [r.Tsi, r.Signal];
        },
        p => new TsiStream(p.Whole(0), p.Whole(1), p.Whole(2)));
}
