using System.Runtime.CompilerServices;

namespace Backtest.Engine.Indicators;

/// <summary>
/// The one Wilder smoothing: seeded with the mean of the first n values, then
/// <c>s = (s'·(n−1) + x) / n</c>. RSI and ATR smooth with <see cref="Step"/>. A non-finite value restarts
/// the warm-up (Stock.Indicators reseeds after NaN the same way). Difference from Stock.Indicators: the step
/// multiplies by a precomputed 1/n instead of dividing by n, which takes a division off the loop-carried
/// dependency chain (about twice as fast) and moves results by a few ulps at most (≈1e-15 relative).
/// </summary>
public struct SmmaKernel : IValueKernel
{
    private readonly int _period;
    private readonly double _keep;
    private readonly double _weight;
    private WarmupMean _warmup;
    private double _smma;

    /// <summary>Creates the kernel.</summary>
    public SmmaKernel(SmmaParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _period = parameters.LookbackPeriods;
        (_keep, _weight) = Weights(_period);
    }

    /// <summary>The constants of <see cref="Step"/> for length <paramref name="period"/>: n − 1 and 1/n.</summary>
    public static (double Keep, double Weight) Weights(int period) => (period - 1, 1d / period);

    /// <summary>One Wilder step, <c>(previous·keep + value)·weight</c> with the constants from <see cref="Weights"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Step(double keep, double weight, double previous, double value) => ((previous * keep) + value) * weight;

    /// <summary>Takes the next value; returns the SMMA, or NaN during warm-up.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Update(double value)
    {
        double smma;
        if (_warmup.IsComplete(_period))
        {
            smma = Step(_keep, _weight, _smma, value);
        }
        else
        {
            smma = _warmup.Add(value, _period);
            if (!_warmup.IsComplete(_period)) return smma;
        }
        if (!double.IsFinite(smma)) _warmup.Reset();
        _smma = smma;
        return smma;
    }
}
