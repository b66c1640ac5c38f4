namespace Backtest.Engine.Indicators;

/// <summary>Streaming Ichimoku cloud: same numbers as <see cref="Ichimoku.Series(Data.CandleSeries, int, int, int)"/>.</summary>
public sealed class IchimokuStream(
    int tenkanPeriods = IchimokuParameters.DefaultTenkanPeriods, int kijunPeriods = IchimokuParameters.DefaultKijunPeriods,
    int senkouBPeriods = IchimokuParameters.DefaultSenkouBPeriods) : IIndicatorStream
{
    private IchimokuKernel _kernel = new(new IchimokuParameters(tenkanPeriods, kijunPeriods, senkouBPeriods));

    /// <inheritdoc />
    public int OutputCount => 4;

    /// <summary>Takes the next bar.</summary>
    public IchimokuPoint Update(double high, double low) => _kernel.Update(high, low);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs)
    {
        var point = _kernel.Update(bar.High, bar.Low);
        outputs[0] = point.TenkanSen;
        outputs[1] = point.KijunSen;
        outputs[2] = point.SenkouSpanA;
        outputs[3] = point.SenkouSpanB;
    }
}
