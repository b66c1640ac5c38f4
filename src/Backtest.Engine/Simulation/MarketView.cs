using Backtest.Engine.Data;

namespace Backtest.Engine.Simulation;

/// <summary>
/// The candles of one run and the columns models and stops compute from them on demand: the ATR column is
/// computed (once, with the canonical <see cref="Indicators.Atr"/>) the first time anything asks for it, so runs
/// without ATR stops or ATR slippage never pay for it. One instance per run; not thread-safe.
/// </summary>
public sealed class MarketView
{
    private double[]? _atr;

    /// <summary>Creates the view.</summary>
    /// <param name="candles">The run's candles.</param>
    /// <param name="atrPeriod">Wilder ATR length for ATR stops and ATR slippage.</param>
    /// <param name="lowerTimeframe">Finer candles of the same market, for <see cref="IntrabarPolicy.LowerTimeframe"/>, or null.</param>
    public MarketView(CandleSeries candles, int atrPeriod = 14, CandleSeries? lowerTimeframe = null)
    {
        ArgumentNullException.ThrowIfNull(candles);
        Candles = candles;
        AtrPeriod = new Indicators.AtrParameters(atrPeriod).LookbackPeriods;
        LowerTimeframe = lowerTimeframe;
    }

    /// <summary>The run's candles.</summary>
    public CandleSeries Candles { get; }

    /// <summary>Wilder ATR length.</summary>
    public int AtrPeriod { get; }

    /// <summary>Finer candles for resolving stop/take-profit ambiguity, or null.</summary>
    public CandleSeries? LowerTimeframe { get; }

    /// <summary>The ATR at <paramref name="bar"/> (known at that bar's close); NaN before the first value or for bar −1.</summary>
    public double Atr(int bar)
    {
        if (bar < 0) return double.NaN;
        _atr ??= Indicators.Atr.Series(Candles, AtrPeriod).Atr;
        return _atr[bar];
    }
}
