namespace Backtest.Engine.Indicators;

/// <summary>One Heikin-Ashi candle.</summary>
/// <param name="Open">(open' + close')/2 of the previous Heikin-Ashi candle.</param>
/// <param name="High">max(high, open, close).</param>
/// <param name="Low">min(low, open, close).</param>
/// <param name="Close">(open + high + low + close)/4 of the real bar.</param>
/// <param name="Volume">The real bar's volume.</param>
public readonly record struct HeikinAshiPoint(double Open, double High, double Low, double Close, double Volume);

/// <summary>Heikin-Ashi columns, one candle per bar.</summary>
/// <param name="Open">Heikin-Ashi open.</param>
/// <param name="High">Heikin-Ashi high.</param>
/// <param name="Low">Heikin-Ashi low.</param>
/// <param name="Close">Heikin-Ashi close.</param>
/// <param name="Volume">The real volume.</param>
public sealed record HeikinAshiResult(double[] Open, double[] High, double[] Low, double[] Close, double[] Volume);
