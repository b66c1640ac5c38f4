using Backtest.Engine.Errors;
using Backtest.Engine.Indicators;
using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators;

/// <summary>
/// Parameters out of range fail clearly, for every parameter of every catalog entry: an
/// <see cref="ErrorKind.InvalidArgument"/> whose message names the indicator, the parameter and its range.
/// </summary>
public class IndicatorCatalogParametersTests
{
    public static TheoryData<string, int> Parameters()
    {
        var data = new TheoryData<string, int>();
        foreach (var entry in IndicatorCatalog.All)
        {
            for (int p = 0; p < entry.Parameters.Count; p++) data.Add(entry.Name, p);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Parameters))]
    public void OutOfRange_ThrowsNamingParameterAndRange(string name, int index)
    {
        var entry = IndicatorCatalog.Find(name);
        var parameter = entry.Parameters[index];
        var bad = new List<double> { parameter.Min - parameter.Step, parameter.Max + parameter.Step, double.NaN, double.PositiveInfinity };
        if (parameter.IsInteger) bad.Add(parameter.Default + 0.5);
        foreach (double value in bad)
        {
            double[] values = entry.Parameters.Select(p => p.Default).ToArray();
            values[index] = value;
            foreach (var attempt in new Action[] { () => entry.Compute(CatalogCases.Bitcoin, values), () => entry.CreateStream(values) })
            {
                var ex = Assert.Throws<BacktestException>(attempt);
                Assert.Equal(ErrorKind.InvalidArgument, ex.Kind);
                Assert.Equal(parameter.Name, ex.Target);
                Assert.Contains(entry.Name, ex.Message, StringComparison.Ordinal);
                Assert.Contains($"'{parameter.Name}'", ex.Message, StringComparison.Ordinal);
                Assert.Contains(parameter.RangeText, ex.Message, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(CatalogCases.Names), MemberType = typeof(CatalogCases))]
    public void TooManyParameters_ThrowsWithSignature(string name)
    {
        var entry = IndicatorCatalog.Find(name);
        double[] values = [.. entry.Parameters.Select(p => p.Default), 1];
        var ex = Assert.Throws<BacktestException>(() => entry.Compute(CatalogCases.Bitcoin, values));
        Assert.Equal(ErrorKind.InvalidArgument, ex.Kind);
        Assert.Contains(entry.Signature, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CatalogCases.Names), MemberType = typeof(CatalogCases))]
    public void OmittedTrailingParameters_TakeDefaults(string name)
    {
        var entry = IndicatorCatalog.Find(name);
        var series = CatalogCases.Bitcoin.SliceByIndex(0, 300);
        var implicitDefaults = entry.Compute(series, []);
        var explicitDefaults = entry.Compute(series, entry.Parameters.Select(p => p.Default).ToArray());
        Assert.Equal(explicitDefaults.Parameters, implicitDefaults.Parameters);
        for (int o = 0; o < entry.Outputs.Count; o++) Assert.Equal(explicitDefaults.Columns[o], implicitDefaults.Columns[o]);
    }

    [Fact]
    public void TypedApi_ValidatesLikeTheCatalog()
    {
        var ex = Assert.Throws<BacktestException>(() => Sma.Series([1.0, 2.0], 0));
        Assert.Equal("lookbackPeriods", ex.Target);
        Assert.Contains("an integer from 1 to 10000", ex.Message, StringComparison.Ordinal);
        ex = Assert.Throws<BacktestException>(() => new BollingerBandsStream(20, 0));
        Assert.Equal("standardDeviations", ex.Target);
        ex = Assert.Throws<BacktestException>(() => Macd.Series([1.0], 26, 12, 9));
        Assert.Equal("slowPeriods", ex.Target);
        Assert.Contains("greater than 'fastPeriods'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MismatchedColumns_ThrowNamingTheIndicator()
    {
        var ex = Assert.Throws<BacktestException>(() => Atr.Series([1.0, 2.0], [1.0], [1.0, 2.0]));
        Assert.Equal(ErrorKind.InvalidArgument, ex.Kind);
        Assert.Contains("Atr", ex.Message, StringComparison.Ordinal);
    }
}
