using System.Globalization;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Indicators;

/// <summary>Moving averages by Stock.Indicators' <c>MaType</c> numbers (the catalog takes the number).</summary>
public enum MovingAverageType
{
    /// <summary>Double exponential (<see cref="Dema"/>).</summary>
    Dema = 1,

    /// <summary>Exponential (<see cref="Ema"/>).</summary>
    Ema = 3,

    /// <summary>Hull (<see cref="Hma"/>).</summary>
    Hma = 4,

    /// <summary>Simple (<see cref="Sma"/>).</summary>
    Sma = 7,

    /// <summary>Smoothed / Wilder (<see cref="Smma"/>).</summary>
    Smma = 8,

    /// <summary>Triple exponential (<see cref="Tema"/>).</summary>
    Tema = 9,

    /// <summary>Linearly weighted (<see cref="Wma"/>).</summary>
    Wma = 10,
}

/// <summary>Parameters of moving-average envelopes.</summary>
public sealed record MaEnvelopesParameters
{
    /// <summary>Default moving-average length.</summary>
    public const int DefaultLookbackPeriods = 20;

    /// <summary>Default envelope offset, percent.</summary>
    public const double DefaultPercentOffset = 2.5;

    /// <summary>Default moving average: 7, simple.</summary>
    public const MovingAverageType DefaultMovingAverageType = MovingAverageType.Sma;

    /// <summary>Moving-average length.</summary>
    public static IndicatorParameter LookbackPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("MaEnvelopes", "lookbackPeriods", "Moving-average length", DefaultLookbackPeriods, 1, 10_000);

    /// <summary>Envelope distance from the centre line, percent of it.</summary>
    public static IndicatorParameter PercentOffsetParameter { get; } =
        IndicatorParameter.RealNumber("MaEnvelopes", "percentOffset", "Envelope offset, % of the centre", DefaultPercentOffset, 0.01, 100, 0.5);

    /// <summary>The moving average by Stock.Indicators' <c>MaType</c> number.</summary>
    public static IndicatorParameter MovingAverageTypeParameter { get; } =
        IndicatorParameter.WholeNumber("MaEnvelopes", "movingAverageType",
            "1 = DEMA, 3 = EMA, 4 = HMA, 7 = SMA, 8 = SMMA, 9 = TEMA, 10 = WMA", (int)DefaultMovingAverageType, 1, 10);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="BacktestException">A value out of range, an unsupported type, or HMA with a length below 2.</exception>
    public MaEnvelopesParameters(
        int lookbackPeriods = DefaultLookbackPeriods, double percentOffset = DefaultPercentOffset,
        MovingAverageType movingAverageType = DefaultMovingAverageType)
    {
        LookbackPeriods = LookbackPeriodsParameter.CheckInteger(lookbackPeriods);
        PercentOffset = PercentOffsetParameter.Check(percentOffset);
        int code = MovingAverageTypeParameter.CheckInteger((int)movingAverageType);
        if (!Enum.IsDefined(movingAverageType))
        {
            throw new BacktestException(ErrorKind.InvalidArgument, string.Create(CultureInfo.InvariantCulture,
                $"MaEnvelopes: parameter 'movingAverageType' must be one of {MovingAverageTypeParameter.Description}; got {code}."),
                "movingAverageType");
        }
        if (movingAverageType == MovingAverageType.Hma && lookbackPeriods < 2)
        {
            throw new BacktestException(ErrorKind.InvalidArgument, string.Create(CultureInfo.InvariantCulture,
                $"MaEnvelopes: parameter 'lookbackPeriods' must be at least 2 with movingAverageType 4 (HMA); got {lookbackPeriods}."),
                "lookbackPeriods");
        }
        MovingAverageType = movingAverageType;
    }

    /// <summary>Moving-average length.</summary>
    public int LookbackPeriods { get; }

    /// <summary>Envelope offset, percent.</summary>
    public double PercentOffset { get; }

    /// <summary>The centre line's moving average.</summary>
    public MovingAverageType MovingAverageType { get; }
}

/// <summary>One bar of moving-average envelopes.</summary>
/// <param name="Centerline">The moving average.</param>
/// <param name="UpperEnvelope">Centre + centre·percentOffset/100.</param>
/// <param name="LowerEnvelope">Centre − centre·percentOffset/100.</param>
public readonly record struct MaEnvelopesPoint(double Centerline, double UpperEnvelope, double LowerEnvelope);

/// <summary>Moving-average envelope columns, one value per bar.</summary>
/// <param name="Centerline">The moving average.</param>
/// <param name="UpperEnvelope">Upper envelope.</param>
/// <param name="LowerEnvelope">Lower envelope.</param>
public sealed record MaEnvelopesResult(double[] Centerline, double[] UpperEnvelope, double[] LowerEnvelope);
