namespace Backtest.Engine.Simulation;

/// <summary>
/// Where a position is liquidated, and with which bracket. A struct because the simulator asks for it every bar of a
/// cross-margin run.
/// </summary>
/// <param name="Price">Liquidation price; NaN when the position cannot be liquidated (a long whose margin covers the
/// whole notional, or no position). Comparisons with NaN are false, so <c>low &lt;= Price</c> (long) and
/// <c>high &gt;= Price</c> (short) never fire then. A short's price can be 0 or below: liquidated at any price.</param>
/// <param name="Bracket">Bracket used: the one holding the notional at <see cref="Price"/> (index into the table).</param>
/// <param name="MaintenanceMarginRate">That bracket's maintenance margin rate.</param>
/// <param name="MaintenanceAmount">That bracket's maintenance amount ("cum").</param>
/// <param name="MaintenanceMargin">Maintenance margin at <see cref="Price"/>: <c>|q| × Price × rate − cum</c> (NaN with the price).</param>
public readonly record struct LiquidationEstimate(double Price, int Bracket, double MaintenanceMarginRate, double MaintenanceAmount, double MaintenanceMargin)
{
    /// <summary>No liquidation price (no position, or a long that cannot lose its margin).</summary>
    public static LiquidationEstimate None { get; } = new(double.NaN, 0, double.NaN, double.NaN, double.NaN);

    /// <summary>True when there is a price at which the position is liquidated.</summary>
    public bool HasPrice => !double.IsNaN(Price);
}
