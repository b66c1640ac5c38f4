using System.Globalization;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Simulation;

/// <summary>
/// One row of a maintenance-margin bracket table (Binance's "leverage and margin" tiers): positions whose notional
/// is at least <see cref="NotionalFloor"/> (and below the next row's floor) keep a maintenance margin of
/// <c>notional × MaintenanceMarginRate − MaintenanceAmount</c> and may use at most <see cref="MaxLeverage"/>.
/// </summary>
/// <param name="NotionalFloor">Lowest notional (USDT) of the bracket; the first row's is 0.</param>
/// <param name="MaintenanceMarginRate">Maintenance margin rate (0.004 = 0.4 %).</param>
/// <param name="MaxLeverage">Highest leverage allowed in the bracket.</param>
public sealed record MarginBracket(double NotionalFloor, double MaintenanceMarginRate, double MaxLeverage)
{
    /// <summary>Throws unless <paramref name="table"/> starts at 0 and rises in floor and rate.</summary>
    /// <exception cref="BacktestException">The first bad row (InvalidArgument naming it).</exception>
    public static void ValidateTable(IReadOnlyList<MarginBracket> table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.Count == 0) throw Invalid(0, "the table is empty; give at least one bracket starting at notional 0");
        for (int k = 0; k < table.Count; k++)
        {
            var b = table[k] ?? throw Invalid(k, "is missing");
            if (k == 0 && b.NotionalFloor != 0) throw Invalid(k, $"the first bracket must start at notional 0; got {b.NotionalFloor}");
            if (k > 0 && !(b.NotionalFloor > table[k - 1].NotionalFloor)) throw Invalid(k, "floors must rise from row to row");
            if (!(b.MaintenanceMarginRate > 0 && b.MaintenanceMarginRate < 1)) throw Invalid(k, $"maintenance margin rate must be above 0 and below 1; got {b.MaintenanceMarginRate}");
            if (k > 0 && b.MaintenanceMarginRate < table[k - 1].MaintenanceMarginRate) throw Invalid(k, "maintenance margin rates must not fall from row to row");
            if (!(b.MaxLeverage >= 1 && b.MaxLeverage <= 125)) throw Invalid(k, $"max leverage must be from 1 to 125; got {b.MaxLeverage}");
        }
    }

    private static BacktestException Invalid(int row, string what) =>
        new(ErrorKind.InvalidArgument, string.Create(CultureInfo.InvariantCulture, $"Futures: brackets[{row}]: {what}."), "brackets");
}
