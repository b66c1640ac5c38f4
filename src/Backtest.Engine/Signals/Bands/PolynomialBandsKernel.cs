namespace Backtest.Engine.Signals.Bands;

/// <summary>
/// The rolling, non-repainting polynomial-regression band: at each bar, a least-squares polynomial fitted to the
/// last <c>lookbackPeriods</c> closes (that bar included) gives the fitted value at that bar, and the band is
/// fit ± k·σ of that window's residuals. A bar's value never changes when later bars arrive.
/// </summary>
/// <remarks>
/// <para>The window lives in a buffer of twice its length, each value written twice, so the last n values are
/// always one contiguous span and the projection runs on it in place: no allocation and no copy per update.</para>
/// <para>Cost per bar: (degree + 2)·n multiply-adds (see <see cref="PolynomialBasis.Project"/>); the basis is
/// built once, O(n·(d+1)²). A sliding O(d²) moment update was rejected: its rounding error grows with every
/// step and with the degree, while the direct projection gives every bar the accuracy of a fresh fit.</para>
/// </remarks>
public struct PolynomialBandsKernel
{
    private readonly PolynomialBasis _basis;
    private readonly double _kStd;
    private readonly double[] _buffer;
    private long _count;

    /// <summary>Creates the kernel.</summary>
    public PolynomialBandsKernel(PolynomialBandsParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _basis = PolynomialBasis.Create(parameters.LookbackPeriods, parameters.Degree);
        _kStd = parameters.StandardDeviations;
        _buffer = new double[2 * parameters.LookbackPeriods];
    }

    /// <summary>Takes the next close; returns the band at this bar (undefined for the first n − 1 bars).</summary>
    public BandPoint Update(double value)
    {
        int n = _basis.Length;
        int slot = (int)(_count % n);
        _buffer[slot] = value;
        _buffer[slot + n] = value;
        _count++;
        if (_count < n) return BandPoint.Undefined;
        return _basis.Project(_buffer.AsSpan(slot + 1, n), _kStd);
    }
}
