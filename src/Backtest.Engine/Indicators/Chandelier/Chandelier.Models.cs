namespace Backtest.Engine.Indicators;

/// <summary>Parameters of the Chandelier exit.</summary>
public sealed record ChandelierParameters
{
    /// <summary>Default window and ATR length.</summary>
    public const int DefaultLookbackPeriods = 22;

    /// <summary>Default distance in ATRs.</summary>
    public const double DefaultMultiplier = 3;

    /// <summary>Default type: 0, the long exit.</summary>
    public const int DefaultType = 0;

    /// <summary>Window of the highest high (lowest low) and ATR length.</summary>
    public static IndicatorParameter LookbackPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Chandelier", "lookbackPeriods", "High/low window and ATR length", DefaultLookbackPeriods, 2, 10_000);

    /// <summary>Distance from the extreme in ATRs.</summary>
    public static IndicatorParameter MultiplierParameter { get; } =
        IndicatorParameter.RealNumber("Chandelier", "multiplier", "Distance in ATRs", DefaultMultiplier, 0.01, 100, 0.5);

    /// <summary>Stock.Indicators' <c>Direction</c> by number: 0 = Long (exit below the highest high), 1 = Short (above the lowest low).</summary>
    public static IndicatorParameter TypeParameter { get; } =
        IndicatorParameter.WholeNumber("Chandelier", "type", "0 = long exit (below the high), 1 = short exit (above the low)", DefaultType, 0, 1);

    /// <summary>Creates validated parameters.</summary>
    /// <param name="lookbackPeriods">Window and ATR length.</param>
    /// <param name="multiplier">Distance in ATRs.</param>
    /// <param name="type">0 = Long, 1 = Short (Stock.Indicators' <c>Direction</c> values).</param>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public ChandelierParameters(int lookbackPeriods = DefaultLookbackPeriods, double multiplier = DefaultMultiplier, int type = DefaultType)
    {
        LookbackPeriods = LookbackPeriodsParameter.CheckInteger(lookbackPeriods);
        Multiplier = MultiplierParameter.Check(multiplier);
        IsShort = TypeParameter.CheckInteger(type) == 1;
    }

    /// <summary>Window and ATR length.</summary>
    public int LookbackPeriods { get; }

    /// <summary>Distance in ATRs.</summary>
    public double Multiplier { get; }

    /// <summary>True for the short exit (above the lowest low).</summary>
    public bool IsShort { get; }
}
