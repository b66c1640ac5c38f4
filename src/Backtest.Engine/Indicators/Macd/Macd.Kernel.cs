namespace Backtest.Engine.Indicators;

/// <summary>
/// MACD from three <see cref="EmaKernel"/>s: <c>macd = EMA(fast) − EMA(slow)</c>, <c>signal = EMA(signal)</c>
/// of macd (seeded with the mean of its first <c>signalPeriods</c> defined values), <c>histogram = macd − signal</c>.
/// </summary>
public struct MacdKernel
{
    private EmaKernel _fast;
    private EmaKernel _slow;
    private EmaKernel _signal;

    /// <summary>Creates the kernel.</summary>
    public MacdKernel(MacdParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _fast = new EmaKernel(new EmaParameters(parameters.FastPeriods));
        _slow = new EmaKernel(new EmaParameters(parameters.SlowPeriods));
        _signal = new EmaKernel(new EmaParameters(parameters.SignalPeriods));
    }

    /// <summary>Takes the next value; returns every MACD line (NaN during warm-up).</summary>
    public MacdPoint Update(double value)
    {
        double fast = _fast.Update(value);
        double slow = _slow.Update(value);
        double macd = fast - slow;
        // The signal EMA restarts on NaN, so feeding it the undefined MACD of the warm-up is what seeds it
        // from the first signalPeriods defined values.
        double signal = _signal.Update(macd);
        return new MacdPoint(macd, signal, macd - signal, fast, slow);
    }
}
