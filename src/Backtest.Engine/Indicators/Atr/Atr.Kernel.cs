using System.Runtime.CompilerServices;

namespace Backtest.Engine.Indicators;

/// <summary>
/// The one ATR formula (Wilder): true range from <see cref="TrKernel"/>, seeded with the mean of the first n
/// true ranges (bars 1..n, so ATR is defined from bar n), then <see cref="SmmaKernel.Step"/>;
/// <c>ATRP = ATR / close · 100</c>. A NaN or ∞ true range restarts the warm-up.
/// </summary>
public struct AtrKernel
{
    private TrKernel _tr;
    private readonly int _period;
    private readonly double _keep;
    private readonly double _weight;
    private WarmupMean _warmup;
    private double _atr;

    /// <summary>Creates the kernel.</summary>
    public AtrKernel(AtrParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _tr = new TrKernel();
        _period = parameters.LookbackPeriods;
        (_keep, _weight) = SmmaKernel.Weights(_period);
    }

    /// <summary>Takes the next bar; returns TR, ATR and ATRP (NaN during warm-up).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public AtrPoint Update(double high, double low, double close)
    {
        double tr = _tr.Update(high, low, close);
        double atr;
        if (_warmup.IsComplete(_period) && double.IsFinite(tr))
        {
            atr = SmmaKernel.Step(_keep, _weight, _atr, tr);
        }
        else
        {
            atr = _warmup.Add(tr, _period);
            if (!_warmup.IsComplete(_period)) return new AtrPoint(tr, double.NaN, double.NaN);
        }
        if (!double.IsFinite(atr)) _warmup.Reset();
        _atr = atr;
        return new AtrPoint(tr, atr, close == 0 ? double.NaN : atr / close * 100);
    }
}
