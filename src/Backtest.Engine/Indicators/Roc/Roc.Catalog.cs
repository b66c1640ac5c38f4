namespace Backtest.Engine.Indicators;

public static partial class Roc
{
    /// <summary>Catalog entry: <c>Roc(lookbackPeriods=14)</c> of close; outputs Momentum, Roc.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "Roc", "Rate of Change", IndicatorInputs.Close,
        [RocParameters.LookbackPeriodsParameter], ["Momentum", "Roc"],
        (candles, p) =>
        {
            var r = Series(candles.Close, p.Whole(0));
            return [r.Momentum, r.Roc];
        },
        p => new RocStream(p.Whole(0)));
}
