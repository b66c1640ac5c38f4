namespace Backtest.Engine.Strategies;

/// <summary>Where <see cref="BandReversion"/> takes profit (catalog choice <c>exit_at</c>).</summary>
public enum BandReversionExit
{
    /// <summary><c>fit</c>: back at the fitted line (a long at close ≥ fit, a short at close ≤ fit).</summary>
    Fit = 0,

    /// <summary><c>upper</c>: at the far band (a long at close ≥ upper, a short at close ≤ lower).</summary>
    FarBand = 1,
}
