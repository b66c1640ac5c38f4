namespace Backtest.Engine.Indicators;

public static partial class Adx
{
    /// <summary>Catalog entry: <c>Adx(lookbackPeriods=14)</c>; outputs Pdi, Mdi, Dx, Adx, Adxr.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "Adx", "Average Directional Index", IndicatorInputs.High | IndicatorInputs.Low | IndicatorInputs.Close,
        [AdxParameters.LookbackPeriodsParameter], ["Pdi", "Mdi", "Dx", "Adx", "Adxr"],
        (candles, p) =>
        {
            var r = Series(candles, p.Whole(0));
            return [r.Pdi, r.Mdi, r.Dx, r.Adx, r.Adxr];
        },
        p => new AdxStream(p.Whole(0)),
        aliases: ["Dmi", "DirectionalMovement"]);
}
