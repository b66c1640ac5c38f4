using Backtest.Engine.Data;
using Backtest.Engine.Indicators;
using Backtest.Engine.Simulation;

namespace Backtest.Engine.Strategies;

/// <summary>
/// RSI + EMA + MACD confluence scored as a confidence. Columns (canonical indicators of the close, bar <c>i</c> and
/// earlier): <c>F = Ema(ema_fast)</c>, <c>S = Ema(ema_slow)</c>, <c>M</c> and <c>G</c> = the MACD line and its signal
/// line (<c>Macd(macd_fast, macd_slow, macd_signal)</c>), <c>R = Rsi(rsi_period)</c>, <c>ATR = Atr(atr_period)</c>.
/// <para>
/// <b>Confidence</b> at bar <c>i</c>, for each side, is the sum of the weights of the components that agree with it,
/// so it lies in [0, 1] (computed as whole points / 100, so <c>0.6</c> is exactly the number <c>min_confidence=0.6</c> parses to):
/// </para>
/// <list type="table">
/// <listheader><term>component (weight)</term><description>long / short</description></listheader>
/// <item><term>trend (0.40)</term><description><c>F[i] &gt; S[i]</c> / <c>F[i] &lt; S[i]</c></description></item>
/// <item><term>momentum (0.35)</term><description><c>M[i] &gt; G[i]</c> / <c>M[i] &lt; G[i]</c></description></item>
/// <item><term>RSI (0.25)</term><description>long: RSI just crossed up out of oversold (<c>R[i−1] ≤ rsi_oversold &lt; R[i]</c>), or
/// is in the bullish zone <c>50 &lt; R[i] &lt; rsi_overbought</c> and did not just cross down out of overbought;
/// short, the mirror: just crossed down out of overbought (<c>R[i−1] ≥ rsi_overbought &gt; R[i]</c>), or in the bearish zone
/// <c>rsi_oversold &lt; R[i] &lt; 50</c> and did not just cross up out of oversold.</description></item>
/// </list>
/// <para>
/// Each component counts for one side at most, so the two confidences sum to at most 1. Until every column (and
/// <c>R[i−1]</c>) is defined there is no signal. A <b>long signal</b> is long confidence ≥ <c>min_confidence</c> and
/// above the short confidence (so a signal needs at least one agreeing component); a short signal is the mirror.
/// </para>
/// <list type="bullet">
/// <item>A long signal enters long, reversing a short; a short signal enters short, reversing a long (long-short),
/// or only exits a long (long-only). A signal on the side already held does nothing; a level, not an edge, so
/// after a stop or take-profit the next bar still showing the signal enters again.</item>
/// <item>Each entry carries <c>StopLoss = Offset(sl_atr_multiplier × ATR[i])</c> and
/// <c>TakeProfit = Offset(tp_atr_multiplier × ATR[i])</c>, price distances from the fill fixed at the decision bar;
/// while ATR[i] is undefined or 0 no entry can be sized, and a signal only exits the opposite position.</item>
/// <item>An entry's strength is its confidence.</item>
/// </list>
/// Decides at bar <c>i</c>'s close; with the default fill model orders fill at bar <c>i+1</c>'s open.
/// </summary>
public sealed partial class RsiEmaMacd : IStrategy
{
    /// <summary>Weight of the trend component (fast EMA against slow EMA), in points of 100.</summary>
    public const int TrendPoints = 40;

    /// <summary>Weight of the momentum component (MACD line against its signal line), in points of 100.</summary>
    public const int MomentumPoints = 35;

    /// <summary>Weight of the RSI component, in points of 100.</summary>
    public const int RsiPoints = 25;

    private readonly AtrBracket _bracket;
    private double[] _emaFast = [], _emaSlow = [], _macd = [], _signal = [], _rsi = [], _atr = [];

    /// <summary>Creates the strategy.</summary>
    public RsiEmaMacd(RsiEmaMacdParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Parameters = parameters;
        _bracket = new AtrBracket(parameters.SlAtrMultiplier, parameters.TpAtrMultiplier);
    }

    /// <summary>The parameters.</summary>
    public RsiEmaMacdParameters Parameters { get; }

    /// <inheritdoc />
    public string Name => Entry.Name;

    /// <inheritdoc />
    public void Initialize(StrategyContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var p = Parameters;
        CandleSeries candles = context.Candles;
        _emaFast = Ema.Series(candles.Close, p.EmaFast);
        _emaSlow = Ema.Series(candles.Close, p.EmaSlow);
        var macd = Macd.Series(candles.Close, p.MacdFast, p.MacdSlow, p.MacdSignal);
        (_macd, _signal) = (macd.Macd, macd.Signal);
        _rsi = Rsi.Series(candles.Close, p.RsiPeriod);
        _atr = Atr.Series(candles, p.AtrPeriod).Atr;
    }

    /// <summary>
    /// The long and short confidence at bar <paramref name="i"/> (after <see cref="Initialize"/>), each in [0, 1];
    /// NaN while a column is still warming up.
    /// </summary>
    public (double Long, double Short) Confidence(int i)
    {
        if (i < 1) return (double.NaN, double.NaN);
        double fast = _emaFast[i], slow = _emaSlow[i], macd = _macd[i], signal = _signal[i], rsi = _rsi[i], previous = _rsi[i - 1];
        if (double.IsNaN(fast + slow + macd + signal + rsi + previous)) return (double.NaN, double.NaN);
        double oversold = Parameters.RsiOversold, overbought = Parameters.RsiOverbought;
        bool upFromOversold = previous <= oversold && rsi > oversold;
        bool downFromOverbought = previous >= overbought && rsi < overbought;
        bool rsiLong = upFromOversold || (!downFromOverbought && rsi > 50 && rsi < overbought);
        bool rsiShort = downFromOverbought || (!upFromOversold && rsi > oversold && rsi < 50);
        int longPoints = (fast > slow ? TrendPoints : 0) + (macd > signal ? MomentumPoints : 0) + (rsiLong ? RsiPoints : 0);
        int shortPoints = (fast < slow ? TrendPoints : 0) + (macd < signal ? MomentumPoints : 0) + (rsiShort ? RsiPoints : 0);
        return (longPoints / 100.0, shortPoints / 100.0);
    }

    /// <inheritdoc />
    public void OnBar(in BarState state, OrderIntents orders)
    {
        ArgumentNullException.ThrowIfNull(orders);
        var (longConfidence, shortConfidence) = Confidence(state.Index);
        double min = Parameters.MinConfidence, atr = _atr[state.Index];
        // NaN (warm-up) fails every comparison: no signal.
        if (longConfidence >= min && longConfidence > shortConfidence)
        {
            if (state.Position > 0) return;
            if (AtrBracket.CanSize(atr)) orders.EnterLong(_bracket.At(atr), longConfidence);
            else if (state.Position < 0) orders.Exit();
        }
        else if (shortConfidence >= min && shortConfidence > longConfidence)
        {
            if (state.Position < 0) return;
            if (Parameters.Direction == TradeDirection.LongShort && AtrBracket.CanSize(atr)) orders.EnterShort(_bracket.At(atr), shortConfidence);
            else if (state.Position > 0) orders.Exit();
        }
    }
}
