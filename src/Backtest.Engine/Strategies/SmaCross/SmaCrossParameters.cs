using System.Globalization;
using Backtest.Engine.Errors;
using Backtest.Engine.Simulation;

namespace Backtest.Engine.Strategies;

/// <summary>Parameters of <see cref="SmaCross"/>.</summary>
public sealed record SmaCrossParameters
{
    /// <summary>Creates validated parameters.</summary>
    /// <param name="fast">Fast SMA window (1 to 9,999).</param>
    /// <param name="slow">Slow SMA window (2 to 10,000), above <paramref name="fast"/>.</param>
    /// <param name="direction">Long only, or long-short stop-and-reverse.</param>
    /// <param name="stopLoss">Stop-loss as a fraction below (long) or above (short) the entry, or null.</param>
    /// <param name="takeProfit">Take-profit as a fraction above (long) or below (short) the entry, or null.</param>
    /// <exception cref="BacktestException">A value out of range, or fast not below slow (InvalidArgument naming it).</exception>
    public SmaCrossParameters(int fast = 10, int slow = 50, TradeDirection direction = TradeDirection.LongOnly, double? stopLoss = null, double? takeProfit = null)
    {
        if (fast < 1) throw Invalid("fast", $"The fast window must be at least 1; got {fast}.");
        if (slow > 10_000) throw Invalid("slow", $"The slow window must be at most 10000; got {slow}.");
        if (fast >= slow) throw Invalid("fast", $"The fast window must be shorter than the slow one; got fast={fast}, slow={slow}.");
        if (!Enum.IsDefined(direction)) throw Invalid("direction", $"Unknown direction {(int)direction}.");
        Fast = fast;
        Slow = slow;
        Direction = direction;
        StopLoss = stopLoss;
        TakeProfit = takeProfit;
        Stops = ProtectiveStops.Percent(stopLoss, takeProfit);
        Stops.Validate();
    }

    /// <summary>Fast SMA window.</summary>
    public int Fast { get; }

    /// <summary>Slow SMA window.</summary>
    public int Slow { get; }

    /// <summary>Long only or long-short.</summary>
    public TradeDirection Direction { get; }

    /// <summary>Stop-loss fraction, or null.</summary>
    public double? StopLoss { get; }

    /// <summary>Take-profit fraction, or null.</summary>
    public double? TakeProfit { get; }

    /// <summary>The stops every entry carries.</summary>
    public ProtectiveStops Stops { get; }

    private static BacktestException Invalid(string name, string message) =>
        new(ErrorKind.InvalidArgument, string.Create(CultureInfo.InvariantCulture, $"sma-cross: {message}"), name);
}
