namespace Backtest.Engine.Indicators;

/// <summary>
/// The one Heikin-Ashi formula (Stock.Indicators <c>ToHeikinAshi</c>): close = (O + H + L + C)/4; open = the mean
/// of the previous Heikin-Ashi open and close, where the first bar takes its own real open and close as that
/// previous candle; high = max(H, open, close); low = min(L, open, close). The open is recursive, so a NaN price
/// would poison it forever: after a non-finite candle the next bar starts over as if it were the first.
/// </summary>
public struct HeikinAshiKernel
{
    private double _previousOpen;
    private double _previousClose;

    /// <summary>Creates the kernel (nothing seen yet).</summary>
    public HeikinAshiKernel() => _previousOpen = _previousClose = double.NaN;

    /// <summary>Takes the next bar; returns its Heikin-Ashi candle.</summary>
    public HeikinAshiPoint Update(double open, double high, double low, double close, double volume)
    {
        if (!double.IsFinite(_previousOpen) || !double.IsFinite(_previousClose)) (_previousOpen, _previousClose) = (open, close);
        double haClose = (open + high + low + close) / 4;
        double haOpen = (_previousOpen + _previousClose) / 2;
        (_previousOpen, _previousClose) = (haOpen, haClose);
        return new HeikinAshiPoint(haOpen, Math.Max(high, Math.Max(haOpen, haClose)), Math.Min(low, Math.Min(haOpen, haClose)), haClose, volume);
    }
}
