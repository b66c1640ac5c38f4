namespace Backtest.Engine.Indicators;

public static partial class ForceIndex
{
    /// <summary>Catalog entry: <c>ForceIndex(lookbackPeriods=2)</c>; output <c>ForceIndex</c>.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "ForceIndex", "Force Index", IndicatorInputs.Close | IndicatorInputs.Volume,
        [ForceIndexParameters.LookbackPeriodsParameter], ["ForceIndex"],
        (candles, p) => [Series(candles, p.Whole(0))],
        p => new ForceIndexStream(p.Whole(0)),
        aliases: ["Efi"]);
}
