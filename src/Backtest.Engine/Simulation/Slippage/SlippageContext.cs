namespace Backtest.Engine.Simulation;

/// <summary>One taker fill, as an <see cref="ISlippageModel"/> sees it.</summary>
/// <param name="Side">Buy or sell: slippage always moves the price against the trader.</param>
/// <param name="Price">The fill model's price.</param>
/// <param name="Quantity">Base units, or NaN while the sizing model has not decided yet (volume-based models then add nothing).</param>
/// <param name="LastClosedBar">The last bar whose close is known at the fill (the bar before a fill at an open; -1 before the first close).
/// Models read ATR and volume there, never from the bar still forming.</param>
/// <param name="Market">The run's candles and lazily computed columns (ATR).</param>
public readonly record struct SlippageContext(OrderSide Side, double Price, double Quantity, int LastClosedBar, MarketView Market);
