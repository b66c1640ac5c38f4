namespace Backtest.Engine.Indicators;

public static partial class Hma
{
    /// <summary>Catalog entry: <c>Hma(lookbackPeriods=20)</c> of close; output <c>Hma</c>.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "Hma", "Hull Moving Average", IndicatorInputs.Close,
        [HmaParameters.LookbackPeriodsParameter], ["Hma"],
        (candles, p) => [Series(candles.Close, p.Whole(0))],
        p => new HmaStream(p.Whole(0)));
}
