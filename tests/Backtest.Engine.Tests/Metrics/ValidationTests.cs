using Backtest.Engine.Data;
using Backtest.Engine.Errors;
using Backtest.Engine.Metrics;

namespace Backtest.Engine.Tests.Metrics;

/// <summary>Inputs that break the contract fail with an InvalidArgument naming the property and what was expected.</summary>
public class ValidationTests
{
    private static readonly PerformanceInput Good = MetricsCases.Input(1000, [1000, 1010, 1020]);

    private static BacktestException Fails(PerformanceInput input, string target, string fragment)
    {
        var error = Assert.Throws<BacktestException>(() => PerformanceCalculator.Compute(input));
        Assert.Equal(ErrorKind.InvalidArgument, error.Kind);
        Assert.Equal(target, error.Target);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
        return error;
    }

    [Fact]
    public void GoodInput_Passes() => Good.Validate();

    [Fact]
    public void EmptyCurve_Fails() =>
        Fails(new PerformanceInput(Array.Empty<double>(), Array.Empty<long>(), Interval.OneDay, 1000, []), "Equity", "at least one bar");

    [Fact]
    public void TimeLengthMismatch_Fails() => Fails(Good with { TimeMs = new long[] { 1, 2 } }, "TimeMs", "TimeMs has 2 values but Equity has 3");

    [Fact]
    public void NaNEquity_FailsNamingTheBar() =>
        Fails(Good with { Equity = new double[] { 1000, double.NaN, 1020 } }, "Equity", "Equity[1] (bar opening 2024-01-31 00:00:00Z) is NaN");

    [Fact]
    public void InfiniteEquity_Fails() => Fails(Good with { Equity = new double[] { 1000, 1, double.PositiveInfinity } }, "Equity", "Equity[2]");

    [Fact]
    public void TimesNotIncreasing_Fails() => Fails(Good with { TimeMs = new long[] { 0, 86_400_000, 86_400_000 } }, "TimeMs", "TimeMs[2]");

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(double.NaN)]
    public void NonPositiveCash_Fails(double cash) => Fails(Good with { InitialCash = cash }, "InitialCash", "positive finite amount");

    [Fact]
    public void MissingInterval_Fails() => Fails(Good with { Interval = default }, "Interval", "No interval");

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    public void BarsInMarketOutOfRange_Fails(int bars) => Fails(Good with { BarsInMarket = bars }, "BarsInMarket", "expected 0 to 3");

    [Fact]
    public void AmbiguousBarsOutOfRange_Fails() => Fails(Good with { AmbiguousBars = 9 }, "AmbiguousBars", "expected 0 to 3");

    [Theory]
    [InlineData(0)]
    [InlineData(-252)]
    [InlineData(double.PositiveInfinity)]
    public void BadPeriodsPerYear_Fails(double periods) => Fails(Good with { PeriodsPerYear = periods }, "PeriodsPerYear", "positive finite");

    [Fact]
    public void RiskFreeAtMinusOne_Fails() => Fails(Good with { RiskFreeRatePerYear = -1 }, "RiskFreeRatePerYear", "above -1");

    [Fact]
    public void NonFiniteFees_Fails() => Fails(Good with { FeesPaid = double.NaN }, "FeesPaid", "finite");

    [Fact]
    public void TradeExitingBeforeEntry_Fails()
    {
        var t = MetricsCases.Start;
        Fails(Good with { Trades = [MetricsCases.Trade(t, t.AddDays(1), 1, 1), MetricsCases.Trade(t.AddDays(2), t.AddDays(1), 1, 1)] }, "Trades", "Trades[1] exits at");
    }

    [Fact]
    public void TradeWithNaNPnl_Fails()
    {
        var t = MetricsCases.Start;
        Fails(Good with { Trades = [MetricsCases.Trade(t, t.AddDays(1), double.NaN, 1)] }, "Trades", "Trades[0]");
    }

    [Fact]
    public void SeriesMethods_ValidateToo()
    {
        var bad = Good with { InitialCash = 0 };
        Assert.Throws<BacktestException>(() => PerformanceCalculator.DrawdownPct(bad));
        Assert.Throws<BacktestException>(() => PerformanceCalculator.Returns(bad));
        Assert.Throws<BacktestException>(() => PerformanceCalculator.MonthlyReturns(bad));
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void TailCutoffOutsideZeroToOne_Fails(double cutoff)
    {
        var error = Assert.Throws<BacktestException>(() => ValueAtRisk.Historical([0.1, 0.2], cutoff));
        Assert.Equal("cutoff", error.Target);
        Assert.Throws<BacktestException>(() => ConditionalValueAtRisk.Historical([0.1, 0.2], cutoff));
    }

    [Fact]
    public void EmptyReturns_TailMeasuresUndefined()
    {
        Assert.True(double.IsNaN(ValueAtRisk.Historical([], 0.05)));
        Assert.True(double.IsNaN(ConditionalValueAtRisk.Historical([], 0.05)));
    }
}
