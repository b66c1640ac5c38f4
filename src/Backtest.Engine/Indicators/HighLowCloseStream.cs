namespace Backtest.Engine.Indicators;

/// <summary>Streaming form of an <see cref="IHighLowCloseKernel"/>; gives the numbers the batch series gives.</summary>
/// <typeparam name="TKernel">The indicator's kernel.</typeparam>
public abstract class HighLowCloseStream<TKernel> : IIndicatorStream
    where TKernel : struct, IHighLowCloseKernel
{
    private TKernel _kernel;

    /// <summary>Wraps a freshly created kernel.</summary>
    protected HighLowCloseStream(TKernel kernel) => _kernel = kernel;

    /// <inheritdoc />
    public int OutputCount => 1;

    /// <summary>Takes the next bar; returns the output, or NaN during warm-up.</summary>
    public double Update(double high, double low, double close) => _kernel.Update(high, low, close);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs) => outputs[0] = _kernel.Update(bar.High, bar.Low, bar.Close);
}
