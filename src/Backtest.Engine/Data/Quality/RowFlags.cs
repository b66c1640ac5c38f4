namespace Backtest.Engine.Data.Quality;

/// <summary>What is wrong with one candle on its own (no neighbours needed).</summary>
[Flags]
internal enum RowFlags
{
    None = 0,
    NonFinitePrice = 1,
    NonPositivePrice = 2,
    OhlcViolation = 4,
    InvalidVolume = 8,
    ZeroVolume = 16,

    /// <summary>Flags that make a row unusable: a repair drops such rows.</summary>
    Unusable = NonFinitePrice | NonPositivePrice | OhlcViolation | InvalidVolume,
}

/// <summary>Classifies single candles; shared by the checker and the repair so both agree on what is bad.</summary>
internal static class RowCheck
{
    /// <summary>The flags of row <paramref name="i"/>.</summary>
    public static RowFlags Classify(CandleSeries series, int i)
    {
        double open = series.Open[i], high = series.High[i], low = series.Low[i], close = series.Close[i], volume = series.Volume[i];
        var flags = RowFlags.None;
        if (!double.IsFinite(open) || !double.IsFinite(high) || !double.IsFinite(low) || !double.IsFinite(close)) flags |= RowFlags.NonFinitePrice;
        if (open <= 0 || high <= 0 || low <= 0 || close <= 0) flags |= RowFlags.NonPositivePrice;
        if (low > Math.Min(open, close) || high < Math.Max(open, close) || low > high) flags |= RowFlags.OhlcViolation;
        if (!double.IsFinite(volume) || volume < 0) flags |= RowFlags.InvalidVolume;
        else if (volume == 0) flags |= RowFlags.ZeroVolume;
        return flags;
    }

    /// <summary>The row's values for a message.</summary>
    public static string Describe(CandleSeries series, int i) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"O={series.Open[i]:R} H={series.High[i]:R} L={series.Low[i]:R} C={series.Close[i]:R} V={series.Volume[i]:R}");

    /// <summary>True when rows <paramref name="a"/> and <paramref name="b"/> hold the same values (NaN equals NaN).</summary>
    public static bool SameValues(CandleSeries series, int a, int b) =>
        series.Open[a].Equals(series.Open[b]) && series.High[a].Equals(series.High[b]) && series.Low[a].Equals(series.Low[b])
        && series.Close[a].Equals(series.Close[b]) && series.Volume[a].Equals(series.Volume[b])
        && series.QuoteVolume[a].Equals(series.QuoteVolume[b]) && series.Trades[a] == series.Trades[b];
}
