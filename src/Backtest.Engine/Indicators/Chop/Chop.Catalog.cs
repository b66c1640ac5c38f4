namespace Backtest.Engine.Indicators;

public static partial class Chop
{
    /// <summary>Catalog entry: <c>Chop(lookbackPeriods=14)</c>; output <c>Chop</c>.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "Chop", "Choppiness Index", IndicatorInputs.High | IndicatorInputs.Low | IndicatorInputs.Close,
        [ChopParameters.LookbackPeriodsParameter], ["Chop"],
        (candles, p) => [Series(candles, p.Whole(0))],
        p => new ChopStream(p.Whole(0)),
        aliases: ["Choppiness", "ChoppinessIndex"]);
}
