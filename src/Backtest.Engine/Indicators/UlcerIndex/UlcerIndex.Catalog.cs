namespace Backtest.Engine.Indicators;

public static partial class UlcerIndex
{
    /// <summary>Catalog entry: <c>UlcerIndex(lookbackPeriods=14)</c> of close; output <c>UlcerIndex</c>.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "UlcerIndex", "Ulcer Index", IndicatorInputs.Close,
        [UlcerIndexParameters.LookbackPeriodsParameter], ["UlcerIndex"],
        (candles, p) => [Series(candles.Close, p.Whole(0))],
        p => new UlcerIndexStream(p.Whole(0)),
        aliases: ["Ulcer"]);
}
