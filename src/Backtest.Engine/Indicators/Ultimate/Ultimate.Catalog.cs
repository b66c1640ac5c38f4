namespace Backtest.Engine.Indicators;

public static partial class Ultimate
{
    /// <summary>Catalog entry: <c>Ultimate(shortPeriods=7, middlePeriods=14, longPeriods=28)</c>; output <c>Ultimate</c>.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "Ultimate", "Ultimate Oscillator", IndicatorInputs.High | IndicatorInputs.Low | IndicatorInputs.Close,
        [UltimateParameters.ShortPeriodsParameter, UltimateParameters.MiddlePeriodsParameter, UltimateParameters.LongPeriodsParameter],
        ["Ultimate"],
        (candles, p) => [Series(candles, p.Whole(0), p.Whole(1), p.Whole(2))],
        p => new UltimateStream(p.Whole(0), p.Whole(1), p.Whole(2)),
        aliases: ["UltimateOscillator", "Uo"],
        validate: p => _ = new UltimateParameters(p.Whole(0), p.Whole(1), p.Whole(2)));
}
