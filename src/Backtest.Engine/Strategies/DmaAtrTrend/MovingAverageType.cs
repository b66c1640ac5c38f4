namespace Backtest.Engine.Strategies;

/// <summary>Which canonical moving average of the close a strategy uses (catalog choice <c>sma</c>, <c>ema</c>, <c>wma</c>).</summary>
public enum MovingAverageType
{
    /// <summary><see cref="Indicators.Sma"/>: the mean of the last n closes.</summary>
    Sma = 0,

    /// <summary><see cref="Indicators.Ema"/>: exponential, k = 2/(n+1), seeded with the first n closes' mean.</summary>
    Ema = 1,

    /// <summary><see cref="Indicators.Wma"/>: linearly weighted, weights 1..n, newest heaviest.</summary>
    Wma = 2,
}
