using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.Dpo;

public class DpoSeriesTests
{
    // Published definition (Stock.Indicators docs "Detrended Price Oscillator", which looks ahead): with
    // offset = n/2 + 1, DPO[i] = C[i] − SMA(C, n)[i + offset]. Ours reports that value on bar i + offset, the first
    // bar that knows it: Dpo[j] = C[j − offset] − SMA[j], Sma[j] = SMA[j]. Windows summed afresh in decimal.
    private static double[] StockDefinition(double[] close, int n, out double[] sma)
    {
        int offset = (n / 2) + 1;
        sma = ColumnAssert.NaNs(close.Length);
        for (int i = n - 1; i < close.Length; i++) sma[i] = (double)(close[(i - n + 1)..(i + 1)].Sum(v => (decimal)v) / n);
        double[] dpo = ColumnAssert.NaNs(close.Length);
        for (int i = 0; i + offset < close.Length; i++) dpo[i] = close[i] - sma[i + offset];
        return dpo;
    }

    [Theory]
    [InlineData(14)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(21)]
    public void RealData_IsTheStockIndicatorsValueShiftedToTheBarThatKnowsIt(int n)
    {
        double[] close = CatalogCases.Bitcoin.Close.ToArray();
        int offset = (n / 2) + 1;
        double[] stock = StockDefinition(close, n, out double[] sma);
        double[] expectedDpo = ColumnAssert.NaNs(close.Length), expectedSma = ColumnAssert.NaNs(close.Length);
        for (int j = offset; j < close.Length; j++)
        {
            expectedDpo[j] = stock[j - offset];
            expectedSma[j] = double.IsNaN(stock[j - offset]) ? double.NaN : sma[j];
        }
        var actual = Engine.Indicators.Dpo.Series(close, n);
        ColumnAssert.Close(expectedDpo, actual.Dpo, 1e-9, 1e-8, $"Dpo({n})");
        ColumnAssert.Close(expectedSma, actual.Sma, 1e-12, what: $"Sma({n})");
    }

    [Fact]
    public void DefaultQuotes_DefinesAsManyValuesAsStockIndicators()
    {
        // Stock.Indicators publishes 489 DPO(14) values on default.csv (5 warm-up bars, 8 future bars missing); ours
        // are the same 489 values, each 8 bars later.
        var r = Engine.Indicators.Dpo.Series(PublishedSample.DefaultQuotes.Close, 14);
        Assert.Equal(489, r.Dpo.Count(double.IsFinite));
        Assert.True(double.IsNaN(r.Dpo[12]));
        Assert.False(double.IsNaN(r.Dpo[13]));
        Assert.False(double.IsNaN(r.Dpo[^1]));
    }
}
