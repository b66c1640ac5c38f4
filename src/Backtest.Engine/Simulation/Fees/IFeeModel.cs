namespace Backtest.Engine.Simulation;

/// <summary>
/// The fee one fill pays, in the quote currency. Sizing reads <see cref="TakerRate"/>, <see cref="MakerRate"/> and
/// <see cref="FixedPerFill"/> so an all-in order leaves room for its own fee. Implementations must be stateless.
/// </summary>
public interface IFeeModel
{
    /// <summary>The fee for <paramref name="context"/>'s fill (zero or more).</summary>
    double Fee(in FeeContext context);

    /// <summary>Fraction of notional a taker fill pays (for sizing).</summary>
    double TakerRate { get; }

    /// <summary>Fraction of notional a maker fill pays (for sizing).</summary>
    double MakerRate { get; }

    /// <summary>Fixed fee per fill (for sizing).</summary>
    double FixedPerFill { get; }
}
