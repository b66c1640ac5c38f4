namespace Backtest.Engine.Indicators;

/// <summary>
/// The one least-squares line (Stock.Indicators <c>ToSlope</c>, term for term): over the last n values y with
/// x = their 1-based positions in the series, <c>x̄</c> and <c>ȳ</c> the means, <c>Sxx = Σ(x − x̄)²</c>,
/// <c>Syy = Σ(y − ȳ)²</c>, <c>Sxy = Σ(x − x̄)(y − ȳ)</c> (sums oldest first); <c>slope = Sxy/Sxx</c>,
/// <c>intercept = ȳ − slope·x̄</c>, <c>stdDev = √(Syy/n)</c>, <c>R² = (Sxy/(σx·σy)/n)²</c> (NaN when σx·σy = 0).
/// Deviations from the means, not raw sums of squares, so prices far from zero do not cancel. O(n) per value.
/// Standard-deviation channels build on it.
/// </summary>
public struct SlopeKernel
{
    private RollingWindow _window;
    private long _index;

    /// <summary>Creates the kernel.</summary>
    public SlopeKernel(SlopeParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _window = new RollingWindow(parameters.LookbackPeriods);
    }

    /// <summary>The line <c>slope·x + intercept</c> at 1-based position <paramref name="x"/>.</summary>
    public static double LineAt(double slope, double intercept, double x) => (slope * x) + intercept;

    /// <summary>Takes the next value; returns the fit over the window ending here (NaN during warm-up).</summary>
    public SlopePoint Update(double value)
    {
        long index = _index++;
        _window.Add(value);
        if (!_window.IsFull) return new SlopePoint(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        var window = _window.Values;
        int n = window.Length;
        double firstX = index - n + 2;
        // Σx of n consecutive whole numbers, exactly (the product is even): what summing them one by one gives.
        double sumX = (double)n * ((2 * index) - n + 3) / 2;
        double meanX = sumX / n;
        double meanY = _window.Sum() / n;
        double sumSqX = 0, sumSqY = 0, sumXy = 0;
        for (int j = 0; j < n; j++)
        {
            double dx = firstX + j - meanX;
            double dy = window[j] - meanY;
            sumSqX += dx * dx;
            sumSqY += dy * dy;
            sumXy += dx * dy;
        }
        double slope = sumXy / sumSqX;
        double intercept = meanY - (slope * meanX);
        double stdDevX = Math.Sqrt(sumSqX / n);
        double stdDevY = Math.Sqrt(sumSqY / n);
        double rSquared = double.NaN;
        if (stdDevX * stdDevY != 0)
        {
            double r = sumXy / (stdDevX * stdDevY) / n;
            rSquared = r * r;
        }
        return new SlopePoint(slope, intercept, stdDevY, rSquared, LineAt(slope, intercept, index + 1));
    }
}
