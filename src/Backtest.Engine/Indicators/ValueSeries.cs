namespace Backtest.Engine.Indicators;

/// <summary>The batch loop of every <see cref="IValueKernel"/>: one kernel update per input value.</summary>
public static class ValueSeries
{
    /// <summary>
    /// Runs <paramref name="kernel"/> over <paramref name="values"/>, one output per input. Generic over the
    /// struct so the JIT specialises and inlines the kernel: the loop costs what a hand-written one would.
    /// </summary>
    public static double[] Run<TKernel>(ReadOnlySpan<double> values, TKernel kernel)
        where TKernel : struct, IValueKernel
    {
        var result = IndicatorColumn.Allocate(values.Length);
        for (int i = 0; i < values.Length; i++) result[i] = kernel.Update(values[i]);
        return result;
    }
}
