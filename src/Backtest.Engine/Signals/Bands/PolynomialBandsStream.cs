namespace Backtest.Engine.Signals.Bands;

/// <summary>
/// Streaming rolling polynomial-regression bands: one <see cref="Update(double)"/> per new close, the same numbers as
/// <see cref="PolynomialBands.Series(ReadOnlySpan{double}, int, int, double)"/>, no allocation per update.
/// Not thread-safe: one stream per consumer.
/// </summary>
public sealed class PolynomialBandsStream : Indicators.IIndicatorStream
{
    private PolynomialBandsKernel _kernel;

    /// <summary>Creates a stream.</summary>
    /// <exception cref="Errors.BacktestException">A parameter out of range.</exception>
    public PolynomialBandsStream(int lookbackPeriods = PolynomialBandsParameters.DefaultLookbackPeriods,
        int degree = PolynomialBandsParameters.DefaultDegree,
        double standardDeviations = PolynomialBandsParameters.DefaultStandardDeviations) =>
        _kernel = new PolynomialBandsKernel(new PolynomialBandsParameters(lookbackPeriods, degree, standardDeviations));

    /// <summary>Takes the next close (in time order) and returns the band at that bar.</summary>
    public BandPoint Update(double close) => _kernel.Update(close);

    /// <inheritdoc />
    public int OutputCount => 3;

    /// <inheritdoc />
    public void Update(in Indicators.Bar bar, Span<double> outputs)
    {
        var point = _kernel.Update(bar.Close);
        outputs[0] = point.Lower;
        outputs[1] = point.Fit;
        outputs[2] = point.Upper;
    }
}
