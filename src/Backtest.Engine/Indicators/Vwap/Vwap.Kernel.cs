namespace Backtest.Engine.Indicators;

/// <summary>
/// The one VWAP formula (Stock.Indicators <c>ToVwap</c>): from the anchor on,
/// <c>Σ volume·(high + low + close)/3 / Σ volume</c>, cumulative; NaN before the anchor and while the
/// cumulative volume is 0. Being cumulative, a NaN price or volume makes every later value NaN.
/// </summary>
public struct VwapKernel
{
    private readonly long _startTimeMs;
    private double _volume;
    private double _volumeTypical;

    /// <summary>Creates the kernel.</summary>
    public VwapKernel(VwapParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _startTimeMs = parameters.StartTimeMs;
    }

    /// <summary>Takes the next bar; returns the VWAP, or NaN before the anchor or with no volume yet.</summary>
    public double Update(long openTimeMs, double high, double low, double close, double volume)
    {
        if (openTimeMs < _startTimeMs) return double.NaN;
        _volume += volume;
        _volumeTypical += volume * (high + low + close) / 3;
        return _volume != 0 ? _volumeTypical / _volume : double.NaN;
    }
}
