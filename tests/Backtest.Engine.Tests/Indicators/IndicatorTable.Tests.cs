using Backtest.Engine.Data;
using Backtest.Engine.Errors;
using Backtest.Engine.Indicators;
using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators;

public class IndicatorTableTests
{
    private static CandleSeries Reversed(CandleSeries s)
    {
        var builder = new CandleSeriesBuilder(s.Count);
        for (int i = s.Count - 1; i >= 0; i--) builder.Add(s.OpenTimeMs[i], s.Open[i], s.High[i], s.Low[i], s.Close[i], s.Volume[i]);
        return builder.Build(s.Symbol, s.Market, s.Interval, s.Source);
    }

    [Fact]
    public void SortedSeries_GivesTheCatalogColumnsUnchanged()
    {
        var series = CatalogCases.Bitcoin.SliceByIndex(0, 400);
        var table = IndicatorTable.Compute(series, [IndicatorRequest.Parse("adx"), IndicatorRequest.Parse("kama(5)")]);

        Assert.False(table.WasReordered);
        Assert.Equal(["Adx.Pdi", "Adx.Mdi", "Adx.Dx", "Adx.Adx", "Adx.Adxr", "Kama.Er", "Kama.Kama"], table.Headers);
        Assert.Equal(Engine.Indicators.Adx.Series(series).Adxr, table.Columns[4]);
        Assert.Equal(Engine.Indicators.Kama.Series(series, 5).Kama, table.Columns[6]);
    }

    [Fact]
    public void NewestFirstSeries_GivesEachRowItsTimeOrderValue()
    {
        var series = CatalogCases.Bitcoin.SliceByIndex(0, 400);
        var table = IndicatorTable.Compute(Reversed(series), [IndicatorRequest.Parse("tsi(10,5,3)")]);

        Assert.True(table.WasReordered);
        var forward = Engine.Indicators.Tsi.Series(series, 10, 5, 3);
        Assert.Equal(forward.Tsi.Reverse(), table.Columns[0]);
        Assert.Equal(forward.Signal.Reverse(), table.Columns[1]);
        Assert.Equal(series.OpenTimeMs[^1], table.Series.OpenTimeMs[0]);
    }

    [Fact]
    public void RepeatedOpenTime_IsRefusedNamingTheRows()
    {
        var s = CatalogCases.Bitcoin;
        var builder = new CandleSeriesBuilder(4);
        foreach (int i in new[] { 2, 0, 1, 0 }) builder.Add(s.OpenTimeMs[i], s.Open[i], s.High[i], s.Low[i], s.Close[i], s.Volume[i]);
        var series = builder.Build("BTCUSDT", Market.Spot, Interval.OneDay, "dup.csv");

        var ex = Assert.Throws<BacktestException>(() => IndicatorTable.Compute(series, [IndicatorRequest.Parse("sma(2)")]));
        Assert.Equal(ErrorKind.InvalidData, ex.Kind);
        Assert.Contains("dup.csv: candles 2 and 4", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SameIndicatorTwice_IsQualifiedByParameters_AndAnExactRepeatIsRefused()
    {
        var series = CatalogCases.Bitcoin.SliceByIndex(0, 50);
        var table = IndicatorTable.Compute(series, [IndicatorRequest.Parse("rsi(7)"), IndicatorRequest.Parse("obv"), IndicatorRequest.Parse("rsi")]);
        Assert.Equal(["Rsi(7).Rsi", "Obv.Obv", "Rsi(14).Rsi"], table.Headers);

        var ex = Assert.Throws<BacktestException>(() => IndicatorTable.Compute(series, [IndicatorRequest.Parse("rsi"), IndicatorRequest.Parse("RSI(14)")]));
        Assert.Equal(ErrorKind.InvalidArgument, ex.Kind);
    }

    [Theory]
    [InlineData("mcad", "Macd")]
    [InlineData("stoch-rs", "StochRsi")]
    [InlineData("Ultimat", "Ultimate")]
    [InlineData("chaikin_osc", "ChaikinOsc")]
    [InlineData("bolinger", "BollingerBands")]
    public void Suggestion_FindsTheIntendedName(string typed, string expected) => Assert.Equal(expected, IndicatorSuggestion.Closest(typed));

    [Fact]
    public void Suggestion_OffersNothingForUnrelatedText() => Assert.Null(IndicatorSuggestion.Closest("Supercalifragilistic"));
}
