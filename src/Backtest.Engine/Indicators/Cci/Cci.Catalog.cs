namespace Backtest.Engine.Indicators;

public static partial class Cci
{
    /// <summary>Catalog entry: <c>Cci(lookbackPeriods=20)</c>; output <c>Cci</c>.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "Cci", "Commodity Channel Index", IndicatorInputs.High | IndicatorInputs.Low | IndicatorInputs.Close,
        [CciParameters.LookbackPeriodsParameter], ["Cci"],
        (candles, p) => [Series(candles, p.Whole(0))],
        p => new CciStream(p.Whole(0)));
}
