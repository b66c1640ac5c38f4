namespace Backtest.Engine.Indicators;

public static partial class Trix
{
    /// <summary>Catalog entry: <c>Trix(lookbackPeriods=14)</c> of close; outputs Ema3, Trix.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "Trix", "Triple EMA Oscillator (TRIX)", IndicatorInputs.Close,
        [TrixParameters.LookbackPeriodsParameter], ["Ema3", "Trix"],
        (candles, p) =>
        {
            var r = Series(candles.Close, p.Whole(0));
            return [r.Ema3, r.Trix];
        },
        p => new TrixStream(p.Whole(0)));
}
