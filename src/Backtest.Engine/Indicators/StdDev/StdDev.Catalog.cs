namespace Backtest.Engine.Indicators;

public static partial class StdDev
{
    /// <summary>Catalog entry: <c>StdDev(lookbackPeriods=20)</c> of close; outputs StdDev, Mean, ZScore.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "StdDev", "Standard Deviation (rolling, population)", IndicatorInputs.Close,
        [StdDevParameters.LookbackPeriodsParameter], ["StdDev", "Mean", "ZScore"],
        (candles, p) =>
        {
            var r = Series(candles.Close, p.Whole(0));
            return [r.StdDev, r.Mean, r.ZScore];
        },
        p => new StdDevStream(p.Whole(0)));
}
