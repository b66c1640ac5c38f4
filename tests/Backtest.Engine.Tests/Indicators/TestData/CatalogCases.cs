using Backtest.Engine.Data;
using Backtest.Engine.Indicators;

namespace Backtest.Engine.Tests.Indicators.TestData;

/// <summary>Theory data and inputs shared by the properties every catalog entry must have.</summary>
internal static class CatalogCases
{
    private static readonly Lazy<CandleSeries> Btc = new(() => QuoteFile.Read("binance/spot/BTCUSDT-1d.csv"));

    /// <summary>Every catalog entry by name.</summary>
    public static TheoryData<string> Names() => new(IndicatorCatalog.All.Select(e => e.Name));

    /// <summary>Real Binance spot BTCUSDT daily candles (3063 bars, 2017-08 .. 2026-01).</summary>
    public static CandleSeries Bitcoin => Btc.Value;

    /// <summary>The parameter sets the properties run with: the defaults, and every parameter at its minimum when that is valid.</summary>
    public static IEnumerable<double[]> ParameterSets(IndicatorEntry entry)
    {
        yield return entry.Parameters.Select(p => p.Default).ToArray();
        double[] minimum = entry.Parameters.Select(p => p.Min).ToArray();
        bool valid;
        try
        {
            entry.CreateStream(minimum);
            valid = true;
        }
        catch (Errors.BacktestException)
        {
            valid = false; // e.g. MACD needs slowPeriods > fastPeriods
        }
        if (valid && entry.Parameters.Count > 0) yield return minimum;
    }

    /// <summary>
    /// <paramref name="source"/> with NaN written into some prices and volumes of the first half: a single close,
    /// a single high, a single volume, and a whole bar.
    /// </summary>
    public static CandleSeries WithNaNs(CandleSeries source)
    {
        var builder = new CandleSeriesBuilder(source.Count);
        for (int i = 0; i < source.Count; i++)
        {
            double open = source.Open[i], high = source.High[i], low = source.Low[i], close = source.Close[i], volume = source.Volume[i];
            if (i == 40) close = double.NaN;
            if (i == 150) high = double.NaN;
            if (i == 260) volume = double.NaN;
            if (i == 400) open = high = low = close = volume = double.NaN;
            builder.Add(source.OpenTimeMs[i], open, high, low, close, volume);
        }
        return builder.Build(source.Symbol, source.Market, source.Interval, source.Source);
    }

    /// <summary>Runs the stream of <paramref name="entry"/> bar by bar; returns its outputs as columns.</summary>
    public static double[][] Stream(IndicatorEntry entry, CandleSeries series, double[] parameters)
    {
        var stream = entry.CreateStream(parameters);
        var columns = Enumerable.Range(0, stream.OutputCount).Select(_ => new double[series.Count]).ToArray();
        Span<double> outputs = stackalloc double[stream.OutputCount];
        for (int i = 0; i < series.Count; i++)
        {
            stream.Update(Bar.At(series, i), outputs);
            for (int o = 0; o < columns.Length; o++) columns[o][i] = outputs[o];
        }
        return columns;
    }
}
