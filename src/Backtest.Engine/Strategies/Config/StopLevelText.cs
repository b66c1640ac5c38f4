using System.Globalization;
using Backtest.Engine.Errors;
using Backtest.Engine.Simulation;

namespace Backtest.Engine.Strategies.Config;

/// <summary>
/// A stop level as a config writes it: a bare number is a fraction of the entry price (<c>0.02</c> = 2 %);
/// <c>1.5%</c> a percent; <c>2atr</c> (or <c>2 atr</c>, <c>2xatr</c>, <c>atr:2</c>) an ATR multiple; <c>price:25000</c>
/// an absolute price; <c>offset:150</c> a price distance from the entry fill.
/// </summary>
internal static class StopLevelText
{
    /// <summary>The forms, for messages.</summary>
    public const string Forms = "a fraction such as 0.02, a percent such as 2%, an ATR multiple such as 2atr, price:PRICE or offset:DISTANCE";

    /// <summary>Parses and checks a level.</summary>
    /// <exception cref="BacktestException">Not one of the forms, or a value the level's kind does not allow.</exception>
    public static StopLevel Parse(string text, string name, bool trailing)
    {
        string t = text.Trim().ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal);
        StopLevel level;
        if (t.EndsWith('%')) level = StopLevel.Percent(Number(t[..^1], text) / 100);
        else if (t.StartsWith("atr:", StringComparison.Ordinal)) level = StopLevel.Atr(Number(t[4..], text));
        else if (t.EndsWith("xatr", StringComparison.Ordinal)) level = StopLevel.Atr(Number(t[..^4], text));
        else if (t.EndsWith("atr", StringComparison.Ordinal)) level = StopLevel.Atr(Number(t[..^3], text));
        else if (t.StartsWith("price:", StringComparison.Ordinal)) level = StopLevel.AtPrice(Number(t[6..], text));
        else if (t.StartsWith("offset:", StringComparison.Ordinal)) level = StopLevel.Offset(Number(t[7..], text));
        else level = StopLevel.Percent(Number(t, text));
        level.Validate(name, trailing);
        return level;
    }

    private static double Number(string text, string original) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value)
            ? value
            : throw new BacktestException(ErrorKind.InvalidArgument, $"expected {Forms}; '{original}' is none of them.");
}
