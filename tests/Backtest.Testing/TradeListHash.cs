using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Backtest.Engine.Simulation;

namespace Backtest.Testing;

/// <summary>
/// The golden-test fingerprint of a trade list (LEAN pins statistics plus a hash of its orders): SHA-256, lower-case hex,
/// of one line per trade — entry and exit time (epoch ms, exit −1 while open), symbol, side, quantity, entry and exit
/// price, fees (numbers in round-trip "R" form), exit reason and entry tag — joined by '\n'. Any change to any trade
/// changes it.
/// </summary>
public static class TradeListHash
{
    /// <summary>The fingerprint of <paramref name="trades"/>.</summary>
    public static string Of(IEnumerable<Trade> trades)
    {
        ArgumentNullException.ThrowIfNull(trades);
        var text = new StringBuilder();
        foreach (var t in trades)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{Ms(t.EntryTime)},{(t.ExitTime is { } exit ? Ms(exit) : -1)},{t.Symbol},{t.Side},{R(t.Quantity)},{R(t.EntryPrice)},{R(t.ExitPrice)},{R(t.Fees)},{t.ExitReason},{t.EntryTag}\n");
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static long Ms(DateTime time) => new DateTimeOffset(time, TimeSpan.Zero).ToUnixTimeMilliseconds();

    private static string R(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
