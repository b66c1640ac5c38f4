namespace Backtest.Engine.Indicators;

public static partial class Adl
{
    /// <summary>Catalog entry: <c>Adl()</c>; outputs Adl, MoneyFlowMultiplier, MoneyFlowVolume.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "Adl", "Accumulation/Distribution Line", IndicatorInputs.High | IndicatorInputs.Low | IndicatorInputs.Close | IndicatorInputs.Volume,
        [], ["Adl", "MoneyFlowMultiplier", "MoneyFlowVolume"],
        (candles, _) =>
        {
            var r = Series(candles);
            return [r.Adl, r.MoneyFlowMultiplier, r.MoneyFlowVolume];
        },
        _ => new AdlStream(),
        aliases: ["AccumulationDistribution", "AdLine"]);
}
