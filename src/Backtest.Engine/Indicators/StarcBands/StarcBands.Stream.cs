namespace Backtest.Engine.Indicators;

/// <summary>Streaming STARC bands: same numbers as <see cref="StarcBands.Series(Data.CandleSeries, int, double, int)"/>.</summary>
public sealed class StarcBandsStream(
    int smaPeriods = StarcBandsParameters.DefaultSmaPeriods, double multiplier = StarcBandsParameters.DefaultMultiplier,
    int atrPeriods = StarcBandsParameters.DefaultAtrPeriods) : IIndicatorStream
{
    private StarcBandsKernel _kernel = new(new StarcBandsParameters(smaPeriods, multiplier, atrPeriods));

    /// <inheritdoc />
    public int OutputCount => 3;

    /// <summary>Takes the next bar.</summary>
    public StarcBandsPoint Update(double high, double low, double close) => _kernel.Update(high, low, close);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs)
    {
        var point = _kernel.Update(bar.High, bar.Low, bar.Close);
        outputs[0] = point.UpperBand;
        outputs[1] = point.Centerline;
        outputs[2] = point.LowerBand;
    }
}
