namespace Backtest.Engine.Indicators;

public static partial class Bop
{
    /// <summary>Catalog entry: <c>Bop(smoothPeriods=14)</c>; output <c>Bop</c>.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "Bop", "Balance of Power", IndicatorInputs.Open | IndicatorInputs.High | IndicatorInputs.Low | IndicatorInputs.Close,
        [BopParameters.SmoothPeriodsParameter], ["Bop"],
        (candles, p) => [Series(candles, p.Whole(0))],
        p => new BopStream(p.Whole(0)),
        aliases: ["BalanceOfPower"]);
}
