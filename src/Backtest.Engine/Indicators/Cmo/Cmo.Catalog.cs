namespace Backtest.Engine.Indicators;

public static partial class Cmo
{
    /// <summary>Catalog entry: <c>Cmo(lookbackPeriods=14)</c> of close; output <c>Cmo</c>.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "Cmo", "Chande Momentum Oscillator", IndicatorInputs.Close,
        [CmoParameters.LookbackPeriodsParameter], ["Cmo"],
        (candles, p) => [Series(candles.Close, p.Whole(0))],
        p => new CmoStream(p.Whole(0)));
}
