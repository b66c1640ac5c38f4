namespace Backtest.Engine.Indicators;

/// <summary>
/// The one ultimate-oscillator formula (Larry Williams, 1985; Stock.Indicators <c>ToUltimate</c>): from bar 1,
/// buying pressure <c>BP = close − min(low, close')</c> and the true range (<see cref="TrKernel.TrueRange"/>);
/// for each window w, <c>A_w = ΣBP/ΣTR</c> over its last w bars (NaN when ΣTR = 0), sums taken oldest first;
/// <c>UO = 100·(4·A_short + 2·A_middle + A_long)/7</c>. A NaN price affects the windows that contain it.
/// </summary>
public struct UltimateKernel : IHighLowCloseKernel
{
    private RollingWindow _pressure;
    private RollingWindow _range;
    private readonly int _short;
    private readonly int _middle;
    private double _previousClose;
    private bool _started;

    /// <summary>Creates the kernel.</summary>
    public UltimateKernel(UltimateParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _short = parameters.ShortPeriods;
        _middle = parameters.MiddlePeriods;
        _pressure = new RollingWindow(parameters.LongPeriods);
        _range = new RollingWindow(parameters.LongPeriods);
    }

    /// <summary>Takes the next bar; returns the oscillator (0..100), or NaN during warm-up.</summary>
    public double Update(double high, double low, double close)
    {
        double previous = _previousClose;
        _previousClose = close;
        if (!_started)
        {
            // The first bar has no previous close: it contributes to no window.
            _started = true;
            return double.NaN;
        }
        _pressure.Add(close - Math.Min(low, previous));
        _range.Add(TrKernel.TrueRange(high, low, previous));
        if (!_pressure.IsFull) return double.NaN;
        ReadOnlySpan<double> pressure = _pressure.Values, range = _range.Values;
        double shortAverage = Average(pressure[^_short..], range[^_short..]);
        double middleAverage = Average(pressure[^_middle..], range[^_middle..]);
        double longAverage = Average(pressure, range);
        return 100d * ((4d * shortAverage) + (2d * middleAverage) + longAverage) / 7d;
    }

    private static double Average(ReadOnlySpan<double> pressure, ReadOnlySpan<double> range)
    {
        double sumPressure = 0, sumRange = 0;
        for (int j = 0; j < pressure.Length; j++)
        {
            sumPressure += pressure[j];
            sumRange += range[j];
        }
        return sumRange == 0 ? double.NaN : sumPressure / sumRange;
    }
}
