using Backtest.Engine.Data;
using Backtest.Engine.Data.Store;
using Backtest.Engine.Errors;

using Microsoft.Data.Sqlite;
using static Backtest.Engine.Tests.Data.Store.StoreTestData;

namespace Backtest.Engine.Tests.Data.Store;

/// <summary>Where the store file lives, and what happens when the file is not ours.</summary>
public sealed class CandleStoreFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Constructor_MissingFolders_AreCreatedWithTheSchema()
    {
        string path = Path.Combine(_folder.Path, "a", "b", "cache.db");
        using (var store = new CandleStore(path))
        {
            Assert.Equal(path, store.FilePath);
            Assert.Empty(store.Keys());
        }
        Assert.Equal("wal", Query(path, "PRAGMA journal_mode"));
        Assert.Equal("backtest-candle-store/1", Query(path, "SELECT format || '/' || version FROM schema_version"));
    }

    [Fact]
    public void Resolve_Precedence_ExplicitThenVariableThenDefault()
    {
        string? saved = Environment.GetEnvironmentVariable(CandleStorePath.EnvironmentVariable);
        try
        {
            string fromVariable = _folder.File("from-variable.db");
            Environment.SetEnvironmentVariable(CandleStorePath.EnvironmentVariable, fromVariable);
            Assert.Equal(_folder.File("explicit.db"), CandleStorePath.Resolve(_folder.File("explicit.db")));
            Assert.Equal(fromVariable, CandleStorePath.Resolve(null));
            using (var store = new CandleStore()) Assert.Equal(fromVariable, store.FilePath);
            Assert.True(File.Exists(fromVariable));

            Environment.SetEnvironmentVariable(CandleStorePath.EnvironmentVariable, _folder.Path);
            Assert.Equal(_folder.File(CandleStorePath.FileName), CandleStorePath.Resolve(""));

            Environment.SetEnvironmentVariable(CandleStorePath.EnvironmentVariable, null);
            string expected = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "Backtest", "candles.db");
            Assert.Equal(Path.GetFullPath(expected), CandleStorePath.Resolve(null));
        }
        finally
        {
            Environment.SetEnvironmentVariable(CandleStorePath.EnvironmentVariable, saved);
        }
    }

    [Fact]
    public void Resolve_ExistingFolder_UsesTheFileInside()
    {
        Assert.Equal(_folder.File(CandleStorePath.FileName), CandleStorePath.Resolve(_folder.Path));
        Assert.Equal(Path.Combine(_folder.Path, "new", CandleStorePath.FileName), CandleStorePath.Resolve(Path.Combine(_folder.Path, "new") + Path.DirectorySeparatorChar));
    }

    [Fact]
    public void Constructor_TextFile_IsStorageErrorNamingThePath()
    {
        string path = _folder.File("notes.db");
        File.WriteAllText(path, "open_time,open,high,low,close\n1,2,3,4,5\n");
        var ex = Assert.Throws<BacktestException>(() => new CandleStore(path));
        Assert.Equal(ErrorKind.Storage, ex.Kind);
        Assert.Equal(path, ex.Target);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("not a SQLite database", ex.Message, StringComparison.Ordinal);
        Assert.Equal("open_time,open,high,low,close\n1,2,3,4,5\n", File.ReadAllText(path));
    }

    [Fact]
    public void Constructor_OtherSqliteDatabase_IsRefusedUntouched()
    {
        string path = _folder.File("other.db");
        Execute(path, "CREATE TABLE people (name TEXT)");
        var ex = Assert.Throws<BacktestException>(() => new CandleStore(path));
        Assert.Equal(ErrorKind.Storage, ex.Kind);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("not a Backtest candle store", ex.Message, StringComparison.Ordinal);
        Assert.Contains("people", ex.Message, StringComparison.Ordinal);
        Assert.Equal("people", Query(path, "SELECT group_concat(name) FROM sqlite_master WHERE type = 'table'"));
    }

    [Fact]
    public void Constructor_NewerSchema_IsRefused()
    {
        string path = _folder.File();
        using (new CandleStore(path)) { }
        Execute(path, "UPDATE schema_version SET version = 7");
        var ex = Assert.Throws<BacktestException>(() => new CandleStore(path));
        Assert.Equal(ErrorKind.Storage, ex.Kind);
        Assert.Contains("newer", ex.Message, StringComparison.Ordinal);
        Assert.Contains("schema version 7", ex.Message, StringComparison.Ordinal);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CorruptedStoreFile_IsStorageErrorNamingThePath()
    {
        string path = _folder.File();
        var key = new CandleStoreKey("csv", Market.Spot, "BTCUSDT", Interval.OneHour);
        using (var store = new CandleStore(path)) store.Write(key, Spot1h, 0, 0);
        // Keep the header page, scribble over everything after it.
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Write))
        {
            file.Position = 16384;
            var junk = new byte[file.Length - 16384];
            new Random(7).NextBytes(junk);
            file.Write(junk);
        }
        var ex = Assert.Throws<BacktestException>(() =>
        {
            using var store = new CandleStore(path);
            store.Read(key, long.MinValue, long.MaxValue);
        });
        Assert.Equal(ErrorKind.Storage, ex.Kind);
        Assert.Equal(path, ex.Target);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("corrupt", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ChunkWhoseCountDisagreesWithItsBytes_IsStorageError()
    {
        string path = _folder.File();
        var key = new CandleStoreKey("csv", Market.Spot, "BTCUSDT", Interval.OneDay);
        using (var store = new CandleStore(path)) store.Write(key, Spot1d, 0, 0);
        Execute(path, "UPDATE chunk SET count = count + 1 WHERE chunk_start = (SELECT max(chunk_start) FROM chunk)");
        using var reopened = new CandleStore(path);
        var ex = Assert.Throws<BacktestException>(() => reopened.Read(key, long.MinValue, long.MaxValue));
        Assert.Equal(ErrorKind.Storage, ex.Kind);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("64 per candle expected", ex.Message, StringComparison.Ordinal);
        Assert.Throws<BacktestException>(() => reopened.Write(key, Spot1d.SliceByIndex(Spot1d.Count - 1, 1), 0, 0));
    }

    [Fact]
    public void Constructor_FolderBlockedByAFile_IsStorageError()
    {
        string blocker = _folder.File("blocker");
        File.WriteAllText(blocker, "");
        var ex = Assert.Throws<BacktestException>(() => new CandleStore(Path.Combine(blocker, "candles.db")));
        Assert.Equal(ErrorKind.Storage, ex.Kind);
        Assert.Contains(blocker, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reopen_KeepsCandlesAndCoverage()
    {
        string path = _folder.File();
        var key = new CandleStoreKey("csv", Market.Spot, "BTCUSDT", Interval.OneDay);
        using (var store = new CandleStore(path, FixedClock.At(Ms(2030, 1, 1)))) store.Write(key, Spot1d, Ms(2017, 1, 1), Ms(2026, 1, 5));
        using var again = new CandleStore(path);
        Assert.Equal([(Ms(2017, 1, 1), Ms(2026, 1, 5))], again.Coverage(key));
        AssertSameCandles(Spot1d, again.Read(key, long.MinValue, long.MaxValue));
    }

    private static void Execute(string path, string sql) => Query(path, sql);

    private static object? Query(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
