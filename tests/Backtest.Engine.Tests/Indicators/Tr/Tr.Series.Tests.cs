using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.Tr;

public class TrSeriesTests
{
    // Definition (Wilder 1978): TR = max(H, C') − min(L, C'), C' the previous close; undefined on bar 0.
    // (The max/min form is algebraically the max of the three ranges the engine evaluates.)
    [Fact]
    public void RealData_MatchesDefinition()
    {
        var btc = CatalogCases.Bitcoin;
        var expected = ColumnAssert.NaNs(btc.Count);
        for (int i = 1; i < btc.Count; i++) expected[i] = Math.Max(btc.High[i], btc.Close[i - 1]) - Math.Min(btc.Low[i], btc.Close[i - 1]);
        ColumnAssert.Close(expected, Engine.Indicators.Tr.Series(btc), 1e-12, what: "Tr");
    }
}
