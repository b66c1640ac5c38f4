namespace Backtest.Engine.Indicators;

/// <summary>
/// A single-input, single-output indicator kernel: the one place its formula lives. Mutable struct;
/// <see cref="ValueSeries.Run{TKernel}(ReadOnlySpan{double}, TKernel)"/> loops it over a column and
/// <see cref="ValueStream{TKernel}"/> wraps it for streaming, so both give the same numbers by construction.
/// </summary>
public interface IValueKernel
{
    /// <summary>Takes the next value; returns the output, or NaN while undefined (warm-up).</summary>
    double Update(double value);
}
