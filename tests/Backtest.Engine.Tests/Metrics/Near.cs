using System.Globalization;

namespace Backtest.Engine.Tests.Metrics;

/// <summary>Tolerant comparison of metric values: NaN equals NaN, infinities must match exactly.</summary>
internal static class Near
{
    /// <summary>
    /// <paramref name="actual"/> within <paramref name="relative"/>·|expected| + <paramref name="absolute"/> of
    /// <paramref name="expected"/>; NaN and ±∞ only equal themselves.
    /// </summary>
    public static void Equal(double expected, double actual, double relative = 1e-12, double absolute = 1e-12, string what = "")
    {
        string message = string.Create(CultureInfo.InvariantCulture, $"{what}: expected {expected:R}, actual {actual:R}");
        if (double.IsNaN(expected) || double.IsInfinity(expected))
        {
            Assert.True(expected.Equals(actual), message);
            return;
        }
        Assert.True(Math.Abs(actual - expected) <= (relative * Math.Abs(expected)) + absolute, message);
    }
}
