using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Backtest.Engine.Indicators;
using Backtest.Engine.Simulation;

namespace Backtest.Engine.Strategies;

/// <summary>
/// SMA crossover on the close. With <c>d[i] = fast[i] − slow[i]</c> (canonical <see cref="Sma"/> columns), a cross up
/// at bar <c>i</c> is <c>d[i] &gt; 0</c> and <c>d[i−1] ≤ 0</c>; a cross down is <c>d[i] &lt; 0</c> and <c>d[i−1] ≥ 0</c>.
/// Both need <c>d[i−1]</c>, so the first possible cross is at bar <c>slow</c>. A cross up enters long; a cross down
/// exits a long (long-only) or reverses it into a short (long-short). Entries carry the percent stop-loss and
/// take-profit when given. Decides at the close; with the default fill model orders fill at the next open.
/// </summary>
public sealed partial class SmaCross : ISignalStrategy
{
    private readonly Signal _down;
    private double[] _fast = [], _slow = [];

    /// <summary>Creates the strategy.</summary>
    public SmaCross(SmaCrossParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Parameters = parameters;
        _down = parameters.Direction == TradeDirection.LongShort ? Signal.EnterShort : Signal.ExitLong;
        EntryStops = parameters.Stops.IsEmpty ? null : parameters.Stops;
    }

    /// <summary>The parameters.</summary>
    public SmaCrossParameters Parameters { get; }

    /// <inheritdoc />
    public string Name => Entry.Name;

    /// <inheritdoc />
    public ProtectiveStops? EntryStops { get; }

    /// <inheritdoc />
    public void Initialize(StrategyContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _fast = Sma.Series(context.Candles.Close, Parameters.Fast);
        _slow = Sma.Series(context.Candles.Close, Parameters.Slow);
    }

    /// <inheritdoc />
    public void OnBar(in BarState state, OrderIntents orders)
    {
        ArgumentNullException.ThrowIfNull(orders);
        int i = state.Index;
        if (i < 1) return;
        double d = _fast[i] - _slow[i], previous = _fast[i - 1] - _slow[i - 1];
        if (d > 0 && previous <= 0) orders.Signal(Signal.EnterLong, EntryStops);
        else if (d < 0 && previous >= 0) orders.Signal(_down, EntryStops);
    }

    /// <summary>The crosses of the whole series at once, four bars per step; the same comparisons as <see cref="OnBar"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Signal[] ComputeSignals()
    {
        int n = _fast.Length;
        var signals = new Signal[n];
        ReadOnlySpan<double> fast = _fast, slow = _slow;
        int i = 1;
        if (Vector256.IsHardwareAccelerated)
        {
            ref double f = ref MemoryMarshal.GetReference(fast), s = ref MemoryMarshal.GetReference(slow);
            var zero = Vector256<double>.Zero;
            for (; i <= n - Vector256<double>.Count; i += Vector256<double>.Count)
            {
                var d = Vector256.LoadUnsafe(ref f, (nuint)i) - Vector256.LoadUnsafe(ref s, (nuint)i);
                var previous = Vector256.LoadUnsafe(ref f, (nuint)(i - 1)) - Vector256.LoadUnsafe(ref s, (nuint)(i - 1));
                uint up = (Vector256.GreaterThan(d, zero) & Vector256.LessThanOrEqual(previous, zero)).ExtractMostSignificantBits();
                uint down = (Vector256.LessThan(d, zero) & Vector256.GreaterThanOrEqual(previous, zero)).ExtractMostSignificantBits();
                for (uint bits = up | down; bits != 0; bits &= bits - 1)
                {
                    int k = System.Numerics.BitOperations.TrailingZeroCount(bits);
                    signals[i + k] = (up & (1u << k)) != 0 ? Signal.EnterLong : _down;
                }
            }
        }
        for (; i < n; i++)
        {
            double d = fast[i] - slow[i], previous = fast[i - 1] - slow[i - 1];
            if (d > 0 && previous <= 0) signals[i] = Signal.EnterLong;
            else if (d < 0 && previous >= 0) signals[i] = _down;
        }
        return signals;
    }
}
