using Backtest.Engine.Data;
using Backtest.Engine.Indicators;
using Backtest.Engine.Simulation;

namespace Backtest.Engine.Strategies;

/// <summary>
/// Dual moving average crossover with a trend filter, an optional ADX filter and ATR-sized stops. All columns are
/// canonical indicators of bar <c>i</c> and earlier: <c>S = MA(short_window)</c>, <c>L = MA(long_window)</c> and
/// <c>T = MA(trend_window)</c> of the close (MA = <c>ma_type</c>), <c>ATR = Atr(atr_period)</c>,
/// <c>ADX = Adx(adx_period)</c>.
/// <para>
/// With <c>d[i] = S[i] − L[i]</c>, a cross up at bar <c>i</c> is <c>d[i] &gt; 0</c> after <c>d[i−1] ≤ 0</c>, a cross
/// down <c>d[i] &lt; 0</c> after <c>d[i−1] ≥ 0</c> (as <see cref="SmaCross"/>; a NaN in the warm-up is never a cross).
/// A cross up <b>qualifies</b> when <c>close[i] &gt; T[i]</c>, ADX[i] ≥ <c>adx_threshold</c> (only when the threshold
/// is given) and ATR[i] is finite and above 0; a cross down qualifies when <c>direction</c> is long-short,
/// <c>close[i] &lt; T[i]</c>, the same ADX test holds and ATR[i] is finite and above 0.
/// </para>
/// <list type="bullet">
/// <item>A qualifying cross up enters long (reversing a short); a qualifying cross down enters short (reversing a long).</item>
/// <item>A cross that does not qualify exits the opposite position (a cross down closes a long, a cross up a short).</item>
/// <item>Each entry carries <c>StopLoss = Offset(sl_atr_multiplier × ATR[i])</c> and
/// <c>TakeProfit = Offset(tp_atr_multiplier × ATR[i])</c>: price distances from the entry fill, fixed at the decision bar.</item>
/// <item>Each entry's strength (the portfolio ranks competing entries by it) is <c>|S[i] − L[i]| / ATR[i]</c>: how far
/// the lines have separated, in ATRs.</item>
/// </list>
/// Decides at bar <c>i</c>'s close; with the default fill model orders fill at bar <c>i+1</c>'s open.
/// </summary>
public sealed partial class DmaAtrTrend : IStrategy
{
    private readonly AtrBracket _bracket;
    private readonly double _adxThreshold;
    private CandleSeries? _candles;
    private double[] _short = [], _long = [], _trend = [], _atr = [];
    private double[]? _adx;

    /// <summary>Creates the strategy.</summary>
    public DmaAtrTrend(DmaAtrTrendParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Parameters = parameters;
        _bracket = new AtrBracket(parameters.SlAtrMultiplier, parameters.TpAtrMultiplier);
        _adxThreshold = parameters.AdxThreshold ?? double.NaN;
    }

    /// <summary>The parameters.</summary>
    public DmaAtrTrendParameters Parameters { get; }

    /// <inheritdoc />
    public string Name => Entry.Name;

    /// <inheritdoc />
    public void Initialize(StrategyContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var p = Parameters;
        _candles = context.Candles;
        var close = context.Candles.Close;
        _short = MovingAverage(close, p.MaType, p.ShortWindow);
        _long = MovingAverage(close, p.MaType, p.LongWindow);
        _trend = MovingAverage(close, p.MaType, p.TrendWindow);
        _atr = Atr.Series(context.Candles, p.AtrPeriod).Atr;
        _adx = p.AdxThreshold is null ? null : Adx.Series(context.Candles, p.AdxPeriod).Adx;
    }

    /// <inheritdoc />
    public void OnBar(in BarState state, OrderIntents orders)
    {
        ArgumentNullException.ThrowIfNull(orders);
        int i = state.Index;
        if (i < 1) return;
        double d = _short[i] - _long[i], previous = _short[i - 1] - _long[i - 1];
        bool up = d > 0 && previous <= 0, down = d < 0 && previous >= 0;
        if (!up && !down) return;
        double close = (_candles ?? throw new InvalidOperationException("Initialize first.")).Close[i], atr = _atr[i];
        // NaN compares false: during the ADX or trend warm-up nothing qualifies.
        bool qualifies = AtrBracket.CanSize(atr) && (_adx is null || _adx[i] >= _adxThreshold)
            && (up ? close > _trend[i] : Parameters.Direction == TradeDirection.LongShort && close < _trend[i]);
        if (up)
        {
            if (state.Position > 0) return;
            if (qualifies) orders.EnterLong(_bracket.At(atr), Math.Abs(d) / atr);
            else if (state.Position < 0) orders.Exit();
        }
        else
        {
            if (state.Position < 0) return;
            if (qualifies) orders.EnterShort(_bracket.At(atr), Math.Abs(d) / atr);
            else if (state.Position > 0) orders.Exit();
        }
    }

    private static double[] MovingAverage(ReadOnlySpan<double> close, MovingAverageType type, int window) => type switch
    {
        MovingAverageType.Ema => Ema.Series(close, window),
        MovingAverageType.Wma => Wma.Series(close, window),
        _ => Sma.Series(close, window),
    };
}
