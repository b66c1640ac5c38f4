namespace Backtest.Engine.Indicators;

public static partial class Alma
{
    /// <summary>Catalog entry: <c>Alma(lookbackPeriods=9, offset=0.85, sigma=6)</c> of close; output <c>Alma</c>.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "Alma", "Arnaud Legoux Moving Average", IndicatorInputs.Close,
        [AlmaParameters.LookbackPeriodsParameter, AlmaParameters.OffsetParameter, AlmaParameters.SigmaParameter], ["Alma"],
        (candles, p) => [Series(candles.Close, p.Whole(0), p[1], p[2])],
        p => new AlmaStream(p.Whole(0), p[1], p[2]));
}
