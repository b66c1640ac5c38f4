namespace Backtest.Engine.Indicators;

public static partial class BollingerBands
{
    /// <summary>Catalog entry: <c>BollingerBands(lookbackPeriods=20, standardDeviations=2)</c> of close.</summary>
    public static IndicatorEntry Entry { get; } = new(
        "BollingerBands", "Bollinger Bands", IndicatorInputs.Close,
        [BollingerBandsParameters.LookbackPeriodsParameter, BollingerBandsParameters.StandardDeviationsParameter],
        ["Sma", "UpperBand", "LowerBand", "PercentB", "ZScore", "Width"],
        (candles, p) =>
        {
            var r = Series(candles.Close, p.Whole(0), p[1]);
            return [r.Sma, r.UpperBand, r.LowerBand, r.PercentB, r.ZScore, r.Width];
        },
        p => new BollingerBandsStream(p.Whole(0), p[1]),
        aliases: ["BB", "Bollinger", "BBands"]);
}
