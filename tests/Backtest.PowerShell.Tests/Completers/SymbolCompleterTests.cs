using Backtest.Engine.Data;
using Backtest.Engine.Data.Sample;
using Backtest.Engine.Data.Store;
using Backtest.PowerShell.Completers;

namespace Backtest.PowerShell.Tests.Completers;

/// <summary>-Symbol completion from a real cache file and the sample market; never failing, never creating a cache.</summary>
public sealed class SymbolCompleterTests
{
    private static void Cache(string path, string symbol)
    {
        var builder = new CandleSeriesBuilder();
        builder.Add(CandleSeries.ToEpochMs(new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc)), 1, 2, 0.5, 1.5, 10);
        var series = builder.Build(symbol, Market.Spot, Interval.OneHour, "binance");
        using var store = new CandleStore(path);
        store.Write(new CandleStoreKey("binance", Market.Spot, symbol, Interval.OneHour), series, series.OpenTimeMs[0], series.OpenTimeMs[0] + Interval.OneHour.Milliseconds);
    }

    [Fact]
    public void CachedSymbols_AreOfferedWithTheSampleOnes()
    {
        using var folder = new TempFolder();
        Cache(folder.File(), "NOVAUSDT");
        Assert.Equal(["NOVAUSDT"], SymbolCompleter.Candidates("no", folder.File()));
        var all = SymbolCompleter.Candidates("", folder.File()).ToList();
        Assert.Contains("NOVAUSDT", all);
        Assert.All(SampleMarket.Symbols, s => Assert.Contains(s.Name, all));
        Assert.Equal(all.Order(StringComparer.Ordinal), all);
    }

    [Fact]
    public void Prefix_MatchesAnyCaseAndIgnoresQuotes()
    {
        Assert.Equal(["BTCUSDT"], SymbolCompleter.Candidates("'bt", Path.Combine(Path.GetTempPath(), "none-" + Guid.NewGuid().ToString("N"), "candles.db")));
    }

    [Fact]
    public void MissingCache_IsNotCreated()
    {
        using var folder = new TempFolder();
        string path = folder.File("absent.db");
        Assert.Contains("ETHUSDT", SymbolCompleter.Candidates("E", path));
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void UnreadableCache_FallsBackToTheSampleSymbols()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File(), "this is not a SQLite database");
        Assert.Equal(SampleMarket.Symbols.Select(s => s.Name).Order(StringComparer.Ordinal), SymbolCompleter.Candidates("", folder.File()));
    }
}
