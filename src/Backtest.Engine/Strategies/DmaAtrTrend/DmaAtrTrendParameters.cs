using Backtest.Engine.Errors;
using Backtest.Engine.Indicators;

namespace Backtest.Engine.Strategies;

/// <summary>
/// Parameters of <see cref="DmaAtrTrend"/>. The static <see cref="StrategyParameter"/> properties are the catalog's
/// ranges; the constructor checks every value against them, so code and command line accept the same values.
/// </summary>
public sealed record DmaAtrTrendParameters
{
    private const string Strategy = "dma-atr-trend";

    /// <summary><c>ma_type</c>: sma (default), ema or wma, for all three moving averages.</summary>
    public static StrategyParameter MaTypeParameter { get; } =
        StrategyParameter.Choice("ma_type", "Moving average of the close: sma, ema or wma (all three lines)", "sma", "ema", "wma");

    /// <summary><c>short_window</c>: 10, from 2 to 200.</summary>
    public static StrategyParameter ShortWindowParameter { get; } = StrategyParameter.WholeNumber("short_window", "Short moving average window (bars)", 10, 2, 200);

    /// <summary><c>long_window</c>: 30, from 3 to 500, above short_window.</summary>
    public static StrategyParameter LongWindowParameter { get; } = StrategyParameter.WholeNumber("long_window", "Long moving average window (bars), above short_window", 30, 3, 500);

    /// <summary><c>trend_window</c>: 100, from 10 to 1000.</summary>
    public static StrategyParameter TrendWindowParameter { get; } = StrategyParameter.WholeNumber("trend_window", "Trend filter moving average window (bars)", 100, 10, 1000);

    /// <summary><c>atr_period</c>: 14, from 2 to 100.</summary>
    public static StrategyParameter AtrPeriodParameter { get; } = StrategyParameter.WholeNumber("atr_period", "ATR window for the stop distances and the strength (bars)", 14, 2, 100);

    /// <summary><c>sl_atr_multiplier</c>: 2.0, from 0.1 to 20, step 0.1.</summary>
    public static StrategyParameter SlAtrMultiplierParameter { get; } = StrategyParameter.Real("sl_atr_multiplier", "Stop-loss distance from the entry in ATRs", 2.0, 0.1, 20, 0.1);

    /// <summary><c>tp_atr_multiplier</c>: 4.0, from 0.1 to 50, step 0.1.</summary>
    public static StrategyParameter TpAtrMultiplierParameter { get; } = StrategyParameter.Real("tp_atr_multiplier", "Take-profit distance from the entry in ATRs", 4.0, 0.1, 50, 0.1);

    /// <summary><c>adx_period</c>: 14, from 2 to 100.</summary>
    public static StrategyParameter AdxPeriodParameter { get; } = StrategyParameter.WholeNumber("adx_period", "ADX window for the trend-strength filter (bars)", 14, 2, 100);

    /// <summary><c>adx_threshold</c>: optional, from 0 to 100, step 5; left out, the ADX filter is off.</summary>
    public static StrategyParameter AdxThresholdParameter { get; } = StrategyParameter.OptionalReal("adx_threshold", "Enter only when ADX >= this (left out: no ADX filter)", 0, 100, 5);

    /// <summary><c>direction</c>: long-short (default) or long-only.</summary>
    public static StrategyParameter DirectionParameter { get; } = StrategyParameter.Choice("direction", "long-short (entries both ways), or long-only", "long-short", "long-only");

    /// <summary>The parameters in catalog order.</summary>
    public static IReadOnlyList<StrategyParameter> All { get; } =
    [
        MaTypeParameter, ShortWindowParameter, LongWindowParameter, TrendWindowParameter, AtrPeriodParameter,
        SlAtrMultiplierParameter, TpAtrMultiplierParameter, AdxPeriodParameter, AdxThresholdParameter, DirectionParameter,
    ];

    /// <summary>Creates validated parameters (the defaults are the catalog's).</summary>
    /// <exception cref="BacktestException">A value out of its catalogued range, or long_window not above short_window (InvalidArgument naming the parameter).</exception>
    public DmaAtrTrendParameters(MovingAverageType maType = MovingAverageType.Sma, int shortWindow = 10, int longWindow = 30, int trendWindow = 100,
        int atrPeriod = 14, double slAtrMultiplier = 2.0, double tpAtrMultiplier = 4.0, int adxPeriod = 14, double? adxThreshold = null,
        TradeDirection direction = TradeDirection.LongShort)
    {
        if (maType is not (MovingAverageType.Sma or MovingAverageType.Ema or MovingAverageType.Wma))
        {
            throw new BacktestException(ErrorKind.InvalidArgument, $"{Strategy}: parameter 'ma_type' must be one of sma, ema, wma; got {maType}.", "ma_type");
        }
        if (!Enum.IsDefined(direction)) throw new BacktestException(ErrorKind.InvalidArgument, $"{Strategy}: unknown direction {(int)direction}.", "direction");
        MaType = maType;
        ShortWindow = (int)ShortWindowParameter.Check(Strategy, shortWindow);
        LongWindow = (int)LongWindowParameter.Check(Strategy, longWindow);
        if (longWindow <= shortWindow)
        {
            throw new BacktestException(ErrorKind.InvalidArgument,
                $"{Strategy}: parameter 'long_window' must exceed short_window; got short_window={shortWindow}, long_window={longWindow}.", "long_window");
        }
        TrendWindow = (int)TrendWindowParameter.Check(Strategy, trendWindow);
        AtrPeriod = (int)AtrPeriodParameter.Check(Strategy, atrPeriod);
        SlAtrMultiplier = SlAtrMultiplierParameter.Check(Strategy, slAtrMultiplier);
        TpAtrMultiplier = TpAtrMultiplierParameter.Check(Strategy, tpAtrMultiplier);
        AdxPeriod = (int)AdxPeriodParameter.Check(Strategy, adxPeriod);
        AdxThreshold = adxThreshold is { } threshold ? AdxThresholdParameter.Check(Strategy, threshold) : null;
        Direction = direction;
    }

    /// <summary>Moving average of the short, long and trend lines: <see cref="MovingAverageType.Sma"/>, <see cref="MovingAverageType.Ema"/> or <see cref="MovingAverageType.Wma"/>.</summary>
    public MovingAverageType MaType { get; }

    /// <summary>Short moving average window.</summary>
    public int ShortWindow { get; }

    /// <summary>Long moving average window.</summary>
    public int LongWindow { get; }

    /// <summary>Trend moving average window.</summary>
    public int TrendWindow { get; }

    /// <summary>ATR window.</summary>
    public int AtrPeriod { get; }

    /// <summary>Stop-loss distance in ATRs.</summary>
    public double SlAtrMultiplier { get; }

    /// <summary>Take-profit distance in ATRs.</summary>
    public double TpAtrMultiplier { get; }

    /// <summary>ADX window.</summary>
    public int AdxPeriod { get; }

    /// <summary>Smallest ADX at which an entry is taken, or null when the filter is off.</summary>
    public double? AdxThreshold { get; }

    /// <summary>Long-short or long-only.</summary>
    public TradeDirection Direction { get; }
}
