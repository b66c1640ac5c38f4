using System.Runtime.CompilerServices;

namespace Backtest.Engine.Indicators;

/// <summary>
/// The one RSI formula (Wilder): with <c>change = x − x'</c>, gain = max(change, 0), loss = max(−change, 0);
/// the average gain and loss start as the means of the first n changes and then follow
/// <see cref="SmmaKernel.Step"/>; <c>RSI = 100 − 100/(1 + avgGain/avgLoss)</c>, and 100 when avgLoss is 0.
/// On the seeding value RSI is undefined when both averages are 0 (Stock.Indicators reports null there too).
/// A NaN or non-finite change restarts the warm-up, so RSI is defined again n changes later.
/// </summary>
public struct RsiKernel : IValueKernel
{
    private readonly int _period;
    private readonly double _keep;
    private readonly double _weight;
    private bool _started;
    private double _previous;
    private WarmupMean _gains;
    private WarmupMean _losses;
    private double _avgGain;
    private double _avgLoss;

    /// <summary>Creates the kernel.</summary>
    public RsiKernel(RsiParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _period = parameters.LookbackPeriods;
        (_keep, _weight) = SmmaKernel.Weights(_period);
    }

    /// <summary>Takes the next value; returns the RSI (0..100), or NaN during warm-up.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Update(double value)
    {
        double change = value - _previous;
        _previous = value;
        if (!_started || double.IsNaN(change))
        {
            _started = true;
            return Restart();
        }
        // Branch-free: on a random walk "did it rise?" is a coin toss the branch predictor always loses.
        double gain = Math.Max(change, 0);
        double loss = Math.Max(-change, 0);
        double rsi;
        if (_gains.IsComplete(_period))
        {
            _avgGain = SmmaKernel.Step(_keep, _weight, _avgGain, gain);
            _avgLoss = SmmaKernel.Step(_keep, _weight, _avgLoss, loss);
            rsi = _avgLoss > 0 ? 100 - (100 / (1 + (_avgGain / _avgLoss))) : 100;
        }
        else
        {
            _avgGain = _gains.Add(gain, _period);
            _avgLoss = _losses.Add(loss, _period);
            if (!_gains.IsComplete(_period)) return double.NaN;
            rsi = double.IsNaN(_avgGain / _avgLoss) ? double.NaN : _avgLoss > 0 ? 100 - (100 / (1 + (_avgGain / _avgLoss))) : 100;
        }
        return double.IsFinite(_avgGain + _avgLoss) ? rsi : Restart();
    }

    private double Restart()
    {
        _gains.Reset();
        _losses.Reset();
        return double.NaN;
    }
}
