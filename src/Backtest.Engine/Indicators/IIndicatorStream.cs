namespace Backtest.Engine.Indicators;

/// <summary>
/// The generic streaming form of an indicator: one update per new bar, writing the bar's outputs in
/// catalog order. Implementations wrap the same kernel as the batch series and never allocate per update.
/// Not thread-safe: one stream per consumer.
/// </summary>
public interface IIndicatorStream
{
    /// <summary>Number of outputs written per update (the catalog entry's output count).</summary>
    int OutputCount { get; }

    /// <summary>
    /// Takes the next bar (bars must arrive in time order, each exactly once) and writes its outputs;
    /// <see cref="double.NaN"/> marks an output that is not yet defined (warm-up).
    /// </summary>
    /// <param name="bar">The new bar.</param>
    /// <param name="outputs">At least <see cref="OutputCount"/> slots.</param>
    void Update(in Bar bar, Span<double> outputs);
}
