namespace Backtest.Engine.Indicators;

/// <summary>
/// The one OBV formula (Granville; Stock.Indicators <c>Obv.Increment</c>): 0 on the first bar, then the
/// previous OBV plus the volume when the close rose, minus it when the close fell, unchanged otherwise.
/// As in Stock.Indicators a NaN previous close starts over at 0; additionally (our addition) a non-finite
/// OBV (NaN or ∞ volume) is reported and then started over at 0, instead of poisoning every later bar.
/// </summary>
public struct ObvKernel
{
    private double _previousClose;
    private double _obv;

    /// <summary>Creates the kernel (nothing seen yet).</summary>
    public ObvKernel() => _previousClose = double.NaN;

    /// <summary>Takes the next bar; returns the OBV.</summary>
    public double Update(double close, double volume)
    {
        double obv = double.IsNaN(_previousClose) ? 0
            : close > _previousClose ? _obv + volume
            : close < _previousClose ? _obv - volume
            : _obv;
        _previousClose = double.IsFinite(obv) ? close : double.NaN;
        _obv = obv;
        return obv;
    }
}
