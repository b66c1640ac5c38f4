namespace Backtest.Engine.Indicators;

public static partial class Wma
{
    /// <summary>Catalog entry: <c>Wma(lookbackPeriods=20)</c> of close; output <c>Wma</c>.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "Wma", "Weighted Moving Average", IndicatorInputs.Close,
        [WmaParameters.LookbackPeriodsParameter], ["Wma"],
        (candles, p) => [Series(candles.Close, p.Whole(0))],
        p => new WmaStream(p.Whole(0)),
        aliases: ["Lwma"]);
}
