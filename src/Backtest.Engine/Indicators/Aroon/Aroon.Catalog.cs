namespace Backtest.Engine.Indicators;

public static partial class Aroon
{
    /// <summary>Catalog entry: <c>Aroon(lookbackPeriods=25)</c>; outputs AroonUp, AroonDown, Oscillator.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "Aroon", "Aroon", IndicatorInputs.High | IndicatorInputs.Low,
        [AroonParameters.LookbackPeriodsParameter], ["AroonUp", "AroonDown", "Oscillator"],
        (candles, p) =>
        {
            var r = Series(candles, p.Whole(0));
            return [r.AroonUp, r.AroonDown, r.Oscillator];
        },
        p => new AroonStream(p.Whole(0)));
}
