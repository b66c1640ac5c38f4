namespace Backtest.Engine.Indicators;

public static partial class Slope
{
    /// <summary>Catalog entry: <c>Slope(lookbackPeriods=14)</c> of close; outputs Slope, Intercept, StdDev, RSquared, Line.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "Slope", "Slope and Linear Regression", IndicatorInputs.Close,
        [SlopeParameters.LookbackPeriodsParameter], ["Slope", "Intercept", "StdDev", "RSquared", "Line"],
        (candles, p) =>
        {
            var r = Series(candles.Close, p.Whole(0));
            return [r.Slope, r.Intercept, r.StdDev, r.RSquared, r.Line];
        },
        p => new SlopeStream(p.Whole(0)),
        aliases: ["LinearRegression", "LinReg"]);
}
