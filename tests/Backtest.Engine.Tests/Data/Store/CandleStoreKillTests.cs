using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Backtest.Engine.Data;
using Backtest.Engine.Data.Store;

using Microsoft.Data.Sqlite;
using static Backtest.Engine.Tests.Data.Store.StoreTestData;

namespace Backtest.Engine.Tests.Data.Store;

/// <summary>
/// A writer process killed outright (SIGKILL, no cleanup) must leave the store as it was at its last commit.
/// The writer is the <c>Backtest.Engine.Tests.SyncProcess</c> program, started with <c>dotnet</c>.
/// </summary>
public sealed class CandleStoreKillTests : IDisposable
{
    private static readonly long Now = Ms(2026, 1, 1);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Kill_DuringSync_LeavesWholePagesAndTheNextSyncCompletesExactly()
    {
        string db = _folder.File();
        // 180 pages at 25 ms each: the kill (after about 20 pages) always lands well before the sync could finish.
        using var child = Child.Start("sync", db, SharedData.Path("binance/spot/BTCUSDT-1h.csv.gz"), "BTCUSDT", "1h", "250", "25",
            Now.ToString(CultureInfo.InvariantCulture));
        long reported = 0;
        while (reported < 5000)
        {
            string line = await child.ReadLineAsync();
            Assert.StartsWith("committed ", line, StringComparison.Ordinal);
            reported = long.Parse(line["committed ".Length..], CultureInfo.InvariantCulture);
        }
        await child.KillAsync();

        var key = new CandleStoreKey("exchange", Market.Spot, "BTCUSDT", Interval.OneHour);
        long start = Spot1h.OpenTimeMs[0];
        using var store = new CandleStore(db, FixedClock.At(Now));
        var stored = store.Read(key, long.MinValue, long.MaxValue);
        var (from, to) = Assert.Single(store.Coverage(key));
        Assert.Equal(start, from);
        Assert.Equal(stored.OpenTimeMs[^1] + 3_600_000, to);
        Assert.True(stored.Count >= reported, $"{reported} candles were reported committed but {stored.Count} are stored");
        Assert.True(stored.Count < Spot1h.Count, "the kill came before the sync finished");
        AssertSameCandles(Spot1h.Slice(from, to), stored);

        var exchange = new PagedCandleSource(Spot1h, 250);
        var request = new CandleRequest("BTCUSDT", Interval.OneHour, Market.Spot, Spot1h.StartTime, null);
        var all = await store.SyncAsync(exchange, request);
        Assert.Equal((to, Now), Assert.Single(exchange.Requests));
        AssertSameCandles(Spot1h, all);
        Assert.Equal([(start, Now)], store.Coverage(key));
    }

    [Fact]
    public async Task Kill_InsideAnUncommittedTransaction_LeavesThePreviousState()
    {
        string db = _folder.File();
        var key = new CandleStoreKey("exchange", Market.Spot, "BTCUSDT", Interval.OneDay);
        var request = new CandleRequest("BTCUSDT", Interval.OneDay, Market.Spot, null, Utc(2026, 1, 1));
        using (var store = new CandleStore(db, FixedClock.At(Now)))
        {
            await store.SyncAsync(new PagedCandleSource(Spot1d, 1000), request);
        }
        string wal = db + "-wal";
        string before = Fingerprint(wal);

        using (var child = Child.Start("hold", db))
        {
            Assert.Equal("holding", await child.ReadLineAsync());
            // The half-done transaction really reached the disk: its pages were spilled into the WAL file.
            Assert.NotEqual(before, Fingerprint(wal));
            await child.KillAsync();
        }

        using (var check = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ToString()))
        {
            check.Open();
            using var command = check.CreateCommand();
            command.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", command.ExecuteScalar());
        }
        using var reopened = new CandleStore(db, FixedClock.At(Now));
        Assert.Equal([(long.MinValue, Ms(2026, 1, 1))], reopened.Coverage(key));
        AssertSameCandles(Spot1d.Slice(long.MinValue, Ms(2026, 1, 1)), reopened.Read(key, long.MinValue, long.MaxValue));
        var exchange = new PagedCandleSource(Spot1d, 1000);
        await reopened.SyncAsync(exchange, request);
        Assert.Empty(exchange.Requests);
    }

    private static string Fingerprint(string path) =>
        File.Exists(path) ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))) : "absent";

    /// <summary>The writer program, its stdout read line by line, killed without warning.</summary>
    private sealed class Child : IDisposable
    {
        private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);
        private readonly Process _process;

        private Child(Process process) => _process = process;

        public static Child Start(params string[] args)
        {
            string host = Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet"
                ? self
                : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
            var start = new ProcessStartInfo(host)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Backtest.Engine.Tests.SyncProcess.dll"));
            foreach (var arg in args) start.ArgumentList.Add(arg);
            return new Child(Process.Start(start)!);
        }

        public async Task<string> ReadLineAsync()
        {
            using var timeout = new CancellationTokenSource(Patience);
            string? line = await _process.StandardOutput.ReadLineAsync(timeout.Token);
            return line ?? throw new InvalidOperationException($"The writer exited early: {await _process.StandardError.ReadToEndAsync()}");
        }

        public async Task KillAsync()
        {
            _process.Kill();
            using var timeout = new CancellationTokenSource(Patience);
            await _process.WaitForExitAsync(timeout.Token);
        }

        public void Dispose()
        {
            if (!_process.HasExited) _process.Kill();
            _process.Dispose();
        }
    }
}
