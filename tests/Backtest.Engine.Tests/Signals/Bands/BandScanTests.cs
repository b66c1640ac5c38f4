using System.Collections.Concurrent;
using Backtest.Engine.Data;
using Backtest.Engine.Errors;
using Backtest.Engine.Signals;
using Backtest.Engine.Signals.Bands;

namespace Backtest.Engine.Tests.Signals.Bands;

public sealed class BandScanTests
{
    private static BandScanOptions Basket(params string[] extra) =>
        new() { Source = CandleSourceKind.Csv, Paths = [.. BandTestData.BasketDaily(), .. extra], ThrottleLimit = 4 };

    [Fact]
    public async Task Basket_OfEighteenDailyFiles_GivesOneSignalPerSymbol_InFileOrder()
    {
        var files = BandTestData.BasketDaily();

        var results = await BandScan.RunAllAsync(Basket());

        Assert.Equal(18, files.Length);
        Assert.Equal(files.Select(f => Path.GetFileName(f).Split('-')[0]), results.Select(r => r.Signal.Symbol));
        Assert.All(results, r =>
        {
            var s = r.Signal;
            Assert.False(r.Failed);
            Assert.Null(s.Error);
            Assert.Equal("1d", s.Interval);
            Assert.Equal(720, s.Bars);
            Assert.True(s.Lower < s.Fit && s.Fit < s.Upper, s.Symbol);
            Assert.Equal(BandRule.Classify(s.Close, s.Lower, s.Upper), s.Signal);
            Assert.Equal(BandRule.PotentialReturnPct(s.Signal, s.Lower, s.Upper), s.PotentialReturnPct);
            Assert.Equal(new DateTime(2022, 10, 10, 0, 0, 0, DateTimeKind.Utc), s.AsOf);
            Assert.NotNull(r.Quality);
            Assert.False(r.IsSynthetic);
        });
    }

    [Fact]
    public async Task Basket_SignalOfEachSymbol_EqualsFittingItsFileAlone()
    {
        var results = await BandScan.RunAllAsync(Basket() with { Degree = 6, KStd = 1.5, Days = 365 });

        foreach (var (file, result) in BandTestData.BasketDaily().Zip(results))
        {
            var closes = Backtest.Engine.Data.Csv.CsvCandleReader.Read(file).Close[^365..].ToArray();
            var fit = PolynomialFit.Fit(closes, 6);
            Assert.True(Math.Abs(fit.Fitted[^1] - result.Signal.Fit) <= 1e-9 * Math.Abs(fit.Fitted[^1]), result.Signal.Symbol);
            Assert.True(Math.Abs(fit.Sigma - result.Signal.Sigma) <= 1e-8 * fit.Sigma, result.Signal.Symbol);
        }
    }

    [Fact]
    public async Task OneUnreadableFile_FailsThatSymbolOnly_AndTheScanGoesOn()
    {
        string missing = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}-1d.csv");

        var results = await BandScan.RunAllAsync(Basket(missing));

        Assert.Equal(19, results.Count);
        var failed = Assert.Single(results, r => r.Failed);
        Assert.Equal(Path.GetFileName(missing), failed.Signal.Symbol);
        Assert.Equal(TradeSignal.Hold, failed.Signal.Signal);
        Assert.Equal(ErrorKind.NotFound, failed.Failure!.Kind);
        Assert.Equal(failed.Failure.Message, failed.Signal.Error);
        Assert.Equal(18, results.Count(r => r.Signal.Error is null));
    }

    [Fact]
    public async Task Progress_CountsEverySymbolOnce()
    {
        var seen = new ConcurrentBag<BandScanProgress>();

        await BandScan.RunAllAsync(Basket(), new SynchronousProgress<BandScanProgress>(seen.Add));

        Assert.Equal(18, seen.Count);
        Assert.Equal(Enumerable.Range(1, 18), seen.Select(p => p.Completed).Order());
        Assert.All(seen, p => Assert.Equal(18, p.Total));
    }

    [Fact]
    public async Task Cancelled_StopsWithOperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => BandScan.RunAllAsync(Basket(), null, cts.Token));
    }

    [Fact]
    public async Task ConsumerStoppingEarly_EndsTheScanCleanly()
    {
        var first = new List<BandScanResult>();
        await foreach (var r in BandScan.RunAsync(Basket() with { ThrottleLimit = 2 }))
        {
            first.Add(r);
            if (first.Count == 3) break;
        }

        Assert.Equal(["ADAUSDT", "ATOMUSDT", "AVAXUSDT"], first.Select(r => r.Signal.Symbol));
    }

    [Fact]
    public async Task SampleSource_Top_MarksResultsSynthetic()
    {
        var results = await BandScan.RunAllAsync(new BandScanOptions
        {
            Source = CandleSourceKind.Sample, Top = 2, Days = 60, EndTime = new DateTime(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc),
        });

        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.True(r.IsSynthetic));
        Assert.All(results, r => Assert.Equal(60, r.Signal.Bars));
    }

    [Theory]
    [InlineData("Degree", 11)]
    [InlineData("Days", 0)]
    [InlineData("ThrottleLimit", 0)]
    [InlineData("MinBars", 3)]
    public async Task InvalidOptions_ThrowNamingTheParameter(string parameter, int value)
    {
        var options = parameter switch
        {
            "Degree" => Basket() with { Degree = value },
            "Days" => Basket() with { Days = value },
            "ThrottleLimit" => Basket() with { ThrottleLimit = value },
            _ => Basket() with { MinBars = value },
        };

        var ex = await Assert.ThrowsAsync<BacktestException>(() => BandScan.RunAllAsync(options));
        Assert.Equal(ErrorKind.InvalidArgument, ex.Kind);
        Assert.Equal(parameter, ex.Target);
    }

    [Fact]
    public void DefaultSymbols_AreTheCoreMovers()
    {
        var query = new BandScanOptions().ToQuery(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal(["BTCUSDT", "ETHUSDT", "SOLUSDT"], query.Symbols);
        Assert.Equal(Interval.OneDay, query.Interval);
        Assert.Equal(CandleSourceKind.Binance, query.Source);
        Assert.Equal(new DateTime(2024, 1, 10, 0, 0, 0, DateTimeKind.Utc), query.StartTime);
    }

    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
