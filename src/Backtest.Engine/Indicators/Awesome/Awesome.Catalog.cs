namespace Backtest.Engine.Indicators;

public static partial class Awesome
{
    /// <summary>Catalog entry: <c>Awesome(fastPeriods=5, slowPeriods=34)</c>; outputs Oscillator, Normalized.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "Awesome", "Awesome Oscillator", IndicatorInputs.High | IndicatorInputs.Low,
        [AwesomeParameters.FastPeriodsParameter, AwesomeParameters.SlowPeriodsParameter], ["Oscillator", "Normalized"],
        (candles, p) =>
        {
            var r = Series(candles, p.Whole(0), p.Whole(1));
            return [r.Oscillator, r.Normalized];
        },
        p => new AwesomeStream(p.Whole(0), p.Whole(1)),
        aliases: ["AwesomeOscillator"],
        validate: p => _ = new AwesomeParameters(p.Whole(0), p.Whole(1)));
}
