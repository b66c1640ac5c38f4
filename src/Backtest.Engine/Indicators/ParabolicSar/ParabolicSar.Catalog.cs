namespace Backtest.Engine.Indicators;

public static partial class ParabolicSar
{
    /// <summary>Catalog entry: <c>ParabolicSar(accelerationStep=0.02, maxAccelerationFactor=0.2)</c>; outputs Sar, IsReversal.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "ParabolicSar", "Parabolic SAR (stop and reverse)", IndicatorInputs.High | IndicatorInputs.Low,
        [ParabolicSarParameters.AccelerationStepParameter, ParabolicSarParameters.MaxAccelerationFactorParameter], ["Sar", "IsReversal"],
        (candles, p) =>
        {
            var r = Series(candles, p[0], p[1]);
            return [r.Sar, r.IsReversal];
        },
        p => new ParabolicSarStream(p[0], p[1]),
        aliases: ["Psar"],
        validate: p => _ = new ParabolicSarParameters(p[0], p[1]));
}
