namespace Backtest.Testing;

/// <summary>The system clock moved by a fixed offset (timers still run in real time), so "now" can fall inside historical data.</summary>
public sealed class ShiftedTimeProvider(DateTimeOffset now) : TimeProvider
{
    private readonly TimeSpan _shift = now - System.GetUtcNow();

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _shift;
}
