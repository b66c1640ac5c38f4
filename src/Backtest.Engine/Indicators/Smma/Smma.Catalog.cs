namespace Backtest.Engine.Indicators;

public static partial class Smma
{
    /// <summary>Catalog entry: <c>Smma(lookbackPeriods=20)</c> of close; output <c>Smma</c>.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "Smma", "Smoothed Moving Average", IndicatorInputs.Close,
        [SmmaParameters.LookbackPeriodsParameter], ["Smma"],
        (candles, p) => [Series(candles.Close, p.Whole(0))],
        p => new SmmaStream(p.Whole(0)),
        aliases: ["Rma", "WilderMa"]);
}
