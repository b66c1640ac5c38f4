namespace Backtest.Engine.Indicators;

/// <summary>Streaming ALMA: same numbers as <see cref="Alma.Series(ReadOnlySpan{double}, int, double, double)"/>.</summary>
public sealed class AlmaStream(
    int lookbackPeriods = AlmaParameters.DefaultLookbackPeriods, double offset = AlmaParameters.DefaultOffset,
    double sigma = AlmaParameters.DefaultSigma)
    : ValueStream<AlmaKernel>(new AlmaKernel(new AlmaParameters(lookbackPeriods, offset, sigma)));
