namespace Backtest.Engine.Signals.Bands;

/// <summary>
/// The band signal rules, applied to the latest close: BUY strictly below the lower band, SELL strictly above
/// the upper band, HOLD otherwise (a close exactly on a band holds).
/// </summary>
public static class BandRule
{
    /// <summary>The signal for <paramref name="close"/> against the band; HOLD when any value is not finite.</summary>
    public static TradeSignal Classify(double close, double lower, double upper)
    {
        if (!double.IsFinite(close) || !double.IsFinite(lower) || !double.IsFinite(upper)) return TradeSignal.Hold;
        if (close < lower) return TradeSignal.Buy;
        if (close > upper) return TradeSignal.Sell;
        return TradeSignal.Hold;
    }

    /// <summary>
    /// The move from one band to the other, in percent: BUY → (upper/lower − 1)·100 (lower band up to the upper),
    /// SELL → (lower/upper − 1)·100 (negative: upper band down to the lower), HOLD → 0. A band at or below zero
    /// (possible only for extreme σ) makes the ratio meaningless, so it also gives 0.
    /// </summary>
    public static double PotentialReturnPct(TradeSignal signal, double lower, double upper) => signal switch
    {
        TradeSignal.Buy when lower > 0 => ((upper / lower) - 1) * 100,
        TradeSignal.Sell when upper > 0 && lower > 0 => ((lower / upper) - 1) * 100,
        _ => 0,
    };

    /// <summary>How far <paramref name="close"/> is from the fit in residual σ (signed; 0 when σ is 0).</summary>
    public static double DistanceSigma(double close, double fit, double sigma) =>
        sigma > 0 ? (close - fit) / sigma : 0;
}
