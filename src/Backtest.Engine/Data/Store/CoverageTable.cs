using Microsoft.Data.Sqlite;

namespace Backtest.Engine.Data.Store;

/// <summary>
/// The <c>coverage</c> table: per series, the spans in which every candle the source has is stored. Spans are
/// kept merged (no two overlap or touch), so a series that was synced in pages has one row per contiguous run.
/// </summary>
internal static class CoverageTable
{
    public const string Schema =
        "CREATE TABLE coverage (series_id INTEGER NOT NULL, from_ms INTEGER NOT NULL, to_ms INTEGER NOT NULL, " +
        "PRIMARY KEY (series_id, from_ms)) WITHOUT ROWID;";

    /// <summary>The spans of one series, ascending.</summary>
    public static List<(long FromMs, long ToMs)> Read(SqliteConnection connection, SqliteTransaction? transaction, long seriesId)
    {
        using var command = StoreSql.Command(connection, transaction,
            "SELECT from_ms, to_ms FROM coverage WHERE series_id = $id ORDER BY from_ms", ("$id", seriesId));
        using var reader = command.ExecuteReader();
        var spans = new List<(long FromMs, long ToMs)>();
        while (reader.Read()) spans.Add((reader.GetInt64(0), reader.GetInt64(1)));
        return spans;
    }

    /// <summary>Adds <c>[fromMs, toMs)</c>, absorbing every span it overlaps or touches.</summary>
    public static void Add(SqliteConnection connection, SqliteTransaction transaction, long seriesId, long fromMs, long toMs)
    {
        long from = fromMs, to = toMs;
        using (var command = StoreSql.Command(connection, transaction,
            "SELECT min(from_ms), max(to_ms) FROM coverage WHERE series_id = $id AND from_ms <= $to AND to_ms >= $from",
            ("$id", seriesId), ("$from", fromMs), ("$to", toMs)))
        using (var reader = command.ExecuteReader())
        {
            if (reader.Read() && !reader.IsDBNull(0))
            {
                from = Math.Min(from, reader.GetInt64(0));
                to = Math.Max(to, reader.GetInt64(1));
            }
        }
        StoreSql.Execute(connection, transaction,
            "DELETE FROM coverage WHERE series_id = $id AND from_ms <= $to AND to_ms >= $from",
            ("$id", seriesId), ("$from", fromMs), ("$to", toMs));
        StoreSql.Execute(connection, transaction,
            "INSERT INTO coverage (series_id, from_ms, to_ms) VALUES ($id, $from, $to)",
            ("$id", seriesId), ("$from", from), ("$to", to));
    }

    /// <summary>Removes every span of one series.</summary>
    public static void Delete(SqliteConnection connection, SqliteTransaction transaction, long seriesId) =>
        StoreSql.Execute(connection, transaction, "DELETE FROM coverage WHERE series_id = $id", ("$id", seriesId));
}
