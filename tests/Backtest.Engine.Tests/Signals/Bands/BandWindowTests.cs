using Backtest.Engine.Data;
using Backtest.Engine.Signals;
using Backtest.Engine.Signals.Bands;

namespace Backtest.Engine.Tests.Signals.Bands;

public sealed class BandWindowTests
{
    private static readonly BandScanOptions Options = new() { Days = 200, Degree = 4, KStd = 2.0 };

    [Fact]
    public void CloseFarBelowTheTrend_IsBuy_WithUpperOverLowerReturn()
    {
        var closes = BandTestData.Wavy(200);
        closes[^1] -= 40;

        var s = BandWindow.Signal(BandTestData.Daily(closes), Options);

        Assert.Equal(TradeSignal.Buy, s.Signal);
        Assert.True(s.Close < s.Lower);
        Assert.Equal(((s.Upper / s.Lower) - 1) * 100, s.PotentialReturnPct, 12);
        Assert.True(s.DistanceSigma < -2);
        Assert.Null(s.Error);
    }

    [Fact]
    public void CloseFarAboveTheTrend_IsSell_WithLowerOverUpperReturn()
    {
        var closes = BandTestData.Wavy(200);
        closes[^1] += 40;

        var s = BandWindow.Signal(BandTestData.Daily(closes), Options);

        Assert.Equal(TradeSignal.Sell, s.Signal);
        Assert.True(s.Close > s.Upper);
        Assert.Equal(((s.Lower / s.Upper) - 1) * 100, s.PotentialReturnPct, 12);
        Assert.True(s.PotentialReturnPct < 0);
        Assert.True(s.DistanceSigma > 2);
    }

    [Fact]
    public void CloseOnTheTrend_IsHold_WithZeroReturn()
    {
        var s = BandWindow.Signal(BandTestData.Daily(BandTestData.Wavy(200)), Options);

        Assert.Equal(TradeSignal.Hold, s.Signal);
        Assert.Equal(0.0, s.PotentialReturnPct);
        Assert.InRange(s.Close, s.Lower, s.Upper);
    }

    [Fact]
    public void Fields_AreConsistentWithTheFit()
    {
        var s = BandWindow.Signal(BandTestData.Bitcoin, Options);

        var fit = PolynomialFit.Fit(BandTestData.Bitcoin.Close[^200..], 4);
        Assert.Equal(200, s.Bars);
        Assert.Equal(fit.Fitted[^1], s.Fit, 6);
        Assert.Equal(fit.Sigma, s.Sigma, 6);
        Assert.Equal(fit.RSquared, s.RSquared, 9);
        Assert.Equal(s.Fit - (2 * s.Sigma), s.Lower, 9);
        Assert.Equal(s.Fit + (2 * s.Sigma), s.Upper, 9);
        Assert.Equal((s.Close - s.Fit) / s.Sigma, s.DistanceSigma, 12);
        Assert.Equal(BandRule.Classify(s.Close, s.Lower, s.Upper), s.Signal);
        Assert.Equal("BTCUSDT", s.Symbol);
        Assert.Equal("1d", s.Interval);
    }

    [Fact]
    public void Window_IsTheLastDaysOfCandles_EndingAtTheLatestClose()
    {
        var s = BandWindow.Signal(BandTestData.Bitcoin, Options with { Days = 30, MinBars = 10 });

        var lastOpen = new DateTime(2026, 1, 4, 0, 0, 0, DateTimeKind.Utc);
        Assert.Equal(30, s.Bars);
        Assert.Equal(lastOpen, s.AsOf);
        Assert.Equal(lastOpen.AddDays(-29), s.StartTime);
        Assert.Equal(lastOpen.AddDays(1), s.EndTime);
        Assert.Equal(BandTestData.Bitcoin.Close[^1], s.Close);
    }

    [Fact]
    public void SignalEqualsTheRollingBandAtTheLastBar()
    {
        var s = BandWindow.Signal(BandTestData.Bitcoin, Options);

        var rolling = PolynomialBands.Series(BandTestData.Bitcoin, 200, 4, 2.0);
        Assert.Equal(rolling.Fit[^1], s.Fit);
        Assert.Equal(rolling.Lower[^1], s.Lower);
        Assert.Equal(rolling.Upper[^1], s.Upper);
    }

    [Fact]
    public void TooLittleData_IsHoldWithAnError_NotAnException()
    {
        var s = BandWindow.Signal(BandTestData.Daily(BandTestData.Wavy(20)), Options with { Days = 720 });

        Assert.Equal(TradeSignal.Hold, s.Signal);
        Assert.Equal(0.0, s.PotentialReturnPct);
        Assert.Equal(20, s.Bars);
        Assert.Contains("Too little data: 20 1d candles", s.Error, StringComparison.Ordinal);
        Assert.Contains("at least 50", s.Error, StringComparison.Ordinal);
        Assert.True(double.IsNaN(s.Fit));
        Assert.False(double.IsNaN(s.Close));
    }

    [Fact]
    public void ShortWindow_RequiresItsOwnLengthInsteadOfMinBars()
    {
        var options = Options with { Days = 30 };

        Assert.Equal(30, options.RequiredBars(Interval.OneDay));
        Assert.Equal(50, options.RequiredBars(Interval.OneHour));
        Assert.Equal(6, (options with { Days = 2 }).RequiredBars(Interval.OneDay));
        Assert.Null(BandWindow.Signal(BandTestData.Daily(BandTestData.Wavy(30)), options).Error);
    }

    [Fact]
    public void NoCandles_IsHoldWithAnError()
    {
        var s = BandWindow.Signal(CandleSeries.Empty("NEWUSDT", Market.Spot, Interval.OneDay, "test"), Options);

        Assert.Equal(TradeSignal.Hold, s.Signal);
        Assert.Equal("NEWUSDT", s.Symbol);
        Assert.Equal(0, s.Bars);
        Assert.NotNull(s.Error);
    }

    [Fact]
    public void NonFiniteCloseInTheWindow_IsHoldWithAnError()
    {
        var closes = BandTestData.Wavy(100);
        closes[60] = double.NaN;

        var s = BandWindow.Signal(BandTestData.Daily(closes), Options with { Days = 100 });

        Assert.Equal(TradeSignal.Hold, s.Signal);
        Assert.Contains("non-finite", s.Error, StringComparison.Ordinal);
    }
}
