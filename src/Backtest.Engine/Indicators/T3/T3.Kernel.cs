namespace Backtest.Engine.Indicators;

/// <summary>
/// The one T3 formula (Tim Tillson, 1998, in Stock.Indicators v3's form): six cascaded EMAs e1..e6 with
/// <c>k = 2/(n+1)</c> (each an <see cref="EmaKernel.Step"/> of the previous one), all starting at the first value,
/// and <c>T3 = c1·e6 + c2·e5 + c3·e4 + c4·e3</c> with <c>c1 = −a³</c>, <c>c2 = 3a² + 3a³</c>,
/// <c>c3 = −6a² − 3a − 3a³</c>, <c>c4 = 1 + 3a + a³ + 3a²</c> (the expansion of Tillson's GD(GD(GD(x)))). When
/// e6 turns NaN (a NaN input) every EMA restarts at the next value, as in Stock.Indicators.
/// </summary>
public struct T3Kernel : IValueKernel
{
    private readonly double _k, _c1, _c2, _c3, _c4;
    private double _e1, _e2, _e3, _e4, _e5, _e6;

    /// <summary>Creates the kernel.</summary>
    public T3Kernel(T3Parameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _k = EmaKernel.Smoothing(parameters.LookbackPeriods);
        double a = parameters.VolumeFactor;
        _c1 = -a * a * a;
        _c2 = (3 * a * a) + (3 * a * a * a);
        _c3 = (-6 * a * a) - (3 * a) - (3 * a * a * a);
        _c4 = 1 + (3 * a) + (a * a * a) + (3 * a * a);
        _e1 = _e2 = _e3 = _e4 = _e5 = _e6 = double.NaN;
    }

    /// <summary>Takes the next value; returns the T3 (defined from the first value).</summary>
    public double Update(double value)
    {
        if (double.IsNaN(_e6)) _e1 = _e2 = _e3 = _e4 = _e5 = _e6 = value;
        _e1 = EmaKernel.Step(_k, _e1, value);
        _e2 = EmaKernel.Step(_k, _e2, _e1);
        _e3 = EmaKernel.Step(_k, _e3, _e2);
        _e4 = EmaKernel.Step(_k, _e4, _e3);
        _e5 = EmaKernel.Step(_k, _e5, _e4);
        _e6 = EmaKernel.Step(_k, _e6, _e5);
        return (_c1 * _e6) + (_c2 * _e5) + (_c3 * _e4) + (_c4 * _e3);
    }
}
