using Backtest.Engine.Errors;
using Backtest.Engine.Signals.Bands;

namespace Backtest.Engine.Tests.Signals.Bands;

public sealed class PolynomialBandsTests
{
    [Fact]
    public void ValuesAtEachBar_AreIdentical_OnDataTruncatedAtThatBar()
    {
        var closes = BandTestData.Bitcoin.Close.ToArray();
        var full = PolynomialBands.Series(closes, 60, 4, 2.0);

        for (int i = 0; i < closes.Length; i += 97)
        {
            var prefix = PolynomialBands.Series(closes.AsSpan(0, i + 1), 60, 4, 2.0);
            for (int j = 0; j <= i; j++)
            {
                Assert.Equal(full.Lower[j], prefix.Lower[j]);
                Assert.Equal(full.Fit[j], prefix.Fit[j]);
                Assert.Equal(full.Upper[j], prefix.Upper[j]);
            }
        }
    }

    [Fact]
    public void Stream_EqualsSeries_BitForBit()
    {
        var closes = BandTestData.Bitcoin.Close[..800].ToArray();
        var series = PolynomialBands.Series(closes, 50, 5, 1.5);
        var stream = new PolynomialBandsStream(50, 5, 1.5);

        for (int i = 0; i < closes.Length; i++)
        {
            var point = stream.Update(closes[i]);
            Assert.Equal(series.Lower[i], point.Lower);
            Assert.Equal(series.Fit[i], point.Fit);
            Assert.Equal(series.Upper[i], point.Upper);
        }
    }

    [Fact]
    public void WarmUp_IsNaN_ForTheFirstLookbackMinusOneBars()
    {
        var result = PolynomialBands.Series(BandTestData.Bitcoin, 30, 3, 2.0);

        Assert.All(result.Fit[..29], v => Assert.True(double.IsNaN(v)));
        Assert.All(result.Fit[29..], v => Assert.True(double.IsFinite(v)));
        Assert.Equal(BandTestData.Bitcoin.Count, result.Fit.Length);
    }

    [Fact]
    public void EachBar_EqualsAFreshFitOfTheWindowEndingThere()
    {
        var closes = BandTestData.Bitcoin.Close.ToArray();
        var result = PolynomialBands.Series(closes, 120, 4, 2.0);

        foreach (int i in new[] { 119, 500, 1777, closes.Length - 1 })
        {
            var fit = PolynomialFit.Fit(closes.AsSpan(i - 119, 120), 4);
            Assert.True(Math.Abs(result.Fit[i] - fit.Fitted[^1]) <= 1e-9 * Math.Abs(fit.Fitted[^1]), $"bar {i}");
            Assert.True(Math.Abs(result.Upper[i] - (fit.Fitted[^1] + (2 * fit.Sigma))) <= 1e-9 * Math.Abs(fit.Fitted[^1]), $"bar {i}");
            Assert.True(Math.Abs(result.Lower[i] - (fit.Fitted[^1] - (2 * fit.Sigma))) <= 1e-9 * Math.Abs(fit.Fitted[^1]), $"bar {i}");
        }
    }

    [Fact]
    public void OneShotFit_Repaints_WhileTheRollingBandDoesNot()
    {
        var closes = BandTestData.Bitcoin.Close[..400].ToArray();

        var before = PolynomialFit.Fit(closes.AsSpan(200, 100), 4);
        var after = PolynomialFit.Fit(closes.AsSpan(210, 100), 4);
        var rolling = PolynomialBands.Series(closes.AsSpan(0, 300), 100, 4, 2.0);
        var rollingLater = PolynomialBands.Series(closes.AsSpan(0, 310), 100, 4, 2.0);

        // Bar 299 seen from the window ending there, then from the window ending ten bars later.
        Assert.NotEqual(before.Fitted[99], after.Fitted[89]);
        Assert.Equal(rolling.Fit[299], rollingLater.Fit[299]);
    }

    [Fact]
    public void NonFiniteClose_SpoilsOnlyTheWindowsHoldingIt()
    {
        var closes = BandTestData.Bitcoin.Close[..200].ToArray();
        closes[100] = double.NaN;

        var result = PolynomialBands.Series(closes, 20, 3, 2.0);

        Assert.True(double.IsFinite(result.Fit[99]));
        Assert.All(result.Fit[100..120], v => Assert.True(double.IsNaN(v)));
        Assert.True(double.IsFinite(result.Fit[120]));
    }

    [Theory]
    [InlineData(100, 1, 2.0, "degree")]
    [InlineData(100, 11, 2.0, "degree")]
    [InlineData(5, 4, 2.0, "lookbackPeriods")]
    [InlineData(100, 4, 0.0, "standardDeviations")]
    [InlineData(100, 4, double.NaN, "standardDeviations")]
    public void ParameterOutOfRange_ThrowsNamingIt(int lookback, int degree, double k, string parameter)
    {
        var ex = Assert.Throws<BacktestException>(() => PolynomialBands.Series(BandTestData.Wavy(50), lookback, degree, k));

        Assert.Equal(ErrorKind.InvalidArgument, ex.Kind);
        Assert.Equal(parameter, ex.Target);
        Assert.Contains("allowed", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyInput_GivesEmptyColumns()
    {
        var result = PolynomialBands.Series(ReadOnlySpan<double>.Empty);

        Assert.Empty(result.Fit);
    }
}
