namespace Backtest.Engine.Indicators;

public static partial class Tema
{
    /// <summary>Catalog entry: <c>Tema(lookbackPeriods=20)</c> of close; output <c>Tema</c>.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "Tema", "Triple Exponential Moving Average", IndicatorInputs.Close,
        [TemaParameters.LookbackPeriodsParameter], ["Tema"],
        (candles, p) => [Series(candles.Close, p.Whole(0))],
        p => new TemaStream(p.Whole(0)));
}
