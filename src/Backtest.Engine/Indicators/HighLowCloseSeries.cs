namespace Backtest.Engine.Indicators;

/// <summary>The batch loop of every <see cref="IHighLowCloseKernel"/>.</summary>
public static class HighLowCloseSeries
{
    /// <summary>Runs <paramref name="kernel"/> over aligned columns, one output per bar.</summary>
    /// <param name="indicator">Name used if the columns' lengths differ.</param>
    /// <param name="high">High prices.</param>
    /// <param name="low">Low prices.</param>
    /// <param name="close">Close prices.</param>
    /// <param name="kernel">A fresh kernel.</param>
    /// <exception cref="Errors.BacktestException">Columns of different lengths.</exception>
    public static double[] Run<TKernel>(
        string indicator, ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, TKernel kernel)
        where TKernel : struct, IHighLowCloseKernel
    {
        int n = IndicatorColumn.CommonLength(indicator, high, low, close);
        var result = IndicatorColumn.Allocate(n);
        for (int i = 0; i < n; i++) result[i] = kernel.Update(high[i], low[i], close[i]);
        return result;
    }
}
