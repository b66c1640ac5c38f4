using System.Buffers;
using Backtest.Engine.Data.Quality;

namespace Backtest.Engine.Metrics;

/// <summary>
/// The low order statistics that VaR and CVaR read: the k-th and (k+1)-th smallest values (0-based) and the sum of
/// the k+1 smallest.
/// </summary>
/// <param name="Kth">x(k), the k-th smallest value.</param>
/// <param name="Next">x(k+1); NaN when there are only k+1 values.</param>
/// <param name="SumThroughK">x(0) + … + x(k).</param>
internal readonly record struct LowerTail(double Kth, double Next, double SumThroughK)
{
    /// <summary>Below this many values a plain selection is as fast as narrowing first.</summary>
    private const int NarrowFrom = 32_768;

    /// <summary>Sample size for the threshold estimate: between this and twice this.</summary>
    private const int SampleSize = 4096;

    /// <summary>As <see cref="Find"/> on a pooled copy, leaving <paramref name="values"/> untouched.</summary>
    public static LowerTail FindInCopy(ReadOnlySpan<double> values, int k)
    {
        double[] scratch = ArrayPool<double>.Shared.Rent(values.Length);
        try
        {
            Span<double> copy = scratch.AsSpan(0, values.Length);
            values.CopyTo(copy);
            return Find(copy, k);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(scratch);
        }
    }

    /// <summary>
    /// Finds the statistics in expected O(n), reordering and overwriting <paramref name="values"/>. For large inputs
    /// it first narrows the work: a threshold from a strided sample, safely above x(k+1) with high probability, keeps
    /// only the values at or below it (typically a few percent), verified by counting; when the count falls short
    /// (an adversarial order) it selects over everything instead, so the result never depends on the sample.
    /// </summary>
    public static LowerTail Find(Span<double> values, int k)
    {
        int n = values.Length;
        int need = Math.Min(k + 2, n);
        if (n >= NarrowFrom) values = Narrow(values, need);
        double kth = QuickSelect.Select(values, k);
        double next = double.NaN;
        if (k + 1 < values.Length)
        {
            // After selection everything right of k is >= x(k); the smallest of them is x(k+1).
            next = double.PositiveInfinity;
            foreach (double v in values[(k + 1)..]) next = Math.Min(next, v);
        }
        double sum = 0;
        foreach (double v in values[..(k + 1)]) sum += v;
        return new LowerTail(kth, next, sum);
    }

    private static Span<double> Narrow(Span<double> values, int need)
    {
        int n = values.Length, stride = n / SampleSize, m = n / stride;
        double p = (double)need / n;
        // Four standard deviations of the sample rank above its expectation, plus slack for tiny tails.
        int rank = (int)Math.Ceiling((p * m) + (4 * Math.Sqrt(p * m)) + 4);
        if (rank >= m) return values;
        double[] rented = ArrayPool<double>.Shared.Rent(m);
        Span<double> sample = rented.AsSpan(0, m);
        for (int j = 0; j < m; j++) sample[j] = values[j * stride];
        double threshold = QuickSelect.Select(sample, rank);
        ArrayPool<double>.Shared.Return(rented);

        int count = 0;
        foreach (double v in values) count += v <= threshold ? 1 : 0;
        if (count < need) return values;

        // Compaction without branches: every value is written, the write position advances only for kept ones.
        int kept = 0;
        for (int r = 0; r < n; r++)
        {
            double v = values[r];
            values[kept] = v;
            kept += v <= threshold ? 1 : 0;
        }
        return values[..kept];
    }
}
