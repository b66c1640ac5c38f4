using Backtest.Engine.Errors;

namespace Backtest.Engine.Indicators;

/// <summary>
/// An indicator's batch output in generic, columnar form: one <see cref="double"/> array per output, each as
/// long as the input series, with <see cref="double.NaN"/> wherever the value is undefined (warm-up).
/// </summary>
/// <param name="Indicator">The catalog name (e.g. <c>Macd</c>).</param>
/// <param name="Parameters">The parameter values used, defaults filled in, in catalog order.</param>
/// <param name="OutputNames">Output names in catalog order (e.g. <c>Macd</c>, <c>Signal</c>, <c>Histogram</c>).</param>
/// <param name="Columns">One column per output, in the order of <paramref name="OutputNames"/>.</param>
public sealed record IndicatorResult(
    string Indicator, IReadOnlyList<double> Parameters, IReadOnlyList<string> OutputNames, IReadOnlyList<double[]> Columns)
{
    /// <summary>Number of rows (bars).</summary>
    public int Count => Columns.Count == 0 ? 0 : Columns[0].Length;

    /// <summary>The column of the output named <paramref name="output"/> (case-insensitive).</summary>
    /// <exception cref="BacktestException">No such output (<see cref="ErrorKind.InvalidArgument"/>).</exception>
    public double[] this[string output]
    {
        get
        {
            for (int i = 0; i < OutputNames.Count; i++)
            {
                if (string.Equals(OutputNames[i], output, StringComparison.OrdinalIgnoreCase)) return Columns[i];
            }
            throw new BacktestException(ErrorKind.InvalidArgument,
                $"{Indicator} has no output '{output}'; expected one of: {string.Join(", ", OutputNames)}.", output);
        }
    }

    /// <summary>Column headers as <c>&lt;Indicator&gt;.&lt;Output&gt;</c> (e.g. <c>Macd.Signal</c>).</summary>
    public IReadOnlyList<string> Headers => OutputNames.Select(o => $"{Indicator}.{o}").ToArray();
}
