namespace Backtest.Engine.Signals.Bands;

/// <summary>Reported by <see cref="BandScan"/> each time a symbol finishes.</summary>
/// <param name="Symbol">The symbol (or file) just finished.</param>
/// <param name="Completed">Symbols finished so far.</param>
/// <param name="Total">Symbols in the scan.</param>
public sealed record BandScanProgress(string Symbol, int Completed, int Total)
{
    /// <summary>Completed as a percentage of Total.</summary>
    public int Percent => Total == 0 ? 100 : (int)(100L * Completed / Total);
}
