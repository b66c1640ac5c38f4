namespace Backtest.Engine.Indicators;

/// <summary>Streaming Alligator: same numbers as <see cref="Alligator.Series(Data.CandleSeries, AlligatorParameters?)"/>.</summary>
/// <param name="parameters">Line lengths and offsets; null means the defaults.</param>
public sealed class AlligatorStream(AlligatorParameters? parameters = null) : IIndicatorStream
{
    private AlligatorKernel _kernel = new(parameters ?? new AlligatorParameters());

    /// <inheritdoc />
    public int OutputCount => 3;

    /// <summary>Takes the next bar.</summary>
    public AlligatorPoint Update(double high, double low) => _kernel.Update(high, low);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs)
    {
        var point = _kernel.Update(bar.High, bar.Low);
        outputs[0] = point.Jaw;
        outputs[1] = point.Teeth;
        outputs[2] = point.Lips;
    }
}
