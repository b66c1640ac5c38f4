namespace Backtest.Engine.Strategies;

/// <summary>The kinds of strategy parameters.</summary>
public enum StrategyParameterKind
{
    /// <summary>An integer (window lengths).</summary>
    WholeNumber = 0,

    /// <summary>A real number (fractions, multipliers).</summary>
    RealNumber = 1,

    /// <summary>One of a fixed list of words (e.g. direction).</summary>
    Choice = 2,
}
