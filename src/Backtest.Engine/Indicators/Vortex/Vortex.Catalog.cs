namespace Backtest.Engine.Indicators;

public static partial class Vortex
{
    /// <summary>Catalog entry: <c>Vortex(lookbackPeriods=14)</c>; outputs Pvi, Nvi.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "Vortex", "Vortex Indicator", IndicatorInputs.High | IndicatorInputs.Low | IndicatorInputs.Close,
        [VortexParameters.LookbackPeriodsParameter], ["Pvi", "Nvi"],
        (candles, p) =>
        {
            var r = Series(candles, p.Whole(0));
            return [r.Pvi, r.Nvi];
        },
        p => new VortexStream(p.Whole(0)),
        aliases: ["VortexIndicator"]);
}
