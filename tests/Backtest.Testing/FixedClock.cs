namespace Backtest.Testing;

/// <summary>A clock that says what the test tells it, so "still forming" is decided by the test, not by the date.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>The time the clock reports.</summary>
    public DateTimeOffset Now { get; set; } = now;

    /// <summary>A clock at <paramref name="epochMs"/>.</summary>
    public static FixedClock At(long epochMs) => new(DateTimeOffset.FromUnixTimeMilliseconds(epochMs));

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => Now;
}
