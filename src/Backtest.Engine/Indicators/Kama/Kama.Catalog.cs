namespace Backtest.Engine.Indicators;

public static partial class Kama
{
    /// <summary>Catalog entry: <c>Kama(erPeriods=10, fastPeriods=2, slowPeriods=30)</c> of close; outputs Er, Kama.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "Kama", "Kaufman's Adaptive Moving Average", IndicatorInputs.Close,
        [KamaParameters.ErPeriodsParameter, KamaParameters.FastPeriodsParameter, KamaParameters.SlowPeriodsParameter], ["Er", "Kama"],
        (candles, p) =>
        {
            var r = Series(candles.Close, p.Whole(0), p.Whole(1), p.Whole(2));
            return [r.Er, r.Kama];
        },
        p => new KamaStream(p.Whole(0), p.Whole(1), p.Whole(2)),
        validate: p => _ = new KamaParameters(p.Whole(0), p.Whole(1), p.Whole(2)));
}
