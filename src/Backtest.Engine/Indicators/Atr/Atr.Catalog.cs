namespace Backtest.Engine.Indicators;

public static partial class Atr
{
    /// <summary>Catalog entry: <c>Atr(lookbackPeriods=14)</c>; outputs Tr, Atr, Atrp.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "Atr", "Average True Range", IndicatorInputs.High | IndicatorInputs.Low | IndicatorInputs.Close,
        [AtrParameters.LookbackPeriodsParameter], ["Tr", "Atr", "Atrp"],
        (candles, p) =>
        {
            var r = Series(candles, p.Whole(0));
            return [r.Tr, r.Atr, r.Atrp];
        },
        p => new AtrStream(p.Whole(0)));
}
