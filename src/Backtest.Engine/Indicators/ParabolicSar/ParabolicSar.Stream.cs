namespace Backtest.Engine.Indicators;

/// <summary>Streaming parabolic SAR: same numbers as <see cref="ParabolicSar.Series(Data.CandleSeries, double, double, double?)"/>.</summary>
public sealed class ParabolicSarStream : IIndicatorStream
{
    private ParabolicSarKernel _kernel;

    /// <summary>Creates a stream.</summary>
    /// <param name="accelerationStep">Acceleration added per new extreme point.</param>
    /// <param name="maxAccelerationFactor">Acceleration cap.</param>
    /// <param name="initialFactor">Acceleration at each trend start; null means <paramref name="accelerationStep"/>.</param>
    public ParabolicSarStream(
        double accelerationStep = ParabolicSarParameters.DefaultAccelerationStep,
        double maxAccelerationFactor = ParabolicSarParameters.DefaultMaxAccelerationFactor, double? initialFactor = null) =>
        _kernel = new ParabolicSarKernel(new ParabolicSarParameters(accelerationStep, maxAccelerationFactor, initialFactor));

    /// <inheritdoc />
    public int OutputCount => 2;

    /// <summary>Takes the next bar.</summary>
    public ParabolicSarPoint Update(double high, double low) => _kernel.Update(high, low);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs)
    {
        var point = _kernel.Update(bar.High, bar.Low);
        outputs[0] = point.Sar;
        outputs[1] = point.IsReversal;
    }
}
