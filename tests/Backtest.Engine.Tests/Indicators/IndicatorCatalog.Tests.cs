using Backtest.Engine.Errors;
using Backtest.Engine.Indicators;
using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators;

public class IndicatorCatalogTests
{
    [Fact]
    public void Names_AreUniqueAfterNormalising()
    {
        var keys = IndicatorCatalog.All.SelectMany(e => e.Aliases.Prepend(e.Name)).Select(IndicatorCatalog.NormalizeName).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(CatalogCases.Names), MemberType = typeof(CatalogCases))]
    public void Find_IgnoresCaseDashesAndUnderscores(string name)
    {
        string mangled = string.Concat(name.Select((c, i) => (i % 2 == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)) + (i == 1 ? "-" : i == 2 ? "_" : "")));
        Assert.Same(IndicatorCatalog.Find(name), IndicatorCatalog.Find(mangled));
    }

    [Theory]
    [InlineData("stoch-rsi", "StochRsi")]
    [InlineData("BB", "BollingerBands")]
    [InlineData("bollinger_bands", "BollingerBands")]
    [InlineData("williams", "WilliamsR")]
    public void Find_KnowsAliases(string text, string expected) => Assert.Equal(expected, IndicatorCatalog.Find(text).Name);

    [Fact]
    public void Find_Unknown_ListsKnownNames()
    {
        var ex = Assert.Throws<BacktestException>(() => IndicatorCatalog.Find("Supertrendz"));
        Assert.Equal(ErrorKind.InvalidArgument, ex.Kind);
        Assert.Contains("Supertrendz", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Macd", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CatalogCases.Names), MemberType = typeof(CatalogCases))]
    public void Entry_IsSelfConsistent(string name)
    {
        var entry = IndicatorCatalog.Find(name);
        Assert.NotEmpty(entry.Title);
        Assert.NotEqual(IndicatorInputs.None, entry.Inputs);
        Assert.Equal(entry.Outputs.Count, entry.Outputs.Distinct().Count());
        Assert.Equal(entry.Outputs.Count, entry.CreateStream().OutputCount);
        foreach (var p in entry.Parameters)
        {
            Assert.Equal(entry.Name, p.Indicator);
            Assert.InRange(p.Default, p.Min, p.Max);
            Assert.True(p.Step > 0);
            if (p.IsInteger) Assert.Equal(Math.Floor(p.Default), p.Default);
        }
        Assert.Equal(entry.Parameters.Count, entry.Parameters.Select(p => p.Name).Distinct().Count());
    }

    [Fact]
    public void Compute_ByName_MatchesTypedApi()
    {
        var series = CatalogCases.Bitcoin;
        var result = IndicatorCatalog.Compute("macd", series, [8, 21]);
        var typed = Macd.Series(series.Close, 8, 21, 9);
        Assert.Equal(new double[] { 8, 21, 9 }, result.Parameters);
        Assert.Equal(typed.Signal, result["Signal"]);
        Assert.Equal(["Macd.Macd", "Macd.Signal", "Macd.Histogram", "Macd.FastEma", "Macd.SlowEma"], result.Headers);
    }

    [Fact]
    public void Result_UnknownOutput_ThrowsListingOutputs()
    {
        var result = IndicatorCatalog.Compute("Atr", CatalogCases.Bitcoin);
        var ex = Assert.Throws<BacktestException>(() => result["Adx"]);
        Assert.Contains("Tr, Atr, Atrp", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Macd(12,26,9)", "Macd", new double[] { 12, 26, 9 })]
    [InlineData(" rsi ", "Rsi", new double[0])]
    [InlineData("bollinger-bands( 20 , 2.5 )", "BollingerBands", new double[] { 20, 2.5 })]
    [InlineData("Obv()", "Obv", new double[0])]
    public void Request_Parses(string text, string name, double[] parameters)
    {
        var request = IndicatorRequest.Parse(text);
        Assert.Equal(name, request.Entry.Name);
        Assert.Equal(parameters, request.Parameters);
    }

    [Theory]
    [InlineData("Macd(12,26")]
    [InlineData("Macd(12,x)")]
    [InlineData("(12)")]
    [InlineData("Macd(26,12)")]
    [InlineData("Nope(1)")]
    public void Request_Malformed_Throws(string text)
    {
        var ex = Assert.Throws<BacktestException>(() => IndicatorRequest.Parse(text));
        Assert.Equal(ErrorKind.InvalidArgument, ex.Kind);
    }

    [Fact]
    public void Request_ToString_ShowsResolvedParameters() =>
        Assert.Equal("Keltner(20,2,10)", IndicatorRequest.Parse("keltner").ToString());
}
