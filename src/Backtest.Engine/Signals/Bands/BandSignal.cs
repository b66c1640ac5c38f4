using Backtest.Engine.Data;

namespace Backtest.Engine.Signals.Bands;

/// <summary>
/// One symbol's polynomial-regression band signal on its latest close. Flat, so it sorts, filters and exports
/// as is (<c>Where-Object Signal -eq BUY | Sort-Object PotentialReturnPct -Descending | Export-Csv</c>), and its
/// Symbol, Interval, StartTime and EndTime bind by name to the next command.
/// </summary>
/// <remarks>
/// The band comes from one least-squares fit over the window (the last <c>Days</c> days of candles ending at
/// <see cref="AsOf"/>): it repaints, i.e. a later scan refits the whole window and earlier fitted values move.
/// Backtests use <see cref="PolynomialBands"/>, which does not. When the signal cannot be computed (too little
/// data, a failed download) <see cref="Signal"/> is HOLD, <see cref="PotentialReturnPct"/> is 0, the numbers that
/// are unknown are NaN and <see cref="Error"/> says why.
/// </remarks>
public sealed record BandSignal
{
    /// <summary>The symbol, e.g. BTCUSDT.</summary>
    public required string Symbol { get; init; }

    /// <summary>The candle interval name, e.g. 1d.</summary>
    public required string Interval { get; init; }

    /// <summary>BUY below the lower band, SELL above the upper band, HOLD within (or when there is no signal).</summary>
    public TradeSignal Signal { get; init; }

    /// <summary>The latest close.</summary>
    public double Close { get; init; } = double.NaN;

    /// <summary>Fit − KStd·σ at the latest bar.</summary>
    public double Lower { get; init; } = double.NaN;

    /// <summary>The fitted value at the latest bar.</summary>
    public double Fit { get; init; } = double.NaN;

    /// <summary>Fit + KStd·σ at the latest bar.</summary>
    public double Upper { get; init; } = double.NaN;

    /// <summary>BUY: (Upper/Lower − 1)·100; SELL: (Lower/Upper − 1)·100; HOLD: 0.</summary>
    public double PotentialReturnPct { get; init; }

    /// <summary>Standard deviation of the fit's residuals (population), in price units.</summary>
    public double Sigma { get; init; } = double.NaN;

    /// <summary>Share of the window's variance the fit explains.</summary>
    public double RSquared { get; init; } = double.NaN;

    /// <summary>(Close − Fit)/σ: below −KStd is BUY, above KStd is SELL.</summary>
    public double DistanceSigma { get; init; } = double.NaN;

    /// <summary>Candles in the fitted window.</summary>
    public int Bars { get; init; }

    /// <summary>Open time (UTC) of the latest candle, whose close is <see cref="Close"/>.</summary>
    public DateTime? AsOf { get; init; }

    /// <summary>Open time (UTC) of the window's first candle.</summary>
    public DateTime? StartTime { get; init; }

    /// <summary>Exclusive end (UTC) of the window: the latest candle's close time.</summary>
    public DateTime? EndTime { get; init; }

    /// <summary>Why there is no signal (too little data, a failed download); null when there is one.</summary>
    public string? Error { get; init; }

    /// <summary>A HOLD carrying only an error, for a symbol whose candles could not be loaded.</summary>
    public static BandSignal Failed(string symbol, Interval? interval, string error) =>
        new() { Symbol = symbol, Interval = interval?.Name ?? "", Error = error };
}
