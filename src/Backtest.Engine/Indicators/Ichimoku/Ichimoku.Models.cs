using Backtest.Engine.Errors;

namespace Backtest.Engine.Indicators;

/// <summary>Parameters of the Ichimoku cloud.</summary>
public sealed record IchimokuParameters
{
    /// <summary>Default conversion-line window.</summary>
    public const int DefaultTenkanPeriods = 9;

    /// <summary>Default base-line window (also the forward offset of the cloud).</summary>
    public const int DefaultKijunPeriods = 26;

    /// <summary>Default leading-span-B window.</summary>
    public const int DefaultSenkouBPeriods = 52;

    /// <summary>Window of the Tenkan-sen (conversion line).</summary>
    public static IndicatorParameter TenkanPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Ichimoku", "tenkanPeriods", "Conversion-line window", DefaultTenkanPeriods, 1, 10_000);

    /// <summary>Window of the Kijun-sen (base line); the cloud is shifted forward by as many bars.</summary>
    public static IndicatorParameter KijunPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Ichimoku", "kijunPeriods", "Base-line window and cloud offset", DefaultKijunPeriods, 1, 10_000);

    /// <summary>Window of Senkou span B (greater than the Kijun window).</summary>
    public static IndicatorParameter SenkouBPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Ichimoku", "senkouBPeriods", "Leading-span-B window (> kijunPeriods)", DefaultSenkouBPeriods, 2, 10_000);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="BacktestException">A value out of range, or the span-B window not greater than the Kijun window.</exception>
    public IchimokuParameters(
        int tenkanPeriods = DefaultTenkanPeriods, int kijunPeriods = DefaultKijunPeriods, int senkouBPeriods = DefaultSenkouBPeriods)
    {
        TenkanPeriods = TenkanPeriodsParameter.CheckInteger(tenkanPeriods);
        KijunPeriods = KijunPeriodsParameter.CheckInteger(kijunPeriods);
        SenkouBPeriods = SenkouBPeriodsParameter.CheckInteger(senkouBPeriods);
        if (senkouBPeriods <= kijunPeriods)
        {
            throw new BacktestException(ErrorKind.InvalidArgument,
                $"Ichimoku: parameter 'senkouBPeriods' must be greater than 'kijunPeriods'; got senkouBPeriods={senkouBPeriods}, kijunPeriods={kijunPeriods}.",
                "senkouBPeriods");
        }
    }

    /// <summary>Conversion-line window.</summary>
    public int TenkanPeriods { get; }

    /// <summary>Base-line window and cloud offset.</summary>
    public int KijunPeriods { get; }

    /// <summary>Leading-span-B window.</summary>
    public int SenkouBPeriods { get; }
}

/// <summary>One bar of the Ichimoku cloud.</summary>
/// <param name="TenkanSen">Midpoint of the highest high and lowest low of the last tenkanPeriods bars.</param>
/// <param name="KijunSen">The same over kijunPeriods bars.</param>
/// <param name="SenkouSpanA">(Tenkan + Kijun)/2 as of kijunPeriods bars ago (plotted forward onto this bar).</param>
/// <param name="SenkouSpanB">Midpoint over senkouBPeriods bars, as of kijunPeriods bars ago.</param>
public readonly record struct IchimokuPoint(double TenkanSen, double KijunSen, double SenkouSpanA, double SenkouSpanB);

/// <summary>Ichimoku columns, one value per bar.</summary>
/// <param name="TenkanSen">Conversion line.</param>
/// <param name="KijunSen">Base line.</param>
/// <param name="SenkouSpanA">Leading span A (cloud edge) on this bar.</param>
/// <param name="SenkouSpanB">Leading span B (cloud edge) on this bar.</param>
public sealed record IchimokuResult(double[] TenkanSen, double[] KijunSen, double[] SenkouSpanA, double[] SenkouSpanB);
