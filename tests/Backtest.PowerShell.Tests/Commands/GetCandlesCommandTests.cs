using Backtest.Engine.Data;
using Backtest.Engine.Data.Quality;
using Backtest.PowerShell.Commands;

namespace Backtest.PowerShell.Tests.Commands;

/// <summary>
/// Get-Candles' parameters → <see cref="CandleQuery"/>, the only thing the cmdlet decides. Switches (-NoCache,
/// -FillGaps, -AsSeries) cannot be set here: the reference stubs' SwitchParameter has no state, so it always reads
/// as absent; tests/Pester/Get-Candles.Tests.ps1 covers them on a real host.
/// </summary>
public sealed class GetCandlesCommandTests
{
    [Fact]
    public void Defaults_AskForSampleCandlesWarningOnProblems()
    {
        using var cmdlet = new GetCandlesCommand { Symbol = ["BTCUSDT"] };
        var query = cmdlet.ToQuery(GetCandlesCommand.BySymbol);
        Assert.Equal(["BTCUSDT"], query.Symbols);
        Assert.Null(query.Interval); // the engine reads it as 1h, or as a file's own interval
        Assert.Equal(CandleSourceKind.Sample, query.Source);
        Assert.Equal(QualityPolicy.Warn, query.QualityPolicy);
        Assert.Null(query.StartTime);
        Assert.Null(query.EndTime);
        Assert.Null(query.Top);
        Assert.Empty(query.Paths);
        Assert.False(query.NoCache);
        Assert.False(query.FillGaps);
        Assert.Null(query.CachePath);
        Assert.Null(query.Binance);
    }

    [Fact]
    public void BySymbol_MapsEveryParameter()
    {
        var baseUrl = new Uri("http://127.0.0.1:5001");
        using var cmdlet = new GetCandlesCommand
        {
            Symbol = ["BTCUSDT", "ethusdt"],
            Interval = "1M",
            Source = CandleSourceKind.BinanceFutures,
            CachePath = "/tmp/cache.db",
            QualityPolicy = QualityPolicy.Repair,
            BaseUrl = baseUrl,
            Path = ["ignored.csv"],
            Top = 7,
        };
        var query = cmdlet.ToQuery(GetCandlesCommand.BySymbol);
        Assert.Equal(["BTCUSDT", "ethusdt"], query.Symbols);
        Assert.Equal("1M", query.Interval?.Name);
        Assert.True(query.Interval!.Value.IsCalendarMonth);
        Assert.Equal(CandleSourceKind.BinanceFutures, query.Source);
        Assert.Equal("/tmp/cache.db", query.CachePath);
        Assert.Equal(QualityPolicy.Repair, query.QualityPolicy);
        Assert.Equal(baseUrl, query.Binance!.SpotBaseUrl);
        Assert.Equal(baseUrl, query.Binance.FuturesBaseUrl);
        Assert.Empty(query.Paths); // other sets' parameters do not leak into this one
        Assert.Null(query.Top);
    }

    [Fact]
    public void ByPath_ReadsFilesWhateverTheSource()
    {
        using var cmdlet = new GetCandlesCommand { Path = ["a.csv", "b.csv.gz"], Source = CandleSourceKind.Binance, Symbol = ["X"] };
        var query = cmdlet.ToQuery(GetCandlesCommand.ByPath);
        Assert.Equal(CandleSourceKind.Csv, query.Source);
        Assert.Equal(["a.csv", "b.csv.gz"], query.Paths);
        Assert.Empty(query.Symbols);
        Assert.Null(query.Interval); // a daily file is read as daily, not refused for not being hourly
    }

    [Fact]
    public void ByPath_WithAnInterval_AsksTheFileToHaveIt()
    {
        using var cmdlet = new GetCandlesCommand { Path = ["a.csv"], Interval = "1d" };
        Assert.Equal(Interval.OneDay, cmdlet.ToQuery(GetCandlesCommand.ByPath).Interval);
    }

    [Fact]
    public void ByTop_AsksForTheTopSymbolsOnly()
    {
        using var cmdlet = new GetCandlesCommand { Top = 25, Source = CandleSourceKind.Binance };
        var query = cmdlet.ToQuery(GetCandlesCommand.ByTop);
        Assert.Equal(25, query.Top);
        Assert.Empty(query.Symbols);
        Assert.Equal(CandleSourceKind.Binance, query.Source);
    }

    [Fact]
    public void TimesWithoutAZone_AreUtc()
    {
        // -StartTime 2024-01-01 arrives as an unspecified DateTime: it means midnight UTC on every machine.
        using var cmdlet = new GetCandlesCommand
        {
            Symbol = ["BTCUSDT"],
            StartTime = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Unspecified),
            EndTime = new DateTime(2024, 2, 1, 6, 0, 0, DateTimeKind.Utc),
        };
        var query = cmdlet.ToQuery(GetCandlesCommand.BySymbol);
        Assert.Equal(new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc), query.StartTime);
        Assert.Equal(DateTimeKind.Utc, query.StartTime!.Value.Kind);
        Assert.Equal(new DateTime(2024, 2, 1, 6, 0, 0, DateTimeKind.Utc), query.EndTime);
    }

    [Fact]
    public void LocalTimes_AreConvertedToTheSameInstant()
    {
        var local = new DateTime(2024, 3, 10, 12, 30, 0, DateTimeKind.Local);
        using var cmdlet = new GetCandlesCommand { Symbol = ["BTCUSDT"], StartTime = local };
        var query = cmdlet.ToQuery(GetCandlesCommand.BySymbol);
        Assert.Equal(DateTimeKind.Utc, query.StartTime!.Value.Kind);
        Assert.Equal(new DateTimeOffset(local).UtcDateTime, query.StartTime);
    }
}
