namespace Backtest.Engine.Simulation;

/// <summary>One fill, as an <see cref="IFeeModel"/> sees it.</summary>
/// <param name="Price">Fill price (after slippage).</param>
/// <param name="Quantity">Base units filled.</param>
/// <param name="Notional">Price × quantity, in the quote currency.</param>
/// <param name="IsMaker">True for fills that rested on the book (limit orders, take-profits).</param>
public readonly record struct FeeContext(double Price, double Quantity, double Notional, bool IsMaker);
