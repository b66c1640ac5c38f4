using System.Globalization;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Indicators;

/// <summary>Parameters of the Williams Alligator.</summary>
public sealed record AlligatorParameters
{
    /// <summary>Default jaw SMMA length.</summary>
    public const int DefaultJawPeriods = 13;

    /// <summary>Default jaw forward shift.</summary>
    public const int DefaultJawOffset = 8;

    /// <summary>Default teeth SMMA length.</summary>
    public const int DefaultTeethPeriods = 8;

    /// <summary>Default teeth forward shift.</summary>
    public const int DefaultTeethOffset = 5;

    /// <summary>Default lips SMMA length.</summary>
    public const int DefaultLipsPeriods = 5;

    /// <summary>Default lips forward shift.</summary>
    public const int DefaultLipsOffset = 3;

    /// <summary>Jaw SMMA length (greater than the teeth's).</summary>
    public static IndicatorParameter JawPeriodsParameter { get; } = Periods("jawPeriods", "Jaw SMMA length (> teethPeriods)", DefaultJawPeriods);

    /// <summary>Bars the jaw is shifted forward.</summary>
    public static IndicatorParameter JawOffsetParameter { get; } = Offset("jawOffset", "Jaw forward shift", DefaultJawOffset);

    /// <summary>Teeth SMMA length (greater than the lips').</summary>
    public static IndicatorParameter TeethPeriodsParameter { get; } = Periods("teethPeriods", "Teeth SMMA length (> lipsPeriods)", DefaultTeethPeriods);

    /// <summary>Bars the teeth are shifted forward.</summary>
    public static IndicatorParameter TeethOffsetParameter { get; } = Offset("teethOffset", "Teeth forward shift", DefaultTeethOffset);

    /// <summary>Lips SMMA length.</summary>
    public static IndicatorParameter LipsPeriodsParameter { get; } = Periods("lipsPeriods", "Lips SMMA length", DefaultLipsPeriods);

    /// <summary>Bars the lips are shifted forward.</summary>
    public static IndicatorParameter LipsOffsetParameter { get; } = Offset("lipsOffset", "Lips forward shift", DefaultLipsOffset);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="BacktestException">
    /// A value out of range, or the lines not ordered as Stock.Indicators requires: jaw &gt; teeth &gt; lips periods, and
    /// periods + offset likewise.
    /// </exception>
    public AlligatorParameters(
        int jawPeriods = DefaultJawPeriods, int jawOffset = DefaultJawOffset, int teethPeriods = DefaultTeethPeriods,
        int teethOffset = DefaultTeethOffset, int lipsPeriods = DefaultLipsPeriods, int lipsOffset = DefaultLipsOffset)
    {
        JawPeriods = JawPeriodsParameter.CheckInteger(jawPeriods);
        JawOffset = JawOffsetParameter.CheckInteger(jawOffset);
        TeethPeriods = TeethPeriodsParameter.CheckInteger(teethPeriods);
        TeethOffset = TeethOffsetParameter.CheckInteger(teethOffset);
        LipsPeriods = LipsPeriodsParameter.CheckInteger(lipsPeriods);
        LipsOffset = LipsOffsetParameter.CheckInteger(lipsOffset);
        if (jawPeriods <= teethPeriods) throw Unordered("jawPeriods", jawPeriods, "teethPeriods", teethPeriods);
        if (teethPeriods <= lipsPeriods) throw Unordered("teethPeriods", teethPeriods, "lipsPeriods", lipsPeriods);
        if (jawPeriods + jawOffset <= teethPeriods + teethOffset)
        {
            throw Unordered("jawPeriods + jawOffset", jawPeriods + jawOffset, "teethPeriods + teethOffset", teethPeriods + teethOffset, "jawPeriods");
        }
        if (teethPeriods + teethOffset <= lipsPeriods + lipsOffset)
        {
            throw Unordered("teethPeriods + teethOffset", teethPeriods + teethOffset, "lipsPeriods + lipsOffset", lipsPeriods + lipsOffset, "teethPeriods");
        }
    }

    /// <summary>Jaw SMMA length.</summary>
    public int JawPeriods { get; }

    /// <summary>Jaw forward shift.</summary>
    public int JawOffset { get; }

    /// <summary>Teeth SMMA length.</summary>
    public int TeethPeriods { get; }

    /// <summary>Teeth forward shift.</summary>
    public int TeethOffset { get; }

    /// <summary>Lips SMMA length.</summary>
    public int LipsPeriods { get; }

    /// <summary>Lips forward shift.</summary>
    public int LipsOffset { get; }

    private static IndicatorParameter Periods(string name, string description, int @default) =>
        IndicatorParameter.WholeNumber("Alligator", name, description, @default, 2, 10_000);

    private static IndicatorParameter Offset(string name, string description, int @default) =>
        IndicatorParameter.WholeNumber("Alligator", name, description, @default, 1, 1_000);

    private static BacktestException Unordered(string larger, int largerValue, string smaller, int smallerValue, string? target = null) => new(
        ErrorKind.InvalidArgument,
        string.Create(CultureInfo.InvariantCulture,
            $"Alligator: parameter '{larger}' must be greater than '{smaller}'; got {largerValue} and {smallerValue}."),
        target ?? larger);
}

/// <summary>One bar of the Alligator.</summary>
/// <param name="Jaw">SMMA(jawPeriods) of the median price, as of jawOffset bars ago.</param>
/// <param name="Teeth">SMMA(teethPeriods), as of teethOffset bars ago.</param>
/// <param name="Lips">SMMA(lipsPeriods), as of lipsOffset bars ago.</param>
public readonly record struct AlligatorPoint(double Jaw, double Teeth, double Lips);

/// <summary>Alligator columns, one value per bar.</summary>
/// <param name="Jaw">Jaw line.</param>
/// <param name="Teeth">Teeth line.</param>
/// <param name="Lips">Lips line.</param>
public sealed record AlligatorResult(double[] Jaw, double[] Teeth, double[] Lips);
