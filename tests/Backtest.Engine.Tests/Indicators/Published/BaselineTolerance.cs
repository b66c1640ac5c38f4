namespace Backtest.Engine.Tests.Indicators.Published;

/// <summary>
/// How close a value must be to Stock.Indicators' serialized baseline. The library asserts exact equality,
/// and so do we for EMA, MACD and Bollinger Bands. Two documented design choices move the last bits
/// elsewhere: SMA keeps a running sum between window wraps (<see cref="Engine.Indicators.SmaKernel"/>), and
/// Wilder smoothing (RSI, ATR) multiplies by 1/n instead of dividing by n (<see cref="Engine.Indicators.SmmaKernel"/>).
/// For those we require 1e-12 relative, far tighter than the tightest published assertion (Money12 = 5e-13
/// absolute on values near 200, i.e. 2.5e-15 relative, applies only to SMA and holds separately).
/// </summary>
internal static class BaselineTolerance
{
    public static double RelativeFor(string indicator) => indicator is "sma" or "rsi" or "atr" ? 1e-12 : 0;

    public static bool Holds(string indicator, double actual, double expected) =>
        actual == expected || Math.Abs(actual - expected) <= RelativeFor(indicator) * Math.Abs(expected);
}
