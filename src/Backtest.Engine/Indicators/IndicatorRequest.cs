using System.Globalization;
using Backtest.Engine.Data;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Indicators;

/// <summary>
/// An indicator with its positional parameters, as users write it: <c>Macd(12,26,9)</c>, <c>rsi</c>,
/// <c>bollinger-bands(20, 2.5)</c>. Omitted trailing parameters take their defaults.
/// </summary>
/// <param name="Entry">The catalog entry.</param>
/// <param name="Parameters">The parameters as given (not yet defaulted).</param>
public sealed record IndicatorRequest(IndicatorEntry Entry, IReadOnlyList<double> Parameters)
{
    /// <summary>Parses <c>NAME</c> or <c>NAME(p1,p2,...)</c>; numbers use the invariant culture.</summary>
    /// <exception cref="BacktestException">Malformed text, unknown name or bad parameters (<see cref="ErrorKind.InvalidArgument"/>).</exception>
    public static IndicatorRequest Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string trimmed = text.Trim();
        int open = trimmed.IndexOf('(', StringComparison.Ordinal);
        string name = open < 0 ? trimmed : trimmed[..open].Trim();
        var values = new List<double>();
        if (open >= 0)
        {
            if (!trimmed.EndsWith(')')) throw Malformed(text, "a closing ')'");
            string inner = trimmed[(open + 1)..^1];
            if (inner.Trim().Length > 0)
            {
                foreach (string part in inner.Split(','))
                {
                    if (!double.TryParse(part.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
                    {
                        throw Malformed(text, $"numbers separated by ',' (could not read '{part.Trim()}')");
                    }
                    values.Add(value);
                }
            }
        }
        if (name.Length == 0) throw Malformed(text, "an indicator name");
        var entry = IndicatorCatalog.Find(name);
        entry.Resolve(values);
        return new IndicatorRequest(entry, values);
    }

    /// <summary>Computes the indicator over <paramref name="series"/>.</summary>
    public IndicatorResult Compute(CandleSeries series) => Entry.Compute(series, Parameters);

    /// <inheritdoc />
    public override string ToString() =>
        $"{Entry.Name}({string.Join(",", Entry.Resolve(Parameters).ToArray().Select(v => v.ToString(CultureInfo.InvariantCulture)))})";

    private static BacktestException Malformed(string text, string expected) => new(
        ErrorKind.InvalidArgument, $"Cannot read indicator '{text}': expected NAME or NAME(p1,p2,...) with {expected}.", text);
}
