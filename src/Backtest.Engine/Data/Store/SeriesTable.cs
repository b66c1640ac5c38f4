using Microsoft.Data.Sqlite;

namespace Backtest.Engine.Data.Store;

/// <summary>
/// The <c>series</c> table: one row per <see cref="CandleStoreKey"/>, giving the small integer id that the
/// chunk and coverage tables are keyed by, and whether the cached candles are synthetic.
/// </summary>
internal static class SeriesTable
{
    public const string Schema =
        "CREATE TABLE series (id INTEGER PRIMARY KEY, source TEXT NOT NULL, market INTEGER NOT NULL, symbol TEXT NOT NULL, " +
        "interval TEXT NOT NULL, synthetic INTEGER NOT NULL DEFAULT 0, UNIQUE (source, market, symbol, interval));";

    private const string KeyMatch = "source = $source AND market = $market AND symbol = $symbol AND interval = $interval";

    /// <summary>The id and synthetic flag of <paramref name="key"/>, or null when nothing is stored for it.</summary>
    public static (long Id, bool IsSynthetic)? Find(SqliteConnection connection, SqliteTransaction? transaction, CandleStoreKey key)
    {
        using var command = StoreSql.Command(connection, transaction, $"SELECT id, synthetic FROM series WHERE {KeyMatch}", Args(key));
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetInt64(1) != 0) : null;
    }

    /// <summary>The id of <paramref name="key"/>, creating the row when missing; marks it synthetic when <paramref name="isSynthetic"/>.</summary>
    public static long Upsert(SqliteConnection connection, SqliteTransaction transaction, CandleStoreKey key, bool isSynthetic)
    {
        var args = Args(key).Append(("$synthetic", isSynthetic ? 1 : 0)).ToArray();
        object? id = StoreSql.Scalar(connection, transaction,
            "INSERT INTO series (source, market, symbol, interval, synthetic) VALUES ($source, $market, $symbol, $interval, $synthetic) " +
            "ON CONFLICT (source, market, symbol, interval) DO UPDATE SET synthetic = max(synthetic, excluded.synthetic) RETURNING id", args);
        return (long)id!;
    }

    /// <summary>Every stored key, ordered by source, market, symbol and interval length.</summary>
    public static List<CandleStoreKey> All(SqliteConnection connection)
    {
        using var command = StoreSql.Command(connection, null, "SELECT source, market, symbol, interval FROM series");
        using var reader = command.ExecuteReader();
        var keys = new List<CandleStoreKey>();
        while (reader.Read())
        {
            string name = reader.GetString(3);
            if (!Interval.TryParse(name, out var interval))
            {
                throw new InvalidDataException($"the series table names an unknown interval '{name}'");
            }
            keys.Add(new CandleStoreKey(reader.GetString(0), (Market)reader.GetInt32(1), reader.GetString(2), interval));
        }
        keys.Sort((a, b) => string.CompareOrdinal(a.Source, b.Source) is var s and not 0 ? s
            : a.Market.CompareTo(b.Market) is var m and not 0 ? m
            : string.CompareOrdinal(a.Symbol, b.Symbol) is var y and not 0 ? y
            : a.Interval.CompareTo(b.Interval));
        return keys;
    }

    /// <summary>Removes the row of <paramref name="seriesId"/> (its chunks and coverage must be gone first).</summary>
    public static void Delete(SqliteConnection connection, SqliteTransaction transaction, long seriesId) =>
        StoreSql.Execute(connection, transaction, "DELETE FROM series WHERE id = $id", ("$id", seriesId));

    private static (string, object)[] Args(CandleStoreKey key) =>
        [("$source", key.Source), ("$market", (int)key.Market), ("$symbol", key.Symbol), ("$interval", key.Interval.Name)];
}
