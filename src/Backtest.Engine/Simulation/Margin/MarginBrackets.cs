using System.Globalization;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Simulation;

/// <summary>
/// A maintenance-margin bracket table ready for lookups: each bracket's maintenance amount ("cum") is derived from
/// the table, so <c>maintenance margin = notional × rate − cum</c> is continuous across bracket floors.
/// </summary>
/// <remarks>
/// Binance's rule for the maintenance amount ("Leverage and Margin" FAQ, and every <c>cum</c> of
/// <c>GET /fapi/v1/leverageBracket</c>): <c>cum₀ = 0; cumₖ = cumₖ₋₁ + floorₖ × (rateₖ − rateₖ₋₁)</c>. The last
/// bracket has no cap here: a notional above its floor stays in it.
/// </remarks>
public sealed class MarginBrackets
{
    private readonly double[] _floor;
    private readonly double[] _rate;
    private readonly double[] _maxLeverage;
    private readonly double[] _cum;

    /// <summary>Builds the lookup from <paramref name="table"/> (lowest floor first).</summary>
    /// <exception cref="BacktestException">The table is empty, does not start at 0, or its floors or rates fall (InvalidArgument naming the row).</exception>
    public MarginBrackets(IReadOnlyList<MarginBracket> table)
    {
        MarginBracket.ValidateTable(table);
        Table = [.. table];
        int n = table.Count;
        _floor = new double[n];
        _rate = new double[n];
        _maxLeverage = new double[n];
        _cum = new double[n];
        for (int k = 0; k < n; k++)
        {
            _floor[k] = table[k].NotionalFloor;
            _rate[k] = table[k].MaintenanceMarginRate;
            _maxLeverage[k] = table[k].MaxLeverage;
            _cum[k] = k == 0 ? 0 : _cum[k - 1] + _floor[k] * (_rate[k] - _rate[k - 1]);
        }
    }

    /// <summary>
    /// Binance's BTCUSDT USD-M perpetual tiers as commonly published (Binance's "Leverage and Margin of USDⓈ-M Futures"
    /// page, BTCUSDT; figures as given in issue 6, recorded 2026-11-22, not re-checked against the live page): floors 0, 50k, 500k, 8M, 50M, 80M, 100M, 200M,
    /// 300M, 500M USDT; rates 0.4 % … 50 %; max leverage 125 … 1. Binance changes its tiers from time to time (a 2021
    /// <c>leverageBracket</c> answer had floors 0, 50k, 250k, 3M, 20M, …), so give <see cref="FuturesSpec.Brackets"/>
    /// to model another period or symbol.
    /// </summary>
    public static IReadOnlyList<MarginBracket> BinanceBtcUsdtTable { get; } =
    [
        new(0, 0.004, 125),
        new(50_000, 0.005, 100),
        new(500_000, 0.01, 50),
        new(8_000_000, 0.025, 20),
        new(50_000_000, 0.05, 10),
        new(80_000_000, 0.10, 5),
        new(100_000_000, 0.125, 4),
        new(200_000_000, 0.15, 3),
        new(300_000_000, 0.25, 2),
        new(500_000_000, 0.50, 1),
    ];

    /// <summary>The lookup for <see cref="BinanceBtcUsdtTable"/>.</summary>
    public static MarginBrackets BinanceBtcUsdt { get; } = new(BinanceBtcUsdtTable);

    /// <summary>The lookup for <paramref name="spec"/>'s brackets, or <see cref="BinanceBtcUsdt"/> when it gives none.</summary>
    /// <exception cref="BacktestException">The spec's table is unusable (InvalidArgument naming the row).</exception>
    public static MarginBrackets For(FuturesSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.Brackets is { } table ? new MarginBrackets(table) : BinanceBtcUsdt;
    }

    /// <summary>The rows, lowest floor first.</summary>
    public IReadOnlyList<MarginBracket> Table { get; }

    /// <summary>Number of brackets.</summary>
    public int Count => _floor.Length;

    /// <summary>Lowest notional of bracket <paramref name="bracket"/>.</summary>
    public double Floor(int bracket) => _floor[bracket];

    /// <summary>Maintenance margin rate of bracket <paramref name="bracket"/>.</summary>
    public double Rate(int bracket) => _rate[bracket];

    /// <summary>Highest leverage bracket <paramref name="bracket"/> allows.</summary>
    public double MaxLeverage(int bracket) => _maxLeverage[bracket];

    /// <summary>Maintenance amount ("cum") of bracket <paramref name="bracket"/>, derived as in the remarks.</summary>
    public double MaintenanceAmount(int bracket) => _cum[bracket];

    /// <summary>The bracket holding <paramref name="notional"/>: the last whose floor is at or below it (0 for 0 or less).</summary>
    public int IndexOf(double notional)
    {
        // Ten rows: a linear scan from the top beats a binary search and needs no edge cases.
        for (int k = _floor.Length - 1; k > 0; k--)
        {
            if (notional >= _floor[k]) return k;
        }
        return 0;
    }

    /// <summary>Maintenance margin of a position of <paramref name="notional"/> (absolute, USDT): <c>notional × rate − cum</c>.</summary>
    public double MaintenanceMargin(double notional)
    {
        int k = IndexOf(notional);
        return notional * _rate[k] - _cum[k];
    }

    /// <summary>Throws unless <paramref name="leverage"/> is allowed for a position of <paramref name="notional"/>.</summary>
    /// <exception cref="BacktestException">The leverage exceeds the bracket's max (InvalidArgument naming the bracket, its max and the notional).</exception>
    public void CheckLeverage(double notional, double leverage)
    {
        int k = IndexOf(notional);
        if (leverage <= _maxLeverage[k]) return;
        throw new BacktestException(ErrorKind.InvalidArgument, string.Create(CultureInfo.InvariantCulture,
            $"Futures: leverage {leverage} exceeds the max of {_maxLeverage[k]} for a position of notional {notional:0.##} USDT (brackets[{k}], notional from {_floor[k]:0.##}); lower the leverage or the position size."),
            "leverage");
    }
}
