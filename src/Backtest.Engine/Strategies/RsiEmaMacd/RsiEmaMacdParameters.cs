using Backtest.Engine.Errors;

namespace Backtest.Engine.Strategies;

/// <summary>
/// Parameters of <see cref="RsiEmaMacd"/>. The static <see cref="StrategyParameter"/> properties are the catalog's
/// ranges; the constructor checks every value against them.
/// </summary>
public sealed record RsiEmaMacdParameters
{
    private const string Strategy = "rsi-ema-macd";

    /// <summary><c>rsi_period</c>: 14, from 2 to 200.</summary>
    public static StrategyParameter RsiPeriodParameter { get; } = StrategyParameter.WholeNumber("rsi_period", "RSI window (bars)", 14, 2, 200);

    /// <summary><c>rsi_oversold</c>: 30, from 1 to 49, step 1.</summary>
    public static StrategyParameter RsiOversoldParameter { get; } = StrategyParameter.Real("rsi_oversold", "RSI level below which the market is oversold", 30, 1, 49, 1);

    /// <summary><c>rsi_overbought</c>: 70, from 51 to 99, step 1.</summary>
    public static StrategyParameter RsiOverboughtParameter { get; } = StrategyParameter.Real("rsi_overbought", "RSI level above which the market is overbought", 70, 51, 99, 1);

    /// <summary><c>ema_fast</c>: 12, from 1 to 500.</summary>
    public static StrategyParameter EmaFastParameter { get; } = StrategyParameter.WholeNumber("ema_fast", "Fast EMA of the trend component (bars)", 12, 1, 500);

    /// <summary><c>ema_slow</c>: 26, from 2 to 1000, above ema_fast.</summary>
    public static StrategyParameter EmaSlowParameter { get; } = StrategyParameter.WholeNumber("ema_slow", "Slow EMA of the trend component (bars), above ema_fast", 26, 2, 1000);

    /// <summary><c>macd_fast</c>: 12, from 1 to 500.</summary>
    public static StrategyParameter MacdFastParameter { get; } = StrategyParameter.WholeNumber("macd_fast", "MACD fast EMA (bars)", 12, 1, 500);

    /// <summary><c>macd_slow</c>: 26, from 2 to 1000, above macd_fast.</summary>
    public static StrategyParameter MacdSlowParameter { get; } = StrategyParameter.WholeNumber("macd_slow", "MACD slow EMA (bars), above macd_fast", 26, 2, 1000);

    /// <summary><c>macd_signal</c>: 9, from 1 to 200.</summary>
    public static StrategyParameter MacdSignalParameter { get; } = StrategyParameter.WholeNumber("macd_signal", "MACD signal line EMA (bars)", 9, 1, 200);

    /// <summary><c>min_confidence</c>: 0.6, from 0 to 1, step 0.05.</summary>
    public static StrategyParameter MinConfidenceParameter { get; } = StrategyParameter.Real("min_confidence", "Smallest confidence (0..1) that enters", 0.6, 0, 1, 0.05);

    /// <summary><c>atr_period</c>: 14, from 2 to 100.</summary>
    public static StrategyParameter AtrPeriodParameter { get; } = StrategyParameter.WholeNumber("atr_period", "ATR window for the stop distances (bars)", 14, 2, 100);

    /// <summary><c>sl_atr_multiplier</c>: 2.0, from 0.1 to 20, step 0.1.</summary>
    public static StrategyParameter SlAtrMultiplierParameter { get; } = StrategyParameter.Real("sl_atr_multiplier", "Stop-loss distance from the entry in ATRs", 2.0, 0.1, 20, 0.1);

    /// <summary><c>tp_atr_multiplier</c>: 3.0, from 0.1 to 50, step 0.1.</summary>
    public static StrategyParameter TpAtrMultiplierParameter { get; } = StrategyParameter.Real("tp_atr_multiplier", "Take-profit distance from the entry in ATRs", 3.0, 0.1, 50, 0.1);

    /// <summary><c>direction</c>: long-short (default) or long-only.</summary>
    public static StrategyParameter DirectionParameter { get; } = StrategyParameter.Choice("direction", "long-short (a short signal reverses), or long-only (it exits)", "long-short", "long-only");

    /// <summary>The parameters in catalog order.</summary>
    public static IReadOnlyList<StrategyParameter> All { get; } =
    [
        RsiPeriodParameter, RsiOversoldParameter, RsiOverboughtParameter, EmaFastParameter, EmaSlowParameter, MacdFastParameter,
        MacdSlowParameter, MacdSignalParameter, MinConfidenceParameter, AtrPeriodParameter, SlAtrMultiplierParameter,
        TpAtrMultiplierParameter, DirectionParameter,
    ];

    /// <summary>Creates validated parameters (the defaults are the catalog's).</summary>
    /// <exception cref="BacktestException">A value out of its catalogued range, or a slow window not above its fast one (InvalidArgument naming the parameter).</exception>
    public RsiEmaMacdParameters(int rsiPeriod = 14, double rsiOversold = 30, double rsiOverbought = 70, int emaFast = 12, int emaSlow = 26,
        int macdFast = 12, int macdSlow = 26, int macdSignal = 9, double minConfidence = 0.6, int atrPeriod = 14,
        double slAtrMultiplier = 2.0, double tpAtrMultiplier = 3.0, TradeDirection direction = TradeDirection.LongShort)
    {
        if (!Enum.IsDefined(direction)) throw new BacktestException(ErrorKind.InvalidArgument, $"{Strategy}: unknown direction {(int)direction}.", "direction");
        RsiPeriod = (int)RsiPeriodParameter.Check(Strategy, rsiPeriod);
        RsiOversold = RsiOversoldParameter.Check(Strategy, rsiOversold);
        RsiOverbought = RsiOverboughtParameter.Check(Strategy, rsiOverbought);
        EmaFast = (int)EmaFastParameter.Check(Strategy, emaFast);
        EmaSlow = (int)EmaSlowParameter.Check(Strategy, emaSlow);
        MacdFast = (int)MacdFastParameter.Check(Strategy, macdFast);
        MacdSlow = (int)MacdSlowParameter.Check(Strategy, macdSlow);
        MacdSignal = (int)MacdSignalParameter.Check(Strategy, macdSignal);
        if (emaSlow <= emaFast) throw SlowNotAboveFast("ema_slow", "ema_fast", emaFast, emaSlow);
        if (macdSlow <= macdFast) throw SlowNotAboveFast("macd_slow", "macd_fast", macdFast, macdSlow);
        MinConfidence = MinConfidenceParameter.Check(Strategy, minConfidence);
        AtrPeriod = (int)AtrPeriodParameter.Check(Strategy, atrPeriod);
        SlAtrMultiplier = SlAtrMultiplierParameter.Check(Strategy, slAtrMultiplier);
        TpAtrMultiplier = TpAtrMultiplierParameter.Check(Strategy, tpAtrMultiplier);
        Direction = direction;
    }

    /// <summary>RSI window.</summary>
    public int RsiPeriod { get; }

    /// <summary>Oversold level.</summary>
    public double RsiOversold { get; }

    /// <summary>Overbought level.</summary>
    public double RsiOverbought { get; }

    /// <summary>Fast EMA window of the trend component.</summary>
    public int EmaFast { get; }

    /// <summary>Slow EMA window of the trend component.</summary>
    public int EmaSlow { get; }

    /// <summary>MACD fast window.</summary>
    public int MacdFast { get; }

    /// <summary>MACD slow window.</summary>
    public int MacdSlow { get; }

    /// <summary>MACD signal window.</summary>
    public int MacdSignal { get; }

    /// <summary>Smallest confidence that enters.</summary>
    public double MinConfidence { get; }

    /// <summary>ATR window.</summary>
    public int AtrPeriod { get; }

    /// <summary>Stop-loss distance in ATRs.</summary>
    public double SlAtrMultiplier { get; }

    /// <summary>Take-profit distance in ATRs.</summary>
    public double TpAtrMultiplier { get; }

    /// <summary>Long-short or long-only.</summary>
    public TradeDirection Direction { get; }

    private static BacktestException SlowNotAboveFast(string slow, string fast, int fastValue, int slowValue) => new(ErrorKind.InvalidArgument,
        $"{Strategy}: parameter '{slow}' must exceed {fast}; got {fast}={fastValue}, {slow}={slowValue}.", slow);
}
