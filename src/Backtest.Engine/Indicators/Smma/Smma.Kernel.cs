using System.Runtime.CompilerServices;

namespace Backtest.Engine.Indicators;

/// <summary>
/// The one Wilder smoothing: seeded with the mean of the first n values, then
/// <c>s = (s'·(n−1) + x) / n</c>. RSI and ATR smooth with <see cref="Step"/>. A non-finite value restarts
/// the warm-up (Stock.Indicators reseeds after NaN the same way).
/// </summary>
public struct SmmaKernel : IValueKernel
{
    private readonly int _period;
    private WarmupMean _warmup;
    private double _smma;

    /// <summary>Creates the kernel.</summary>
    public SmmaKernel(SmmaParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _period = parameters.LookbackPeriods;
    }

    /// <summary>One Wilder step of length <paramref name="period"/> (Stock.Indicators' operation order).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Step(int period, double previous, double value) => ((previous * (period - 1)) + value) / period;

    /// <summary>Takes the next value; returns the SMMA, or NaN during warm-up.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Update(double value)
    {
        double smma;
        if (_warmup.IsComplete(_period))
        {
            smma = Step(_period, _smma, value);
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
