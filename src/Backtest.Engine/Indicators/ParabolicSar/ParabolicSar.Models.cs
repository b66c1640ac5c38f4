using System.Globalization;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Indicators;

/// <summary>Parameters of the parabolic SAR.</summary>
public sealed record ParabolicSarParameters
{
    /// <summary>Default acceleration step.</summary>
    public const double DefaultAccelerationStep = 0.02;

    /// <summary>Default acceleration cap.</summary>
    public const double DefaultMaxAccelerationFactor = 0.2;

    /// <summary>Added to the acceleration factor at each new extreme point.</summary>
    public static IndicatorParameter AccelerationStepParameter { get; } =
        IndicatorParameter.RealNumber("ParabolicSar", "accelerationStep", "Acceleration added per new extreme", DefaultAccelerationStep, 0.001, 1, 0.01);

    /// <summary>The acceleration factor never exceeds this.</summary>
    public static IndicatorParameter MaxAccelerationFactorParameter { get; } =
        IndicatorParameter.RealNumber("ParabolicSar", "maxAccelerationFactor", "Acceleration cap (>= accelerationStep)", DefaultMaxAccelerationFactor, 0.001, 1, 0.05);

    /// <summary>The acceleration factor at the start of each trend (typed API only; the catalog uses the step).</summary>
    public static IndicatorParameter InitialFactorParameter { get; } =
        IndicatorParameter.RealNumber("ParabolicSar", "initialFactor", "Acceleration at each trend start (<= maxAccelerationFactor)", DefaultAccelerationStep, 0.001, 1, 0.01);

    /// <summary>Creates validated parameters.</summary>
    /// <param name="accelerationStep">Acceleration added per new extreme point.</param>
    /// <param name="maxAccelerationFactor">Acceleration cap; at least <paramref name="accelerationStep"/>.</param>
    /// <param name="initialFactor">Acceleration at each trend start; null means <paramref name="accelerationStep"/> (Stock.Indicators' default).</param>
    /// <exception cref="BacktestException">A value out of range, or the step or initial factor above the cap.</exception>
    public ParabolicSarParameters(
        double accelerationStep = DefaultAccelerationStep, double maxAccelerationFactor = DefaultMaxAccelerationFactor, double? initialFactor = null)
    {
        AccelerationStep = AccelerationStepParameter.Check(accelerationStep);
        MaxAccelerationFactor = MaxAccelerationFactorParameter.Check(maxAccelerationFactor);
        InitialFactor = InitialFactorParameter.Check(initialFactor ?? accelerationStep);
        if (AccelerationStep > MaxAccelerationFactor) throw AboveCap("accelerationStep", AccelerationStep);
        if (InitialFactor > MaxAccelerationFactor) throw AboveCap("initialFactor", InitialFactor);
    }

    /// <summary>Acceleration step.</summary>
    public double AccelerationStep { get; }

    /// <summary>Acceleration cap.</summary>
    public double MaxAccelerationFactor { get; }

    /// <summary>Acceleration at each trend start.</summary>
    public double InitialFactor { get; }

    private BacktestException AboveCap(string name, double value) => new(
        ErrorKind.InvalidArgument,
        string.Create(CultureInfo.InvariantCulture,
            $"ParabolicSar: parameter '{name}' must not exceed 'maxAccelerationFactor'; got {name}={value}, maxAccelerationFactor={MaxAccelerationFactor}."),
        name);
}

/// <summary>One bar of the parabolic SAR.</summary>
/// <param name="Sar">Stop-and-reverse level.</param>
/// <param name="IsReversal">1 on a bar where the trend reversed, else 0.</param>
public readonly record struct ParabolicSarPoint(double Sar, double IsReversal);

/// <summary>Parabolic SAR columns, one value per bar.</summary>
/// <param name="Sar">Stop-and-reverse level.</param>
/// <param name="IsReversal">1 where the trend reversed, else 0.</param>
public sealed record ParabolicSarResult(double[] Sar, double[] IsReversal);
