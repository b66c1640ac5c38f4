using Backtest.Engine.Indicators;
using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators;

/// <summary>
/// No look-ahead, for every catalog entry: every value up to bar i is bit-identical whether the series ends
/// at bar i or goes on (ARCHITECTURE.md, "Semantics stated once"). Real BTCUSDT daily data, cut at bars chosen
/// around typical warm-up lengths and far beyond them.
/// </summary>
public class IndicatorCatalogNoLookAheadTests
{
    private static readonly int[] Cuts = [1, 2, 3, 9, 10, 11, 14, 15, 19, 20, 21, 26, 27, 34, 35, 100, 401, 1000, 2222, 3062];

    [Theory]
    [MemberData(nameof(CatalogCases.Names), MemberType = typeof(CatalogCases))]
    public void TruncatedSeries_GivesIdenticalPrefix(string name)
    {
        var entry = IndicatorCatalog.Find(name);
        foreach (var series in new[] { CatalogCases.Bitcoin, CatalogCases.WithNaNs(CatalogCases.Bitcoin) })
        {
            foreach (double[] parameters in CatalogCases.ParameterSets(entry))
            {
                var full = entry.Compute(series, parameters);
                foreach (int cut in Cuts)
                {
                    var truncated = entry.Compute(series.SliceByIndex(0, cut), parameters);
                    for (int o = 0; o < full.Columns.Count; o++)
                    {
                        for (int i = 0; i < cut; i++)
                        {
                            // Bitwise: NaN equals NaN, and not even the sign of zero may change.
                            Assert.True(
                                BitConverter.DoubleToInt64Bits(full.Columns[o][i]) == BitConverter.DoubleToInt64Bits(truncated.Columns[o][i]),
                                $"{entry.Name}({string.Join(",", parameters)}).{entry.Outputs[o]}[{i}] differs when the series ends at bar {cut - 1}: " +
                                $"{full.Columns[o][i]:R} vs {truncated.Columns[o][i]:R}");
                        }
                    }
                }
            }
        }
    }
}
