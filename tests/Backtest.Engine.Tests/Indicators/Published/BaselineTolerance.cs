namespace Backtest.Engine.Tests.Indicators.Published;

/// <summary>
/// How close a value must be to Stock.Indicators' serialized baseline. The library itself asserts exact
/// equality, and so do we, except for SMA: it keeps a running sum between window wraps (documented on
/// <see cref="Engine.Indicators.SmaKernel"/>), which moves the last bits of some rows. For SMA we require
/// 1e-12 relative, a hundred times tighter than the tightest published assertion (Money12 = 5e-13 absolute
/// on values near 200).
/// </summary>
internal static class BaselineTolerance
{
    public static double RelativeFor(string indicator) => indicator == "sma" ? 1e-12 : 0;

    public static bool Holds(string indicator, double actual, double expected) =>
        actual == expected || Math.Abs(actual - expected) <= RelativeFor(indicator) * Math.Abs(expected);
}
