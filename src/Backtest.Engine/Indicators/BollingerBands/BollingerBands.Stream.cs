namespace Backtest.Engine.Indicators;

/// <summary>Streaming Bollinger Bands: same numbers as <see cref="BollingerBands.Series(ReadOnlySpan{double}, int, double)"/>.</summary>
public sealed class BollingerBandsStream : IIndicatorStream
{
    private BollingerBandsKernel _kernel;

    /// <summary>Creates a stream.</summary>
    public BollingerBandsStream(
        int lookbackPeriods = BollingerBandsParameters.DefaultLookbackPeriods,
        double standardDeviations = BollingerBandsParameters.DefaultStandardDeviations) =>
        _kernel = new BollingerBandsKernel(new BollingerBandsParameters(lookbackPeriods, standardDeviations));

    /// <inheritdoc />
    public int OutputCount => 6;

    /// <summary>Takes the next value.</summary>
    public BollingerBandsPoint Update(double value) => _kernel.Update(value);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs)
    {
        var point = _kernel.Update(bar.Close);
        outputs[0] = point.Sma;
        outputs[1] = point.UpperBand;
        outputs[2] = point.LowerBand;
        outputs[3] = point.PercentB;
        outputs[4] = point.ZScore;
        outputs[5] = point.Width;
    }
}
