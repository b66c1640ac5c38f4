namespace Backtest.Engine.Indicators;

/// <summary>
/// A catalog entry's resolved parameters (defaults filled in, every value checked against its
/// <see cref="IndicatorParameter"/>), in catalog order. Handed to the entry's compute and stream factories.
/// </summary>
public readonly struct ParameterValues
{
    private readonly double[] _values;

    internal ParameterValues(double[] values) => _values = values;

    /// <summary>Number of parameters.</summary>
    public int Count => _values?.Length ?? 0;

    /// <summary>The value at <paramref name="index"/>.</summary>
    public double this[int index] => _values[index];

    /// <summary>The whole-number parameter at <paramref name="index"/> (already checked to be whole and in range).</summary>
    public int Whole(int index) => checked((int)_values[index]);

    /// <summary>The values as a new array.</summary>
    public double[] ToArray() => _values is null ? [] : (double[])_values.Clone();
}
