namespace Backtest.Engine.Indicators;

public static partial class Mfi
{
    /// <summary>Catalog entry: <c>Mfi(lookbackPeriods=14)</c>; output <c>Mfi</c>.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "Mfi", "Money Flow Index", IndicatorInputs.High | IndicatorInputs.Low | IndicatorInputs.Close | IndicatorInputs.Volume,
        [MfiParameters.LookbackPeriodsParameter], ["Mfi"],
        (candles, p) => [Series(candles, p.Whole(0))],
        p => new MfiStream(p.Whole(0)),
        aliases: ["MoneyFlowIndex"]);
}
