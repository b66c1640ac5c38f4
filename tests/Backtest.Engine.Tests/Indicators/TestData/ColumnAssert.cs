using System.Globalization;

namespace Backtest.Engine.Tests.Indicators.TestData;

/// <summary>Compares an indicator column with an independently computed reference, NaN for NaN.</summary>
internal static class ColumnAssert
{
    /// <summary>
    /// Same length, NaN exactly where the reference is NaN, and elsewhere within
    /// <paramref name="relative"/>·|expected| + <paramref name="absolute"/>. Also requires at least one defined value.
    /// </summary>
    public static void Close(IReadOnlyList<double> expected, IReadOnlyList<double> actual, double relative, double absolute = 0, string what = "")
    {
        Assert.Equal(expected.Count, actual.Count);
        int defined = 0;
        for (int i = 0; i < expected.Count; i++)
        {
            double e = expected[i], a = actual[i];
            string where = string.Create(CultureInfo.InvariantCulture, $"{what}[{i}]: expected {e:R}, actual {a:R}");
            if (double.IsNaN(e))
            {
                Assert.True(double.IsNaN(a), where);
                continue;
            }
            defined++;
            Assert.True(Math.Abs(a - e) <= (relative * Math.Abs(e)) + absolute, where);
        }
        Assert.True(defined > 0, $"{what}: the reference is never defined");
    }

    /// <summary>NaN-filled column of <paramref name="length"/>.</summary>
    public static double[] NaNs(int length)
    {
        var column = new double[length];
        Array.Fill(column, double.NaN);
        return column;
    }
}
