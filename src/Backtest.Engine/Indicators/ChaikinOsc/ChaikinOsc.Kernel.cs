namespace Backtest.Engine.Indicators;

/// <summary>
/// The Chaikin oscillator (Marc Chaikin; Stock.Indicators <c>ToChaikinOsc</c>) from an <see cref="AdlKernel"/> and
/// two <see cref="EmaKernel"/>s: <c>oscillator = EMA(ADL, fast) − EMA(ADL, slow)</c>.
/// </summary>
public struct ChaikinOscKernel
{
    private AdlKernel _adl;
    private EmaKernel _fast;
    private EmaKernel _slow;

    /// <summary>Creates the kernel.</summary>
    public ChaikinOscKernel(ChaikinOscParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _fast = new EmaKernel(new EmaParameters(parameters.FastPeriods));
        _slow = new EmaKernel(new EmaParameters(parameters.SlowPeriods));
    }

    /// <summary>Takes the next bar; returns every line (the EMAs and oscillator NaN during warm-up).</summary>
    public ChaikinOscPoint Update(double high, double low, double close, double volume)
    {
        var adl = _adl.Update(high, low, close, volume);
        double fast = _fast.Update(adl.Adl);
        double slow = _slow.Update(adl.Adl);
        return new ChaikinOscPoint(adl.MoneyFlowMultiplier, adl.MoneyFlowVolume, adl.Adl, fast - slow, fast, slow);
    }
}
