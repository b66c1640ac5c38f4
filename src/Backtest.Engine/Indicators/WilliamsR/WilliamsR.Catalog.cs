namespace Backtest.Engine.Indicators;

public static partial class WilliamsR
{
    /// <summary>Catalog entry: <c>WilliamsR(lookbackPeriods=14)</c>; output <c>WilliamsR</c>.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "WilliamsR", "Williams %R", IndicatorInputs.High | IndicatorInputs.Low | IndicatorInputs.Close,
        [WilliamsRParameters.LookbackPeriodsParameter], ["WilliamsR"],
        (candles, p) => [Series(candles, p.Whole(0))],
        p => new WilliamsRStream(p.Whole(0)),
        aliases: ["Williams", "%R"]);
}
