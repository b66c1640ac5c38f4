using Microsoft.Data.Sqlite;

namespace Backtest.Engine.Data.Store;

/// <summary>Builds parameterised commands on a store connection (the store never splices values into SQL).</summary>
internal static class StoreSql
{
    /// <summary>A command bound to <paramref name="transaction"/> (when one is open) with named arguments.</summary>
    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object Value)[] args)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in args) command.Parameters.AddWithValue(name, value);
        return command;
    }

    /// <summary>Runs a statement that returns no rows.</summary>
    public static int Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object Value)[] args)
    {
        using var command = Command(connection, transaction, sql, args);
        return command.ExecuteNonQuery();
    }

    /// <summary>Runs a query and returns its first column of its first row, or null.</summary>
    public static object? Scalar(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object Value)[] args)
    {
        using var command = Command(connection, transaction, sql, args);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }
}
