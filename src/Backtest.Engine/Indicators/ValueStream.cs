namespace Backtest.Engine.Indicators;

/// <summary>
/// Streaming form of an <see cref="IValueKernel"/>: <see cref="Update(double)"/> per new value, or per bar
/// (reading the close) through <see cref="IIndicatorStream"/>. Gives the numbers the batch series gives.
/// </summary>
/// <typeparam name="TKernel">The indicator's kernel.</typeparam>
public abstract class ValueStream<TKernel> : IIndicatorStream
    where TKernel : struct, IValueKernel
{
    private TKernel _kernel;

    /// <summary>Wraps a freshly created kernel.</summary>
    protected ValueStream(TKernel kernel) => _kernel = kernel;

    /// <inheritdoc />
    public int OutputCount => 1;

    /// <summary>Takes the next value; returns the output, or NaN during warm-up.</summary>
    public double Update(double value) => _kernel.Update(value);

    /// <summary>Takes the next bar's close.</summary>
    public void Update(in Bar bar, Span<double> outputs) => outputs[0] = _kernel.Update(bar.Close);
}
