namespace Backtest.Engine.Indicators;

public static partial class HeikinAshi
{
    /// <summary>Catalog entry: <c>HeikinAshi()</c>; outputs Open, High, Low, Close, Volume.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "HeikinAshi", "Heikin-Ashi Candles",
        IndicatorInputs.Open | IndicatorInputs.High | IndicatorInputs.Low | IndicatorInputs.Close | IndicatorInputs.Volume,
        [], ["Open", "High", "Low", "Close", "Volume"],
        (candles, _) =>
        {
            var r = Series(candles);
            return [r.Open, r.High, r.Low, r.Close, r.Volume];
        },
        _ => new HeikinAshiStream());
}
