using System.Reflection;

namespace Backtest.Engine.Signals.Bands;

/// <summary>A finished band scan: when it ran, with what parameters, and every symbol's result in scan order.</summary>
/// <param name="CreatedUtc">When the scan started (UTC); it names the results file.</param>
/// <param name="Options">The parameters of the scan.</param>
/// <param name="Results">One result per symbol.</param>
public sealed record BandScanReport(DateTime CreatedUtc, BandScanOptions Options, IReadOnlyList<BandScanResult> Results)
{
    /// <summary>The engine version that made the report (without the source-control suffix).</summary>
    public static string EngineVersion { get; } =
        (typeof(BandScanReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0")
        .Split('+')[0];

    /// <summary>The signals, in scan order.</summary>
    public IEnumerable<BandSignal> Signals => Results.Select(r => r.Signal);

    /// <summary>Symbols with this signal among those that did not fail and have no error.</summary>
    public int Count(TradeSignal signal) => Results.Count(r => r.Signal.Error is null && r.Signal.Signal == signal);

    /// <summary>Symbols whose candles could not be loaded.</summary>
    public int FailedCount => Results.Count(r => r.Failed);

    /// <summary>Symbols loaded but without a signal (too little data, a non-finite close).</summary>
    public int NoSignalCount => Results.Count(r => !r.Failed && r.Signal.Error is not null);
}
