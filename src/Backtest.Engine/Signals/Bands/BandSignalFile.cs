using System.Globalization;
using Backtest.Engine.IO;

namespace Backtest.Engine.Signals.Bands;

/// <summary>
/// The band scan results file: <c>band_signals_YYYYMMDD_HHMMSS.json</c> (the scan's start, UTC) holding
/// <see cref="BandSignalJson"/>'s document, written atomically so a reader never sees half a file.
/// </summary>
public static class BandSignalFile
{
    /// <summary>The file name for a scan started at <paramref name="createdUtc"/>.</summary>
    public static string FileName(DateTime createdUtc) =>
        string.Create(CultureInfo.InvariantCulture, $"band_signals_{createdUtc:yyyyMMdd_HHmmss}.json");

    /// <summary>
    /// Writes <paramref name="report"/> under <paramref name="outputPath"/>: a folder (created when missing) gets the
    /// dated file name; a path ending in <c>.json</c> is used as it is. Returns the full path written.
    /// </summary>
    /// <exception cref="IOException">The file could not be written (nothing half-written is left).</exception>
    public static string Save(string outputPath, BandScanReport report)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputPath);
        ArgumentNullException.ThrowIfNull(report);
        string path = outputPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !Directory.Exists(outputPath)
            ? Path.GetFullPath(outputPath)
            : Path.GetFullPath(Path.Combine(outputPath, FileName(report.CreatedUtc)));
        AtomicFile.Write(path, stream => BandSignalJson.Write(stream, report));
        return path;
    }
}
