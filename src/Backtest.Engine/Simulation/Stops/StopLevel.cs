using System.Globalization;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Simulation;

/// <summary>A stop-loss or take-profit level, or a trailing distance, relative to the entry or absolute.</summary>
/// <param name="Kind">Price, percent of entry, or ATR multiple.</param>
/// <param name="Value">The price, the fraction (0.02 = 2 %), or the ATR multiple.</param>
public sealed record StopLevel(StopLevelKind Kind, double Value)
{
    /// <summary>An absolute price.</summary>
    public static StopLevel AtPrice(double price) => new(StopLevelKind.Price, price);

    /// <summary>A fraction of the entry price (0.02 = 2 %).</summary>
    public static StopLevel Percent(double fraction) => new(StopLevelKind.Percent, fraction);

    /// <summary>A multiple of the ATR.</summary>
    public static StopLevel Atr(double multiple) => new(StopLevelKind.AtrMultiple, multiple);

    /// <summary>A price distance from the entry fill (or, trailing, from the best price since entry).</summary>
    public static StopLevel Offset(double distance) => new(StopLevelKind.Distance, distance);

    /// <summary>Throws unless the value suits the kind.</summary>
    /// <param name="name">The parameter name for the message (e.g. stop_loss).</param>
    /// <param name="trailing">True for trailing distances, which cannot be absolute prices.</param>
    /// <exception cref="BacktestException">An invalid value (InvalidArgument, naming <paramref name="name"/>).</exception>
    public void Validate(string name, bool trailing = false)
    {
        string? problem = Kind switch
        {
            StopLevelKind.Price when trailing => "a trailing stop is a percent or an ATR multiple, not a price",
            StopLevelKind.Price when !(Value > 0 && double.IsFinite(Value)) => "a price must be finite and positive",
            StopLevelKind.Percent when !(Value > 0 && Value < 1) => "a percent level is a fraction above 0 and below 1 (0.02 = 2 %)",
            StopLevelKind.AtrMultiple when !(Value > 0 && Value <= 1000) => "an ATR multiple must be above 0 and at most 1000",
            StopLevelKind.Distance when !(Value > 0 && double.IsFinite(Value)) => "a distance must be finite and positive",
            _ when !Enum.IsDefined(Kind) => "unknown kind",
            _ => null,
        };
        if (problem is not null)
        {
            throw new BacktestException(ErrorKind.InvalidArgument,
                string.Create(CultureInfo.InvariantCulture, $"{name}: {problem}; got {Kind} {Value}."), name);
        }
    }

    /// <summary>The level as a price for a position entered at <paramref name="entry"/>.</summary>
    /// <param name="entry">Entry fill price.</param>
    /// <param name="atr">ATR at entry (NaN while warming up: no level).</param>
    /// <param name="sign">+1 for a level above the entry (a long's take-profit, a short's stop), −1 for one below.</param>
    internal double ToPrice(double entry, double atr, int sign) => Kind switch
    {
        StopLevelKind.Price => Value,
        StopLevelKind.Percent => entry * (1 + sign * Value),
        StopLevelKind.Distance => entry + sign * Value,
        _ => entry + sign * Value * atr,
    };

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        StopLevelKind.Price => string.Create(CultureInfo.InvariantCulture, $"price {Value}"),
        StopLevelKind.Percent => string.Create(CultureInfo.InvariantCulture, $"{Value * 100} %"),
        StopLevelKind.Distance => string.Create(CultureInfo.InvariantCulture, $"{Value} away"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Value} x ATR"),
    };
}
