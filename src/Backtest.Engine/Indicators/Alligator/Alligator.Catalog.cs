namespace Backtest.Engine.Indicators;

public static partial class Alligator
{
    /// <summary>
    /// Catalog entry: <c>Alligator(jawPeriods=13, jawOffset=8, teethPeriods=8, teethOffset=5, lipsPeriods=5, lipsOffset=3)</c>;
    /// outputs Jaw, Teeth, Lips.
    /// </summary>
    public static IndicatorEntry Entry { get; } = new(
        "Alligator", "Williams Alligator", IndicatorInputs.High | IndicatorInputs.Low,
        [
            AlligatorParameters.JawPeriodsParameter, AlligatorParameters.JawOffsetParameter,
            AlligatorParameters.TeethPeriodsParameter, AlligatorParameters.TeethOffsetParameter,
            AlligatorParameters.LipsPeriodsParameter, AlligatorParameters.LipsOffsetParameter,
        ],
        ["Jaw", "Teeth", "Lips"],
        (candles, p) =>
        {
            var r = Series(candles, Parameters(p));
            return [r.Jaw, r.Teeth, r.Lips];
        },
        p => new AlligatorStream(Parameters(p)),
        aliases: ["WilliamsAlligator"],
        validate: p => _ = Parameters(p));

    private static AlligatorParameters Parameters(ParameterValues p) =>
        new(p.Whole(0), p.Whole(1), p.Whole(2), p.Whole(3), p.Whole(4), p.Whole(5));
}
