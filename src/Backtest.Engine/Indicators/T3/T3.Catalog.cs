namespace Backtest.Engine.Indicators;

public static partial class T3
{
    /// <summary>Catalog entry: <c>T3(lookbackPeriods=5, volumeFactor=0.7)</c> of close; output <c>T3</c>.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "T3", "Tillson T3 Moving Average", IndicatorInputs.Close,
        [T3Parameters.LookbackPeriodsParameter, T3Parameters.VolumeFactorParameter], ["T3"],
        (candles, p) => [Series(candles.Close, p.Whole(0), p[1])],
        p => new T3Stream(p.Whole(0), p[1]),
        aliases: ["Tillson"]);
}
