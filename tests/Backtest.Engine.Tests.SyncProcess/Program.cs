using System.Globalization;
using Backtest.Engine.Data;
using Backtest.Engine.Data.Store;
using Backtest.Testing;

using Microsoft.Data.Sqlite;

// A writer for the candle-store tests to kill (SIGKILL) part way, so crash recovery is tested against a real
// dead process, not a politely closed connection. Each line written to stdout is flushed at once.
//   sync <db> <csv> <symbol> <interval> <pageSize> <delayMs> <nowMs>
//       syncs the whole CSV through a paging source; prints "committed <candles>" after every committed page, then "done".
//   hold <db>
//       opens a write transaction, overwrites every chunk with garbage and the coverage with a bogus span, spills
//       those pages into the WAL file, prints "holding" and waits to be killed before it commits.
var culture = CultureInfo.InvariantCulture;
switch (args)
{
    case ["sync", var db, var csv, var symbol, var interval, var pageSize, var delayMs, var nowMs]:
    {
        var series = BinanceCsv.Read(csv, symbol, Interval.Parse(interval));
        var source = new PagedCandleSource(series, int.Parse(pageSize, culture))
        {
            PageDelay = TimeSpan.FromMilliseconds(int.Parse(delayMs, culture)),
        };
        using var store = new CandleStore(db, FixedClock.At(long.Parse(nowMs, culture)));
        var request = new CandleRequest(series.Symbol, series.Interval, series.Market, series.StartTime, null);
        await store.SyncAsync(source, request, new LineProgress()).ConfigureAwait(false);
        Console.Out.WriteLine("done");
        return 0;
    }
    case ["hold", var db]:
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ToString());
        connection.Open();
        using (var tiny = connection.CreateCommand())
        {
            // A tiny page cache forces the dirty pages out to the WAL before any commit.
            tiny.CommandText = "PRAGMA cache_size = 4";
            tiny.ExecuteNonQuery();
        }
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            "UPDATE chunk SET data = randomblob(length(data) / 2), count = count / 2; " +
            "DELETE FROM coverage; INSERT INTO coverage (series_id, from_ms, to_ms) SELECT id, 0, 9000000000000 FROM series;";
        command.ExecuteNonQuery();
        Console.Out.WriteLine("holding");
        Console.Out.Flush();
        await Task.Delay(Timeout.Infinite).ConfigureAwait(false);
        return 0;
    }
    default:
        Console.Error.WriteLine("usage: sync <db> <csv> <symbol> <interval> <pageSize> <delayMs> <nowMs> | hold <db>");
        return 2;
}

/// <summary>Prints progress synchronously (<see cref="Progress{T}"/> would post it later, after the kill).</summary>
internal sealed class LineProgress : IProgress<DownloadProgress>
{
    public void Report(DownloadProgress value)
    {
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"committed {value.Candles}"));
        Console.Out.Flush();
    }
}
