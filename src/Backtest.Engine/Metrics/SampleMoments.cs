namespace Backtest.Engine.Metrics;

/// <summary>Mean and sample standard deviation, two-pass (the mean first, then squared deviations from it) for accuracy.</summary>
internal static class SampleMoments
{
    /// <summary>Arithmetic mean; NaN for no values.</summary>
    public static double Mean(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty) return double.NaN;
        double sum = 0;
        foreach (double v in values) sum += v;
        return sum / values.Length;
    }

    /// <summary>Standard deviation with Bessel's correction (divides by n − 1); NaN for fewer than two values.</summary>
    public static double StdDev(ReadOnlySpan<double> values, double mean)
    {
        if (values.Length < 2) return double.NaN;
        double sum = 0;
        foreach (double v in values)
        {
            double d = v - mean;
            sum += d * d;
        }
        return Math.Sqrt(sum / (values.Length - 1));
    }
}
