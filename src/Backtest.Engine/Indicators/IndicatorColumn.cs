using Backtest.Engine.Errors;

namespace Backtest.Engine.Indicators;

/// <summary>Allocation and input checks shared by every batch series.</summary>
internal static class IndicatorColumn
{
    /// <summary>
    /// A new output column. Left uninitialised because every series writes every slot, and zeroing
    /// megabyte columns is measurable next to the kernels themselves.
    /// </summary>
    public static double[] Allocate(int length) => GC.AllocateUninitializedArray<double>(length);

    /// <summary>Throws unless every input column has the length of the first.</summary>
    public static int CommonLength(string indicator, ReadOnlySpan<double> first, ReadOnlySpan<double> second)
    {
        if (first.Length != second.Length) throw Mismatch(indicator, first.Length, second.Length);
        return first.Length;
    }

    /// <summary>Throws unless every input column has the length of the first.</summary>
    public static int CommonLength(string indicator, ReadOnlySpan<double> first, ReadOnlySpan<double> second, ReadOnlySpan<double> third)
    {
        CommonLength(indicator, first, second);
        return CommonLength(indicator, first, third);
    }

    /// <summary>Throws unless every input column has the length of the first.</summary>
    public static int CommonLength(string indicator, ReadOnlySpan<double> first, ReadOnlySpan<double> second, ReadOnlySpan<double> third, ReadOnlySpan<double> fourth)
    {
        CommonLength(indicator, first, second, third);
        return CommonLength(indicator, first, fourth);
    }

    private static BacktestException Mismatch(string indicator, int expected, int actual) => new(
        ErrorKind.InvalidArgument,
        $"{indicator}: every input column must have the same length; got {expected} and {actual} values.",
        indicator);
}
