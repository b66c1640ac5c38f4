namespace Backtest.Engine.Indicators;

/// <summary>
/// A kernel reading high, low and close with one output (true range, Williams %R, CCI). Like
/// <see cref="IValueKernel"/>: <see cref="HighLowCloseSeries.Run{TKernel}"/> loops it and
/// <see cref="HighLowCloseStream{TKernel}"/> wraps it, so batch and stream share the formula.
/// </summary>
public interface IHighLowCloseKernel
{
    /// <summary>Takes the next bar; returns the output, or NaN while undefined (warm-up).</summary>
    double Update(double high, double low, double close);
}
