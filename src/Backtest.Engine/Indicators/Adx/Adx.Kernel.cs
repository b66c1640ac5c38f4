namespace Backtest.Engine.Indicators;

/// <summary>
/// The one ADX formula (Wilder 1978, as Stock.Indicators computes it). From bar 1: TR by
/// <see cref="TrKernel.TrueRange"/>, +DM = up-move when it exceeds the down-move (else 0), −DM likewise.
/// Wilder sums: the plain sums of bars 1..n on bar n, then <c>S − S/n + x</c>. +DI = 100·S(+DM)/S(TR),
/// −DI likewise; DX = 100·|+DI − −DI|/(+DI + −DI) (0 when equal). ADX = mean of the first n DX (bar 2n−1),
/// then Wilder-smoothed; ADXR = (ADX + ADX n−1 bars earlier)/2. A bar whose smoothed TR is 0 reports NaN
/// and adds no DX (as Stock.Indicators). A NaN price restarts everything (Stock.Indicators stays NaN).
/// </summary>
public struct AdxKernel
{
    private readonly int _period;
    private readonly double _keep;
    private readonly double _weight;
    private RollingWindow _adxHistory;
    private int _bar;
    private double _previousHigh, _previousLow, _previousClose;
    private double _tr, _plusDm, _minusDm, _dxSum, _adx;

    /// <summary>Creates the kernel.</summary>
    public AdxKernel(AdxParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _period = parameters.LookbackPeriods;
        (_keep, _weight) = SmmaKernel.Weights(_period);
        _adxHistory = new RollingWindow(_period);
    }

    /// <summary>Takes the next bar; returns +DI, −DI, DX, ADX, ADXR (NaN during warm-up).</summary>
    public AdxPoint Update(double high, double low, double close)
    {
        var none = new AdxPoint(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        double tr = TrKernel.TrueRange(high, low, _previousClose);
        double up = high - _previousHigh, down = _previousLow - low;
        bool first = _bar == 0;
        (_previousHigh, _previousLow, _previousClose) = (high, low, close);
        if (first || double.IsNaN(tr) || double.IsNaN(up) || double.IsNaN(down))
        {
            Restart();
            _bar = 1;
            return none;
        }
        double plusDm = up > down ? Math.Max(up, 0) : 0;
        double minusDm = down > up ? Math.Max(down, 0) : 0;
        int i = _bar++;
        if (i <= _period)
        {
            _tr += tr;
            _plusDm += plusDm;
            _minusDm += minusDm;
            if (i < _period) return none;
        }
        else
        {
            _tr = _tr - (_tr / _period) + tr;
            _plusDm = _plusDm - (_plusDm / _period) + plusDm;
            _minusDm = _minusDm - (_minusDm / _period) + minusDm;
        }
        if (_tr == 0)
        {
            _adxHistory.Add(double.NaN);
            return none;
        }
        double pdi = 100 * _plusDm / _tr, mdi = 100 * _minusDm / _tr;
        double dx = pdi - mdi == 0 ? 0 : pdi + mdi != 0 ? 100 * Math.Abs(pdi - mdi) / (pdi + mdi) : double.NaN;
        double adx = double.NaN, adxr = double.NaN;
        if (i > (2 * _period) - 1)
        {
            adx = SmmaKernel.Step(_keep, _weight, _adx, dx);
            _adx = adx;
        }
        else
        {
            _dxSum += dx;
            if (i == (2 * _period) - 1) adx = _adx = _dxSum / _period;
        }
        _adxHistory.Add(adx);
        if (_adxHistory.IsFull) adxr = (adx + _adxHistory.Oldest) / 2;
        return new AdxPoint(pdi, mdi, dx, adx, adxr);
    }

    private void Restart()
    {
        _tr = _plusDm = _minusDm = _dxSum = _adx = 0;
        _adxHistory.Clear();
    }
}
