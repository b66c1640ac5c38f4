namespace Backtest.Engine.Indicators;

/// <summary>
/// The one accumulation/distribution formula (Marc Chaikin; Stock.Indicators <c>Adl.Increment</c>): money flow
/// multiplier <c>MFM = ((close − low) − (high − close))/(high − low)</c>, 0 when high = low; money flow volume
/// <c>MFV = MFM·volume</c>; <c>ADL = ADL' + MFV</c> from 0. CMF and the Chaikin oscillator take MFM from
/// <see cref="MoneyFlowMultiplier"/>. A bar whose MFV is NaN or ∞ reports ADL NaN and is left out of the sum
/// (see <see cref="Adl"/>).
/// </summary>
public struct AdlKernel
{
    private double _adl;

    /// <summary>Where the close sits in the bar's range, −1 (at the low) to 1 (at the high); 0 for a bar without range.</summary>
    public static double MoneyFlowMultiplier(double high, double low, double close) =>
        high == low ? 0 : (close - low - (high - close)) / (high - low);

    /// <summary>Takes the next bar; returns the line and this bar's money flow.</summary>
    public AdlPoint Update(double high, double low, double close, double volume)
    {
        double multiplier = MoneyFlowMultiplier(high, low, close);
        double flowVolume = multiplier * volume;
        double adl = flowVolume + _adl;
        if (!double.IsFinite(adl)) return new AdlPoint(double.NaN, multiplier, flowVolume);
        _adl = adl;
        return new AdlPoint(adl, multiplier, flowVolume);
    }
}
