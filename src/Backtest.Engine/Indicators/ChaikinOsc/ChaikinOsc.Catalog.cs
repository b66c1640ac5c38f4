namespace Backtest.Engine.Indicators;

public static partial class ChaikinOsc
{
    /// <summary>Catalog entry: <c>ChaikinOsc(fastPeriods=3, slowPeriods=10)</c>; outputs MoneyFlowMultiplier, MoneyFlowVolume, Adl, Oscillator, FastEma, SlowEma.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "ChaikinOsc", "Chaikin Oscillator", IndicatorInputs.High | IndicatorInputs.Low | IndicatorInputs.Close | IndicatorInputs.Volume,
        [ChaikinOscParameters.FastPeriodsParameter, ChaikinOscParameters.SlowPeriodsParameter],
        ["MoneyFlowMultiplier", "MoneyFlowVolume", "Adl", "Oscillator", "FastEma", "SlowEma"],
        (candles, p) =>
        {
            var r = Series(candles, p.Whole(0), p.Whole(1));
            return [r.MoneyFlowMultiplier, r.MoneyFlowVolume, r.Adl, r.Oscillator, r.FastEma, r.SlowEma];
        },
        p => new ChaikinOscStream(p.Whole(0), p.Whole(1)),
        aliases: ["ChaikinOscillator", "Chaikin"],
        validate: p => _ = new ChaikinOscParameters(p.Whole(0), p.Whole(1)));
}
