using Backtest.Engine.Data.Quality;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Signals.Bands;

/// <summary>One symbol's outcome in a <see cref="BandScan"/>.</summary>
/// <param name="Signal">The signal; for a failed symbol a HOLD whose <see cref="BandSignal.Error"/> is the failure's message.</param>
/// <param name="Failure">Why the symbol failed (its candles could not be loaded); null when it did not. Too little
/// data is not a failure: the signal is HOLD with an error and this is null.</param>
/// <param name="Quality">The data-quality report on the symbol's candles; null for a failed symbol.</param>
/// <param name="IsSynthetic">The candles came from the synthetic sample market.</param>
public sealed record BandScanResult(BandSignal Signal, BacktestException? Failure, DataQualityReport? Quality, bool IsSynthetic)
{
    /// <summary>The symbol failed.</summary>
    public bool Failed => Failure is not null;

    /// <summary>
    /// What a person should be told about this result besides the signal: synthetic data, data-quality findings,
    /// too little data. Fronts show these as warnings.
    /// </summary>
    public IReadOnlyList<string> Warnings
    {
        get
        {
            var warnings = new List<string>(3);
            if (IsSynthetic) warnings.Add($"{Signal.Symbol}: SYNTHETIC sample data (seeded model), not market prices.");
            if (Quality is { IsClean: false } quality) warnings.Add($"{Signal.Symbol} {Signal.Interval}: {quality.Summary}");
            if (Signal.Error is not null) warnings.Add($"{Signal.Symbol}: {Signal.Error}");
            return warnings;
        }
    }
}
