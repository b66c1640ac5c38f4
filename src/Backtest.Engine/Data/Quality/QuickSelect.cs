namespace Backtest.Engine.Data.Quality;

/// <summary>Order statistics in expected O(n) (Hoare's selection with a median-of-three pivot), in place.</summary>
internal static class QuickSelect
{
    /// <summary>The median of <paramref name="values"/> (mean of the two middle values for an even count); reorders the span.</summary>
    public static double Median(Span<double> values)
    {
        if (values.IsEmpty) return double.NaN;
        int k = values.Length / 2;
        double upper = Select(values, k);
        if (values.Length % 2 == 1) return upper;
        // After selection every value left of k is <= values[k]; the largest of them is the lower middle.
        double lower = double.NegativeInfinity;
        foreach (double v in values[..k]) lower = Math.Max(lower, v);
        return (lower + upper) / 2;
    }

    /// <summary>The <paramref name="k"/>-th smallest value (0-based); afterwards values[..k] &lt;= values[k] &lt;= values[(k+1)..].</summary>
    public static double Select(Span<double> values, int k)
    {
        int left = 0, right = values.Length - 1;
        while (right > left)
        {
            int middle = left + (right - left) / 2;
            // Median of three as pivot, moved to the middle.
            if (values[middle] < values[left]) Swap(values, middle, left);
            if (values[right] < values[left]) Swap(values, right, left);
            if (values[right] < values[middle]) Swap(values, right, middle);
            double pivot = values[middle];
            int i = left, j = right;
            while (i <= j)
            {
                while (values[i] < pivot) i++;
                while (values[j] > pivot) j--;
                if (i <= j)
                {
                    Swap(values, i, j);
                    i++;
                    j--;
                }
            }
            if (k <= j) right = j;
            else if (k >= i) left = i;
            else return values[k];
        }
        return values[k];
    }

    private static void Swap(Span<double> values, int a, int b) => (values[a], values[b]) = (values[b], values[a]);
}
