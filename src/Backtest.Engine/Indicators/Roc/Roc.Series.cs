using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Rate of change with momentum (Stock.Indicators <c>ToRoc</c>). Warm-up: NaN for the first
/// <c>lookbackPeriods</c> values. ROC is NaN where the value n back is 0.
/// </summary>
public static partial class Roc
{
    /// <summary>ROC of <paramref name="values"/>.</summary>
    public static RocResult Series(ReadOnlySpan<double> values, int lookbackPeriods = RocParameters.DefaultLookbackPeriods)
    {
        var kernel = new RocKernel(new RocParameters(lookbackPeriods));
        double[] momentum = IndicatorColumn.Allocate(values.Length), roc = IndicatorColumn.Allocate(values.Length);
        for (int i = 0; i < values.Length; i++)
        {
            var point = kernel.Update(values[i]);
            momentum[i] = point.Momentum;
            roc[i] = point.Roc;
        }
        return new RocResult(momentum, roc);
    }

    /// <summary>ROC of the close prices of <paramref name="candles"/>.</summary>
    public static RocResult Series(CandleSeries candles, int lookbackPeriods = RocParameters.DefaultLookbackPeriods)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.Close, lookbackPeriods);
    }
}
