using System.Runtime.CompilerServices;

namespace Backtest.Engine.Indicators;

/// <summary>
/// The one EMA formula: seeded with the mean of the first n values (at the n-th value), then
/// <c>ema = ema' + k·(x − ema')</c> with <c>k = 2/(n+1)</c> — Stock.Indicators' form, bit for bit.
/// When the EMA turns non-finite (a NaN or ∞ input) it is reseeded from the next n finite steps, which is
/// what Stock.Indicators' "reset as SMA" gives for NaN inputs. DEMA, TEMA, MACD and Keltner use
/// <see cref="Step"/> and this kernel rather than restating the formula.
/// </summary>
public struct EmaKernel : IValueKernel
{
    private readonly int _period;
    private readonly double _k;
    private WarmupMean _warmup;
    private double _ema;

    /// <summary>Creates the kernel.</summary>
    public EmaKernel(EmaParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _period = parameters.LookbackPeriods;
        _k = Smoothing(_period);
    }

    /// <summary>
    /// An EMA seeded like the standard one (mean of the first <paramref name="period"/> values) but stepping with
    /// its own <paramref name="smoothing"/> factor: PMO's "custom smoothing" uses <c>2/n</c> instead of <c>2/(n+1)</c>.
    /// </summary>
    internal EmaKernel(int period, double smoothing)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        _period = period;
        _k = smoothing;
    }

    /// <summary>The smoothing factor of length <paramref name="period"/>: <c>2 / (period + 1)</c>.</summary>
    public static double Smoothing(int period) => 2d / (period + 1);

    /// <summary>One EMA step from <paramref name="previous"/> towards <paramref name="value"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Step(double k, double previous, double value) => previous + (k * (value - previous));

    /// <summary>Takes the next value; returns the EMA, or NaN during warm-up.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Update(double value)
    {
        double ema;
        if (_warmup.IsComplete(_period))
        {
            ema = Step(_k, _ema, value);
        }
        else
        {
            ema = _warmup.Add(value, _period);
            if (!_warmup.IsComplete(_period)) return ema;
        }
        if (!double.IsFinite(ema)) _warmup.Reset();
        _ema = ema;
        return ema;
    }
}
