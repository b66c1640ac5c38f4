namespace Backtest.Engine.Indicators;

/// <summary>Parameters of the ATR trailing stop.</summary>
public sealed record AtrStopParameters
{
    /// <summary>Default ATR length.</summary>
    public const int DefaultLookbackPeriods = 21;

    /// <summary>Default stop distance in ATRs.</summary>
    public const double DefaultMultiplier = 3;

    /// <summary>Default end type: 0, bands around the close.</summary>
    public const int DefaultEndType = 0;

    /// <summary>ATR length.</summary>
    public static IndicatorParameter LookbackPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("AtrStop", "lookbackPeriods", "ATR length", DefaultLookbackPeriods, 2, 10_000);

    /// <summary>Stop distance in ATRs.</summary>
    public static IndicatorParameter MultiplierParameter { get; } =
        IndicatorParameter.RealNumber("AtrStop", "multiplier", "Stop distance in ATRs", DefaultMultiplier, 0.01, 100, 0.5);

    /// <summary>Stock.Indicators' <c>EndType</c> by number: 0 = Close (bands around the close), 1 = HighLow (above the high, below the low).</summary>
    public static IndicatorParameter EndTypeParameter { get; } =
        IndicatorParameter.WholeNumber("AtrStop", "endType", "0 = bands around the close, 1 = above the high / below the low", DefaultEndType, 0, 1);

    /// <summary>Creates validated parameters.</summary>
    /// <param name="lookbackPeriods">ATR length.</param>
    /// <param name="multiplier">Stop distance in ATRs.</param>
    /// <param name="endType">0 = Close, 1 = HighLow (Stock.Indicators' <c>EndType</c> values).</param>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public AtrStopParameters(int lookbackPeriods = DefaultLookbackPeriods, double multiplier = DefaultMultiplier, int endType = DefaultEndType)
    {
        LookbackPeriods = LookbackPeriodsParameter.CheckInteger(lookbackPeriods);
        Multiplier = MultiplierParameter.Check(multiplier);
        UseHighLow = EndTypeParameter.CheckInteger(endType) == 1;
    }

    /// <summary>ATR length.</summary>
    public int LookbackPeriods { get; }

    /// <summary>Stop distance in ATRs.</summary>
    public double Multiplier { get; }

    /// <summary>True for end type HighLow: candidate bands start from the high and the low instead of the close.</summary>
    public bool UseHighLow { get; }
}

/// <summary>One bar of the ATR trailing stop.</summary>
/// <param name="AtrStop">The active stop: below price in an up-trend (Stock.Indicators' SellStop), above it in a down-trend (its BuyStop).</param>
/// <param name="Direction">+1 up-trend (stop below), −1 down-trend (stop above).</param>
/// <param name="Atr">The ATR used.</param>
public readonly record struct AtrStopPoint(double AtrStop, double Direction, double Atr);

/// <summary>ATR trailing stop columns, one value per bar.</summary>
/// <param name="AtrStop">The active stop.</param>
/// <param name="Direction">+1 up-trend, −1 down-trend.</param>
/// <param name="Atr">The ATR used.</param>
public sealed record AtrStopResult(double[] AtrStop, double[] Direction, double[] Atr);
