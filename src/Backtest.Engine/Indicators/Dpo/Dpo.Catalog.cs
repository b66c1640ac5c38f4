namespace Backtest.Engine.Indicators;

public static partial class Dpo
{
    /// <summary>Catalog entry: <c>Dpo(lookbackPeriods=14)</c> of close, non-repainting (see <see cref="Dpo"/>); outputs Dpo, Sma.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "Dpo", "Detrended Price Oscillator (non-repainting)", IndicatorInputs.Close,
        [DpoParameters.LookbackPeriodsParameter], ["Dpo", "Sma"],
        (candles, p) =>
        {
            var r = Series(candles.Close, p.Whole(0));
            return [r.Dpo, r.Sma];
        },
        p => new DpoStream(p.Whole(0)),
        aliases: ["DetrendedPriceOscillator"]);
}
