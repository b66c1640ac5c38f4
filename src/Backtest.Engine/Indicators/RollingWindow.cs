using System.Runtime.CompilerServices;

namespace Backtest.Engine.Indicators;

/// <summary>
/// The most recent <c>capacity</c> values, oldest first, as one contiguous span. Every value is written
/// twice (at <c>i</c> and <c>i + capacity</c> of a buffer twice the capacity), so the window never needs
/// unwrapping: kernels sum or scan it in chronological order, exactly as a batch loop over the input would.
/// Allocates once, at construction. A mutable struct: hold it in a field or local, never copy it.
/// </summary>
internal struct RollingWindow
{
    private readonly double[] _buffer;
    private readonly int _capacity;
    private int _next;
    private int _count;

    /// <summary>Creates an empty window of <paramref name="capacity"/> values (at least 1).</summary>
    public RollingWindow(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
        _buffer = new double[2 * capacity];
    }

    /// <summary>Window length once full.</summary>
    public readonly int Capacity => _capacity;

    /// <summary>Values held (at most <see cref="Capacity"/>).</summary>
    public readonly int Count => _count;

    /// <summary>True once <see cref="Capacity"/> values have been added.</summary>
    public readonly bool IsFull => _count == _capacity;

    /// <summary>True right after the add that completed a full turn of the buffer (every <see cref="Capacity"/> adds once full).</summary>
    public readonly bool JustWrapped => _next == 0 && _count == _capacity;

    /// <summary>The oldest value held (the one the next add evicts once full).</summary>
    public readonly double Oldest
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _count == _capacity ? _buffer[_next] : _buffer[0];
    }

    /// <summary>The values held, oldest first.</summary>
    public readonly ReadOnlySpan<double> Values
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _count == _capacity ? new ReadOnlySpan<double>(_buffer, _next, _capacity) : new ReadOnlySpan<double>(_buffer, 0, _count);
    }

    /// <summary>Appends <paramref name="value"/>, evicting the oldest once full.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(double value)
    {
        var buffer = _buffer;
        int next = _next;
        buffer[next] = value;
        buffer[next + _capacity] = value;
        next++;
        _next = next == _capacity ? 0 : next;
        if (_count < _capacity) _count++;
    }

    /// <summary>Forgets every value (keeps the buffer: no allocation).</summary>
    public void Clear()
    {
        _next = 0;
        _count = 0;
    }

    /// <summary>Sum of the values held, added oldest first (the order a fresh loop over the window uses).</summary>
    public readonly double Sum()
    {
        double sum = 0;
        foreach (double v in Values) sum += v;
        return sum;
    }

    /// <summary>Largest value held; NaN when any is NaN; -∞ when empty.</summary>
    public readonly double Max()
    {
        double max = double.NegativeInfinity;
        foreach (double v in Values) max = Math.Max(max, v);
        return max;
    }

    /// <summary>Smallest value held; NaN when any is NaN; +∞ when empty.</summary>
    public readonly double Min()
    {
        double min = double.PositiveInfinity;
        foreach (double v in Values) min = Math.Min(min, v);
        return min;
    }
}
