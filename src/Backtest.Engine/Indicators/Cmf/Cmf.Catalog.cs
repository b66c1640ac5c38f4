namespace Backtest.Engine.Indicators;

public static partial class Cmf
{
    /// <summary>Catalog entry: <c>Cmf(lookbackPeriods=20)</c>; outputs MoneyFlowMultiplier, MoneyFlowVolume, Cmf.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "Cmf", "Chaikin Money Flow", IndicatorInputs.High | IndicatorInputs.Low | IndicatorInputs.Close | IndicatorInputs.Volume,
        [CmfParameters.LookbackPeriodsParameter], ["MoneyFlowMultiplier", "MoneyFlowVolume", "Cmf"],
        (candles, p) =>
        {
            var r = Series(candles, p.Whole(0));
            return [r.MoneyFlowMultiplier, r.MoneyFlowVolume, r.Cmf];
        },
        p => new CmfStream(p.Whole(0)),
        aliases: ["ChaikinMoneyFlow"]);
}
